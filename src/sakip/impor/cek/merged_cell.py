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
    for nama, rekaman in data.lembar.items():
        number = [k.key for k in data.spec[nama].kolom if k.jenis.number]
        for r in rekaman:
            for key in number:
                rentang = r.gabungan(key) if r.get(key) is not None else None
                if rentang:
                    yield pesan.MERGED_CELL.error(r.tempat(key), r.mentah(key), rentang=rentang)
