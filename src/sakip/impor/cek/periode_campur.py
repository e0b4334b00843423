"""A budget line's realisation is entered for one kind of period: the year, quarters or months.

The realisation of a line is the sum of its periods; a yearly figure next to monthly figures of the
same line would count the same money twice (docs/rules.md#efficiency needs realisasi per line
exactly). The import refuses a file that would mix kinds, counting what the line already holds in
the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sakip.core.checks.common import jenis_periode
from sakip.core.periode import JenisPeriode
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.keys import close, first_values, key_map
from sakip.spreadsheet.lembar import Rekaman

KODE = pesan.PERIODE_CAMPUR.kode
_BARIS = ("unit", "tahun", "tahap", "sub_kegiatan")


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for nama in data.periode_anggaran:
        rekaman = data.lembar.get(nama, [])
        # The first kind of every line so far is kept: in a temporary database for a large file.
        file_kind = key_map(rekaman)
        for (r, key, jenis), first in first_values(_kinds(rekaman), file_kind):
            tersimpan = konteks.periode_ada.get(key, set())
            ada = {j for j in map(jenis_periode, tersimpan) if j is not None}
            if first is not None:
                ada.add(first)
            lain = sorted(ada - {jenis})
            if lain:
                yield pesan.PERIODE_CAMPUR.error(
                    r.tempat("periode") if "periode" in r.cell else r.tempat("realisasi"),
                    r.mentah("periode") if "periode" in r.cell else r.mentah("realisasi"),
                    ada=" dan ".join(lain),
                    new=jenis,
                )
        close(file_kind)


LineKey = tuple[Any, ...]


def _kinds(
    rekaman: Iterable[Rekaman],
) -> Iterator[tuple[LineKey, JenisPeriode, tuple[Rekaman, LineKey, JenisPeriode]]]:
    """Yield each realisation row of a whole line key and a known period kind."""
    for r in rekaman:
        key = tuple(r.get(k) for k in _BARIS)
        periode = r.get("periode")
        if periode is None or r.get("realisasi") is None or any(v is None for v in key):
            continue
        jenis = jenis_periode(periode)
        if jenis is None:
            continue  # not a period at all: the column's own choices refuse it
        yield key, jenis, (r, key, jenis)
