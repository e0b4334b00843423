"""A budget line's realisation for the year must not exceed its pagu.

docs/rules.md#efficiency: sisa = pagu − realisasi and efisiensi anggaran = sisa / pagu × 100 (Tabel
16, 19) are only meaningful while realisasi ≤ pagu. Lines whose periods are mixed or unknown are
left to rule campuran-periode-realisasi, since their total is not one sum.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.anggaran import realisasi_total
from sakip.core.checks import pesan
from sakip.core.checks.common import jenis_periode, lokasi_baris, ref_baris
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import rupiah
from sakip.core.model import OpdTahun

RULE_ID = "realisasi-melebihi-pagu"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    for baris in s.anggaran:
        jenis = {jenis_periode(key) for key in baris.realisasi}
        if len(jenis) > 1 or None in jenis:
            continue
        realisasi = realisasi_total(baris.realisasi)
        if realisasi is None or realisasi <= baris.pagu:
            continue
        teks = pesan.REALISASI_MELEBIHI_PAGU.format(
            realisasi=rupiah(realisasi),
            pagu=rupiah(baris.pagu),
            selisih=rupiah(realisasi - baris.pagu),
        )
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.REALISASI_ANGGARAN_PER_PROGRAM,
            lokasi_baris(s, baris),
            teks,
            ref_baris(baris),
        )
