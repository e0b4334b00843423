"""Budget lines and output indicators carry codes of the Permendagri 90/2019 program tree.

docs/rules.md#budget-codes: urusan.bidang.program.level.kegiatan.subkegiatan, e.g. 7.01.01.2.01.01
or 7.01.01.2.01.0001. A budget line is a sub kegiatan; an output indicator measures a program,
kegiatan or sub kegiatan. (The reference report's Tabel 19 prints truncated codes such as
7.01.01.2.08.0.)
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import lokasi_baris, lokasi_keluaran, nama_level, ref_baris
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.codes import KodeTidakValid, Level, level
from sakip.core.model import OpdTahun

RULE_ID = "kode-format"
SEVERITY: Severity = "error"

_TINGKAT_KELUARAN = (Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN)


def check(s: OpdTahun) -> Iterator[Finding]:
    for baris in s.anggaran:
        teks = _salah(baris.kode_sumber, (Level.SUB_KEGIATAN,), pesan.KODE_BUKAN_SUB_KEGIATAN)
        if teks is not None:
            yield Finding(
                RULE_ID,
                SEVERITY,
                Tabel.REALISASI_ANGGARAN_PER_PROGRAM,
                lokasi_baris(s, baris),
                teks,
                ref_baris(baris),
            )
    for indikator in s.indikator_keluaran:
        teks = _salah(indikator.kode, _TINGKAT_KELUARAN, pesan.KODE_KELUARAN_TERLALU_TINGGI)
        if teks is not None:
            yield Finding(
                RULE_ID,
                SEVERITY,
                Tabel.KINERJA_PROGRAM_KEGIATAN,
                lokasi_keluaran(s, indikator),
                teks,
                {"unit": indikator.unit, "kode": indikator.kode},
            )


def _salah(kode: str, allowed_tingkat: tuple[Level, ...], templat: str) -> str | None:
    """Return what is wrong with the code, or None when it fits and has an allowed level."""
    try:
        tingkat = level(kode)
    except KodeTidakValid as salah:
        return str(salah)
    if tingkat in allowed_tingkat:
        return None
    return templat.format(kode=kode, tingkat=nama_level(tingkat))
