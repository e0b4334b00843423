from django.apps import AppConfig


class LaporanConfig(AppConfig):
    name = "sakip.laporan"
    verbose_name = "Laporan"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import PERENCANA, JenisRekaman, Tempat, daftarkan

        from .models import ParagrafKustom

        daftarkan(
            JenisRekaman(
                ParagrafKustom, PERENCANA, lambda o, c: Tempat(opd_id=o.opd_id, tahun=(o.tahun,))
            )
        )
