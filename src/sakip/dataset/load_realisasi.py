"""The realisation rows of an indicator's year: by quarter, by month, for the year, or a ratio.

A period's value is a number, null (stated not available) or, for a ratio indicator, a mapping
with `pembilang` and `penyebut` whose figure the core computes; a `nilai` beside them is stored
as given, so that `sakip check` reports a figure that disagrees with its parts
(docs/dataset-format.md, docs/rules.md#indikator-rasio).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sakip.core.pengukuran import nilai_rasio
from sakip.kinerja import models as m

from .reader import DatasetError, Node, as_decimal, as_integer, quarter

_BULAN = range(1, 13)


def realisasi_indikator(ind: m.Indikator, tahun: int, k: Node) -> list[m.Realisasi]:
    """Return the unsaved realisation rows of one `kinerja` entry."""
    result = []
    for q, nilai in k.mapping("realisasi_triwulan").items():
        where = f"{k.where}.realisasi_triwulan.{q}"
        result.append(_baris(ind, tahun, quarter(q, where), None, nilai, where))
    for b, nilai in k.mapping("realisasi_bulan").items():
        where = f"{k.where}.realisasi_bulan.{b}"
        bulan = as_integer(b, where)
        if bulan not in _BULAN:
            raise DatasetError(f"{where}: bulan {b} tidak ada; bulan adalah 1 sampai 12")
        if ind.periode_ukur != "bulan":
            raise DatasetError(
                f"{where}: indikator {ind.kode} diukur per triwulan, bukan per bulan"
            )
        result.append(_baris(ind, tahun, (bulan + 2) // 3, bulan, nilai, where))
    if k.has("realisasi_tahun"):
        where = f"{k.where}.realisasi_tahun"
        result.append(_baris(ind, tahun, None, None, k.raw("realisasi_tahun"), where))
    return result


def _baris(
    ind: m.Indikator, tahun: int, triwulan: int | None, bulan: int | None, isi: Any, where: str
) -> m.Realisasi:
    nilai, pembilang, penyebut = _nilai(ind, isi, where)
    return m.Realisasi(
        indikator=ind,
        tahun=tahun,
        triwulan=triwulan,
        bulan=bulan,
        nilai=nilai,
        pembilang=pembilang,
        penyebut=penyebut,
    )


def _nilai(
    ind: m.Indikator, isi: Any, where: str
) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """Return (figure, pembilang, penyebut) of one period's value."""
    if not isinstance(isi, dict):
        if ind.jenis == "rasio" and isi is not None:
            raise DatasetError(
                f"{where}: indikator {ind.kode} adalah rasio; tulis pembilang dan penyebut"
            )
        return as_decimal(isi, where), None, None
    if ind.jenis != "rasio":
        raise DatasetError(f"{where}: indikator {ind.kode} bernilai langsung, bukan rasio")
    node = Node(isi, where)
    pembilang, penyebut = node.decimal("pembilang"), node.decimal("penyebut")
    nilai = (
        node.decimal("nilai")
        if node.has("nilai")
        else nilai_rasio(pembilang, penyebut, ind.pengali)
    )
    node.finish()
    return nilai, pembilang, penyebut
