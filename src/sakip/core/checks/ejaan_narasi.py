"""The stored narrative is spelled right: every word is in the Indonesian dictionary.

PUEBI/EYD [P]: the report is an official text. Words are looked up with hunspell and the
`hunspell-id` dictionary, plus the project's list of right words the dictionary lacks
(sakip.core.teks.ejaan). One finding per text names its unknown words; where hunspell or the
dictionary is not installed, one finding says the spelling was not checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.model import OpdTahun
from sakip.core.teks import ejaan
from sakip.core.teks.sumber import potongan

RULE_ID = "ejaan-narasi"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    listing = list(potongan(s))
    if not listing:
        return
    dasar = ejaan.kamus()
    if dasar is None:
        yield Finding(RULE_ID, SEVERITY, None, "Narasi", pesan.EJAAN_TIDAK_DIPERIKSA)
        return
    kata = {p: ejaan.kata(p.teks) for p in listing}
    salah = ejaan.tidak_dikenal((k for ks in kata.values() for k in ks), dasar)
    for p, ks in kata.items():
        jumlah = Counter(k for k in ks if k in salah)
        if not jumlah:
            continue
        rincian = ", ".join(f"{k} ({n}×)" if n > 1 else k for k, n in jumlah.items())
        teks = pesan.EJAAN.format(kata=rincian)
        yield Finding(RULE_ID, SEVERITY, None, p.lokasi, teks, {**p.ref, "kata": ",".join(jumlah)})
