"""Profile data of a Perangkat Daerah: staff, assets, spending by type, report texts."""

from django.db import models

from .fields import Uang
from .organisasi import PerangkatDaerah
from .perencanaan import TAHAP_ANGGARAN


class JumlahPegawai(models.Model):
    DIMENSI = [
        ("golongan", "Status dan golongan"),
        ("pendidikan", "Tingkat pendidikan"),
        ("jenis_kelamin", "Jenis kelamin"),
    ]

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="pegawai",
    )
    tahun = models.PositiveSmallIntegerField()
    dimensi = models.CharField(max_length=16, choices=DIMENSI)
    kategori = models.CharField(max_length=64)
    jumlah = models.PositiveIntegerField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "jumlah pegawai"
        verbose_name_plural = "jumlah pegawai"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(
                fields=["opd", "tahun", "dimensi", "kategori"], name="pegawai_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kategori} ({self.get_dimensi_display()}) {self.tahun}"


class Aset(models.Model):
    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="aset",
    )
    tahun = models.PositiveSmallIntegerField()
    jenis = models.CharField(max_length=255)
    nilai = Uang(null=True, blank=True)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "aset"
        verbose_name_plural = "aset"
        ordering = ["urutan"]
        constraints = [models.UniqueConstraint(fields=["opd", "tahun", "jenis"], name="aset_unik")]

    def __str__(self) -> str:
        return f"{self.jenis} {self.tahun}"


class Belanja(models.Model):
    """A spending type total (belanja operasi, belanja modal) as budgeted."""

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="belanja",
    )
    tahun = models.PositiveSmallIntegerField()
    tahap = models.CharField(max_length=16, choices=TAHAP_ANGGARAN)
    jenis = models.CharField(max_length=255)
    nilai = Uang(null=True, blank=True)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "belanja menurut jenis"
        verbose_name_plural = "belanja menurut jenis"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun", "tahap", "jenis"], name="belanja_unik")
        ]

    def __str__(self) -> str:
        return f"{self.jenis} {self.tahun} ({self.tahap})"


class Narasi(models.Model):
    """A text of the report kept per OPD and year (latar belakang, isu strategis, ...)."""

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="narasi",
    )
    tahun = models.PositiveSmallIntegerField()
    bagian = models.CharField(max_length=64)
    teks = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "narasi laporan"
        verbose_name_plural = "narasi laporan"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(fields=["opd", "tahun", "bagian"], name="narasi_unik")
        ]

    def __str__(self) -> str:
        return f"{self.bagian} {self.tahun}"
