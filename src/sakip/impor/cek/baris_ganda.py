"""A thing is entered once: two rows of a sheet with the same key are refused.

The key of each sheet is what identifies its rows in the database (a budget line is a unit, year,
stage and sub kegiatan; a budget realisation adds its period). Saving both would keep only the
last one, silently.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.galat import Galat
from sakip.spreadsheet.lembar import kunci_baris

KODE = pesan.BARIS_GANDA.kode


def periksa(data: DataImpor, konteks: Konteks) -> Iterator[Galat]:
    for nama, rekaman in data.lembar.items():
        spec = data.spec[nama]
        if not spec.kunci:
            continue
        pertama: dict[tuple[object, ...], int] = {}
        for r in rekaman:
            kunci = kunci_baris(r, spec)
            if kunci is None:
                continue
            if kunci in pertama:
                ada_sel = [k for k in spec.kunci if k in r.sel]
                sel = ada_sel[-1] if ada_sel else spec.kunci[-1]
                judul = ", ".join(spec.kolom_dari(k).judul for k in ada_sel)
                yield pesan.BARIS_GANDA.galat(
                    r.tempat(sel), r.mentah(sel), kunci=judul, baris_pertama=pertama[kunci]
                )
            else:
                pertama[kunci] = r.baris
