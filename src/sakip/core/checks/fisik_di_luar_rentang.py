"""A physical realisation (realisasi fisik) is a percentage of the work done: 0 to 100.

Reference: the "Realisasi Fisik (%)" column of the reference report's Tabel 16
(docs/rules.md#lkjip-layout, #efficiency).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sakip.core.checks import pesan
from sakip.core.checks.common import lokasi_baris, nama_triwulan, ref_baris
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import persen
from sakip.core.model import OpdTahun

RULE_ID = "fisik-di-luar-rentang"
SEVERITY: Severity = "error"

_LOWER_LIMIT = Decimal(0)
_UPPER_LIMIT = Decimal(100)


def check(s: OpdTahun) -> Iterator[Finding]:
    for baris in s.anggaran:
        for triwulan, nilai in sorted(baris.fisik.items()):
            if nilai is None or _LOWER_LIMIT <= nilai <= _UPPER_LIMIT:
                continue
            teks = pesan.FISIK_DI_LUAR_RENTANG.format(
                triwulan=nama_triwulan(triwulan), nilai=persen(nilai)
            )
            yield Finding(
                RULE_ID,
                SEVERITY,
                Tabel.EFISIENSI_ANGGARAN,
                lokasi_baris(s, baris),
                teks,
                ref_baris(baris) | {"triwulan": str(triwulan)},
            )
