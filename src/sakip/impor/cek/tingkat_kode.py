"""A code sits at the level its column asks for (docs/rules.md#budget-codes).

Budget is entered per sub kegiatan; a Perjanjian Kinerja annex and the attribution to a sasaran
list programs; an output indicator measures a program, kegiatan or sub kegiatan. A code of another
level is a different thing, not a shorthand.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.codes import Level, level
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.lembar import Jenis

KODE = pesan.TINGKAT_KODE_SALAH.kode
NAMA_TINGKAT = {
    Level.URUSAN: "urusan",
    Level.BIDANG: "bidang urusan",
    Level.PROGRAM: "program",
    Level.KEGIATAN: "kegiatan",
    Level.SUB_KEGIATAN: "sub kegiatan",
}


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for spec, r in data.all_items():
        for k in spec.kolom:
            kode = r.get(k.key)
            if k.jenis is not Jenis.KODE_ANGGARAN or not k.tingkat or kode is None:
                continue
            if level(kode) not in k.tingkat:
                yield pesan.TINGKAT_KODE_SALAH.error(
                    r.tempat(k.key),
                    teks=f'kode {NAMA_TINGKAT[level(kode)]} "{r.mentah(k.key)}"',
                    tingkat=" atau ".join(NAMA_TINGKAT[t] for t in k.tingkat),
                )
