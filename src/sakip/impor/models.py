"""Saved import profiles, and uploaded files waiting for their preview to be confirmed."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils import timezone

from sakip.kinerja.models import PerangkatDaerah

from .anggaran.profil import BAWAAN, Profil, ProfilTidakValid

if TYPE_CHECKING:
    from sakip.spreadsheet.read import LembarMentah

UMUR_UNGGAHAN = datetime.timedelta(days=1)
"""An upload not confirmed within this time is abandoned, and removed."""


class ProfilImpor(models.Model):
    """A named column mapping of budget realisation files (see `anggaran.profil`)."""

    nama = models.SlugField(max_length=64, unique=True)
    definisi = models.JSONField()
    """The profile in its mapping form, without its name."""
    diubah = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "profil impor"
        verbose_name_plural = "profil impor"
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama

    def profil(self) -> Profil:
        """Return the profile this row stores."""
        return Profil.dari_dict(self.definisi, nama=self.nama)


def find_profil(nama: str) -> Profil:
    """Return the profile of that name: a saved one, else one shipped with sakip."""
    tersimpan = ProfilImpor.objects.filter(nama=nama).first()
    if tersimpan is not None:
        return tersimpan.profil()
    if nama in BAWAAN:
        return BAWAAN[nama]
    raise ProfilTidakValid(
        f"profil {nama!r} tidak ada; profil yang ada: {', '.join(profil_listing()) or '-'}"
    )


def profil_listing() -> list[str]:
    """Return the names of every profile, saved and shipped."""
    return sorted(set(ProfilImpor.objects.values_list("nama", flat=True)) | set(BAWAAN))


class Unggahan(models.Model):
    """A file uploaded on the web page, read once, kept until its preview is confirmed or
    abandoned: its neutral sheets are stored, so the preview and the confirmation read the
    same rows and the file is never parsed again."""

    JENIS = [("buku", "Buku isian"), ("anggaran", "Realisasi anggaran")]

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="unggahan",
    )
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    jenis = models.CharField(max_length=16, choices=JENIS)
    profil = models.CharField(max_length=64, blank=True, default="")
    nama_berkas = models.CharField("nama berkas", max_length=255)
    lembar = models.BinaryField(default=b"")
    """The file's sheets as read (`sakip.spreadsheet.simpanan`); emptied once saved."""
    dibuat = models.DateTimeField(auto_now_add=True)
    disimpan = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "unggahan"
        verbose_name_plural = "unggahan"
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.nama_berkas

    def save_lembar(self, lembar: list[LembarMentah]) -> None:
        """Keep the sheets read from the file (not yet written to the database)."""
        # Imported here: the spreadsheet reader pulls in openpyxl, which every command would
        # otherwise load with the models (django.setup) and a report never uses.
        from sakip.spreadsheet import simpanan

        self.lembar = simpanan.ke_bytes(lembar)

    def read_sheet(self) -> list[LembarMentah]:
        """Return the sheets read from the file at upload."""
        from sakip.spreadsheet import simpanan

        return simpanan.dari_bytes(bytes(self.lembar))


def delete_abandoned(sekarang: datetime.datetime | None = None) -> int:
    """Delete the uploads never confirmed that are older than a day; return how many."""
    limit = (sekarang or timezone.now()) - UMUR_UNGGAHAN
    jumlah, _ = Unggahan.objects.filter(disimpan__isnull=True, dibuat__lt=limit).delete()
    return jumlah
