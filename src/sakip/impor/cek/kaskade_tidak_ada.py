"""A row of the cascade's sheets names a position's PK indicator (and action) of the year.

"Target Jabatan" and "Rencana Aksi" fill the periods of a position's PK indicators and their
rencana aksi, "Daftar Rencana Aksi" adds actions to those indicators: all of the latest PK
version of the position in the year (a "Target Jabatan" row may name an earlier version), as
stored or as the workbook's own "Indikator PK Jabatan" and "Daftar Rencana Aksi" rows make it.
A row naming a position, an indicator or an action number that neither holds would have
nothing to attach its figures to (docs/kaskade.md#buku-isian).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.KASKADE_TIDAK_ADA.kode

LEMBAR = {
    "Target Jabatan": ("indikator_jabatan", ("jabatan", "indikator"), "indikator jabatan"),
    "Daftar Rencana Aksi": ("indikator_jabatan", ("jabatan", "indikator"), "indikator jabatan"),
    "Rencana Aksi": ("rencana_aksi", ("jabatan", "indikator", "aksi"), "rencana aksi"),
}
"""Sheet -> (the keys the database holds, the columns naming one, what it is called)."""


def _from_file(data: DataImpor, konteks: Konteks) -> dict[str, set[Any]]:
    """Return the keys the workbook's own PK sheets add: indicators of each latest version."""
    terakhir: dict[Any, int] = {}
    for jabatan, versi in konteks.kode_db.get("pk_jabatan", set()):
        terakhir[jabatan] = max(terakhir.get(jabatan, 0), versi)
    indikator = data.lembar.get("Indikator PK Jabatan", [])
    for r in [*data.lembar.get("PK Jabatan", []), *indikator]:
        if r.get("jabatan") is not None and r.get("versi") is not None:
            terakhir[r.get("jabatan")] = max(terakhir.get(r.get("jabatan"), 0), r.get("versi"))
    return {
        "indikator_jabatan_versi": {
            (r.get("jabatan"), r.get("versi"), r.get("indikator")) for r in indikator
        },
        "indikator_jabatan": {
            (r.get("jabatan"), r.get("indikator"))
            for r in indikator
            if r.get("versi") == terakhir.get(r.get("jabatan"))
        },
        "rencana_aksi": {
            (r.get("jabatan"), r.get("indikator"), r.get("aksi"))
            for r in data.lembar.get("Daftar Rencana Aksi", [])
        },
    }


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    berkas = _from_file(data, konteks)
    for lembar, (nama, kolom, apa) in LEMBAR.items():
        ada = konteks.kode_db.get(nama, set()) | berkas[nama]
        versi = konteks.kode_db.get("indikator_jabatan_versi", set())
        versi = versi | berkas["indikator_jabatan_versi"]
        for r in data.lembar.get(lembar, []):
            nilai = tuple(r.get(k) for k in kolom)
            if any(v is None for v in nilai):
                continue
            if r.get("versi") is not None and lembar == "Target Jabatan":
                # A row of an earlier version names the indicator of that version.
                if (nilai[0], r.get("versi"), nilai[1]) in versi:
                    continue
            elif nilai in ada:
                continue
            yield pesan.KASKADE_TIDAK_ADA.error(
                r.tempat(kolom[-1]),
                " / ".join(str(r.mentah(k)) for k in kolom),
                apa=apa,
                tahun=data.tahun,
            )
