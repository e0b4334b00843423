"""Evidence files; roles and the workflow live in sakip.alur, scale labels in sakip.laporan."""

from __future__ import annotations

from pathlib import PurePosixPath

from django.conf import settings
from django.db import models

from sakip.kinerja.models import UnitKerja


def _lokasi_bukti(instance: Bukti, filename: str) -> str:
    nama = PurePosixPath(filename).name
    return f"bukti/{instance.unit.kode}/{instance.tahun}/tw{instance.triwulan}/{nama}"


class Bukti(models.Model):
    """An evidence file (bukti dukung) uploaded with a unit's quarter."""

    unit = models.ForeignKey(
        UnitKerja, verbose_name="unit kerja", on_delete=models.CASCADE, related_name="bukti"
    )
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField()
    berkas = models.FileField(upload_to=_lokasi_bukti, max_length=255)
    nama = models.CharField(max_length=255)
    keterangan = models.CharField(max_length=255, blank=True, default="")
    ukuran = models.PositiveIntegerField()
    diunggah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="diunggah oleh", on_delete=models.PROTECT
    )
    waktu = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "berkas bukti"
        verbose_name_plural = "berkas bukti"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.nama

    def save(self, *args: object, **kwargs: object) -> None:
        new = self.pk is None
        try:
            super().save(*args, **kwargs)  # type: ignore[arg-type]
        except Exception:
            # The file is written before the row: a row that fails (disk full) must not leave it.
            if new and self.berkas.name and self.berkas._committed:
                self.berkas.storage.delete(self.berkas.name)
            raise
