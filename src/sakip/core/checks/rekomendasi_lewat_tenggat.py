"""A recommendation that Tabel 10 reports is followed up by its deadline.

docs/lke.md#penanggung-jawab: the Inspektorat gives each recommendation of the LHE a deadline
(tenggat); one whose deadline has passed while its status, as the Inspektorat accepted it, is not
Selesai is overdue. A recommendation without a deadline is never overdue (rule
rekomendasi-tanpa-penanggung-jawab names it). Checked against `hari_ini` (default: today).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from sakip.core import format as fmt
from sakip.core.checks import pesan
from sakip.core.checks.common import lokasi_rekomendasi, rekomendasi_tabel_10, ringkas
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.model import OpdTahun
from sakip.core.tables.evaluasi import STATUS
from sakip.core.tenggat import lewat

RULE_ID = "rekomendasi-lewat-tenggat"
SEVERITY: Severity = "warning"


def check(s: OpdTahun, hari_ini: datetime.date | None = None) -> Iterator[Finding]:
    """Check each recommendation of Tabel 10 against its deadline on `hari_ini`."""
    hari_ini = hari_ini or datetime.date.today()
    for no, r in rekomendasi_tabel_10(s):
        if r.tenggat is None or not lewat(r.tenggat, r.status == "selesai", hari_ini):
            continue
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.TINDAK_LANJUT,
            lokasi_rekomendasi(no, r),
            pesan.REKOMENDASI_LEWAT_TENGGAT.format(
                uraian=ringkas(r.uraian),
                tenggat=fmt.tanggal(r.tenggat),
                status=STATUS.get(r.status, r.status),
            ),
            {"tahun": str(r.tahun_evaluasi), "komponen": r.komponen, "nomor": str(no)},
        )
