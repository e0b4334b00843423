"""Rows of the entry workbook belong to its year.

The workbook of year Y holds what the LKjIP of Y reads: the RPJMD and Renstra in force in Y,
evaluations of earlier years (tahun < Y), SKM results up to Y. A row outside that would be saved
but never written back into the workbook, so the next import of the same workbook would delete it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.TAHUN_DI_LUAR_LINGKUP.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    if data.tahun is None:
        return
    for limit in data.year_limit:
        for r in data.lembar.get(limit.lembar, []):
            if r.get(limit.kolom) is None or r.salah:
                continue
            if not limit.berlaku(r, data.tahun):
                yield pesan.TAHUN_DI_LUAR_LINGKUP.error(
                    r.tempat(limit.kolom),
                    r.mentah(limit.kolom),
                    aturan=limit.aturan.format(tahun=data.tahun),
                )
