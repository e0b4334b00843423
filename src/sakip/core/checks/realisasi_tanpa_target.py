"""An IKU with a realisation in a Renstra year needs the Renstra target of that year.

docs/rules.md#capaian: capaian = realisasi / target × 100 is not available without a target. Years
before the Renstra period (baselines, earlier periods) have no targets of this Renstra and are not
checked, nor years after the report year.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator, realisasi_tahun
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import OpdTahun

RULE_ID = "realisasi-tanpa-target"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    if s.renstra is None:
        return
    tahun_renstra = range(s.renstra.periode_awal, min(s.renstra.periode_akhir, s.tahun) + 1)
    indikator = iku(s)
    for (kode, tahun), kinerja in sorted(s.kinerja.items()):
        ind = indikator.get(kode)
        if ind is None or tahun not in tahun_renstra or ind.target.get(tahun) is not None:
            continue
        realisasi = realisasi_tahun(kinerja, ind)
        if realisasi is None:
            continue
        teks = pesan.REALISASI_TANPA_TARGET.format(tahun=tahun, realisasi=number(realisasi))
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.TARGET_IKU,
            f"{lokasi_indikator(kode, ind)}, tahun {tahun}",
            teks,
            {"indikator": kode, "tahun": str(tahun)},
        )
