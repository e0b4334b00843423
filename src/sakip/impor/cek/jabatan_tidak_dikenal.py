"""A recommendation's responsible position is one of the workbook's OPD's positions.

The `Rekomendasi` sheet names a position by its code within the OPD: one already stored (the
cascade pages) or one the same workbook's `Jabatan` sheet adds, which the import stores before
the recommendations' positions. A code held by neither would leave the recommendation without
the one who answers for it, or (a copy-paste from another OPD's workbook) point at nothing
(docs/lke.md#penanggung-jawab).
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.JABATAN_TIDAK_DIKENAL.kode

LEMBAR = {"Rekomendasi": "jabatan"}
"""Sheet -> the column naming a position of the OPD."""

SOURCES = ("Jabatan", "kode")
"""The sheet and column of the positions the workbook itself defines."""


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    lembar_jabatan, kolom_kode = SOURCES
    ada = konteks.kode_db.get("jabatan", set()) | {
        r.get(kolom_kode) for r in data.lembar.get(lembar_jabatan, [])
    }
    kode_opd = data.identitas.get("opd_lembar", data.identitas.get("opd", (None, None)))[0]
    opd = (
        konteks.nama_opd.get(kode_opd, "perangkat daerah ini")
        if kode_opd
        else "perangkat daerah ini"
    )
    for lembar, kolom in LEMBAR.items():
        for r in data.lembar.get(lembar, []):
            kode = r.get(kolom)
            if kode is None or kode in ada:
                continue
            yield pesan.JABATAN_TIDAK_DIKENAL.error(r.tempat(kolom), kode, opd=opd)
