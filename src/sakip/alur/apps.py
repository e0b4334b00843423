from django.apps import AppConfig


class AlurConfig(AppConfig):
    """Roles, the workflow of each unit's quarter, signed documents, and the one change service."""

    name = "sakip.alur"
    label = "alur"
    verbose_name = "Alur kerja dan perubahan data"
    default_auto_field = "django.db.models.BigAutoField"
