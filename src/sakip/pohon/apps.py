from django.apps import AppConfig


class PohonConfig(AppConfig):
    name = "sakip.pohon"
    verbose_name = "Pohon kinerja"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import (
            KEPALA,
            LOOKUP_FIELDS,
            PERENCANA,
            Finder,
            JenisRekaman,
            Tempat,
            daftarkan,
        )

        from .models import (
            JawabanCrosscutting,
            PermintaanCrosscutting,
            PohonKinerja,
            ReviuPohon,
            SimpulPohon,
        )

        def pohon(find: Finder, pohon_id: int) -> Tempat:
            opd_id, tahun = find(PohonKinerja, pohon_id)
            return Tempat(opd_id=opd_id, tahun=(tahun,))

        def simpul(find: Finder, simpul_id: int) -> Tempat:
            (pohon_id,) = find(SimpulPohon, simpul_id)
            return pohon(find, pohon_id)

        def jawaban(find: Finder, permintaan_id: int) -> Tempat:
            # The asked OPD answers, in the year of the requesting tree.
            simpul_id, opd_tujuan_id = find(PermintaanCrosscutting, permintaan_id)
            return Tempat(opd_id=opd_tujuan_id, tahun=simpul(find, simpul_id).tahun)

        LOOKUP_FIELDS[PohonKinerja] = ("opd_id", "tahun")
        LOOKUP_FIELDS[SimpulPohon] = ("pohon_id",)
        LOOKUP_FIELDS[PermintaanCrosscutting] = ("simpul_id", "opd_tujuan_id")
        daftarkan(
            JenisRekaman(
                PohonKinerja, PERENCANA, lambda o, c: Tempat(opd_id=o.opd_id, tahun=(o.tahun,))
            )
        )
        daftarkan(JenisRekaman(SimpulPohon, PERENCANA, lambda o, c: pohon(c, o.pohon_id)))
        daftarkan(JenisRekaman(ReviuPohon, KEPALA, lambda o, c: pohon(c, o.pohon_id)))
        daftarkan(
            JenisRekaman(PermintaanCrosscutting, PERENCANA, lambda o, c: simpul(c, o.simpul_id))
        )
        daftarkan(
            JenisRekaman(JawabanCrosscutting, PERENCANA, lambda o, c: jawaban(c, o.permintaan_id))
        )
