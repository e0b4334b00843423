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
    result: dict[str, Any] = {}
    if i.jenis != "langsung":
        result["jenis"] = i.jenis
    if i.periode_ukur != "triwulan":
        result["periode_ukur"] = i.periode_ukur
    if i.pengali != _PENGALI:
        result["pengali"] = i.pengali.normalize()
    return result


def add(
    row: dict[str, Any],
    r: m.Realisasi,
    ind: m.Indikator,
    number: Callable[[Decimal | None], Decimal | None],
) -> None:
    """Add one realisation row to its year's `kinerja` entry, its values written by `number`."""
    isi = _isi(r, ind, number)
    if r.bulan is not None:
        row.setdefault("realisasi_bulan", {})[r.bulan] = isi
    elif r.triwulan is None:
        row["realisasi_tahun"] = isi
    else:
        row.setdefault("realisasi_triwulan", {})[r.triwulan] = isi


def _isi(
    r: m.Realisasi, ind: m.Indikator, number: Callable[[Decimal | None], Decimal | None]
) -> Any:
    """Return a period's value: the figure, or a ratio's parts (its figure only when it differs)."""
    if ind.jenis != "rasio" or (r.pembilang is None and r.penyebut is None):
        return number(r.nilai)
    result: dict[str, Any] = {"pembilang": number(r.pembilang), "penyebut": number(r.penyebut)}
    if nilai_rasio(r.pembilang, r.penyebut, ind.pengali) != r.nilai:
        result["nilai"] = number(r.nilai)
    return result
