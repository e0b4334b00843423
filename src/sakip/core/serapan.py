"""When a serapan lags the pace of the year: one rule for the LKjIP, the quarterly report and
the dashboard (docs/rules.md#serapan-lag)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

from sakip.core import anggaran
from sakip.core.anggaran import Node, Total
from sakip.core.model import OpdTahun, UnitKerja
from sakip.core.periode import TRIWULAN

SELISIH_SERAPAN = 15
"""Percentage points a serapan may lag the linear pace of the year (25% a quarter).

A local management threshold, not a regulation [U]: the web application reads it from the
setting SAKIP_SERAPAN_SELISIH (whose default is this value), the builders take it through
`ambang_serapan`.
"""


def ambang_serapan(selisih: int = SELISIH_SERAPAN) -> Mapping[int, Decimal]:
    """Return, per quarter, the serapan (%) below which a unit or sub kegiatan is lagging."""
    return MappingProxyType({q: Decimal(25 * q - selisih) for q in TRIWULAN})


AMBANG_SERAPAN = ambang_serapan()


def lambat(number: Node | Total, ambang: Decimal) -> bool:
    """Return whether funded figures are absorbed below the threshold.

    Nothing recorded is not a lag but a missing realisation, which is reported as such.
    """
    return number.pagu > 0 and number.serapan is not None and number.serapan < ambang


def unit_lambat(s: OpdTahun, triwulan: int, ambang: Decimal) -> list[tuple[UnitKerja, Total]]:
    """Return the units whose serapan up to the quarter lags, with their figures."""
    return [
        (unit, jumlah)
        for unit, _, jumlah in anggaran.per_unit(s, triwulan)
        if lambat(jumlah, ambang)
    ]
