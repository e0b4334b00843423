"""A yearly realisation row of an IKU carries no target.

The Kinerja Triwulan sheet holds quarterly targets with their realisations, and the realisation of
a whole year (row "Setahun") for years measured without quarters. The yearly target is the
Renstra's (Target Renstra sheet); a second yearly target here would have nowhere to go.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.periode import JenisPeriode
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.TARGET_SETAHUN.kode
LEMBAR = "Kinerja Triwulan"
SETAHUN = JenisPeriode.TAHUN.value
"""The key of a whole year's row, shown "Setahun": one vocabulary with the dataset format."""


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    for r in data.lembar.get(LEMBAR, []):
        if r.get("triwulan") == SETAHUN and r.get("target") is not None:
            yield pesan.TARGET_SETAHUN.error(r.tempat("target"), r.mentah("target"))
