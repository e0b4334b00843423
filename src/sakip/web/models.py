"""Evidence files and a Pemda's own scale labels; roles and the workflow live in sakip.alur."""

from __future__ import annotations

from pathlib import PurePosixPath

from django.conf import settings
from django.db import models

from sakip.kinerja.models import Pemda, UnitKerja


def _lokasi_bukti(instance: Bukti, filename: str) -> str:
    nama = PurePosixPath(filename).name
    return f"bukti/{instance.unit.kode}/{instance.tahun}/tw{instance.triwulan}/{nama}"


class Bukti(models.Model):
    """An evidence file (bukti dukung) uploaded with a unit's quarter."""

    unit = models.ForeignKey(UnitKerja, on_delete=models.CASCADE, related_name="bukti")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField()
    berkas = models.FileField(upload_to=_lokasi_bukti, max_length=255)
    nama = models.CharField(max_length=255)
    keterangan = models.CharField(max_length=255, blank=True, default="")
    ukuran = models.PositiveIntegerField()
    diunggah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    waktu = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "bukti"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.nama

    def save(self, *args: object, **kwargs: object) -> None:
        baru = self.pk is None
        try:
            super().save(*args, **kwargs)  # type: ignore[arg-type]
        except Exception:
            # The file is written before the row: a row that fails (disk full) must not leave it.
            if baru and self.berkas.name and self.berkas._committed:
                self.berkas.storage.delete(self.berkas.name)
            raise


class LabelSkala(models.Model):
    """A Pemda's own label for one band of a scale (e.g. "Sangat Baik" for "Sangat Tinggi")."""

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="label_skala")
    jenis = models.CharField(max_length=64)
    kode = models.CharField(max_length=32)
    label = models.CharField(max_length=128)
    diubah = models.DateTimeField(auto_now=True)
    """When the label last changed: cached pages follow it (layanan.versi_data)."""

    class Meta:
        verbose_name_plural = "label skala"
        constraints = [
            models.UniqueConstraint(fields=["pemda", "jenis", "kode"], name="label_skala_unik")
        ]

    def __str__(self) -> str:
        return f"{self.jenis} {self.kode}: {self.label}"

    def clean(self) -> None:
        """Check the scale and its band exist, so the label is applied where it is meant."""
        from django.core.exceptions import ValidationError

        from sakip.core.scales import SkalaTidakDitemukan, load_scale

        try:
            skala = load_scale(self.jenis)
        except SkalaTidakDitemukan:
            raise ValidationError(
                {"jenis": "Jenis skala tidak dikenal, misalnya kriteria-capaian atau mutu-skm."}
            ) from None
        kelas = [b.kode for b in skala.bands]
        if self.kode not in kelas:
            raise ValidationError(
                {"kode": f"Kelas tidak ada pada skala ini; pilih {', '.join(kelas)}."}
            )
