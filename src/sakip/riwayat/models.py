"""The history of every change to every record: who, when, old -> new."""

from django.conf import settings
from django.db import models


class Perubahan(models.Model):
    AKSI = [("tambah", "Ditambah"), ("ubah", "Diubah"), ("hapus", "Dihapus"), ("muat", "Dimuat")]

    waktu = models.DateTimeField(auto_now_add=True, db_index=True)
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    aksi = models.CharField(max_length=8, choices=AKSI)
    model = models.CharField(max_length=100)
    """app_label.ModelName of the record."""
    objek_id = models.CharField(max_length=64)
    objek = models.CharField(max_length=255)
    """How the record read at the time (its str)."""
    data_lama = models.JSONField(null=True, blank=True)
    data_baru = models.JSONField(null=True, blank=True)
    alasan = models.TextField(blank=True, null=True)
    opd_id = models.IntegerField("perangkat daerah", null=True, blank=True)
    """Id of the OPD the record belongs to; None for the Pemda's records, a dataset load, or
    a change of several OPDs. Not a foreign key: the history outlives the OPD. The cached
    pages of an OPD follow its own changes and those with None (web.layanan.versi_data)."""

    class Meta:
        verbose_name_plural = "perubahan"
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["model", "objek_id"], name="perubahan_objek"),
            models.Index(fields=["opd_id", "id"], name="perubahan_opd"),
        ]

    def __str__(self) -> str:
        return f"{self.get_aksi_display()} {self.objek}"

    def selisih(self) -> list[tuple[str, object, object]]:
        """Return (field, old, new) for every field whose value changed."""
        lama = self.data_lama or {}
        baru = self.data_baru or {}
        return [
            (field, lama.get(field), baru.get(field))
            for field in sorted(set(lama) | set(baru))
            if lama.get(field) != baru.get(field)
        ]
