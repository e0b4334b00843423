"""The Pemda, its RPJMD cascade, its Perangkat Daerah and their units."""

from django.db import models

from .fields import PejabatMixin


class Pemda(PejabatMixin, models.Model):
    kode = models.CharField(max_length=16, unique=True)
    nama = models.CharField(max_length=255)
    nama_daerah = models.CharField("nama daerah", max_length=255)
    tempat = models.CharField(max_length=255)

    class Meta:
        verbose_name = "pemerintah daerah"
        verbose_name_plural = "pemerintah daerah"

    def __str__(self) -> str:
        return self.nama


class Rpjmd(models.Model):
    pemda = models.ForeignKey(
        Pemda, verbose_name="pemerintah daerah", on_delete=models.CASCADE, related_name="rpjmd"
    )
    periode_awal = models.PositiveSmallIntegerField("tahun awal periode")
    periode_akhir = models.PositiveSmallIntegerField("tahun akhir periode")
    dasar_hukum = models.TextField("dasar hukum", blank=True, null=True)
    visi = models.TextField()

    class Meta:
        verbose_name = "RPJMD"
        verbose_name_plural = "RPJMD"
        constraints = [
            models.UniqueConstraint(fields=["pemda", "periode_awal"], name="rpjmd_unik"),
            models.CheckConstraint(
                condition=models.Q(periode_akhir__gte=models.F("periode_awal")),
                name="rpjmd_periode_urut",
            ),
        ]

    def __str__(self) -> str:
        return f"RPJMD {self.periode_awal}–{self.periode_akhir}"


class Misi(models.Model):
    rpjmd = models.ForeignKey(
        Rpjmd, verbose_name="RPJMD", on_delete=models.CASCADE, related_name="misi"
    )
    kode = models.CharField(max_length=32)
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "misi"
        verbose_name_plural = "misi"
        ordering = ["urutan"]
        constraints = [models.UniqueConstraint(fields=["rpjmd", "kode"], name="misi_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class TujuanPemda(models.Model):
    misi = models.ForeignKey(Misi, on_delete=models.CASCADE, related_name="tujuan")
    kode = models.CharField(max_length=32)
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "tujuan RPJMD"
        verbose_name_plural = "tujuan RPJMD"
        ordering = ["urutan"]
        constraints = [models.UniqueConstraint(fields=["misi", "kode"], name="tujuan_pemda_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class SasaranPemda(models.Model):
    tujuan = models.ForeignKey(TujuanPemda, on_delete=models.CASCADE, related_name="sasaran")
    kode = models.CharField(max_length=32)
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "sasaran RPJMD"
        verbose_name_plural = "sasaran RPJMD"
        ordering = ["urutan"]
        constraints = [
            models.UniqueConstraint(fields=["tujuan", "kode"], name="sasaran_pemda_unik")
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class PerangkatDaerah(PejabatMixin, models.Model):
    pemda = models.ForeignKey(
        Pemda,
        verbose_name="pemerintah daerah",
        on_delete=models.PROTECT,
        related_name="perangkat_daerah",
    )
    kode = models.CharField(max_length=32, unique=True)
    nama = models.CharField(max_length=255)
    jenis = models.CharField(max_length=64)

    class Meta:
        verbose_name = "perangkat daerah"
        verbose_name_plural = "perangkat daerah"
        ordering = ["kode"]

    def __str__(self) -> str:
        return self.nama


class UnitKerja(PejabatMixin, models.Model):
    """A unit that holds budget: the SKPD's own unit or one of its sub-units."""

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="unit_kerja",
    )
    kode = models.CharField(max_length=32, unique=True)
    nama = models.CharField(max_length=255)
    nama_singkat = models.CharField("nama singkat", max_length=255)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "unit kerja"
        verbose_name_plural = "unit kerja"
        ordering = ["urutan", "kode"]

    def __str__(self) -> str:
        return self.nama
