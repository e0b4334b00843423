"""The workbook's Nomenklatur sheet agrees with the nomenclature stored in sakip.

The nomenclature is a regulation's list shared by every Perangkat Daerah. The sheet may bring codes
that are not loaded yet (a partial version), but renaming a stored code from one office's workbook
would rename it for all; a name that differs is refused.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.NAMA_NOMENKLATUR_BEDA.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    if data.nomenklatur_lembar is None:
        return
    versi_kode = data.identitas.get("nomenklatur")
    if versi_kode is None:
        return
    tersimpan = konteks.nomenklatur_db.get(versi_kode[0])
    if tersimpan is None:
        return
    nama_versi, item = tersimpan
    for r in data.lembar.get(data.nomenklatur_lembar, []):
        kode, nama = r.get("kode"), r.get("nama")
        if kode is None or nama is None or kode not in item:
            continue
        if item[kode] != nama:
            yield pesan.NAMA_NOMENKLATUR_BEDA.error(
                r.tempat("nama"), nama, nomenklatur=nama_versi, nama=item[kode]
            )
