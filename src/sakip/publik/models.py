"""The document register (every SAKIP document of an OPD or the Pemda per year) and API tokens."""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models

from sakip.alur.models import DokumenTertanda
from sakip.kinerja.models import Pemda, PerangkatDaerah

from .jenis import pilihan


def _lokasi(instance: DokumenSakip, filename: str) -> str:
    nama = PurePosixPath(filename).name
    pemilik = instance.opd.kode if instance.opd is not None else instance.pemda.kode
    return f"register/{pemilik}/{instance.tahun}/{instance.jenis}/{nama}"


class DokumenQuerySet(models.QuerySet["DokumenSakip"]):
    def terbit(self) -> DokumenQuerySet:
        """Return the documents the public may see: flagged public and signed (not withdrawn)."""
        tertanda = models.Q(sumber="sakip", tertanda__dicabut=False)
        upload = models.Q(sumber="unggah", tanggal_tanda__isnull=False)
        return self.filter(tertanda | upload, publik=True)


class DokumenSakip(models.Model):
    """One document of the register: made and signed in sakip, or uploaded with its signature."""

    SAKIP = "sakip"
    UPLOAD = "unggah"
    SOURCES = [(SAKIP, "Dibuat sakip"), (UPLOAD, "Diunggah")]

    pemda = models.ForeignKey(
        Pemda, verbose_name="Pemda", on_delete=models.CASCADE, related_name="dokumen_sakip"
    )
    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="dokumen_sakip",
    )
    """None for a document of the Pemda itself (RPJMD, the Pemda's LKjIP)."""
    tahun = models.PositiveSmallIntegerField("tahun")
    jenis = models.CharField("jenis dokumen", max_length=32, choices=pilihan)
    judul = models.CharField("judul", max_length=255)
    sumber = models.CharField("sumber", max_length=8, choices=SOURCES)
    tertanda = models.OneToOneField(
        DokumenTertanda,
        verbose_name="dokumen tertanda",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="register",
    )
    """The signed copy sakip keeps, for a document made in sakip."""
    berkas = models.FileField("berkas", upload_to=_lokasi, max_length=255, blank=True)
    nama_berkas = models.CharField("nama berkas", max_length=255)
    ukuran = models.PositiveIntegerField("ukuran (bita)")
    sha256 = models.CharField("SHA-256", max_length=64)
    penandatangan = models.CharField("penandatangan", max_length=255, blank=True, default="")
    tanggal_tanda = models.DateField("tanggal tanda tangan", null=True, blank=True)
    """None while an uploaded document is not signed: it is then never public."""
    publik = models.BooleanField("dipublikasikan", default=False)
    keterangan = models.CharField("keterangan", max_length=255, blank=True, default="")
    diunggah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="dicatat oleh",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    waktu = models.DateTimeField("waktu dicatat", auto_now_add=True)

    objects = DokumenQuerySet.as_manager()

    class Meta:
        verbose_name = "dokumen SAKIP"
        verbose_name_plural = "dokumen SAKIP"
        ordering = ["tahun", "opd__kode", "jenis", "id"]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.tahun}: {self.judul}"

    def save(self, *args: object, **kwargs: object) -> None:
        new = self.pk is None
        try:
            super().save(*args, **kwargs)  # type: ignore[arg-type]
        except Exception:
            # The file is written before the row: a row that fails must not leave it behind.
            if new and self.berkas.name and self.berkas._committed:
                self.berkas.storage.delete(self.berkas.name)
            raise

    @property
    def ditandatangani(self) -> bool:
        """Return whether the document is signed (a signed copy of sakip not withdrawn)."""
        if self.sumber == self.SAKIP:
            return self.tertanda is not None and not self.tertanda.dicabut
        return self.tanggal_tanda is not None

    @property
    def terbit(self) -> bool:
        """Return whether the public may see the document: flagged public and signed."""
        return self.publik and self.ditandatangani

    def isi(self) -> bytes:
        """Return the document's bytes."""
        if self.tertanda_id is not None:
            return bytes(self.tertanda.isi)  # type: ignore[union-attr]
        with self.berkas.open("rb") as f:
            return f.read()  # type: ignore[no-any-return]


class DokumenPemda(DokumenSakip):
    """A register document of the Pemda itself: the Admin Pemda keeps it."""

    class Meta:
        proxy = True
        verbose_name = "dokumen SAKIP Pemda"
        verbose_name_plural = "dokumen SAKIP Pemda"


class TokenApi(models.Model):
    """A client's key to the read-only API: only its SHA-256 is kept, scoped to a Pemda or OPD."""

    nama = models.CharField("nama klien", max_length=128)
    awalan = models.CharField("awalan token", max_length=8)
    """The token's first characters, shown to tell tokens apart."""
    hash_rahasia = models.CharField("SHA-256 token", max_length=64, unique=True)
    pemda = models.ForeignKey(
        Pemda, verbose_name="Pemda", on_delete=models.CASCADE, related_name="token_api"
    )
    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="token_api",
    )
    """None: the token reads every OPD of the Pemda."""
    dibuat = models.DateTimeField("dibuat", auto_now_add=True)
    dicabut = models.DateTimeField("dicabut", null=True, blank=True)

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.nama} ({self.awalan}…)"

    @staticmethod
    def hash(token: str) -> str:
        """Return the SHA-256 of a token as kept (a random token needs no slow hash)."""
        return hashlib.sha256(token.encode()).hexdigest()

    def membaca(self, opd: PerangkatDaerah) -> bool:
        """Return whether the token may read the OPD."""
        return opd.pemda_id == self.pemda_id and self.opd_id in (None, opd.pk)
