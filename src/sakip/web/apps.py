from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "sakip.web"
    verbose_name = "Aplikasi web"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import ISIAN, JenisRekaman, Tempat, daftarkan

        from .models import Bukti

        # Evidence belongs to its unit's quarter.
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
        from sakip.alur import kelengkapan

        from .bukti import bukti_kurang

        kelengkapan.daftarkan(bukti_kurang)
