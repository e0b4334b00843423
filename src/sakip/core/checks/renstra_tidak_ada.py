"""An OPD reporting on a year has a Renstra whose period covers it.

RULES.md §1 [R]: the LKjIP measures the year against the Renstra's sasaran and IKU. Without one,
the documents leave out what they would count from it (no "0 sasaran", no "Tahun 2021–2021").
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.model import OpdTahun

RULE_ID = "renstra-tidak-ada"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    if s.renstra is not None:
        return
    teks = pesan.RENSTRA_TIDAK_ADA.format(tahun=s.tahun)
    yield Finding(
        RULE_ID, SEVERITY, Tabel.TARGET_IKU, f"Renstra {s.tahun}", teks, {"tahun": str(s.tahun)}
    )
