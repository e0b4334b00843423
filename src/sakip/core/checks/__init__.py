"""Consistency checks on one Perangkat Daerah's year, one rule per module.

Each rule module states its rule and reference in its docstring and provides RULE_ID, SEVERITY and
`check(s) -> Iterator[Finding]`. `run_checks` runs them all on an `OpdTahun` snapshot.
"""

from __future__ import annotations

from sakip.core.checks import (
    analisis_iku_kosong,
    atribusi_program_hilang,
    atribusi_sasaran_tidak_dikenal,
    belanja_beda_pagu,
    campuran_periode_realisasi,
    ejaan_narasi,
    evaluasi_jumlah_komponen,
    evaluasi_predikat,
    fisik_di_luar_rentang,
    kalimat_berulang,
    kaskade_jabatan,
    kode_format,
    kode_nama_beda,
    kode_tidak_dikenal,
    pegawai_tidak_konsisten,
    pengesahan_tanggal,
    pk_anggaran,
    pk_tanpa_iku,
    pk_target_beda_renstra,
    rasio_beda_bagian,
    rasio_penyebut_nol,
    realisasi_melebihi_pagu,
    realisasi_tanpa_target,
    regulasi_usang,
    rekomendasi_lewat_tenggat,
    rekomendasi_tanpa_penanggung_jawab,
    renstra_tidak_ada,
    skm_beda_iku,
    sub_kegiatan_tanpa_indikator,
    target_nol,
    triwulan_tanpa_realisasi,
)
from sakip.core.checks.finding import Finding, Rule, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.model import OpdTahun

__all__ = ["RULES", "Finding", "Rule", "Severity", "Tabel", "run_checks"]

RULES: tuple[Rule, ...] = (
    renstra_tidak_ada,
    pk_target_beda_renstra,
    pk_tanpa_iku,
    pk_anggaran,
    pengesahan_tanggal,
    target_nol,
    realisasi_tanpa_target,
    triwulan_tanpa_realisasi,
    rasio_penyebut_nol,
    rasio_beda_bagian,
    analisis_iku_kosong,
    skm_beda_iku,
    realisasi_melebihi_pagu,
    fisik_di_luar_rentang,
    campuran_periode_realisasi,
    belanja_beda_pagu,
    kode_format,
    kode_tidak_dikenal,
    kode_nama_beda,
    sub_kegiatan_tanpa_indikator,
    atribusi_program_hilang,
    atribusi_sasaran_tidak_dikenal,
    pegawai_tidak_konsisten,
    kaskade_jabatan,
    evaluasi_jumlah_komponen,
    evaluasi_predikat,
    rekomendasi_lewat_tenggat,
    rekomendasi_tanpa_penanggung_jawab,
    regulasi_usang,
    kalimat_berulang,
    ejaan_narasi,
)
"""Every rule, in the order of the report: plan, measurement, budget, codes, organisation."""


def run_checks(s: OpdTahun) -> list[Finding]:
    """Return the findings of every rule: errors first, then by table and location."""
    return sorted((f for rule in RULES for f in rule.check(s)), key=_order)


def _order(f: Finding) -> tuple[bool, bool, int, str, str, str]:
    # Findings outside any table come after those that point at one.
    return (f.severity != "error", f.tabel is None, f.tabel or 0, f.lokasi, f.rule, f.pesan)
