from django.apps import AppConfig


class OperasiConfig(AppConfig):
    name = "sakip.operasi"
    verbose_name = "Operasi server"
