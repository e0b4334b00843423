"""The Pemda's own planning: its indicators, targets and realisation, the head's PK, deadlines."""

from __future__ import annotations

from django.db import models

from sakip.core.pemda import Aturan
from sakip.core.tenggat import DOKUMEN
from sakip.kinerja.models import Indikator, Pemda, SasaranPemda
from sakip.kinerja.models.fields import Nilai

POLARITAS = Indikator.POLARITAS


class IndikatorPemda(models.Model):
    """An indicator of an RPJMD sasaran: an IKU Pemda or another regional indicator."""

    IKU = "iku"
    LAINNYA = "lainnya"
    JENIS = [(IKU, "IKU Pemda"), (LAINNYA, "Indikator kinerja daerah lainnya")]

    sasaran = models.ForeignKey(
        SasaranPemda,
        verbose_name="sasaran RPJMD",
        on_delete=models.CASCADE,
        related_name="indikator_pemda",
    )
    kode = models.CharField("kode", max_length=32)
    uraian = models.TextField("uraian indikator")
    satuan = models.CharField("satuan", max_length=64)
    jenis = models.CharField("jenis indikator", max_length=16, choices=JENIS, default=IKU)
    polaritas = models.CharField("polaritas", max_length=8, choices=POLARITAS, default="naik")
    aturan = models.CharField(
        "cara menghitung realisasi",
        max_length=24,
        choices=Aturan.choices(),
        default=Aturan.DIISI.value,
    )
    baseline_tahun = models.PositiveSmallIntegerField("tahun baseline", null=True, blank=True)
    baseline_nilai = Nilai(verbose_name="nilai baseline")
    target_akhir = Nilai(verbose_name="target akhir RPJMD")
    sumber_data = models.TextField("sumber data", blank=True, null=True)
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "indikator kinerja Pemda"
        verbose_name_plural = "indikator kinerja Pemda"
        ordering = ["urutan", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["sasaran", "kode"], name="indikator_pemda_unik")
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class TargetIndikatorPemda(models.Model):
    """The RPJMD target of a Pemda indicator for one year."""

    indikator = models.ForeignKey(
        IndikatorPemda, verbose_name="indikator", on_delete=models.CASCADE, related_name="target"
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    nilai = Nilai(verbose_name="target")

    class Meta:
        verbose_name = "target indikator Pemda"
        verbose_name_plural = "target indikator Pemda"
        ordering = ["tahun"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun"], name="target_pemda_unik")
        ]

    def __str__(self) -> str:
        return f"target {self.indikator.kode} {self.tahun}"


class KontribusiOpd(models.Model):
    """An OPD responsible for a Pemda indicator, with the code of the OPD indicator feeding it.

    Both are held by code, like a PK's programs: the Pemda's plan outlives a reload of an OPD or
    a new Renstra, and the indicator is the one of that code in the Renstra covering the year.
    """

    indikator = models.ForeignKey(
        IndikatorPemda,
        verbose_name="indikator Pemda",
        on_delete=models.CASCADE,
        related_name="kontribusi",
    )
    opd_kode = models.CharField("kode perangkat daerah", max_length=32)
    indikator_kode = models.CharField(
        "kode indikator perangkat daerah", max_length=32, blank=True, null=True
    )
    """None: the OPD is responsible, but no indicator of its own feeds the figure."""
    bobot = Nilai(verbose_name="bobot")
    """Weight of the OPD indicator in the weighted rule; unused by the other rules."""
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "perangkat daerah penanggung jawab"
        verbose_name_plural = "perangkat daerah penanggung jawab"
        ordering = ["urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "opd_kode"], name="kontribusi_opd_unik")
        ]

    def __str__(self) -> str:
        return f"penanggung jawab {self.indikator.kode}: {self.opd_kode}"


class RealisasiIndikatorPemda(models.Model):
    """The realisation of a Pemda indicator entered for a year (None: entered as n/a)."""

    indikator = models.ForeignKey(
        IndikatorPemda,
        verbose_name="indikator",
        on_delete=models.CASCADE,
        related_name="realisasi",
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    nilai = Nilai(verbose_name="realisasi")

    class Meta:
        verbose_name = "realisasi indikator Pemda"
        verbose_name_plural = "realisasi indikator Pemda"
        ordering = ["tahun"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun"], name="realisasi_pemda_unik")
        ]

    def __str__(self) -> str:
        return f"realisasi {self.indikator.kode} {self.tahun}"


class PerjanjianKinerjaPemda(models.Model):
    """One version of the Kepala Daerah's Perjanjian Kinerja of a year."""

    pemda = models.ForeignKey(
        Pemda, verbose_name="Pemda", on_delete=models.CASCADE, related_name="perjanjian_kinerja"
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    versi = models.PositiveSmallIntegerField("versi", default=1)
    tanggal = models.DateField("tanggal", null=True, blank=True)
    alasan_revisi = models.TextField("alasan revisi", blank=True, null=True)
    pihak_pertama_jabatan = models.CharField("jabatan pihak pertama", max_length=255)
    pihak_pertama_nama = models.CharField(
        "nama pihak pertama", max_length=255, blank=True, null=True
    )

    class Meta:
        verbose_name = "Perjanjian Kinerja Kepala Daerah"
        verbose_name_plural = "Perjanjian Kinerja Kepala Daerah"
        ordering = ["tahun", "versi"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "tahun", "versi"], name="pk_pemda_versi_unik")
        ]

    def __str__(self) -> str:
        return f"Perjanjian Kinerja Kepala Daerah {self.tahun} versi {self.versi}"


class TargetPKPemda(models.Model):
    """A target of the Kepala Daerah's PK for one Pemda indicator."""

    pk_dokumen = models.ForeignKey(
        PerjanjianKinerjaPemda,
        verbose_name="Perjanjian Kinerja Kepala Daerah",
        on_delete=models.CASCADE,
        related_name="target",
    )
    indikator = models.ForeignKey(
        IndikatorPemda, verbose_name="indikator", on_delete=models.CASCADE, related_name="target_pk"
    )
    nilai = Nilai(verbose_name="target")
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "target PK Kepala Daerah"
        verbose_name_plural = "target PK Kepala Daerah"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(fields=["pk_dokumen", "indikator"], name="target_pk_pemda_unik")
        ]

    def __str__(self) -> str:
        return f"target PK Kepala Daerah {self.indikator.kode}"


