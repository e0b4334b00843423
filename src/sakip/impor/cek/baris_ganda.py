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
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.keys import close, first_values, key_map
from sakip.spreadsheet.lembar import row_key

KODE = pesan.BARIS_GANDA.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for nama, rekaman in data.lembar.items():
        spec = data.spec[nama]
        if not spec.key:
            continue
        # The key of every row so far is kept: in a temporary database for a large file.
        pertama = key_map(rekaman)
        berkunci = ((key, r.baris, r) for r in rekaman if (key := row_key(r, spec)) is not None)
        for r, baris_pertama in first_values(berkunci, pertama):
            if baris_pertama is not None:
                with_cell = [k for k in spec.key if k in r.cell]
                cell = with_cell[-1] if with_cell else spec.key[-1]
                judul = ", ".join(spec.kolom_dari(k).judul for k in with_cell)
                yield pesan.BARIS_GANDA.error(
                    r.tempat(cell), r.mentah(cell), key=judul, baris_pertama=baris_pertama
                )
        close(pertama)
