"""Amounts, counts and physical percentages are never negative.

A pagu, a realisation, an asset value or a number of staff below zero is a typing or export error
(a refund is not a negative realisation in the SIPD realisation report). Indicator values may be
negative (a growth rate), so NILAI columns are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.lembar import Jenis, number_cells

KODE = pesan.ANGKA_NEGATIF.kode
_DIPERIKSA = {Jenis.UANG, Jenis.BULAT, Jenis.PERSEN}


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for spec, r in data.all_items():
        for k, nilai in number_cells(r, spec):
            if k.jenis in _DIPERIKSA and nilai < 0:
                yield pesan.ANGKA_NEGATIF.error(r.tempat(k.key), r.mentah(k.key))
