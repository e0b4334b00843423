"""A budget line has one pagu: rows of the same line (one per period) repeat the same pagu.

Budget files that give one row per month repeat the line's pagu on every row. Different pagu for
the same unit, year, stage and sub kegiatan means the file mixes two budgets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from sakip.core import format as fmt
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.keys import close, first_values, key_map
from sakip.spreadsheet.lembar import Rekaman

KODE = pesan.PAGU_TIDAK_SAMA.kode
_BARIS = ("unit", "tahun", "tahap", "sub_kegiatan")


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for nama in data.periode_anggaran:
        rekaman = data.lembar.get(nama, [])
        # The first pagu of every line so far is kept: in a temporary database for a large file.
        pertama = key_map(rekaman)
        for r, first in first_values(_lines(rekaman), pertama):
            if first is not None and first[0] != r.get("pagu"):
                yield pesan.PAGU_TIDAK_SAMA.error(
                    r.tempat("pagu"), r.mentah("pagu"), baris=first[1], pagu=fmt.number(first[0])
                )
        close(pertama)


def _lines(
    rekaman: Iterable[Rekaman],
) -> Iterator[tuple[tuple[object, ...], tuple[Decimal, int], Rekaman]]:
    """Yield each row that has a pagu and a whole line key: (key, (pagu, row), record)."""
    for r in rekaman:
        key = tuple(r.get(k) for k in _BARIS)
        pagu = r.get("pagu")
        if pagu is not None and all(v is not None for v in key):
            yield key, (pagu, r.baris), r
