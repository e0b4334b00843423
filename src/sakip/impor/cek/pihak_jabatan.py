"""The parties of a position's PK are holders: the first of the position, the second of its
superior.

PermenPANRB 53/2014 has the holder of a position sign its PK with the holder of the position
above (docs/kaskade.md). "PK Jabatan" names both by name; a name that no holder of that position
bears (in the "Pemegang Jabatan" sheet or the database) would leave the PK without its party.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.PIHAK_BUKAN_PEMEGANG.kode


def atasan(data: DataImpor, konteks: Konteks) -> dict[Any, Any]:
    """Return each position's superior: as the "Jabatan" sheet gives it, else as stored."""
    result = dict(konteks.kode_db.get("atasan", set()))
    for r in data.lembar.get("Jabatan", []):
        if r.get("kode") is not None:
            result[r.get("kode")] = r.get("induk")
    return result


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    pemegang = set(konteks.kode_db.get("pemegang", set()))
    pemegang |= {
        (r.get("jabatan"), (r.get("nama") or "").strip())
        for r in data.lembar.get("Pemegang Jabatan", [])
    }
    induk = atasan(data, konteks)
    for r in data.lembar.get("PK Jabatan", []):
        jabatan = r.get("jabatan")
        for kolom, milik in (("pihak_pertama", jabatan), ("pihak_kedua", induk.get(jabatan))):
            nama = (r.get(kolom) or "").strip()
            if not nama or jabatan is None or (milik, nama) in pemegang:
                continue
            yield pesan.PIHAK_BUKAN_PEMEGANG.error(
                r.tempat(kolom), r.mentah(kolom), jabatan=milik or "atasan (tidak ada)"
            )
