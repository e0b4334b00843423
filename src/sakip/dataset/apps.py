from django.apps import AppConfig


class DatasetConfig(AppConfig):
    """The YAML dataset format and its commands (`load`, `dump`, `demo`); it holds no models."""

    name = "sakip.dataset"
    verbose_name = "Dataset"
