"""Saved import profiles, and uploaded files waiting for their preview to be confirmed."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from sakip.kinerja.models import PerangkatDaerah

from .anggaran.profil import BAWAAN, Profil, ProfilTidakValid


class ProfilImpor(models.Model):
    """A named column mapping of budget realisation files (see `anggaran.profil`)."""

    nama = models.SlugField(max_length=64, unique=True)
    definisi = models.JSONField()
    """The profile in its mapping form, without its name."""
    diubah = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "profil impor"
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama

    def profil(self) -> Profil:
        """Return the profile this row stores."""
        return Profil.dari_dict(self.definisi, nama=self.nama)


def cari_profil(nama: str) -> Profil:
    """Return the profile of that name: a saved one, else one shipped with sakip."""
    tersimpan = ProfilImpor.objects.filter(nama=nama).first()
    if tersimpan is not None:
        return tersimpan.profil()
    if nama in BAWAAN:
        return BAWAAN[nama]
    raise ProfilTidakValid(
        f"profil {nama!r} tidak ada; profil yang ada: {', '.join(daftar_profil()) or '-'}"
    )


def daftar_profil() -> list[str]:
    """Return the names of every profile, saved and shipped."""
    return sorted(set(ProfilImpor.objects.values_list("nama", flat=True)) | set(BAWAAN))


class Unggahan(models.Model):
    """A file uploaded on the web page, kept until its preview is confirmed or abandoned."""

    JENIS = [("buku", "Buku isian"), ("anggaran", "Realisasi anggaran")]

    opd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="unggahan")
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    jenis = models.CharField(max_length=16, choices=JENIS)
    profil = models.CharField(max_length=64, blank=True, default="")
    nama_berkas = models.CharField(max_length=255)
    isi = models.BinaryField()
    dibuat = models.DateTimeField(auto_now_add=True)
    disimpan = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "unggahan"
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.nama_berkas
