"""What a table holds: its columns, the kind of value each holds, the fields naming a row.

`SpesifikasiLembar` describes a table (the entry workbook's sheets, or a budget file as an import
profile maps it); `lembar.read_sheet` reads a sheet by it, `write` writes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sakip.core import codes


class Jenis(StrEnum):
    """What a column holds: how its cells are read, written and checked."""

    TEKS = "teks"
    KODE = "kode"
    KODE_UNIT = "kode_unit"
    """An organisation code U.BB.U2.B2.U3.B3.NN.SSSS."""
    KODE_ANGGARAN = "kode_anggaran"
    """A program, kegiatan or sub kegiatan code, stored normalised (4-digit sub kegiatan)."""
    TAHUN = "tahun"
    BULAT = "bulat"
    """A count: a whole number of at most 10 digits."""
    UANG = "uang"
    """Rupiah: exact, 2 decimals."""
    NILAI = "nilai"
    """An indicator value: exact, 4 decimals; "n/a" = stated not available."""
    PERSEN = "persen"
    TANGGAL = "tanggal"
    PILIHAN = "pilihan"
    KODE_LISTING = "daftar_kode"
    """Several codes in one cell, separated by ; (a list of references)."""
    TEKS_LISTING = "daftar_teks"
    """Several texts in one cell, one per line."""

    @property
    def number(self) -> bool:
        """Return whether the column holds amounts or values (right-aligned, number format)."""
        return self in {Jenis.UANG, Jenis.NILAI, Jenis.PERSEN, Jenis.BULAT}


@dataclass(frozen=True)
class Kolom:
    key: str
    """The field the column fills."""
    judul: str
    """Its header in the workbook sakip writes."""
    jenis: Jenis = Jenis.TEKS
    required: bool = False
    alias: tuple[str, ...] = ()
    """Other headers accepted for it."""
    pilihan: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """For PILIHAN: (stored value, (label shown, other accepted spellings ...))."""
    panjang: int | None = None
    """Longest text accepted (the database column's size)."""
    listing: str | None = None
    """Name of the drop-down list offered for the column."""
    tingkat: tuple[codes.Level, ...] = ()
    """For KODE_ANGGARAN: the levels a code may have here."""
    keterangan: str = ""
    lebar: int | None = None
    digit: int = 20
    """Digits a number may have in all (the database column's precision)."""
    na_allowed: bool = True
    """For NILAI and PERSEN: whether "n/a" (stated not available) is accepted."""

    @property
    def label_pilihan(self) -> list[str]:
        """Return the labels of the choices, in order."""
        return [labels[0] for _, labels in self.pilihan]

    def label(self, nilai: str | None) -> str | None:
        """Return the label of a stored choice."""
        for kode, labels in self.pilihan:
            if kode == nilai:
                return labels[0]
        return nilai


@dataclass(frozen=True)
class SpesifikasiLembar:
    nama: str
    kolom: tuple[Kolom, ...]
    key: tuple[str, ...] = ()
    """Fields that identify a row: two rows with the same values are one thing twice."""
    nullable_key: tuple[str, ...] = ()
    """Fields of the key where an empty cell is a value of its own (a holder's unknown start)."""
    keterangan: str = ""
    baris_judul: int | None = 1
    """Row of the headers; None: the first of the top rows that holds every required header."""

    def kolom_dari(self, key: str) -> Kolom:
        """Return the column of a field."""
        for k in self.kolom:
            if k.key == key:
                return k
        raise KeyError(key)
