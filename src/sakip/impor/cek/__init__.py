"""The checks an import file must pass before anything is saved, one rule per module.

Each module states its rule in its docstring and provides KODE (its catalogue entry in
`sakip.spreadsheet.pesan`) and `check(data, konteks) -> Iterator[Galat]`. Reading errors (a text
in a number cell, a missing column) come earlier, from `sakip.spreadsheet.lembar`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.errors import Error

from . import (
    angka_negatif,
    baris_ganda,
    identitas_beda,
    jabatan_melingkar,
    jabatan_tidak_dikenal,
    jumlah_baris,
    kaskade_tidak_ada,
    kode_tidak_dikenal,
    merged_cell,
    nama_nomenklatur_beda,
    pagu_tidak_sama,
    periode_campur,
    pihak_jabatan,
    rujukan_tidak_ada,
    tahun_di_luar_lingkup,
    tahun_terkunci,
    target_setahun,
    tingkat_kode,
    unit_opd_lain,
    unit_tidak_dikenal,
)


class Cek(Protocol):
    KODE: str

    def check(self, data: DataImpor, konteks: Konteks) -> Iterator[Error]: ...


CEK: tuple[Cek, ...] = (
    identitas_beda,
    tahun_terkunci,
    jumlah_baris,
    baris_ganda,
    merged_cell,
    angka_negatif,
    tingkat_kode,
    kode_tidak_dikenal,
    nama_nomenklatur_beda,
    unit_tidak_dikenal,
    unit_opd_lain,
    rujukan_tidak_ada,
    kaskade_tidak_ada,
    jabatan_tidak_dikenal,
    pihak_jabatan,
    jabatan_melingkar,
    tahun_di_luar_lingkup,
    target_setahun,
    pagu_tidak_sama,
    periode_campur,
)


def check_all(data: DataImpor, konteks: Konteks) -> list[Error]:
    """Return the errors of every check."""
    return [g for cek in CEK for g in cek.check(data, konteks)]
