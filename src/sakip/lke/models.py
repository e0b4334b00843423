"""The LKE of one OPD and year: windows, the evaluation, the OPD's and the evaluator's answers."""

from __future__ import annotations

from django.db import models

from sakip.kinerja.models import Pemda, PerangkatDaerah


class JendelaLke(models.Model):
    """A Pemda's window for one year: the OPDs' entry or the Inspektorat's evaluation."""

    OPD = "opd"
    INSPEKTORAT = "inspektorat"
    JENIS = [(OPD, "Pengisian oleh perangkat daerah"), (INSPEKTORAT, "Penilaian oleh Inspektorat")]
    BELUM = "belum"
    DIBUKA = "dibuka"
    DITUTUP = "ditutup"
    STATUS = [(BELUM, "Belum dibuka"), (DIBUKA, "Dibuka"), (DITUTUP, "Ditutup")]

    pemda = models.ForeignKey(
        Pemda,
        verbose_name="pemerintah daerah",
        on_delete=models.CASCADE,
        related_name="jendela_lke",
    )
    tahun = models.PositiveSmallIntegerField()
    """The year evaluated."""
    jenis = models.CharField(max_length=16, choices=JENIS)
    status = models.CharField(max_length=16, choices=STATUS, default=BELUM)

    class Meta:
        verbose_name = "jendela LKE"
        verbose_name_plural = "jendela LKE"
        ordering = ["tahun", "jenis"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "tahun", "jenis"], name="jendela_lke_unik")
        ]

    def __str__(self) -> str:
        return f"jendela LKE {self.tahun}: {self.get_jenis_display()}"


class EvaluasiLke(models.Model):
    """The LKE of one OPD for one evaluated year, scored with one template version."""

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="evaluasi_lke",
    )
    tahun = models.PositiveSmallIntegerField()
    """The year evaluated (reported in the LKjIP of the next year, like the evaluation result)."""
    template_kode = models.CharField("kode lembar kerja evaluasi", max_length=64)
    template_versi = models.PositiveIntegerField("versi lembar kerja evaluasi")
    diterbitkan = models.BooleanField(default=False)
    """Whether the Inspektorat published the final answers: only then the OPD sees them."""

    class Meta:
        verbose_name = "evaluasi LKE"
        verbose_name_plural = "evaluasi LKE"
        ordering = ["tahun"]
        constraints = [models.UniqueConstraint(fields=["opd", "tahun"], name="evaluasi_lke_unik")]

    def __str__(self) -> str:
        return f"evaluasi LKE {self.tahun}"


class JawabanUsulan(models.Model):
    """The OPD's proposed answer to one criterion, with its note and evidence links."""

    evaluasi = models.ForeignKey(EvaluasiLke, on_delete=models.CASCADE, related_name="usulan")
    kriteria = models.CharField(max_length=32)
    catatan = models.TextField(blank=True, default="")
    bukti = models.TextField(blank=True, default="")
    """Evidence links, one per line."""
    jawaban = models.CharField(max_length=16)

    class Meta:
        verbose_name = "jawaban usulan LKE"
        verbose_name_plural = "jawaban usulan LKE"
        ordering = ["kriteria"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "kriteria"], name="jawaban_usulan_unik")
        ]

    def __str__(self) -> str:
        return f"kriteria {self.kriteria}"


class JawabanPenetapan(models.Model):
    """The evaluator's final answer to one criterion, with the evaluator's note."""

    evaluasi = models.ForeignKey(EvaluasiLke, on_delete=models.CASCADE, related_name="penetapan")
    kriteria = models.CharField(max_length=32)
    catatan = models.TextField(blank=True, default="")
    jawaban = models.CharField(max_length=16)

    class Meta:
        verbose_name = "jawaban penetapan LKE"
        verbose_name_plural = "jawaban penetapan LKE"
        ordering = ["kriteria"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "kriteria"], name="jawaban_penetapan_unik")
        ]

    def __str__(self) -> str:
        return f"kriteria {self.kriteria}"