class TenggatPemda(models.Model):
    """A deadline the Pemda sets for one document of one year, instead of the default."""

    pemda = models.ForeignKey(
        Pemda, verbose_name="Pemda", on_delete=models.CASCADE, related_name="tenggat"
    )
    tahun = models.PositiveSmallIntegerField("tahun laporan")
    dokumen = models.CharField("dokumen", max_length=16, choices=DOKUMEN)
    tanggal = models.DateField("batas waktu")
    dasar = models.TextField("dasar penetapan", blank=True, null=True)

    class Meta:
        verbose_name = "batas waktu Pemda"
        verbose_name_plural = "batas waktu Pemda"
        ordering = ["tahun", "dokumen"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "tahun", "dokumen"], name="tenggat_pemda_unik")
        ]

    def __str__(self) -> str:
        return f"batas waktu {self.get_dokumen_display()} {self.tahun}"


class PengesahanLkjipPemda(models.Model):
    """When the Pemda's LKjIP of a year is signed, and by whom when the head is acting."""

    STATUS = [("Plt.", "Pelaksana Tugas (Plt.)"), ("Plh.", "Pelaksana Harian (Plh.)")]

    pemda = models.ForeignKey(
        Pemda, verbose_name="Pemda", on_delete=models.CASCADE, related_name="pengesahan_lkjip"
    )
    tahun = models.PositiveSmallIntegerField("tahun laporan")
    tanggal = models.DateField("tanggal penandatanganan")
    status = models.CharField(
        "status penanda tangan", max_length=8, choices=STATUS, blank=True, null=True
    )
    """None: the Kepala Daerah signs; else the acting official's capacity."""
    nama = models.CharField("nama penanda tangan", max_length=255, blank=True, null=True)
    """The acting official's name; None: the Kepala Daerah's own (the PK's, else the Pemda's)."""

    class Meta:
        verbose_name = "pengesahan LKjIP Pemda"
        verbose_name_plural = "pengesahan LKjIP Pemda"
        ordering = ["tahun"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "tahun"], name="pengesahan_lkjip_pemda_unik")
        ]

    def __str__(self) -> str:
        return f"pengesahan LKjIP Pemda {self.tahun}"
