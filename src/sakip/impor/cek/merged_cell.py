"""An amount stands in its own cell, never in a merged range.

A merged range gives its value to every cell it covers (a unit code merged over its rows is read
for each row). For a number that would count the same money or value on every row, so a number
read from a merged range other than its first cell is refused.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.MERGED_CELL.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for spec, r in data.all_items():
        for k in spec.kolom:
            cell = r.cell.get(k.key)
            if k.jenis.number and cell is not None and cell.gabungan and r.get(k.key) is not None:
                yield pesan.MERGED_CELL.error(cell.tempat, cell.mentah, rentang=cell.gabungan)
