"""A reference names a row that exists: an IKU, a sasaran, a unit, a PK version, a budget line.

The entry workbook is relational: a target names its IKU by code, a realisation names its budget
line by unit, stage and sub kegiatan. A reference to nothing would either fail to save or attach
the figure to the wrong thing. A reference of several columns may name a row the database holds
as a tuple (a position's PK version, an indicator of another version).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sakip.impor.data import DataImpor, Rujukan
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.lembar import Rekaman

KODE = pesan.RUJUKAN_TIDAK_ADA.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for rujukan in data.rujukan:
        if rujukan.lembar not in data.lembar:
            continue
        ada = {
            tuple(r.get(k) for k in rujukan.ke_kolom)
            for r in data.lembar.get(rujukan.ke_lembar, [])
        }
        db = konteks.kode_db.get(rujukan.atau_db, set()) if rujukan.atau_db else set()
        for r in data.lembar[rujukan.lembar]:
            yield from _check_rekaman(r, rujukan, ada, db)


def _check_rekaman(
    r: Rekaman, rujukan: Rujukan, ada: set[tuple[object, ...]], db: set[Any]
) -> Iterator[Error]:
    nilai = [r.get(k) for k in rujukan.kolom]
    if any(v is None for v in nilai):
        return
    kolom = rujukan.kolom[-1]
    if len(nilai) == 1 and isinstance(nilai[0], list):
        for kode in nilai[0]:
            if (kode,) not in ada and kode not in db:
                yield pesan.RUJUKAN_TIDAK_ADA.error(
                    r.tempat(kolom), kode, apa=rujukan.apa, lembar=rujukan.ke_lembar
                )
        return
    if tuple(nilai) in ada or tuple(nilai) in db or (len(nilai) == 1 and nilai[0] in db):
        return
    teks = " / ".join(str(r.mentah(k)) for k in rujukan.kolom) if len(nilai) > 1 else None
    yield pesan.RUJUKAN_TIDAK_ADA.error(
        r.tempat(kolom),
        r.mentah(kolom),
        teks=f'"{teks}"' if teks else None,
        apa=rujukan.apa,
        lembar=rujukan.ke_lembar,
    )
