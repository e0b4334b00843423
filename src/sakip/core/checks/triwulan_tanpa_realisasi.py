"""A quarter of the report year that has ended and has a target needs its realisation.

docs/rules.md#lkjip-layout and #capaian: Tabel 12 measures every quarter against its target. A
realisation not entered at all and one stated not available (n/a) are told apart. A quarter counts
once it has ended: every quarter of a year before today's, and the finished quarters of the current
year. A monthly indicator's quarter counts as entered when each of its three months is
(docs/rules.md#periode-bulan): a month left empty is named.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator, nama_triwulan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import Kinerja, OpdTahun
from sakip.core.pengukuran import bulan_triwulan, bulanan, nilai_per_triwulan
from sakip.core.periode import Periode

RULE_ID = "triwulan-tanpa-realisasi"
SEVERITY: Severity = "warning"


def check(s: OpdTahun, hari_ini: datetime.date | None = None) -> Iterator[Finding]:
    """Check the report year's quarters that ended before `hari_ini` (default: today)."""
    hari_ini = hari_ini or datetime.date.today()
    indikator = iku(s)
    for (kode, tahun), kinerja in s.kinerja.items():
        if tahun != s.tahun:
            continue
        ind = indikator.get(kode)
        per_triwulan = kinerja.realisasi_triwulan
        if ind is not None and bulanan(ind):
            per_triwulan = nilai_per_triwulan(kinerja, ind)
        for triwulan, target in sorted(kinerja.target_triwulan.items()):
            if target is None or not _sudah_berakhir(tahun, triwulan, hari_ini):
                continue
            empty = _empty_bulan(kinerja, triwulan) if ind and bulanan(ind) else []
            if triwulan not in per_triwulan:
                templat = pesan.TRIWULAN_BELUM_DIISI
            elif empty:
                templat = pesan.BULAN_BELUM_DIISI
            elif per_triwulan[triwulan] is None:
                templat = pesan.TRIWULAN_TIDAK_TERSEDIA
            else:
                continue
            teks = templat.format(
                triwulan=nama_triwulan(triwulan),
                tahun=tahun,
                target=number(target),
                bulan=", ".join(Periode.bulan(b).nama(tahun) for b in empty),
            )
            yield Finding(
                RULE_ID,
                SEVERITY,
                Tabel.KINERJA_TRIWULAN,
                f"{lokasi_indikator(kode, indikator.get(kode))}, {nama_triwulan(triwulan)}",
                teks,
                {"indikator": kode, "tahun": str(tahun), "triwulan": str(triwulan)},
            )


def _empty_bulan(kinerja: Kinerja, triwulan: int) -> list[int]:
    """Return the months of a quarter with no entry at all (a month stated n/a is entered)."""
    return [b for b in bulan_triwulan(triwulan) if b not in kinerja.realisasi_bulan]


def _sudah_berakhir(tahun: int, triwulan: int, hari_ini: datetime.date) -> bool:
    """Return whether the quarter ended before `hari_ini`, i.e. the next quarter has begun."""
    if triwulan >= 4:
        return hari_ini >= datetime.date(tahun + 1, 1, 1)
    return hari_ini >= datetime.date(tahun, 3 * triwulan + 1, 1)
