"""The Renstra of a Perangkat Daerah and its yearly Perjanjian Kinerja."""

from decimal import Decimal

from django.db import models

from sakip.core.periode import Tahap

from .fields import Nilai
from .organisasi import PerangkatDaerah, SasaranPemda

TAHAP_ANGGARAN = Tahap.choices()


class Renstra(models.Model):
    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="renstra",
    )
    periode_awal = models.PositiveSmallIntegerField("tahun awal periode")
    periode_akhir = models.PositiveSmallIntegerField("tahun akhir periode")
    dasar_hukum = models.TextField("dasar hukum", blank=True, null=True)

    class Meta:
        verbose_name = "Renstra"
        verbose_name_plural = "Renstra"
        ordering = ["periode_awal"]
        constraints = [
            models.UniqueConstraint(fields=["opd", "periode_awal"], name="renstra_unik"),
            models.CheckConstraint(
                condition=models.Q(periode_akhir__gte=models.F("periode_awal")),
                name="renstra_periode_urut",
            ),
        ]

    def __str__(self) -> str:
        return f"Renstra {self.periode_awal}–{self.periode_akhir}"


class TujuanRenstra(models.Model):
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="tujuan")
    kode = models.CharField(max_length=32)
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "tujuan Renstra"
        verbose_name_plural = "tujuan Renstra"
        ordering = ["urutan"]
        constraints = [models.UniqueConstraint(fields=["renstra", "kode"], name="tujuan_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class SasaranStrategis(models.Model):
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="sasaran")
    tujuan = models.ForeignKey(
        TujuanRenstra, on_delete=models.SET_NULL, null=True, blank=True, related_name="sasaran"
    )
    kode = models.CharField(max_length=32)
    uraian = models.TextField()
    mendukung = models.ManyToManyField(
        SasaranPemda,
        verbose_name="sasaran RPJMD yang didukung",
        blank=True,
        related_name="sasaran_opd",
    )
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "sasaran strategis"
        verbose_name_plural = "sasaran strategis"
        ordering = ["urutan"]
        constraints = [models.UniqueConstraint(fields=["renstra", "kode"], name="sasaran_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class Strategi(models.Model):
    sasaran = models.ForeignKey(SasaranStrategis, on_delete=models.CASCADE, related_name="strategi")
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "strategi"
        verbose_name_plural = "strategi"
        ordering = ["urutan"]

    def __str__(self) -> str:
        return self.uraian


class Kebijakan(models.Model):
    sasaran = models.ForeignKey(
        SasaranStrategis, on_delete=models.CASCADE, related_name="kebijakan"
    )
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "kebijakan"
        verbose_name_plural = "kebijakan"
        ordering = ["urutan"]

    def __str__(self) -> str:
        return self.uraian


class Indikator(models.Model):
    """An Indikator Kinerja Utama of a sasaran strategis."""

    POLARITAS = [("naik", "Semakin tinggi semakin baik"), ("turun", "Semakin rendah semakin baik")]
    AGREGASI = [("jumlah", "Jumlah"), ("terakhir", "Nilai terakhir"), ("rata_rata", "Rata-rata")]
    JENIS = [("langsung", "Nilai langsung"), ("rasio", "Rasio pembilang/penyebut")]
    PERIODE_UKUR = [("triwulan", "Per triwulan"), ("bulan", "Per bulan")]
    # The national standards an IKU can be read against: "skm" is the Survei Kepuasan
    # Masyarakat (compared with the published index); the others name a scale kind under
    # src/sakip/data/skala/.
    SKALA = [
        ("skm", "Mutu pelayanan (Survei Kepuasan Masyarakat)"),
        ("zona-integritas", "Zona Integritas (batas usulan WBK/WBBM)"),
        ("evaluasi-akip", "Nilai evaluasi AKIP"),
    ]

    sasaran = models.ForeignKey(
        SasaranStrategis, on_delete=models.CASCADE, related_name="indikator"
    )
    kode = models.CharField(max_length=32)
    nama = models.TextField()
    satuan = models.CharField(max_length=64)
    polaritas = models.CharField(max_length=8, choices=POLARITAS, default="naik")
    agregasi = models.CharField(max_length=16, choices=AGREGASI)
    formula = models.TextField(blank=True, null=True)
    sumber_data = models.TextField("sumber data", blank=True, null=True)
    penanggung_jawab = models.CharField("penanggung jawab", max_length=255, blank=True, null=True)
    skala = models.CharField(
        "standar pembanding", max_length=64, choices=SKALA, blank=True, null=True
    )
    baseline_tahun = models.PositiveSmallIntegerField("tahun baseline", null=True, blank=True)
    baseline_nilai = Nilai(verbose_name="nilai baseline")
    target_akhir = Nilai(verbose_name="target akhir periode")
    jenis = models.CharField("jenis indikator", max_length=16, choices=JENIS, default="langsung")
    periode_ukur = models.CharField(
        "periode pengukuran", max_length=16, choices=PERIODE_UKUR, default="triwulan"
    )
    pengali = models.DecimalField(
        "pengali rasio", max_digits=20, decimal_places=4, default=Decimal(100)
    )
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "indikator kinerja utama"
        verbose_name_plural = "indikator kinerja utama"
        ordering = ["urutan"]
        constraints = [models.UniqueConstraint(fields=["sasaran", "kode"], name="indikator_unik")]

    def __str__(self) -> str:
        return self.nama


class TargetRenstra(models.Model):
    indikator = models.ForeignKey(
        Indikator, verbose_name="indikator", on_delete=models.CASCADE, related_name="target"
    )
    tahun = models.PositiveSmallIntegerField()
    nilai = Nilai()

    class Meta:
        verbose_name = "target Renstra"
        verbose_name_plural = "target Renstra"
        ordering = ["tahun"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun"], name="target_renstra_unik")
        ]

    def __str__(self) -> str:
        return f"Target {self.indikator.kode} {self.tahun}"


class PerjanjianKinerja(models.Model):
    """One version of the year's Perjanjian Kinerja; a revision is a new version."""

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="perjanjian_kinerja",
    )
    tahun = models.PositiveSmallIntegerField()
    versi = models.PositiveSmallIntegerField(default=1)
    tanggal = models.DateField(null=True, blank=True)
    tahap_anggaran = models.CharField(
        "tahap anggaran", max_length=16, choices=TAHAP_ANGGARAN, default="murni"
    )
    alasan_revisi = models.TextField("alasan revisi", blank=True, null=True)
    pihak_pertama_jabatan = models.CharField("jabatan pihak pertama", max_length=255)
    pihak_pertama_nama = models.CharField(
        "nama pihak pertama", max_length=255, blank=True, null=True
    )
    pihak_pertama_nip = models.CharField("NIP pihak pertama", max_length=32, blank=True, null=True)
    pihak_kedua_jabatan = models.CharField("jabatan pihak kedua", max_length=255)
    pihak_kedua_nama = models.CharField("nama pihak kedua", max_length=255, blank=True, null=True)
    pihak_kedua_nip = models.CharField("NIP pihak kedua", max_length=32, blank=True, null=True)

    class Meta:
        verbose_name = "Perjanjian Kinerja"
        verbose_name_plural = "Perjanjian Kinerja"
        ordering = ["tahun", "versi"]
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun", "versi"], name="pk_versi_unik")
        ]

    def __str__(self) -> str:
        return f"Perjanjian Kinerja {self.tahun} versi {self.versi}"


class TargetPK(models.Model):
    pk_dokumen = models.ForeignKey(
        PerjanjianKinerja,
        verbose_name="Perjanjian Kinerja",
        on_delete=models.CASCADE,
        related_name="target",
    )
    indikator = models.ForeignKey(
        Indikator, verbose_name="indikator", on_delete=models.CASCADE, related_name="target_pk"
    )
    nilai = Nilai()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "target Perjanjian Kinerja"
        verbose_name_plural = "target Perjanjian Kinerja"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(fields=["pk_dokumen", "indikator"], name="target_pk_unik")
        ]

    def __str__(self) -> str:
        return f"Target PK {self.indikator.kode}"


class ProgramPK(models.Model):
    pk_dokumen = models.ForeignKey(
        PerjanjianKinerja,
        verbose_name="Perjanjian Kinerja",
        on_delete=models.CASCADE,
        related_name="program",
    )
    program = models.CharField(max_length=32)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "program Perjanjian Kinerja"
        verbose_name_plural = "program Perjanjian Kinerja"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(fields=["pk_dokumen", "program"], name="program_pk_unik")
        ]

    def __str__(self) -> str:
        return f"Program {self.program}"
