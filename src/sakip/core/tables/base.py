"""A computed table: numbered, titled, with typed columns and rows of exact values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

Cell = str | Decimal | int | None


class Jenis(StrEnum):
    """What a column holds, so each output format shows it right."""

    TEKS = "teks"
    UANG = "uang"  # rupiah, exact to the sen
    PERSEN = "persen"  # a percentage, shown rounded half-up to 2 decimals
    NILAI = "nilai"  # an indicator value, shown as entered
    BILANGAN = "bilangan"  # a count


class Gaya(StrEnum):
    """The role of a row, for layout (bold totals, indented sub kegiatan)."""

    BIASA = "biasa"
    KELOMPOK = "kelompok"  # a heading row inside the table (a unit, a component group)
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@dataclass(frozen=True)
class Kolom:
    judul: str
    jenis: Jenis = Jenis.TEKS


@dataclass
class Tabel:
    """One LKjIP table. `key` names it for cross-references; the number comes from the order."""

    key: str
    judul: str
    kolom: list[Kolom]
    baris: list[list[Cell]] = field(default_factory=list)
    gaya: list[Gaya] = field(default_factory=list)
    gabung: tuple[int, ...] = ()
    """Columns whose equal consecutive cells a document may merge vertically."""
    catatan: list[str] = field(default_factory=list)
    """Notes shown under the table (methods, sources)."""
    nomor: int = 0

    def add(self, baris: Sequence[Cell], gaya: Gaya = Gaya.BIASA) -> None:
        """Append a row, checking it has one cell per column."""
        if len(baris) != len(self.kolom):
            raise ValueError(
                f"Tabel {self.key}: baris berisi {len(baris)} sel, kolom {len(self.kolom)}"
            )
        self.baris.append(list(baris))
        self.gaya.append(gaya)
