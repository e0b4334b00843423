"""The PK annex lists its programs, with the pagu of the budget stage the PK names.

RULES.md §2 [P]: the Lampiran holds (No, Program, Anggaran Rp). A PK without programs prints no
program table; a PK whose stage (APBD Murni for one signed at the start of the year) has no budget
lines prints the pagu of the stage held, under that stage's name. Both are said here, never in
the document.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import lokasi_pk
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.model import OpdTahun

RULE_ID = "pk-anggaran"
SEVERITY: Severity = "warning"

TAHAP = {"murni": "APBD Murni", "perubahan": "Perubahan APBD"}


def check(s: OpdTahun) -> Iterator[Finding]:
    for pk in s.perjanjian_kinerja:
        ref = {"tahun": str(pk.tahun), "pk_versi": str(pk.versi)}
        lokasi = lokasi_pk(pk, "Lampiran, Program dan Anggaran")
        if not pk.program:
            teks = pesan.PK_TANPA_PROGRAM.format(tahun=pk.tahun, versi=pk.versi)
            yield Finding(RULE_ID, SEVERITY, Tabel.PERJANJIAN_KINERJA, lokasi, teks, ref)
            continue
        if pk.tahap_anggaran in s.tahap_tersedia or not s.tahap_tersedia:
            continue
        teks = pesan.PK_TAHAP_TIDAK_ADA.format(
            tahun=pk.tahun,
            versi=pk.versi,
            tahap=TAHAP.get(pk.tahap_anggaran, pk.tahap_anggaran),
            dipakai=TAHAP.get(s.tahap_anggaran or "", s.tahap_anggaran),
        )
        yield Finding(RULE_ID, SEVERITY, Tabel.PERJANJIAN_KINERJA, lokasi, teks, ref)
