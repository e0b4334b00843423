from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "sakip.web"
    verbose_name = "Aplikasi web"
    default_auto_field = "django.db.models.BigAutoField"
