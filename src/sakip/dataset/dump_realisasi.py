"""Write an indicator's kind and its realisation rows the way `load_realisasi` reads them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sakip.core.pengukuran import nilai_rasio
from sakip.kinerja import models as m

_PENGALI = Decimal(100)


def jenis_indikator(i: m.Indikator) -> dict[str, Any]:
    """Return the keys of an indicator's kind that differ from a direct, quarterly one."""
    hasil: dict[str, Any] = {}
    if i.jenis != "langsung":
        hasil["jenis"] = i.jenis
    if i.periode_ukur != "triwulan":
        hasil["periode_ukur"] = i.periode_ukur
    if i.pengali != _PENGALI:
        hasil["pengali"] = i.pengali.normalize()
    return hasil


def tambah(
    row: dict[str, Any],
    r: m.Realisasi,
    ind: m.Indikator,
    angka: Callable[[Decimal | None], Decimal | None],
) -> None:
    """Add one realisation row to its year's `kinerja` entry, its values written by `angka`."""
    isi = _isi(r, ind, angka)
    if r.bulan is not None:
        row.setdefault("realisasi_bulan", {})[r.bulan] = isi
    elif r.triwulan is None:
        row["realisasi_tahun"] = isi
    else:
        row.setdefault("realisasi_triwulan", {})[r.triwulan] = isi


def _isi(
    r: m.Realisasi, ind: m.Indikator, angka: Callable[[Decimal | None], Decimal | None]
) -> Any:
    """Return a period's value: the figure, or a ratio's parts (its figure only when it differs)."""
    if ind.jenis != "rasio" or (r.pembilang is None and r.penyebut is None):
        return angka(r.nilai)
    hasil: dict[str, Any] = {"pembilang": angka(r.pembilang), "penyebut": angka(r.penyebut)}
    if nilai_rasio(r.pembilang, r.penyebut, ind.pengali) != r.nilai:
        hasil["nilai"] = angka(r.nilai)
    return hasil
