from django.apps import AppConfig


class KaskadeConfig(AppConfig):
    name = "sakip.kaskade"
    verbose_name = "Kaskade kinerja jabatan"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.riwayat.recorder import RECORDED_APPS

        from .rekaman import register_all

        register_all()
        # Every change of a position's PK, action or realisation is kept in the history.
        RECORDED_APPS.add(self.label)
