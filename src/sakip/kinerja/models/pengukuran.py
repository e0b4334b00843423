"""Quarterly targets, realisations and the narrative of each indicator."""

from django.db import models

from .fields import Nilai
from .perencanaan import Indikator

TRIWULAN = [(1, "Triwulan I"), (2, "Triwulan II"), (3, "Triwulan III"), (4, "Triwulan IV")]
BULAN = [(b, f"Bulan {b}") for b in range(1, 13)]


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
    """A realisation of an indicator: for a month, a quarter, or (triwulan NULL) the whole year.

    `nilai` NULL means the value was stated not available; a missing row means not entered. A
    monthly row (`bulan` set) carries its quarter in `triwulan`, so the quarter's workflow locks
    it. A ratio indicator's row keeps its parts beside the figure computed from them
    (docs/rules.md#indikator-rasio).
    """

    indikator = models.ForeignKey(
        Indikator, verbose_name="indikator", on_delete=models.CASCADE, related_name="realisasi"
    )
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN, null=True, blank=True)
    bulan = models.PositiveSmallIntegerField("bulan", choices=BULAN, null=True, blank=True)
    nilai = Nilai()
    pembilang = Nilai(verbose_name="pembilang")
    penyebut = Nilai(verbose_name="penyebut")

    class Meta:
        verbose_name = "realisasi IKU"
        verbose_name_plural = "realisasi IKU"
        ordering = ["tahun", "triwulan", "bulan"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "triwulan"],
                condition=models.Q(triwulan__isnull=False, bulan__isnull=True),
                name="realisasi_triwulan_unik",
            ),
            models.UniqueConstraint(
                fields=["indikator", "tahun", "bulan"],
                condition=models.Q(bulan__isnull=False),
                name="realisasi_bulan_unik",
            ),
            models.CheckConstraint(
                condition=models.Q(bulan__isnull=True)
                | models.Q(bulan__in=[1, 2, 3], triwulan=1)
                | models.Q(bulan__in=[4, 5, 6], triwulan=2)
                | models.Q(bulan__in=[7, 8, 9], triwulan=3)
                | models.Q(bulan__in=[10, 11, 12], triwulan=4),
                name="realisasi_bulan_dalam_triwulan",
            ),
            models.UniqueConstraint(
                fields=["indikator", "tahun"],
                condition=models.Q(triwulan__isnull=True),
                name="realisasi_tahun_unik",
            ),
        ]

    def __str__(self) -> str:
        if self.bulan:
            return f"Realisasi {self.indikator.kode} {self.tahun} bulan {self.bulan}"
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
