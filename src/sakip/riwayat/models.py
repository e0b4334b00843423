"""The history of every change to every record: who, when, old -> new."""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst


class Perubahan(models.Model):
    AKSI = [("tambah", "Ditambah"), ("ubah", "Diubah"), ("hapus", "Dihapus"), ("muat", "Dimuat")]

    waktu = models.DateTimeField(auto_now_add=True, db_index=True)
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    aksi = models.CharField(max_length=8, choices=AKSI)
    model = models.CharField("jenis data", max_length=100)
    """app_label.ModelName of the record."""
    objek_id = models.CharField("nomor objek", max_length=64)
    objek = models.CharField(max_length=255)
    """How the record read at the time (its str)."""
    data_lama = models.JSONField("data lama", null=True, blank=True)
    data_baru = models.JSONField("data baru", null=True, blank=True)
    alasan = models.TextField(blank=True, null=True)
    opd_id = models.IntegerField("perangkat daerah", null=True, blank=True)
    """Id of the OPD the record belongs to; None for the Pemda's records, a dataset load, or
    a change of several OPDs. Not a foreign key: the history outlives the OPD. The cached
    pages of an OPD follow its own changes and those with None (web.layanan.versi_data)."""
    pemda_id = models.IntegerField("pemerintah daerah", null=True, blank=True)
    """Id of the Pemda the record belongs to, when known; None for a change of several Pemdas
    or one whose place is not known. The control room of a Pemda follows its OPDs' changes,
    the entries of no OPD with its Pemda, and those with neither (pemda.versi.versi_pemda)."""

    class Meta:
        verbose_name = "riwayat perubahan"
        verbose_name_plural = "riwayat perubahan"
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["model", "objek_id"], name="perubahan_objek"),
            models.Index(fields=["opd_id", "id"], name="perubahan_opd"),
            models.Index(fields=["pemda_id", "opd_id", "id"], name="perubahan_pemda"),
        ]

    def __str__(self) -> str:
        return f"{self.get_aksi_display()} {self.objek}"

    def selisih(self) -> list[tuple[str, object, object]]:
        """Return (field, old, new) for every field whose value changed."""
        old = self.data_lama or {}
        new = self.data_baru or {}
        return [
            (field, old.get(field), new.get(field))
            for field in sorted(set(old) | set(new))
            if old.get(field) != new.get(field)
        ]

    def rincian(self) -> list[tuple[str, object, object, str]]:
        """Return (label, old, new, field) for every changed field, the label as a form shows it."""
        return [(self.nama_kolom(f), old, new, f) for f, old, new in self.selisih()]

    def nama_kolom(self, kolom: str) -> str:
        """Return a field's Indonesian name (its verbose_name), or the stored key when unknown."""
        try:
            return str(capfirst(apps.get_model(self.model)._meta.get_field(kolom).verbose_name))
        except (LookupError, ValueError, FieldDoesNotExist):
            # A model or field removed since the entry was written keeps its stored key.
            return kolom
