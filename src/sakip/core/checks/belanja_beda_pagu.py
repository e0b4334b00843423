"""Belanja operasi plus belanja modal of a budget stage equal the total pagu of that stage's lines.

docs/rules.md#budget-codes (stages murni, perubahan) and the reference report's Bab I H / Bab II E:
"alokasi anggaran sebesar Rp 30.177.653.595,00 dengan rincian belanja operasi sebesar Rp
27.085.770.796,00 dan belanja modal sebesar Rp 3.091.882.799,00". Checked only for stages that have
belanja rows and budget lines, and only when every belanja amount of the stage is known.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sakip.core.checks import pesan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.format import rupiah
from sakip.core.model import Belanja, OpdTahun

RULE_ID = "belanja-beda-pagu"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    per_tahap: dict[str, list[Belanja]] = {}
    for belanja in s.belanja:
        per_tahap.setdefault(belanja.tahap, []).append(belanja)
    for tahap, listing in per_tahap.items():
        pagu_baris = [b.pagu for b in s.anggaran if b.tahap == tahap]
        nilai = [b.nilai for b in listing]
        if not pagu_baris or any(n is None for n in nilai):
            continue
        jumlah = sum((n for n in nilai if n is not None), Decimal(0))
        pagu = sum(pagu_baris, Decimal(0))
        if jumlah == pagu:
            continue
        teks = pesan.BELANJA_BEDA_PAGU.format(
            rincian=" + ".join(f"{b.jenis} {rupiah(b.nilai)}" for b in listing),
            jumlah=rupiah(jumlah),
            tahap=tahap,
            pagu=rupiah(pagu),
            selisih=rupiah(jumlah - pagu),
        )
        yield Finding(
            RULE_ID,
            SEVERITY,
            None,
            f"Belanja tahap {tahap}",
            teks,
            {"tahap": tahap, "tahun": str(s.tahun)},
        )
