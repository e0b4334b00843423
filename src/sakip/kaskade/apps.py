from django.apps import AppConfig


class KaskadeConfig(AppConfig):
    name = "sakip.kaskade"
    verbose_name = "Kaskade kinerja jabatan"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from .rekaman import daftarkan_semua

        daftarkan_semua()
