"""Sheets that describe one thing hold one row: the Pemda, the Perangkat Daerah, the RPJMD and
the Renstra in force, the nomenclature version.

A second row would make it unclear which one the other sheets belong to; rows of misi, sasaran or
nomenclature codes need the one row they belong to.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error, Tempat

KODE = pesan.JUMLAH_BARIS.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for limit in data.row_limit:
        if limit.lembar not in data.lembar:
            continue
        rekaman = data.lembar[limit.lembar]
        paling_sedikit = limit.paling_sedikit
        if any(data.lembar.get(lain) for lain in limit.bila_ada):
            paling_sedikit = max(paling_sedikit, 1)
        if paling_sedikit <= len(rekaman) <= limit.paling_banyak:
            continue
        if paling_sedikit == limit.paling_banyak:
            jumlah = f"tepat {limit.paling_banyak}"
        else:
            jumlah = f"paling banyak {limit.paling_banyak}"
        tempat = rekaman[limit.paling_banyak].tempat() if rekaman else Tempat(limit.lembar, 2)
        yield pesan.JUMLAH_BARIS.error(tempat, teks=f"{len(rekaman)} baris data", jumlah=jumlah)
