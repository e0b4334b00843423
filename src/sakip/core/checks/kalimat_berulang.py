"""A sentence of the stored narrative is written once.

PermenPAN-RB 53/2014 [P]: the report is read as one text; a sentence copied into two sections
(or twice into one) is a leftover of editing. Sentences of fewer than six words (list entries,
headings) are not compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.model import OpdTahun
from sakip.core.teks.sumber import kalimat, potongan

RULE_ID = "kalimat-berulang"
SEVERITY: Severity = "warning"
KATA_MINIMAL = 6


def check(s: OpdTahun) -> Iterator[Finding]:
    tempat: dict[str, list[str]] = defaultdict(list)
    contoh: dict[str, str] = {}
    for p in potongan(s):
        if not p.kalimat:
            continue
        for k in kalimat(p.teks):
            if len(k.split()) < KATA_MINIMAL:
                continue
            key = k.lower().rstrip(".;:")
            tempat[key].append(p.lokasi)
            contoh.setdefault(key, k)
    for key, lokasi in tempat.items():
        if len(lokasi) < 2:
            continue
        teks = pesan.KALIMAT_BERULANG.format(
            kalimat=contoh[key], jumlah=len(lokasi), tempat="; ".join(dict.fromkeys(lokasi))
        )
        yield Finding(RULE_ID, SEVERITY, None, lokasi[0], teks)
