from django.apps import AppConfig


class LkeConfig(AppConfig):
    name = "sakip.lke"
    verbose_name = "Evaluasi AKIP (LKE)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import (
            INSPEKTORAT,
            LOOKUP_FIELDS,
            PERENCANA,
            Finder,
            JenisRekaman,
            Tempat,
            daftarkan,
        )
        from sakip.kinerja.models import Rekomendasi

        from . import aturan
        from .models import (
            EvaluasiLke,
            JabatanRekomendasi,
            JawabanPenetapan,
            JawabanUsulan,
            JendelaLke,
            KertasKerja,
            LaporanHasilEvaluasi,
            PenugasanPenilai,
            SnapshotJendela,
            TemplatLhe,
            TindakLanjutLke,
            VerifikasiTindakLanjut,
        )

        def evaluasi(find: Finder, evaluasi_id: int) -> Tempat:
            # The LKE of year Y is reported in the LKjIP of Y + 1, like the evaluation result.
            opd_id, tahun = find(EvaluasiLke, evaluasi_id)
            return Tempat(opd_id=opd_id, tahun=(tahun + 1,) if tahun else ())

        def rekomendasi(find: Finder, rekomendasi_id: int) -> Tempat:
            # Its follow-up is reported in Tabel 10 of the year after the evaluated one.
            opd_id, tahun = find(Rekomendasi, rekomendasi_id)
            return Tempat(opd_id=opd_id, tahun=(tahun + 1,) if tahun else ())

        def laporan(find: Finder, tindak_lanjut_id: int) -> Tempat:
            (rekomendasi_id,) = find(TindakLanjutLke, tindak_lanjut_id)
            return rekomendasi(find, rekomendasi_id)

        def _pemda(find: Finder, jendela_id: int) -> Tempat:
            (pemda_id,) = find(JendelaLke, jendela_id)
            return Tempat(pemda_id=pemda_id)

        LOOKUP_FIELDS[EvaluasiLke] = ("opd_id", "tahun")
        LOOKUP_FIELDS[JendelaLke] = ("pemda_id",)
        LOOKUP_FIELDS[TindakLanjutLke] = ("rekomendasi_id",)
        daftarkan(JenisRekaman(JendelaLke, INSPEKTORAT, lambda o, c: Tempat(pemda_id=o.pemda_id)))
        daftarkan(JenisRekaman(SnapshotJendela, INSPEKTORAT, lambda o, c: _pemda(c, o.jendela_id)))
        daftarkan(JenisRekaman(TemplatLhe, INSPEKTORAT, lambda o, c: Tempat(pemda_id=o.pemda_id)))
        daftarkan(
            JenisRekaman(
                EvaluasiLke,
                INSPEKTORAT,
                lambda o, c: Tempat(opd_id=o.opd_id, tahun=(o.tahun + 1,)),
            )
        )
        per_evaluasi = [
            (JawabanUsulan, PERENCANA, aturan.check_usulan),
            (JawabanPenetapan, INSPEKTORAT, aturan.check_penetapan),
            (KertasKerja, INSPEKTORAT, aturan.check_kertas),
            (PenugasanPenilai, INSPEKTORAT, aturan.check_penugasan),
            (LaporanHasilEvaluasi, INSPEKTORAT, None),
        ]
        for model, peran, check in per_evaluasi:
            daftarkan(
                JenisRekaman(model, peran, lambda o, c: evaluasi(c, o.evaluasi_id), check=check)
            )
        daftarkan(
            JenisRekaman(TindakLanjutLke, PERENCANA, lambda o, c: rekomendasi(c, o.rekomendasi_id))
        )
        daftarkan(
            JenisRekaman(
                JabatanRekomendasi,
                INSPEKTORAT,
                lambda o, c: rekomendasi(c, o.rekomendasi_id),
                check=aturan.check_jabatan_rekomendasi,
            )
        )
        daftarkan(
            JenisRekaman(
                VerifikasiTindakLanjut, INSPEKTORAT, lambda o, c: laporan(c, o.tindak_lanjut_id)
            )
        )
