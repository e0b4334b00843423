"""What the checks look at: the records read from a file, and what the database already holds.

Both are plain data, so that every check can be tested without a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from sakip.spreadsheet.errors import Peringatan, Tempat
from sakip.spreadsheet.lembar import Rekaman, SpesifikasiLembar


@dataclass(frozen=True)
class Rujukan:
    """Columns of one sheet that must name a row of another sheet (or of the database)."""

    lembar: str
    kolom: tuple[str, ...]
    ke_lembar: str
    ke_kolom: tuple[str, ...]
    apa: str
    """What is referred to, in words ("kode IKU")."""
    atau_db: str | None = None
    """Name of a set in `Konteks.kode_db` whose codes are accepted too."""


@dataclass(frozen=True)
class YearLimit:
    """A year rule of the entry workbook: rows outside it would not come back out of it."""

    lembar: str
    kolom: str
    berlaku: Callable[[Rekaman, int], bool]
    aturan: str
    """What is expected, with {tahun} for the workbook's year."""


@dataclass(frozen=True)
class RowLimit:
    lembar: str
    paling_sedikit: int
    paling_banyak: int
    bila_ada: tuple[str, ...] = ()
    """Sheets whose rows need this one: when one has rows, this sheet needs at least one."""


@dataclass
class DataImpor:
    """The records of every sheet of one file, with what the checks need to know about them."""

    spec: dict[str, SpesifikasiLembar]
    lembar: dict[str, Sequence[Rekaman]]
    """Sheet -> its records, in file order (a budget file's: read back from a temporary file)."""
    tahun: int | None = None
    """The entry workbook's year; None for a budget file (each row names its year)."""
    rujukan: tuple[Rujukan, ...] = ()
    year_limit: tuple[YearLimit, ...] = ()
    row_limit: tuple[RowLimit, ...] = ()
    unit_dari_db: tuple[str, ...] = ()
    """Sheets whose unit codes must already be units in the database."""
    new_unit: tuple[str, ...] = ()
    """Sheets that define units (their codes must not belong to another Perangkat Daerah)."""
    periode_anggaran: tuple[str, ...] = ()
    """Sheets of budget realisation rows (unit, tahun, tahap, sub_kegiatan, periode)."""
    nomenklatur_lembar: str | None = None
    """The sheet listing nomenclature codes and names (entry workbook)."""
    versi: int | None = None
    """The version of the data an entry workbook was made from (its history id), if it says."""
    identitas: dict[str, tuple[str, Tempat]] = field(default_factory=dict)
    """Identity claims of the file: "opd", "opd_lembar", "pemda" -> (code, where written)."""
    kolom_lain: list[Peringatan] = field(default_factory=list)
    """Columns of the file that no specification reads (shown as warnings)."""

    def all_items(self) -> Iterator[tuple[SpesifikasiLembar, Rekaman]]:
        """Yield every record with its sheet's specification, sheet by sheet."""
        for nama, rekaman in self.lembar.items():
            spec = self.spec[nama]
            for r in rekaman:
                yield spec, r
