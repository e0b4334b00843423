"""A position's superior is never the position itself nor one below it: the positions stay a
tree.

The change service refuses such a superior row by row against what is stored; a workbook that
changes several superiors at once could close a loop that no single row shows (A under B and B
under A), so the whole sheet's chain of superiors, with the stored positions it leaves out, is
followed up from every row (docs/kaskade.md#positions-that-stay-a-tree).
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

from .pihak_jabatan import atasan

KODE = pesan.JABATAN_MELINGKAR.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    induk = atasan(data, konteks)
    for r in data.lembar.get("Jabatan", []):
        kode = r.get("kode")
        rantai = [kode]
        atas = r.get("induk")
        while atas is not None and atas not in rantai:
            rantai.append(atas)
            atas = induk.get(atas)
        if atas is not None and atas == kode:  # in the loop, not merely below it
            yield pesan.JABATAN_MELINGKAR.error(
                r.tempat("induk"), r.mentah("induk"), rantai=" → ".join([*rantai, atas])
            )
