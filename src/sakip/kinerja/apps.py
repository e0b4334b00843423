from django.apps import AppConfig


class KinerjaConfig(AppConfig):
    name = "sakip.kinerja"
    verbose_name = "Kinerja"
    default_auto_field = "django.db.models.BigAutoField"
