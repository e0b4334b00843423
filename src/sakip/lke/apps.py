from django.apps import AppConfig


class LkeConfig(AppConfig):
    name = "sakip.lke"
    verbose_name = "Evaluasi AKIP (LKE)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import (
            FIELDS_CARI,
            INSPEKTORAT,
            PERENCANA,
            JenisRekaman,
            Tempat,
            daftarkan,
        )

        from .models import EvaluasiLke, JawabanPenetapan, JawabanUsulan, JendelaLke

        def evaluasi(cari, evaluasi_id):  # type: ignore[no-untyped-def]
            # The LKE of year Y is reported in the LKjIP of Y + 1, like the evaluation result.
            opd_id, tahun = cari(EvaluasiLke, evaluasi_id)
            return Tempat(opd_id=opd_id, tahun=(tahun + 1,) if tahun else ())

        FIELDS_CARI[EvaluasiLke] = ("opd_id", "tahun")
        daftarkan(JenisRekaman(JendelaLke, INSPEKTORAT, lambda o, c: Tempat(pemda_id=o.pemda_id)))
        daftarkan(
            JenisRekaman(
                EvaluasiLke,
                INSPEKTORAT,
                lambda o, c: Tempat(opd_id=o.opd_id, tahun=(o.tahun + 1,)),
            )
        )
        daftarkan(JenisRekaman(JawabanUsulan, PERENCANA, lambda o, c: evaluasi(c, o.evaluasi_id)))
        daftarkan(
            JenisRekaman(JawabanPenetapan, INSPEKTORAT, lambda o, c: evaluasi(c, o.evaluasi_id))
        )
