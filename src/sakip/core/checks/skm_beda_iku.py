"""An IKU measured on the SKM scale reports the Survei Kepuasan Masyarakat result of its year.

docs/rules.md#skm (PermenPAN-RB 14/2017): the converted SKM score is rounded to 2 decimals, so both
values are compared at 2 decimals. Reference report: IKU "Nilai Survey Kepuasan Masyarakat" 86,28 in
2022, 86,91 in 2021 (Tabel 13). Checked for every year holding both values.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator, realisasi_tahun
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import OpdTahun
from sakip.core.numbers import round_half_up

RULE_ID = "skm-beda-iku"
SEVERITY: Severity = "error"

_SKALA_SKM = "skm"


def check(s: OpdTahun) -> Iterator[Finding]:
    indikator = iku(s)
    for (kode, tahun), kinerja in sorted(s.kinerja.items()):
        ind = indikator.get(kode)
        skm = s.skm.get(tahun)
        if ind is None or ind.skala != _SKALA_SKM or skm is None:
            continue
        realisasi = realisasi_tahun(kinerja, ind)
        if realisasi is None or skm.nilai is None:
            continue
        if round_half_up(realisasi) == round_half_up(skm.nilai):
            continue
        teks = pesan.SKM_BEDA_IKU.format(
            tahun=tahun, realisasi=number(realisasi), skm=number(skm.nilai)
        )
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.REALISASI_ANTARTAHUN,
            f"{lokasi_indikator(kode, ind)}, tahun {tahun}",
            teks,
            {"indikator": kode, "tahun": str(tahun)},
        )
