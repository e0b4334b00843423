"""The stored narrative cites regulations in force, not ones superseded.

RULES.md §1 [R]: the LKjIP rests on Perpres 29/2014 and PermenPAN-RB 53/2014. The list of
superseded regulations and what replaced them is dated data (data/regulasi/usang.yaml); a text
citing one as its basis is reported with the regulation that replaced it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.model import OpdTahun
from sakip.core.teks.regulasi import usang
from sakip.core.teks.sumber import potongan

RULE_ID = "regulasi-usang"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    listing = [r for r in usang() if r.dicabut_tahun <= s.tahun]
    for p in potongan(s):
        if not p.kalimat:
            continue
        for r in listing:
            if r.pola.search(p.teks):
                teks = pesan.REGULASI_USANG.format(
                    regulasi=r.nama, tahun=r.dicabut_tahun, pengganti=r.pengganti
                )
                yield Finding(
                    RULE_ID, SEVERITY, None, p.lokasi, teks, {**p.ref, "regulasi": r.kode}
                )
