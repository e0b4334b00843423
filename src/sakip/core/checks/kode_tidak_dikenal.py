"""Every program, kegiatan and sub kegiatan code must be known to the nomenclature in force.

docs/rules.md#budget-codes: the code list is versioned by the Kepmendagri in force for the year
(Permendagri 90/2019 and its updates). An unknown code is an error against a complete version and a
warning against a partial one (docs/dataset-format.md: "not in the loaded nomenclature", not wrong).
A year without any version in force gets one warning. Each unknown code is reported once, where it
is first used; codes that fit no code form are left to rule kode-format.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import lokasi_baris, lokasi_keluaran, nama_level, normal_atau_none
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.codes import KodeTidakValid, Level, ancestors, display, level
from sakip.core.model import Nomenklatur, OpdTahun

RULE_ID = "kode-tidak-dikenal"
SEVERITY: Severity = "error"
"""Against a complete nomenclature; a partial one, or none, gives warnings."""

_LEVEL_INDUK = (Level.PROGRAM, Level.KEGIATAN)


def check(s: OpdTahun) -> Iterator[Finding]:
    dipakai = _kode_dipakai(s)
    if s.nomenklatur is None:
        if dipakai:
            teks = pesan.NOMENKLATUR_TIDAK_ADA.format(tahun=s.tahun, jumlah=len(dipakai))
            yield Finding(
                RULE_ID, "warning", None, f"Nomenklatur {s.tahun}", teks, {"tahun": str(s.tahun)}
            )
        return
    nomenklatur = s.nomenklatur
    # A kegiatan shared by several sub kegiatan is reported once.
    dilaporkan: set[str] = set()
    for kode, (tabel, lokasi, ref) in dipakai.items():
        for diperiksa in [*(a for a in ancestors(kode) if level(a) in _LEVEL_INDUK), kode]:
            if diperiksa in nomenklatur.item or diperiksa in dilaporkan:
                continue
            dilaporkan.add(diperiksa)
            yield Finding(
                RULE_ID,
                SEVERITY if nomenklatur.lengkap else "warning",
                tabel,
                lokasi,
                _pesan(nomenklatur, diperiksa),
                ref | {"kode": diperiksa, "nomenklatur": nomenklatur.kode},
            )


def _kode_dipakai(s: OpdTahun) -> dict[str, tuple[Tabel, str, dict[str, str]]]:
    """Return each normalised code in use with where it is first used."""
    dipakai: dict[str, tuple[Tabel, str, dict[str, str]]] = {}
    for baris in s.anggaran:
        kode = normal_atau_none(baris.sub_kegiatan)
        if kode is not None and kode not in dipakai:
            dipakai[kode] = (
                Tabel.REALISASI_ANGGARAN_PER_PROGRAM,
                lokasi_baris(s, baris),
                {"unit": baris.unit},
            )
    for indikator in s.indikator_keluaran:
        kode = normal_atau_none(indikator.kode)
        if kode is not None and kode not in dipakai:
            dipakai[kode] = (
                Tabel.KINERJA_PROGRAM_KEGIATAN,
                lokasi_keluaran(s, indikator),
                {"unit": indikator.unit},
            )
    return dipakai


def _pesan(nomenklatur: Nomenklatur, kode: str) -> str:
    templat = pesan.KODE_TIDAK_DIKENAL if nomenklatur.lengkap else pesan.KODE_TIDAK_DIMUAT
    return templat.format(
        tingkat=nama_level(level(kode)),
        kode=_show(kode, nomenklatur.format_sub_kegiatan),
        nomenklatur=nomenklatur.nama,
    )


def _show(kode: str, digits: int) -> str:
    """Return the code as the nomenclature version shows it, or as stored when it does not fit."""
    try:
        return display(kode, digits)
    except KodeTidakValid:
        return kode
