from django.apps import AppConfig


class AkunConfig(AppConfig):
    name = "sakip.akun"
    verbose_name = "Akun pengguna"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import sinyal

        sinyal.connect()
