"""A unit of the entry workbook is not a unit of another Perangkat Daerah.

A unit code is unique across the Pemda: the workbook may add units to its own Perangkat Daerah, but
a code already held by another one is a copy-paste error that would move that unit's budget.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.lembar import Jenis

KODE = pesan.UNIT_OPD_LAIN.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    file_opd = data.identitas.get("opd_lembar", data.identitas.get("opd"))
    if file_opd is None:
        return
    for nama in data.new_unit:
        spec = data.spec[nama]
        for r in data.lembar.get(nama, []):
            for k in spec.kolom:
                kode = r.get(k.key)
                if k.jenis is not Jenis.KODE_UNIT or kode is None:
                    continue
                pemilik = konteks.unit_opd.get(kode)
                if pemilik is not None and pemilik != file_opd[0]:
                    yield pesan.UNIT_OPD_LAIN.error(
                        r.tempat(k.key), kode, opd=konteks.nama_opd.get(pemilik, pemilik)
                    )
