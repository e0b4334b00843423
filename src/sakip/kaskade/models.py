"""Positions of an OPD, their holders, a Perjanjian Kinerja per position and its Rencana Aksi.

PermenPANRB 53/2014 asks for a Perjanjian Kinerja at every level of the organisation: the head
signs the sasaran strategis, an administrator a program, a pengawas a kegiatan, the staff a sub
kegiatan, each indicator contributing to one of the position above (docs/kaskade.md).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from sakip.kinerja.models import Indikator, PerangkatDaerah, UnitKerja
from sakip.kinerja.models.anggaran import PERIODE_REALISASI
from sakip.kinerja.models.fields import Nilai


class Jabatan(models.Model):
    """One position of an OPD (or of one of its units), under its parent position."""

    JPT = "jpt"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    FUNGSIONAL = "fungsional"
    PELAKSANA = "pelaksana"
    TINGKAT = [
        (JPT, "JPT (eselon II)"),
        (ADMINISTRATOR, "Administrator (eselon III)"),
        (PENGAWAS, "Pengawas (eselon IV)"),
        (FUNGSIONAL, "Fungsional"),
        (PELAKSANA, "Pelaksana"),
    ]

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="jabatan",
    )
    unit = models.ForeignKey(
        UnitKerja,
        verbose_name="unit kerja",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="jabatan",
    )
    kode = models.CharField("kode", max_length=64)
    nama = models.CharField("nama jabatan", max_length=255)
    tingkat = models.CharField("tingkat jabatan", max_length=16, choices=TINGKAT)
    induk = models.ForeignKey(
        "self",
        verbose_name="jabatan atasan",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="bawahan",
    )
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "jabatan"
        verbose_name_plural = "jabatan"
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["opd", "kode"], name="jabatan_kode_unik")]

    def __str__(self) -> str:
        return self.nama


class PemegangJabatan(models.Model):
    """One person holding a position for a time: definitive, or acting (Plt, Plh)."""

    DEFINITIF = "definitif"
    PLT = "plt"
    PLH = "plh"
    STATUS = [
        (DEFINITIF, "Definitif"),
        (PLT, "Pelaksana Tugas (Plt)"),
        (PLH, "Pelaksana Harian (Plh)"),
    ]

    jabatan = models.ForeignKey(
        Jabatan, verbose_name="jabatan", on_delete=models.CASCADE, related_name="pemegang"
    )
    nama = models.CharField("nama", max_length=255)
    nip = models.CharField("NIP", max_length=32, blank=True, null=True)
    status = models.CharField("status", max_length=16, choices=STATUS, default=DEFINITIF)
    mulai = models.DateField("mulai", null=True, blank=True)
    selesai = models.DateField("selesai", null=True, blank=True)

    class Meta:
        verbose_name = "pemegang jabatan"
        verbose_name_plural = "pemegang jabatan"
        ordering = ["mulai", "id"]

    def __str__(self) -> str:
        return f"{self.nama} ({self.jabatan.nama})"


class PenggunaJabatan(models.Model):
    """A user who acts for a position in the application: enters its figures, verifies below."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="pengguna",
        on_delete=models.CASCADE,
        related_name="jabatan_kaskade",
    )
    jabatan = models.ForeignKey(
        Jabatan, verbose_name="jabatan", on_delete=models.CASCADE, related_name="pengguna"
    )

    class Meta:
        verbose_name = "pengguna jabatan"
        verbose_name_plural = "pengguna jabatan"
        constraints = [
            models.UniqueConstraint(fields=["user", "jabatan"], name="pengguna_jabatan_unik")
        ]

    def __str__(self) -> str:
        return f"{self.user.get_username()} sebagai {self.jabatan.nama}"


