"""Every table of the LKjIP (the reference report's Tabel 1–19), computed from one snapshot."""

from __future__ import annotations

from collections.abc import Callable

from sakip.core.model import OpdTahun
from sakip.core.tables import anggaran, capaian, evaluasi, perencanaan, profil
from sakip.core.tables.base import Cell, Gaya, Jenis, Kolom, Tabel

BUILDERS: tuple[Callable[[OpdTahun], Tabel], ...] = (
    profil.pegawai,
    profil.aset,
    perencanaan.cascade,
    perencanaan.iku,
    perencanaan.target_iku,
    perencanaan.perjanjian_kinerja,
    perencanaan.strategi,
    perencanaan.anggaran_sasaran,
    evaluasi.evaluasi,
    evaluasi.tindak_lanjut,
    capaian.capaian_tahunan,
    capaian.per_triwulan,
    capaian.perbandingan,
    capaian.target_akhir,
    capaian.efisiensi,
    anggaran.efisiensi_anggaran,
    anggaran.keluaran,
    anggaran.realisasi_unit,
    anggaran.realisasi_program,
)


def nomor(build: Callable[[OpdTahun], Tabel]) -> int:
    """Return the number of the table a builder makes: its place in the LKjIP, from 1."""
    return BUILDERS.index(build) + 1


def all_tabel(s: OpdTahun) -> list[Tabel]:
    """Return the LKjIP tables in order, numbered 1, 2, 3, ... once each."""
    tables = [build(s) for build in BUILDERS]
    for build, tabel in zip(BUILDERS, tables, strict=True):
        tabel.nomor = nomor(build)
    return tables


__all__ = ["Cell", "Gaya", "Jenis", "Kolom", "Tabel", "nomor", "all_tabel"]
