"""SAKIP evaluation results, their recommendations, and the SKM survey results."""

from datetime import date

from django.db import models

from sakip.core.scales import evaluasi_regulasi_listing
from sakip.core.tenggat import lewat

from .fields import Nilai
from .organisasi import PerangkatDaerah, UnitKerja


def pilihan_regulasi() -> list[tuple[str, str]]:
    """Return the evaluation regulations of the scale files, as choices."""
    return [(r.kode, r.dasar_hukum) for r in evaluasi_regulasi_listing()]


def pilihan_komponen() -> list[tuple[str, str]]:
    """Return the components of every evaluation regulation, as choices."""
    pilihan: dict[str, str] = {}
    for r in evaluasi_regulasi_listing():
        for k in r.komponen:
            pilihan.setdefault(k.kode, k.nama)
    return list(pilihan.items())


class EvaluasiSakip(models.Model):
    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="evaluasi",
    )
    tahun = models.PositiveSmallIntegerField()
    """The year evaluated."""
    regulasi = models.CharField(max_length=64, choices=pilihan_regulasi)
    """Kode of the evaluation regulation (data/skala/evaluasi-akip)."""
    nilai = Nilai()
    predikat = models.CharField(max_length=8, blank=True, null=True)
    nomor_surat = models.CharField("nomor surat", max_length=255, blank=True, null=True)
    tanggal_surat = models.DateField("tanggal surat", null=True, blank=True)

    class Meta:
        verbose_name = "hasil evaluasi SAKIP"
        verbose_name_plural = "hasil evaluasi SAKIP"
        ordering = ["tahun"]
        constraints = [models.UniqueConstraint(fields=["opd", "tahun"], name="evaluasi_unik")]

    def __str__(self) -> str:
        return f"Evaluasi SAKIP {self.tahun}"


class KomponenEvaluasi(models.Model):
    evaluasi = models.ForeignKey(EvaluasiSakip, on_delete=models.CASCADE, related_name="komponen")
    kode = models.CharField(max_length=64, choices=pilihan_komponen)
    nilai = Nilai()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "nilai komponen evaluasi"
        verbose_name_plural = "nilai komponen evaluasi"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "kode"], name="komponen_evaluasi_unik")
        ]

    def __str__(self) -> str:
        return f"Komponen {self.kode}"


class Rekomendasi(models.Model):
    STATUS = [
        ("belum", "Belum ditindaklanjuti"),
        ("dalam_proses", "Dalam proses"),
        ("selesai", "Selesai"),
    ]

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="rekomendasi",
    )
    tahun_evaluasi = models.PositiveSmallIntegerField("tahun evaluasi")
    komponen = models.CharField(max_length=64, choices=pilihan_komponen)
    uraian = models.TextField()
    tindak_lanjut = models.TextField("tindak lanjut", blank=True, null=True)
    status = models.CharField(max_length=16, choices=STATUS, default="belum")
    tenggat = models.DateField("tenggat", null=True, blank=True)
    """The day by which it is to be followed up; None: not set (never read as on time)."""
    unit = models.ForeignKey(
        UnitKerja,
        verbose_name="unit penanggung jawab",
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="rekomendasi",
    )
    """The unit of the same OPD that answers for it; its position is `lke.JabatanRekomendasi`."""
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "rekomendasi"
        verbose_name_plural = "rekomendasi"
        ordering = ["urutan"]

    def __str__(self) -> str:
        komponen = self.get_komponen_display()
        return f"Rekomendasi {self.tahun_evaluasi} {komponen}: {self.uraian[:60]}"

    def lewat_tenggat(self, hari: date) -> bool:
        """Return whether it is still open after its deadline on `hari` (no deadline: never)."""
        return lewat(self.tenggat, self.status == "selesai", hari)


class RencanaAksi(models.Model):
    rekomendasi = models.ForeignKey(
        Rekomendasi, on_delete=models.CASCADE, related_name="rencana_aksi"
    )
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "rencana aksi tindak lanjut"
        verbose_name_plural = "rencana aksi tindak lanjut"
        ordering = ["urutan"]

    def __str__(self) -> str:
        return self.uraian


class Skm(models.Model):
    """A Survei Kepuasan Masyarakat result: the score, or the NRR of its nine unsur."""

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="skm",
    )
    tahun = models.PositiveSmallIntegerField()
    nilai = Nilai()
    """Converted score as published; NULL when it is computed from the unsur."""

    class Meta:
        verbose_name = "Survei Kepuasan Masyarakat"
        verbose_name_plural = "Survei Kepuasan Masyarakat"
        constraints = [models.UniqueConstraint(fields=["opd", "tahun"], name="skm_unik")]

    def __str__(self) -> str:
        return f"SKM {self.tahun}"


class SkmUnsur(models.Model):
    skm = models.ForeignKey(Skm, verbose_name="SKM", on_delete=models.CASCADE, related_name="unsur")
    unsur = models.CharField(max_length=32)
    nrr = models.DecimalField("NRR", max_digits=8, decimal_places=4)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "unsur SKM"
        verbose_name_plural = "unsur SKM"
        ordering = ["urutan"]
        constraints = [models.UniqueConstraint(fields=["skm", "unsur"], name="skm_unsur_unik")]

    def __str__(self) -> str:
        return f"Unsur {self.unsur}"
