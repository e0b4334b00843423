"""Reading an import file within the bounds of the settings: a hostile file is refused as read."""

from __future__ import annotations

from django.conf import settings

from sakip.spreadsheet.baca import LembarMentah, baca
from sakip.spreadsheet.batas import Batas


def batas_baca() -> Batas:
    """Return the bounds of a read from the settings (SAKIP_IMPOR_MAKS_*)."""
    return Batas(
        baris=settings.SAKIP_IMPOR_MAKS_BARIS,
        kolom=settings.SAKIP_IMPOR_MAKS_KOLOM,
        sel=settings.SAKIP_IMPOR_MAKS_SEL,
        mb=settings.SAKIP_IMPOR_MAKS_MB,
    )


def baca_berkas(isi: bytes, nama_berkas: str, pemisah: str | None = None) -> list[LembarMentah]:
    """Return the neutral sheets of a file; raise BerkasTidakTerbaca or BerkasDitolak."""
    return baca(isi, nama_berkas, pemisah, batas_baca())
