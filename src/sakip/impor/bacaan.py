"""Reading an import file within the bounds of the settings: a hostile file is refused as read."""

from __future__ import annotations

from django.conf import settings

from sakip.spreadsheet.limit import Limits
from sakip.spreadsheet.read import LembarMentah, read


def read_limits() -> Limits:
    """Return the bounds of a read from the settings (SAKIP_IMPOR_MAKS_*)."""
    return Limits(
        baris=settings.SAKIP_IMPOR_MAKS_BARIS,
        kolom=settings.SAKIP_IMPOR_MAKS_KOLOM,
        cell=settings.SAKIP_IMPOR_MAKS_SEL,
        mb=settings.SAKIP_IMPOR_MAKS_MB,
    )


def read_file(
    isi: bytes, nama_berkas: str, pemisah: str | None = None, aliran: bool = False
) -> list[LembarMentah]:
    """Return the neutral sheets of a file; raise BerkasTidakTerbaca or BerkasDitolak.

    With `aliran` a workbook's last sheet, or a CSV file, may stream (`sakip.spreadsheet.read`).
    """
    return read(isi, nama_berkas, pemisah, read_limits(), aliran)
