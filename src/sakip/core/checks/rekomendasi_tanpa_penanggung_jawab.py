"""A recommendation that Tabel 10 reports has a deadline and a responsible unit.

docs/lke.md#penanggung-jawab: the next LKE asks whether every recommendation of the evaluation was
followed up (criterion 4.c.1 of the PermenPANRB 88/2021 template); a recommendation without a
deadline (tenggat) or a unit that answers for it has nobody to follow it up by a date. Its
position (jabatan) is optional: the unit is the least a follow-up needs. Reported as a warning,
naming what is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import lokasi_rekomendasi, rekomendasi_tabel_10, ringkas
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.model import OpdTahun

RULE_ID = "rekomendasi-tanpa-penanggung-jawab"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    for no, r in rekomendasi_tabel_10(s):
        kurang = [
            nama
            for nama, ada in (("tenggat", r.tenggat), ("unit penanggung jawab", r.unit))
            if ada is None
        ]
        if not kurang:
            continue
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.TINDAK_LANJUT,
            lokasi_rekomendasi(no, r),
            pesan.REKOMENDASI_TANPA_PENANGGUNG_JAWAB.format(
                uraian=ringkas(r.uraian), apa=" dan ".join(kurang)
            ),
            {"tahun": str(r.tahun_evaluasi), "komponen": r.komponen, "nomor": str(no)},
        )
