from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "sakip.web"
    verbose_name = "Aplikasi web"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import ADMIN, ISIAN, JenisRekaman, Tempat, daftarkan

        from .models import Bukti, LabelSkala

        # Evidence belongs to its unit's quarter; scale labels to the Pemda.
        daftarkan(
            JenisRekaman(
                Bukti,
                ISIAN,
                lambda o, c: Tempat(
                    opd_id=c(type(o).unit.field.related_model, o.unit_id)[0],
                    unit_id=o.unit_id,
                    tahun=(o.tahun,),
                    triwulan=o.triwulan,
                ),
            )
        )
        daftarkan(JenisRekaman(LabelSkala, ADMIN, lambda o, c: Tempat(pemda_id=o.pemda_id)))
        from sakip.alur import kelengkapan

        from .layanan import bukti_kurang

        kelengkapan.daftarkan(bukti_kurang)
