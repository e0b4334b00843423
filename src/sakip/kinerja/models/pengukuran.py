"""Quarterly targets, realisations and the narrative of each indicator."""

from django.db import models

from .fields import Nilai
from .perencanaan import Indikator

TRIWULAN = [(1, "Triwulan I"), (2, "Triwulan II"), (3, "Triwulan III"), (4, "Triwulan IV")]


class TargetTriwulan(models.Model):
    indikator = models.ForeignKey(
        Indikator,
        verbose_name="indikator",
        on_delete=models.CASCADE,
        related_name="target_triwulan",
    )
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN)
    nilai = Nilai()

    class Meta:
        verbose_name = "target triwulan"
        verbose_name_plural = "target triwulan"
        ordering = ["tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "triwulan"], name="target_triwulan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"Target {self.indikator.kode} {self.tahun} TW {self.triwulan}"


class Realisasi(models.Model):
    """A realisation of an indicator: for a quarter, or (triwulan NULL) for the whole year.

    `nilai` NULL means the value was stated not available; a missing row means not entered.
    """

    indikator = models.ForeignKey(
        Indikator, verbose_name="indikator", on_delete=models.CASCADE, related_name="realisasi"
    )
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN, null=True, blank=True)
    nilai = Nilai()

    class Meta:
        verbose_name = "realisasi IKU"
        verbose_name_plural = "realisasi IKU"
        ordering = ["tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "triwulan"],
                condition=models.Q(triwulan__isnull=False),
                name="realisasi_triwulan_unik",
            ),
            models.UniqueConstraint(
                fields=["indikator", "tahun"],
                condition=models.Q(triwulan__isnull=True),
                name="realisasi_tahun_unik",
            ),
        ]

    def __str__(self) -> str:
        return f"Realisasi {self.indikator.kode} {self.tahun}" + (
            f" TW {self.triwulan}" if self.triwulan else ""
        )


class NarasiIndikator(models.Model):
    """The analysis of one IKU's capaian up to a quarter, entered by the unit owning it.

    The fourth quarter's is the year's: the LKjIP prints it; the Laporan Triwulan prints each.
    """

    indikator = models.ForeignKey(
        Indikator, verbose_name="indikator", on_delete=models.CASCADE, related_name="narasi"
    )
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(default=4)
    faktor_pendukung = models.TextField("faktor pendukung", blank=True, null=True)
    faktor_penghambat = models.TextField("faktor penghambat", blank=True, null=True)
    solusi = models.TextField(blank=True, null=True)

    class Meta:
        verbose_name = "analisis capaian IKU"
        verbose_name_plural = "analisis capaian IKU"
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "triwulan"], name="narasi_indikator_unik"
            )
        ]

    def __str__(self) -> str:
        return f"Analisis {self.indikator.kode} {self.tahun} TW {self.triwulan}"
