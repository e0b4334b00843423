"""A budget line's realisation uses one kind of period: the year, quarters or months.

The dataset format (docs/dataset-format.md, "one kind per line") keeps realisasi per period; a line
holding both a year total and months (or months and quarters) would be summed twice. A period key
that is none of "tahun", "tw1".."tw4", "1".."12" is reported by this rule as well.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import jenis_periode, lokasi_baris, ref_baris
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import rupiah
from sakip.core.model import BarisAnggaran, OpdTahun
from sakip.core.periode import JenisPeriode

RULE_ID = "campuran-periode-realisasi"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    for baris in s.anggaran:
        for teks in _masalah(baris):
            yield Finding(
                RULE_ID,
                SEVERITY,
                Tabel.REALISASI_ANGGARAN_PER_PROGRAM,
                lokasi_baris(s, baris),
                teks,
                ref_baris(baris),
            )


def _masalah(baris: BarisAnggaran) -> Iterator[str]:
    """Yield a message per unknown period key, then one when the known kinds are mixed."""
    per_jenis: dict[JenisPeriode, list[str]] = {}
    for key, nilai in baris.realisasi.items():
        jenis = jenis_periode(key)
        if jenis is None:
            yield pesan.PERIODE_TIDAK_DIKENAL.format(key=key, nilai=rupiah(nilai))
        else:
            per_jenis.setdefault(jenis, []).append(f"{key}: {rupiah(nilai)}")
    if len(per_jenis) > 1:
        jenis_ada = [j for j in JenisPeriode if j in per_jenis]
        rincian = "; ".join(f"{j} {', '.join(per_jenis[j])}" for j in jenis_ada)
        yield pesan.CAMPURAN_PERIODE.format(jenis=" dan ".join(jenis_ada), rincian=rincian)
