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


def periksa(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    if data.tahun is None:
        return
    for batas in data.batas_tahun:
        for r in data.lembar.get(batas.lembar, []):
            if r.get(batas.kolom) is None or r.salah:
                continue
            if not batas.berlaku(r, data.tahun):
                yield pesan.TAHUN_DI_LUAR_LINGKUP.error(
                    r.tempat(batas.kolom),
                    r.mentah(batas.kolom),
                    aturan=batas.aturan.format(tahun=data.tahun),
                )
