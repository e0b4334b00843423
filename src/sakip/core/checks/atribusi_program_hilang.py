"""Every program with budget in the year is attributed to a sasaran strategis.

docs/rules.md#budget-per-sasaran [P]: Tabel 8 (anggaran per sasaran) and Tabel 15 attribute each
program, in every unit, to one sasaran and sum its pagu; an unattributed program drops out of both,
so their shares no longer add up to the total pagu.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sakip.core.checks import pesan
from sakip.core.checks.common import normal_atau_none
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.codes import KodeTidakValid, program_of
from sakip.core.format import rupiah
from sakip.core.model import OpdTahun

RULE_ID = "atribusi-program-hilang"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    diatribusikan = {normal_atau_none(kode) for kode in s.atribusi_program}
    for program, pagu in sorted(_pagu_per_program(s).items()):
        if pagu == 0 or program in diatribusikan:
            continue
        teks = pesan.ATRIBUSI_PROGRAM_HILANG.format(kode=program, pagu=rupiah(pagu))
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.ANGGARAN_PER_SASARAN,
            f"Program {program}",
            teks,
            {"kode": program, "tahun": str(s.tahun)},
        )


def _pagu_per_program(s: OpdTahun) -> dict[str, Decimal]:
    """Return the pagu of every program over all units, from lines whose code fits."""
    pagu: dict[str, Decimal] = {}
    for baris in s.anggaran:
        try:
            program = program_of(baris.sub_kegiatan)
        except KodeTidakValid:
            continue
        pagu[program] = pagu.get(program, Decimal(0)) + baris.pagu
    return pagu
