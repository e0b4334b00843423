"""A budget row names a unit kerja that sakip knows, of the Perangkat Daerah being imported.

Units are created with their Perangkat Daerah (dataset or entry workbook), never by a budget file:
a SIPD export of a whole Pemda names units of offices that are not in sakip, and a typing error in
a unit code must not create a unit.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.lembar import Jenis

KODE = pesan.UNIT_TIDAK_DIKENAL.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for nama in data.unit_dari_db:
        spec = data.spec[nama]
        for r in data.lembar.get(nama, []):
            for k in spec.kolom:
                kode = r.get(k.key)
                if k.jenis is not Jenis.KODE_UNIT or kode is None:
                    continue
                opd = konteks.unit_opd.get(kode)
                if opd is None:
                    lingkup = "yang terdaftar di sakip"
                elif konteks.opd is not None and opd != konteks.opd:
                    lingkup = f"milik {konteks.nama_opd.get(konteks.opd, konteks.opd)}"
                else:
                    continue
                yield pesan.UNIT_TIDAK_DIKENAL.error(r.tempat(k.key), kode, lingkup=lingkup)