class PerjanjianKinerjaJabatan(models.Model):
    """One version of a position's Perjanjian Kinerja for a year, signed with the one above."""

    jabatan = models.ForeignKey(
        Jabatan, verbose_name="jabatan", on_delete=models.CASCADE, related_name="perjanjian"
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    versi = models.PositiveSmallIntegerField("versi", default=1)
    tanggal = models.DateField("tanggal penandatanganan", null=True, blank=True)
    alasan_revisi = models.TextField("alasan revisi", blank=True, default="")
    pihak_pertama = models.ForeignKey(
        PemegangJabatan,
        verbose_name="pihak pertama",
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="pk_pihak_pertama",
    )
    pihak_kedua = models.ForeignKey(
        PemegangJabatan,
        verbose_name="pihak kedua",
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="pk_pihak_kedua",
    )

    class Meta:
        verbose_name = "perjanjian kinerja jabatan"
        verbose_name_plural = "perjanjian kinerja jabatan"
        ordering = ["tahun", "versi"]
        constraints = [
            models.UniqueConstraint(
                fields=["jabatan", "tahun", "versi"], name="pk_jabatan_versi_unik"
            )
        ]

    def __str__(self) -> str:
        return f"Perjanjian Kinerja {self.tahun} versi {self.versi} {self.jabatan.nama}"


class IndikatorPKJabatan(models.Model):
    """An indicator of a position's PK, at its level of the cascade, under a parent indicator."""

    SASARAN = "sasaran"
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"
    JENIS = [
        (SASARAN, "Sasaran strategis"),
        (PROGRAM, "Program"),
        (KEGIATAN, "Kegiatan"),
        (SUB_KEGIATAN, "Sub kegiatan"),
    ]
    POLARITAS = Indikator.POLARITAS

    pk_jabatan = models.ForeignKey(
        PerjanjianKinerjaJabatan,
        verbose_name="perjanjian kinerja jabatan",
        on_delete=models.CASCADE,
        related_name="indikator",
    )
    kode = models.CharField("kode", max_length=64)
    jenis = models.CharField("tingkat kaskade", max_length=16, choices=JENIS)
    sasaran = models.TextField("sasaran", blank=True, default="")
    uraian = models.TextField("indikator kinerja")
    satuan = models.CharField("satuan", max_length=64, blank=True, default="")
    polaritas = models.CharField("polaritas", max_length=8, choices=POLARITAS, default="naik")
    induk = models.ForeignKey(
        "self",
        verbose_name="indikator atasan",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="turunan",
    )
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "indikator PK jabatan"
        verbose_name_plural = "indikator PK jabatan"
        ordering = ["urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["pk_jabatan", "kode"], name="indikator_pk_jabatan_unik")
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class StatusIsian(models.TextChoices):
    """Where one period's realisation stands: entered, verified above, or sent back."""

    DIISI = "diisi", "Diisi"
    DIVERIFIKASI = "diverifikasi", "Diverifikasi"
    DIKEMBALIKAN = "dikembalikan", "Dikembalikan"


class _PeriodeIsian(models.Model):
    """One period (the year, a quarter, a month) of a target and its realisation."""

    periode = models.CharField("periode", max_length=8, choices=PERIODE_REALISASI)
    """A dataset period key: "tahun", "tw1".."tw4", "1".."12" (sakip.core.periode)."""
    target = Nilai(verbose_name="target")
    realisasi = Nilai(verbose_name="realisasi")
    """None: nothing entered for the period (distinct from a measured 0)."""
    catatan = models.TextField("catatan", blank=True, default="")
    status = models.CharField(
        "status", max_length=16, choices=StatusIsian.choices, default=StatusIsian.DIISI
    )
    catatan_verifikasi = models.TextField("catatan verifikasi", blank=True, default="")

    class Meta:
        abstract = True


class TargetIndikatorJabatan(_PeriodeIsian):
    """The target and realisation of a position's PK indicator for one period."""

    indikator = models.ForeignKey(
        IndikatorPKJabatan,
        verbose_name="indikator PK jabatan",
        on_delete=models.CASCADE,
        related_name="periode",
    )

    class Meta:
        verbose_name = "target indikator jabatan"
        verbose_name_plural = "target indikator jabatan"
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "periode"], name="target_indikator_jabatan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indikator.kode} {self.periode}"


class RencanaAksiKinerja(models.Model):
    """One action that achieves a PK target, by its responsible position, with its weight."""

    indikator = models.ForeignKey(
        IndikatorPKJabatan,
        verbose_name="indikator PK jabatan",
        on_delete=models.CASCADE,
        related_name="rencana_aksi",
    )
    uraian = models.TextField("rencana aksi")
    jabatan = models.ForeignKey(
        Jabatan,
        verbose_name="penanggung jawab",
        on_delete=models.RESTRICT,
        related_name="rencana_aksi",
    )
    bobot = Nilai(verbose_name="bobot")
    satuan = models.CharField("satuan", max_length=64, blank=True, default="")
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "rencana aksi kinerja"
        verbose_name_plural = "rencana aksi kinerja"
        ordering = ["urutan", "id"]

    def __str__(self) -> str:
        return self.uraian


class PeriodeRencanaAksi(_PeriodeIsian):
    """The target and realisation of one action for one month or quarter, with its evidence."""

    rencana_aksi = models.ForeignKey(
        RencanaAksiKinerja,
        verbose_name="rencana aksi kinerja",
        on_delete=models.CASCADE,
        related_name="periode",
    )
    bukti = models.TextField("keterangan bukti", blank=True, default="")

    class Meta:
        verbose_name = "periode rencana aksi"
        verbose_name_plural = "periode rencana aksi"
        constraints = [
            models.UniqueConstraint(
                fields=["rencana_aksi", "periode"], name="periode_rencana_aksi_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.rencana_aksi.uraian} {self.periode}"
