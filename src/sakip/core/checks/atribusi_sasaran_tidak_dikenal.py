"""A program is attributed to a sasaran strategis that the Renstra holds.

docs/rules.md#budget-per-sasaran [P]: Tabel 8 sums the pagu of each program under the sasaran it is
attributed to; an attribution to a sasaran kode that is not in the Renstra (or with no Renstra at
all) puts that budget under no row.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.model import OpdTahun

RULE_ID = "atribusi-sasaran-tidak-dikenal"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    sasaran = {sas.kode for sas in s.renstra.sasaran} if s.renstra is not None else set()
    for program, kode_sasaran in sorted(s.atribusi_program.items()):
        if kode_sasaran in sasaran:
            continue
        teks = pesan.ATRIBUSI_SASARAN_TIDAK_DIKENAL.format(kode=program, sasaran=kode_sasaran)
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.ANGGARAN_PER_SASARAN,
            f"Program {program}",
            teks,
            {"kode": program, "sasaran": kode_sasaran, "tahun": str(s.tahun)},
        )
