from django.apps import AppConfig


class RiwayatConfig(AppConfig):
    name = "sakip.riwayat"
    verbose_name = "Riwayat perubahan"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import recorder

        recorder.connect()
