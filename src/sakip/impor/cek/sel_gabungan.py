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
from sakip.spreadsheet.galat import Galat

KODE = pesan.SEL_GABUNGAN.kode


def periksa(data: DataImpor, konteks: Konteks) -> Iterator[Galat]:
    for spec, r in data.semua():
        for k in spec.kolom:
            sel = r.sel.get(k.kunci)
            if k.jenis.angka and sel is not None and sel.gabungan and r.get(k.kunci) is not None:
                yield pesan.SEL_GABUNGAN.galat(sel.tempat, sel.mentah, rentang=sel.gabungan)
