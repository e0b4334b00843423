"""Every funded sub kegiatan of a unit needs an output indicator of that unit.

docs/rules.md#lkjip-layout (Bab III A.7) and the reference report's Tabel 17: each program, kegiatan
and sub kegiatan is reported with its indicator, target and realisation. The reference report leaves
many sub kegiatan of the Kecamatan's Program Penunjang without one. A line with pagu 0 is not funded
and needs none.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import lokasi_baris, nama_unit, normal_atau_none, ref_baris
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import rupiah
from sakip.core.model import OpdTahun

RULE_ID = "sub-kegiatan-tanpa-indikator"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    berindikator = {(i.unit, normal_atau_none(i.kode)) for i in s.indikator_keluaran}
    dilaporkan: set[tuple[str, str]] = set()
    for baris in s.anggaran:
        key = (baris.unit, baris.sub_kegiatan)
        if baris.pagu == 0 or key in berindikator or key in dilaporkan:
            continue
        dilaporkan.add(key)
        teks = pesan.SUB_KEGIATAN_TANPA_INDIKATOR.format(
            kode=baris.kode_sumber, pagu=rupiah(baris.pagu), unit=nama_unit(s, baris.unit)
        )
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.KINERJA_PROGRAM_KEGIATAN,
            lokasi_baris(s, baris),
            teks,
            ref_baris(baris),
        )
