"""The IKU boxes of a quarter's entry form: one per period, or a ratio's two parts per period.

A quarterly indicator has one box for the quarter (`i<id>`); a monthly one a box per month of the
quarter (`i<id>_<bulan>`); a ratio indicator two boxes per period, pembilang and penyebut
(`i<id>_<kunci>_p`, `i<id>_<kunci>_q`), and its figure is computed by the core
(docs/rules.md#indikator-rasio, #periode-bulan).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sakip.core.model import JenisIndikator
from sakip.core.pengukuran import nilai_rasio
from sakip.core.periode import JenisPeriode
from sakip.core.periode import Periode as PeriodeRealisasi
from sakip.kinerja import models as m

from .number import NumberField

Change = tuple[tuple[Any, ...], str, Any]
"""One changed figure: its record's key (its kind first), how a person names it, its value."""

_NOL = Decimal(0)


@dataclass(frozen=True)
class KotakIku:
    """The boxes of one indicator for one period of the quarter."""

    periode: PeriodeRealisasi
    nilai: str
    """The box of the figure (a direct indicator), or "" for a ratio."""
    pembilang: str = ""
    penyebut: str = ""

    @property
    def names(self) -> list[str]:
        """Return the field names of the boxes, in the order they are shown."""
        return [n for n in (self.nilai, self.pembilang, self.penyebut) if n]


def periode_isian(ind: m.Indikator, triwulan: int) -> list[PeriodeRealisasi]:
    """Return the periods a quarter's form holds for an indicator: its months, or the quarter."""
    if ind.periode_ukur == JenisPeriode.BULAN:
        return [PeriodeRealisasi.bulan(b) for b in range(3 * triwulan - 2, 3 * triwulan + 1)]
    return [PeriodeRealisasi.triwulan(triwulan)]


def realisasi_key(r: m.Realisasi) -> tuple[int, str]:
    """Return (indicator id, period key) of a realisation row."""
    if r.bulan is not None:
        return r.indikator_id, PeriodeRealisasi.bulan(r.bulan).key
    if r.triwulan is None:
        return r.indikator_id, PeriodeRealisasi.tahun().key
    return r.indikator_id, PeriodeRealisasi.triwulan(r.triwulan).key


def rasio(ind: m.Indikator) -> bool:
    """Return whether the indicator's figure comes from a numerator and a denominator."""
    return ind.jenis == JenisIndikator.RASIO


def kotak(ind: m.Indikator, triwulan: int) -> list[KotakIku]:
    """Return the boxes of an indicator in a quarter's form."""
    result = []
    bulanan = ind.periode_ukur == JenisPeriode.BULAN
    for p in periode_isian(ind, triwulan):
        dasar = f"i{ind.id}_{p.key}" if bulanan or rasio(ind) else f"i{ind.id}"
        if rasio(ind):
            result.append(KotakIku(p, "", f"{dasar}_p", f"{dasar}_q"))
        else:
            result.append(KotakIku(p, dasar))
    return result


def add_field(
    fields: dict[str, Any],
    initial: dict[str, Any],
    ind: m.Indikator,
    k: KotakIku,
    r: m.Realisasi | None,
    old: Callable[[bool, Decimal | None], Any],
) -> None:
    """Add the boxes of one period to the form with their values at opening."""
    nama_periode = k.periode.label
    if k.nilai:
        fields[k.nilai] = NumberField(
            places=4,
            required=False,
            label=f"Realisasi {ind.kode}"
            + ("" if k.periode.jenis is JenisPeriode.TRIWULAN else f" ({nama_periode})"),
            na_allowed=True,
            show_hidden_initial=True,
        )
        initial[k.nilai] = old(r is not None, r.nilai if r else None)
        return
    for name, bagian, label in (
        (k.pembilang, "pembilang", "Pembilang"),
        (k.penyebut, "penyebut", "Penyebut"),
    ):
        fields[name] = NumberField(
            places=4,
            required=False,
            min_value=_NOL,
            label=f"{label} {ind.kode} ({nama_periode})",
            show_hidden_initial=True,
        )
        initial[name] = getattr(r, bagian) if r else None


def perubahan_iku(
    ind: m.Indikator,
    tahun: int,
    k: KotakIku,
    r: m.Realisasi | None,
    data: dict[str, Any],
    diedit: set[str],
    old: Callable[[bool, Decimal | None], Any],
) -> Change | None:
    """Return (key, name, new value) when the person changed this period's boxes, else None.

    The value is the figure ("n/a" or a number), or (pembilang, penyebut) for a ratio; None
    removes the entry.
    """
    key = ("i", ind.id, tahun, k.periode.key)
    nama = f"Realisasi {ind.kode} ({k.periode.label})"
    if k.nilai:
        sekarang = old(r is not None, r.nilai if r else None)
        if k.nilai in diedit and data.get(k.nilai) != sekarang:
            return key, nama, data.get(k.nilai)
        return None
    if not {k.pembilang, k.penyebut} & diedit:
        return None
    new = (data.get(k.pembilang), data.get(k.penyebut))
    semula = (r.pembilang, r.penyebut) if r else (None, None)
    if new == semula:
        return None
    return key, nama, None if new == (None, None) else new


def rekaman_key(ind_id: int, tahun: int, key: str) -> dict[str, Any]:
    """Return the fields that identify the realisation row of a period."""
    p = PeriodeRealisasi.parse(key)
    if p.jenis is JenisPeriode.BULAN:
        return {"indikator_id": ind_id, "tahun": tahun, "bulan": p.nomor}
    return {"indikator_id": ind_id, "tahun": tahun, "triwulan": p.nomor, "bulan": None}


def nilai_rekaman(ind: m.Indikator, key: str, nilai: Any) -> dict[str, Any] | None:
    """Return the values a period's row is written with (None: remove the row).

    A ratio's figure is computed from its parts by the core; a month carries its quarter so
    the quarter's workflow locks it.
    """
    if nilai is None:
        return None
    p = PeriodeRealisasi.parse(key)
    result: dict[str, Any] = {}
    if p.jenis is JenisPeriode.BULAN:
        result["triwulan"] = p.end_quarter
    if rasio(ind):
        pembilang, penyebut = nilai
        result.update(
            pembilang=pembilang,
            penyebut=penyebut,
            nilai=nilai_rasio(pembilang, penyebut, ind.pengali),
        )
    else:
        result["nilai"] = None if nilai == "n/a" else nilai
    return result
