"""A budget line has one pagu: rows of the same line (one per period) repeat the same pagu.

Budget files that give one row per month repeat the line's pagu on every row. Different pagu for
the same unit, year, stage and sub kegiatan means the file mixes two budgets.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sakip.core import format as fmt
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.PAGU_TIDAK_SAMA.kode
_BARIS = ("unit", "tahun", "tahap", "sub_kegiatan")


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for nama in data.periode_anggaran:
        pertama: dict[tuple[object, ...], tuple[Decimal, int]] = {}
        for r in data.lembar.get(nama, []):
            key = tuple(r.get(k) for k in _BARIS)
            pagu = r.get("pagu")
            if pagu is None or any(v is None for v in key):
                continue
            if key not in pertama:
                pertama[key] = (pagu, r.baris)
            elif pertama[key][0] != pagu:
                yield pesan.PAGU_TIDAK_SAMA.error(
                    r.tempat("pagu"),
                    r.mentah("pagu"),
                    baris=pertama[key][1],
                    pagu=fmt.number(pertama[key][0]),
                )
