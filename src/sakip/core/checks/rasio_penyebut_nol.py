"""A ratio indicator's realisation with a denominator of 0 has no figure.

docs/rules.md#indikator-rasio: figure = pembilang / penyebut × pengali; with penyebut 0 the figure
is n/a (None), never 0 and never 100, and the period is reported so that the unit can correct it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import JenisIndikator, OpdTahun
from sakip.core.periode import Periode

RULE_ID = "rasio-penyebut-nol"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    """Check every period of the report year's ratio realisations."""
    indikator = iku(s)
    for (kode, tahun), kinerja in sorted(s.kinerja.items()):
        ind = indikator.get(kode)
        if ind is None or ind.jenis is not JenisIndikator.RASIO or tahun != s.tahun:
            continue
        for key, bagian in sorted(kinerja.bagian.items(), key=lambda i: _order(i[0])):
            if bagian.penyebut is None or bagian.penyebut != 0:
                continue
            periode = Periode.parse(key).nama(tahun)
            yield Finding(
                RULE_ID,
                SEVERITY,
                Tabel.KINERJA_TRIWULAN,
                f"{lokasi_indikator(kode, ind)}, {periode}",
                pesan.RASIO_PENYEBUT_NOL.format(
                    periode=periode,
                    pembilang=number(bagian.pembilang),
                    penyebut=number(bagian.penyebut),
                ),
                {"indikator": kode, "tahun": str(tahun), "periode": key},
            )


def _order(key: str) -> tuple[int, int]:
    return Periode.parse(key).sort_key
