"""The dashboard shows the serapan the LKjIP prints, and warns by the report's lag rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from sakip.core import anggaran, ringkasan
from sakip.core import format as fmt
from sakip.core.dokumen import lkjip
from sakip.core.dokumen.model import TabelDok, Teks
from sakip.core.model import OpdTahun

D = Decimal


def _lkjip(s: OpdTahun) -> tuple[dict[str, list[list[object]]], str]:
    dok = lkjip.build(s, {}, tanggal=date(2023, 2, 24))
    tabel = {b.key: b.tabel.baris for b, _ in dok.telusuri() if isinstance(b, TabelDok)}
    teks = " ".join(b.sumber for b, _ in dok.telusuri() if isinstance(b, Teks))
    return tabel, teks


@pytest.mark.parametrize("nama", ["bontang", "dinas"])
def test_the_dashboard_and_the_lkjip_give_the_same_serapan(
    nama: str, request: pytest.FixtureRequest, db: None
) -> None:
    s: OpdTahun = request.getfixturevalue(nama)
    r = ringkasan.compute(s)
    tabel, teks = _lkjip(s)

    # Tabel 18: one row per unit, in the dashboard's order, then the total.
    per_unit = tabel["realisasi_unit"][: len(s.opd.unit_kerja)]
    assert [u.persen for u in r.unit] == [row[4] for row in per_unit]
    assert [u.pagu for u in r.unit] == [row[2] for row in per_unit]
    # Every program: the narrative of Bab III names the serapan of each attributed one.
    pohon = {n.kode: n for n in anggaran.pohon(s.anggaran)}
    assert [p.kode for p in r.program] == list(pohon)
    for p in r.program:
        assert (p.pagu, p.realisasi, p.persen) == (
            pohon[p.kode].pagu,
            pohon[p.kode].realisasi,
            pohon[p.kode].serapan,
        )
        if p.kode in s.atribusi_program:
            assert f"(pagu {fmt.rupiah(p.pagu)}, serapan {fmt.persen(p.persen)})" in teks.replace(
                "\u00a0", " "
            )
    assert r.unit and r.program


def test_the_year_serapan_of_kelurahan_kanaan(bontang: OpdTahun) -> None:
    kanaan = next(u for u in ringkasan.compute(bontang).unit if u.nama == "Kelurahan Kanaan")
    assert kanaan.pagu == D("1786917188.00")
    assert kanaan.per_bulan[-1] == kanaan.persen


def _sampai_bulan(s: OpdTahun, bulan: int) -> OpdTahun:
    """Return the snapshot holding only the realisation recorded up to a month."""
    from sakip.core.periode import Periode

    return replace(
        s,
        anggaran=tuple(
            replace(
                b,
                realisasi={
                    k: v for k, v in b.realisasi.items() if Periode.parse(k).end_month <= bulan
                },
            )
            for b in s.anggaran
        ),
    )


def test_a_unit_above_the_quarters_threshold_is_not_lagging(dinas: OpdTahun) -> None:
    # Quarter 2 of the Dinas: 45,67% absorbed (the quarterly report's Tabel), above 25 × 2 − 15.
    s = _sampai_bulan(dinas, 6)
    assert fmt.persen(anggaran.skpd_total(s, 2).serapan) == "45,67%"
    assert [p for p in ringkasan.compute(s).peringatan if p.jenis == "serapan"] == []


def test_a_tolerance_of_zero_warns_below_the_pace_itself(dinas: OpdTahun) -> None:
    s = _sampai_bulan(dinas, 6)
    jumlah = anggaran.skpd_total(s, 2)
    assert jumlah.serapan is not None and D(35) <= jumlah.serapan < D(50)
    r = ringkasan.compute(s, selisih_serapan=0)
    assert [p.pesan for p in r.peringatan if p.jenis == "serapan"] == [
        f"{s.opd.unit_kerja[0].nama_singkat}: serapan s.d. Triwulan 2 "
        f"{fmt.persen(jumlah.serapan)}, di bawah 50% (laju waktu 50% dikurangi 0 poin)."
    ]


def test_before_the_first_quarter_ends_no_unit_is_lagging(dinas: OpdTahun) -> None:
    r = ringkasan.compute(_sampai_bulan(dinas, 2), selisih_serapan=0)
    assert r.bulan_terakhir in (1, 2)
    assert not [p for p in r.peringatan if p.jenis == "serapan"]


def test_it_warns_of_each_funded_line_without_realisation(bontang: OpdTahun) -> None:
    s = _sampai_bulan(bontang, 0)
    r = ringkasan.compute(s)
    empty = [p for p in r.peringatan if p.jenis == "kosong" and "kode" in p.ref]
    assert len(empty) == len(s.anggaran)
    assert r.bulan_terakhir is None
    assert all(u.realisasi is None and u.persen is None for u in r.unit)


@pytest.mark.parametrize("nama", ["bontang", "dinas"])
def test_the_opd_total_and_each_programs_units_add_up_to_the_lkjip(
    nama: str, request: pytest.FixtureRequest, db: None
) -> None:
    s: OpdTahun = request.getfixturevalue(nama)
    r = ringkasan.compute(s)
    tabel, _ = _lkjip(s)
    # Tabel 18's total row: the OPD's own unit and every sub-unit.
    jumlah = tabel["realisasi_unit"][len(s.opd.unit_kerja)]
    assert (r.opd.pagu, r.opd.persen) == (jumlah[2], jumlah[4])
    assert [b.program for b in r.program_unit] == list(r.program)
    for b in r.program_unit:
        assert len(b.unit) == len(r.unit)
        ada = [n for n in b.unit if n is not None]
        assert sum(n.pagu for n in ada) == b.program.pagu
        assert all(n.kode == b.program.kode for n in ada)


def test_a_program_of_kelurahan_kanaan_in_the_program_by_unit_table(bontang: OpdTahun) -> None:
    r = ringkasan.compute(bontang)
    kanaan = [u.nama for u in r.unit].index("Kelurahan Kanaan")
    program = {b.program.kode: b.unit for b in r.program_unit}
    cell = program["7.01.03"][kanaan]
    assert cell is not None and cell.pagu == D("949138762.00")
    assert fmt.persen(cell.serapan) == "93,66%"
    # Only the Kecamatan's own unit runs program 7.01.01; a line of pagu 0 has no serapan.
    assert program["7.01.01"][1:] == (None, None, None)
    belimbing = program["7.01.05"][3]
    assert belimbing is not None and belimbing.pagu == 0 and belimbing.serapan is None
