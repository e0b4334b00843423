"""How much of a file a reader takes at most, and the refusal of a file beyond it.

A spreadsheet can claim far more than it holds: one merged range over a whole sheet, a cell in
column XFD, a million rows, a few kilobytes packed to hundreds of megabytes. Reading such a file
cell by cell would fill a worker's memory or outlast its time, so every reader checks these
bounds while it streams, before it builds anything from the file, and refuses with a message
that says which bound the file crossed and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sakip.core import format as fmt

from . import pesan
from .errors import Error, Tempat


@dataclass(frozen=True)
class Limits:
    """The bounds of one read; the defaults are the settings' defaults."""

    baris: int = 50_000
    """Last row number of a sheet (a declared dimension, a cell or a merged range)."""
    kolom: int = 200
    """Last column number (200 = column GR)."""
    cell: int = 2_000_000
    """Cells of a file, counting every cell a merged range fills."""
    mb: int = 100
    """Megabytes of a file's content: a CSV as it is, a workbook unpacked."""

    @property
    def mb_teks(self) -> int:
        """Return the megabytes of a workbook's shared texts, which are read whole into memory."""
        return max(1, self.mb // 2)

    @property
    def mb_bagian(self) -> int:
        """Return the megabytes of any other part besides the sheets (styles, names, ...)."""
        return max(1, self.mb // 10)

    @property
    def huruf_kolom(self) -> str:
        """Return the letter of the last column read."""
        # Imported here: the settings read these bounds at every start, and openpyxl's
        # package imports its whole workbook model (about 0,3 s) that a report never needs.
        from openpyxl.utils import get_column_letter

        return get_column_letter(self.kolom)


def _number(nilai: int) -> str:
    return fmt.number(Decimal(nilai), 0)


class FileRejected(Exception):
    """The file crosses a bound; `error` says which and where."""

    def __init__(self, error: Error) -> None:
        super().__init__(str(error))
        self.error = error


def terlalu_besar(nama: str, ditemukan: str, mb: int) -> FileRejected:
    """Return the refusal of a file (or a part of a workbook) larger than `mb` megabytes."""
    return FileRejected(
        pesan.BERKAS_TERLALU_BESAR.error(Tempat(nama), teks=ditemukan, limit=_number(mb))
    )


def baris_terlalu_banyak(tempat: Tempat, ditemukan: str, limit: Limits) -> FileRejected:
    """Return the refusal of a sheet with rows beyond the bound."""
    return FileRejected(
        pesan.BARIS_TERLALU_BANYAK.error(tempat, teks=ditemukan, limit=_number(limit.baris))
    )


def kolom_terlalu_banyak(tempat: Tempat, ditemukan: str, limit: Limits) -> FileRejected:
    """Return the refusal of a sheet with columns beyond the bound."""
    return FileRejected(
        pesan.KOLOM_TERLALU_BANYAK.error(
            tempat, teks=ditemukan, limit=_number(limit.kolom), huruf=limit.huruf_kolom
        )
    )


def too_many_cells(tempat: Tempat, ditemukan: int, limit: Limits) -> FileRejected:
    """Return the refusal of a file with more cells than the bound."""
    return FileRejected(
        pesan.TOO_MANY_CELLS.error(
            tempat, teks=f"{_number(ditemukan)} sel", limit=_number(limit.cell)
        )
    )


def gabungan_terlalu_luas(tempat: Tempat, rentang: str, limit: Limits) -> FileRejected:
    """Return the refusal of a merged range reaching beyond the rows or columns read."""
    return FileRejected(
        pesan.GABUNGAN_TERLALU_LUAS.error(
            tempat,
            teks=f"sel gabungan {rentang}",
            baris=_number(limit.baris),
            kolom=_number(limit.kolom),
            huruf=limit.huruf_kolom,
        )
    )
