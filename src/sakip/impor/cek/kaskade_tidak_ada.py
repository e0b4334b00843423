"""A row of the cascade's sheets names a position's PK indicator (and action) of the year.

"Target Jabatan" and "Rencana Aksi" fill the periods of what the web pages keep: a position's
PK indicators and their rencana aksi. A row naming a position, an indicator or an action number
that the year's PKs do not hold would have nothing to attach its figures to
(docs/kaskade.md#buku-isian).
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.KASKADE_TIDAK_ADA.kode

LEMBAR = {
    "Target Jabatan": ("indikator_jabatan", ("jabatan", "indikator"), "indikator jabatan"),
    "Rencana Aksi": ("rencana_aksi", ("jabatan", "indikator", "aksi"), "rencana aksi"),
}
"""Sheet -> (the keys the database holds, the columns naming one, what it is called)."""


def periksa(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for lembar, (nama, kolom, apa) in LEMBAR.items():
        ada = konteks.kode_db.get(nama, set())
        for r in data.lembar.get(lembar, []):
            nilai = tuple(r.get(k) for k in kolom)
            if any(v is None for v in nilai) or nilai in ada:
                continue
            yield pesan.KASKADE_TIDAK_ADA.error(
                r.tempat(kolom[-1]),
                " / ".join(str(r.mentah(k)) for k in kolom),
                apa=apa,
                tahun=data.tahun,
            )
