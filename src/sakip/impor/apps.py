from django.apps import AppConfig


class ImporConfig(AppConfig):
    name = "sakip.impor"
    verbose_name = "Impor dan ekspor lembar kerja"
    default_auto_field = "django.db.models.BigAutoField"
