"""The budget nomenclature, budget lines stored once, and their realisation."""

from __future__ import annotations

from django.db import models

from sakip.core import periode

from .fields import Nilai, Uang
from .organisasi import PerangkatDaerah, UnitKerja
from .pengukuran import TRIWULAN
from .perencanaan import TAHAP_ANGGARAN, SasaranStrategis

PERIODE_REALISASI = [(p.key, p.choice_label) for p in periode.ALL]


class NomenklaturVersiQuerySet(models.QuerySet["NomenklaturVersi"]):
    def in_force(self, tahun: int) -> models.QuerySet[NomenklaturVersi]:
        """Return the versions in force for a year, the one that applies first.

        The latest `berlaku_mulai` not after the year wins; among versions of the same year a
        complete list before a partial one (docs/rules.md#budget-codes).
        """
        return self.filter(berlaku_mulai__lte=tahun).order_by("-berlaku_mulai", "-lengkap", "kode")


class NomenklaturVersi(models.Model):
    """One version of the Kemendagri program/kegiatan/sub kegiatan list."""

    kode = models.CharField(max_length=64, unique=True)
    nama = models.CharField(max_length=255)
    dasar_hukum = models.TextField("dasar hukum", blank=True, null=True)
    berlaku_mulai = models.PositiveSmallIntegerField("berlaku mulai tahun")
    lengkap = models.BooleanField("lengkap (seluruh nomenklatur)", default=False)
    format_sub_kegiatan = models.PositiveSmallIntegerField(
        "format kode sub kegiatan", choices=[(2, "2 digit"), (4, "4 digit")], default=4
    )

    objects = NomenklaturVersiQuerySet.as_manager()

    class Meta:
        verbose_name = "versi nomenklatur"
        verbose_name_plural = "versi nomenklatur"
        ordering = ["berlaku_mulai", "kode"]

    def __str__(self) -> str:
        return self.nama

    @classmethod
    def berlaku_untuk(cls, tahun: int) -> NomenklaturVersi | None:
        """Return the version in force for a year: the latest start, a complete one first."""
        return (
            cls.objects.filter(berlaku_mulai__lte=tahun)
            .order_by("-berlaku_mulai", "-lengkap", "kode")
            .first()
        )


class NomenklaturItem(models.Model):
    versi = models.ForeignKey(NomenklaturVersi, on_delete=models.CASCADE, related_name="item")
    kode = models.CharField(max_length=32)
    """Normalised code (4-digit sub kegiatan segment)."""
    nama = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "butir nomenklatur"
        verbose_name_plural = "butir nomenklatur"
        ordering = ["urutan"]
        constraints = [models.UniqueConstraint(fields=["versi", "kode"], name="item_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


def _nama_periode(key: str, b: BarisAnggaran) -> str:
    p = periode.Periode.try_parse(key)
    return p.nama(b.tahun) if p is not None else key


class BarisAnggaranQuerySet(models.QuerySet["BarisAnggaran"]):
    def tahap_berlaku(self, opd_id: int, tahun: int) -> periode.Tahap | None:
        """Return the budget stage the OPD's figures of the year use (the snapshot's rule)."""
        ada = self.filter(unit__opd_id=opd_id, tahun=tahun).values_list("tahap", flat=True)
        return periode.tahap_berlaku(ada.distinct())


class BarisAnggaran(models.Model):
    """The pagu of one sub kegiatan of one unit in one year and budget stage."""

    unit = models.ForeignKey(
        UnitKerja, verbose_name="unit kerja", on_delete=models.CASCADE, related_name="anggaran"
    )
    tahun = models.PositiveSmallIntegerField()
    tahap = models.CharField(max_length=16, choices=TAHAP_ANGGARAN)
    sub_kegiatan = models.CharField("kode sub kegiatan (baku)", max_length=32)
    """Normalised code."""
    kode_sumber = models.CharField("kode sub kegiatan", max_length=32)
    """The code as the source wrote it (2- or 4-digit)."""
    uraian = models.TextField(blank=True, null=True)
    pagu = Uang()
    urutan = models.PositiveIntegerField(default=0)

    objects = BarisAnggaranQuerySet.as_manager()

    class Meta:
        verbose_name = "pagu sub kegiatan"
        verbose_name_plural = "pagu sub kegiatan"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "tahun", "tahap", "sub_kegiatan"], name="baris_anggaran_unik"
            )
        ]

    def __str__(self) -> str:
        return f"Pagu {self.kode_sumber} {self.tahun} ({self.tahap})"


class RealisasiAnggaran(models.Model):
    baris = models.ForeignKey(BarisAnggaran, on_delete=models.CASCADE, related_name="realisasi")
    periode = models.CharField(max_length=8, choices=PERIODE_REALISASI)
    nilai = Uang()

    class Meta:
        verbose_name = "realisasi anggaran"
        verbose_name_plural = "realisasi anggaran"
        constraints = [
            models.UniqueConstraint(fields=["baris", "periode"], name="realisasi_anggaran_unik")
        ]

    def __str__(self) -> str:
        # The history keeps this text: name the line, its unit and the period in words.
        b = self.baris
        return f"Realisasi anggaran {b.kode_sumber} {b.unit.nama}, {_nama_periode(self.periode, b)}"


class RealisasiFisik(models.Model):
    baris = models.ForeignKey(BarisAnggaran, on_delete=models.CASCADE, related_name="fisik")
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN)
    persen = Nilai()

    class Meta:
        verbose_name = "realisasi fisik"
        verbose_name_plural = "realisasi fisik"
        ordering = ["triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["baris", "triwulan"], name="realisasi_fisik_unik")
        ]

    def __str__(self) -> str:
        b = self.baris
        return (
            f"Realisasi fisik {b.kode_sumber} {b.unit.nama}, "
            f"{periode.Periode.triwulan(self.triwulan).nama(b.tahun)}"
        )


class AtribusiProgram(models.Model):
    """The sasaran strategis a program serves in one OPD and year (Tabel 8, 15)."""

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="atribusi",
    )
    tahun = models.PositiveSmallIntegerField()
    program = models.CharField(max_length=32)
    sasaran = models.ForeignKey(SasaranStrategis, on_delete=models.CASCADE, related_name="program")
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "atribusi program ke sasaran"
        verbose_name_plural = "atribusi program ke sasaran"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun", "program"], name="atribusi_unik")
        ]

    def __str__(self) -> str:
        return f"Program {self.program} {self.tahun}"


class IndikatorKeluaran(models.Model):
    """An outcome/output indicator of a program, kegiatan or sub kegiatan of one unit."""

    unit = models.ForeignKey(
        UnitKerja,
        verbose_name="unit kerja",
        on_delete=models.CASCADE,
        related_name="indikator_keluaran",
    )
    tahun = models.PositiveSmallIntegerField()
    kode = models.CharField(max_length=32)
    uraian = models.TextField()
    uraian_nomenklatur = models.TextField("uraian menurut nomenklatur", blank=True, null=True)
    satuan = models.CharField(max_length=64)
    target = Nilai()
    realisasi = Nilai()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "indikator program/kegiatan/sub kegiatan"
        verbose_name_plural = "indikator program/kegiatan/sub kegiatan"
        ordering = ["urutan"]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"
