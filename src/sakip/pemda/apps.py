from django.apps import AppConfig


class PemdaConfig(AppConfig):
    name = "sakip.pemda"
    verbose_name = "Perencanaan dan pemantauan Pemda"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import ADMIN, LOOKUP_FIELDS, JenisRekaman, Tempat, daftarkan
        from sakip.kinerja import models as m
        from sakip.riwayat.recorder import RECORDED_APPS

        from . import models as p

        # Every Pemda record is the Admin Pemda's (the Bagian Organisasi): no OPD signs it.
        LOOKUP_FIELDS[m.SasaranPemda] = ("tujuan__misi__rpjmd__pemda_id",)
        LOOKUP_FIELDS[p.IndikatorPemda] = ("sasaran__tujuan__misi__rpjmd__pemda_id",)
        LOOKUP_FIELDS[p.PerjanjianKinerjaPemda] = ("pemda_id", "tahun")

        # A yearly record names its year: the Pemda's LKjIP of that year, once kept as signed,
        # locks it (`Sesi._tertanda_alasan`).
        def sasaran(o, c):  # type: ignore[no-untyped-def]
            return Tempat(pemda_id=c(m.SasaranPemda, o.sasaran_id)[0])

        def indikator(o, c):  # type: ignore[no-untyped-def]
            return Tempat(pemda_id=c(p.IndikatorPemda, o.indikator_id)[0])

        def indikator_tahun(o, c):  # type: ignore[no-untyped-def]
            pemda_id = c(p.IndikatorPemda, o.indikator_id)[0]
            return Tempat(pemda_id=pemda_id, tahun=(o.tahun,) if o.tahun else ())

        def pk(o, c):  # type: ignore[no-untyped-def]
            pemda_id, tahun = c(p.PerjanjianKinerjaPemda, o.pk_dokumen_id)
            return Tempat(pemda_id=pemda_id, tahun=(tahun,) if tahun else ())

        def pemda(o, c):  # type: ignore[no-untyped-def]
            return Tempat(pemda_id=o.pemda_id)

        def pemda_tahun(o, c):  # type: ignore[no-untyped-def]
            return Tempat(pemda_id=o.pemda_id, tahun=(o.tahun,) if o.tahun else ())

        daftarkan(JenisRekaman(p.IndikatorPemda, ADMIN, sasaran))
        daftarkan(JenisRekaman(p.TargetIndikatorPemda, ADMIN, indikator_tahun))
        daftarkan(JenisRekaman(p.KontribusiOpd, ADMIN, indikator))
        daftarkan(JenisRekaman(p.RealisasiIndikatorPemda, ADMIN, indikator_tahun))
        daftarkan(JenisRekaman(p.PerjanjianKinerjaPemda, ADMIN, pemda_tahun))
        daftarkan(JenisRekaman(p.TargetPKPemda, ADMIN, pk))
        daftarkan(JenisRekaman(p.TenggatPemda, ADMIN, pemda))
        daftarkan(JenisRekaman(p.PengesahanLkjipPemda, ADMIN, pemda_tahun))
        # Every change of the Pemda's records is kept in the history, like the OPDs' data.
        RECORDED_APPS.add(self.label)
