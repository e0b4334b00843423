"""Nothing of a year whose LKjIP is signed changes: its data is locked until the signature is
withdrawn (the web application's signing workflow). A workbook of a locked year, or a budget row of
one, is refused.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.TAHUN_TERKUNCI.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    if not konteks.tahun_terkunci:
        return
    if data.tahun is not None:
        if data.tahun in konteks.tahun_terkunci and "tahun" in data.identitas:
            teks, tempat = data.identitas["tahun"]
            yield pesan.TAHUN_TERKUNCI.error(tempat, data.tahun, tahun=data.tahun)
        return
    dilaporkan: set[int] = set()
    for _, r in data.all_items():
        tahun = r.get("tahun")
        if tahun in konteks.tahun_terkunci and tahun not in dilaporkan:
            dilaporkan.add(tahun)
            yield pesan.TAHUN_TERKUNCI.error(r.tempat("tahun"), tahun, tahun=tahun)
