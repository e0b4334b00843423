"""A ratio indicator's stored figure must be the figure of its parts.

docs/rules.md#indikator-rasio: the figure is computed from pembilang and penyebut (rounded half-up
to the stored 4 decimals); a stored figure that differs — typed over, or parts changed afterwards
by another door — is an error, and so is a figure stored without its parts.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import Bagian, Indikator, JenisIndikator, OpdTahun
from sakip.core.pengukuran import nilai_rasio
from sakip.core.periode import Periode

RULE_ID = "rasio-beda-bagian"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    """Check every stored period of the report year's ratio realisations."""
    indikator = iku(s)
    for (kode, tahun), kinerja in sorted(s.kinerja.items()):
        ind = indikator.get(kode)
        if ind is None or ind.jenis is not JenisIndikator.RASIO or tahun != s.tahun:
            continue
        for key, bagian in sorted(kinerja.bagian.items(), key=lambda i: _order(i[0])):
            teks = _pesan(ind, Periode.parse(key).nama(tahun), bagian)
            if teks is not None:
                yield Finding(
                    RULE_ID,
                    SEVERITY,
                    Tabel.KINERJA_TRIWULAN,
                    f"{lokasi_indikator(kode, ind)}, {Periode.parse(key).nama(tahun)}",
                    teks,
                    {"indikator": kode, "tahun": str(tahun), "periode": key},
                )


def _pesan(ind: Indikator, periode: str, b: Bagian) -> str | None:
    """Return the message for a period whose figure is not the figure of its parts."""
    if b.pembilang is None and b.penyebut is None:
        if b.nilai is None:
            return None
        return pesan.RASIO_TANPA_BAGIAN.format(periode=periode, nilai=number(b.nilai))
    compute = nilai_rasio(b.pembilang, b.penyebut, ind.pengali)
    if compute == b.nilai:
        return None
    return pesan.RASIO_BEDA_BAGIAN.format(
        periode=periode,
        nilai=number(b.nilai),
        pembilang=number(b.pembilang),
        penyebut=number(b.penyebut),
        pengali=number(ind.pengali),
        compute=number(compute),
    )


def _order(key: str) -> tuple[int, int]:
    return Periode.parse(key).sort_key
