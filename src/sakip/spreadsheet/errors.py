"""An import error that points at a cell: sheet, row, column, the value found, what was expected."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sakip.core import format as fmt

_SHOWN_LENGTH = 60


@dataclass(frozen=True)
class Tempat:
    """Where a value was read: the sheet, and the row and column when known."""

    lembar: str
    baris: int | None = None
    kolom: str | None = None
    """Column letter(s), as a spreadsheet shows them (A, B, ..., AA)."""
    judul: str | None = None
    """The column's header as the file wrote it."""

    def __str__(self) -> str:
        bagian = [f'Lembar "{self.lembar}"']
        if self.baris is not None:
            bagian.append(f"baris {self.baris}")
        if self.kolom is not None:
            bagian.append(f"kolom {self.kolom}" + (f" ({self.judul})" if self.judul else ""))
        return ", ".join(bagian)

    @property
    def cell(self) -> str | None:
        """Return the cell address (C12), or None when the error is not about one cell."""
        if self.kolom is None or self.baris is None:
            return None
        return f"{self.kolom}{self.baris}"


@dataclass(frozen=True)
class Error:
    """One error of an import file, in Bahasa Indonesia, from the catalogue in `pesan`."""

    kode: str
    """The catalogue entry (`pesan.BUKAN_ANGKA.kode` ...): stable, for tests and golden files."""
    tempat: Tempat
    ditemukan: str
    """The value found, as text ("sel kosong" for an empty cell)."""
    diharapkan: str
    """What was expected instead."""

    def __str__(self) -> str:
        return f"{self.tempat}: ditemukan {self.ditemukan}, seharusnya {self.diharapkan}."

    @property
    def urutan(self) -> tuple[str, int, int, str, str]:
        """Return a sort key: sheet, row, column (short letters before long), code."""
        kolom = self.tempat.kolom or ""
        return (self.tempat.lembar, self.tempat.baris or 0, len(kolom), kolom, self.kode)


@dataclass(frozen=True)
class Peringatan:
    """Something of a file that is not read but does not stop the import (a column not mapped)."""

    kode: str
    tempat: Tempat
    teks: str

    def __str__(self) -> str:
        return f"{self.tempat}: {self.teks}."


def show(nilai: object) -> str:
    """Return a cell value as an error message quotes it."""
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        return "sel kosong"
    if isinstance(nilai, bool):
        return "nilai logika " + ("TRUE" if nilai else "FALSE")
    if isinstance(nilai, datetime.datetime | datetime.date):
        return "tanggal " + nilai.isoformat()[:10]
    if isinstance(nilai, int | float | Decimal):
        try:
            number = Decimal(format(nilai, ".15g")) if isinstance(nilai, float) else Decimal(nilai)
            places = max(0, -int(number.as_tuple().exponent)) if number.is_finite() else 0
            return "angka " + fmt.number(number, min(places, 6))
        except (InvalidOperation, ValueError):
            return f"angka {nilai!r}"
    teks = str(nilai).replace("\n", " ")
    if len(teks) > _SHOWN_LENGTH:
        teks = teks[: _SHOWN_LENGTH - 1] + "…"
    return f'"{teks}"'
