"""A sub kegiatan's name as written in the budget must be the nomenclature's name for its code.

docs/rules.md#budget-codes: the code list of the Kepmendagri in force names every code. Names are
compared without regard to letter case or runs of whitespace (the reference report writes "Dengan"
where the nomenclature has "dengan"). Codes the nomenclature does not know are left to
kode-tidak-dikenal.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import lokasi_baris, ref_baris
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.model import OpdTahun

RULE_ID = "kode-nama-beda"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    nomenklatur = s.nomenklatur
    if nomenklatur is None:
        return
    for baris in s.anggaran:
        nama = nomenklatur.item.get(baris.sub_kegiatan)
        if baris.uraian is None or nama is None or _lipat(baris.uraian) == _lipat(nama):
            continue
        teks = pesan.KODE_NAMA_BEDA.format(
            kode=baris.kode_sumber, uraian=baris.uraian, nomenklatur=nomenklatur.nama, nama=nama
        )
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.REALISASI_ANGGARAN_PER_PROGRAM,
            lokasi_baris(s, baris),
            teks,
            ref_baris(baris) | {"nomenklatur": nomenklatur.kode},
        )


def _lipat(teks: str) -> str:
    """Return the text case-folded with its runs of whitespace made single spaces."""
    return " ".join(teks.split()).casefold()
