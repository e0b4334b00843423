from django.apps import AppConfig


class LaporanConfig(AppConfig):
    name = "sakip.laporan"
    verbose_name = "Laporan"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import ADMIN, PERENCANA, JenisRekaman, Tempat, daftarkan

        from .models import KriteriaCapaianPemda, LabelSkala, ParagrafKustom, Pengesahan

        for model in (ParagrafKustom, Pengesahan):
            daftarkan(
                JenisRekaman(
                    model, PERENCANA, lambda o, c: Tempat(opd_id=o.opd_id, tahun=(o.tahun,))
                )
            )
        # A Pemda's own criteria are the Pemda's, kept dated: no single OPD's signature locks them.
        for model_pemda in (KriteriaCapaianPemda, LabelSkala):
            daftarkan(JenisRekaman(model_pemda, ADMIN, lambda o, c: Tempat(pemda_id=o.pemda_id)))
