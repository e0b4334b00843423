"""Each suggestion rule on the two bundled datasets (docs/lke.md#saran)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from tests.conftest import KODE_BONTANG, KODE_DINAS

from sakip.core.lke import saran
from sakip.core.lke.template import find
from sakip.core.model import OpdTahun

T = find("permenpanrb-88-2021-opd")
Snap = Callable[[str, int], OpdTahun]


@pytest.fixture
def bontang(demo: Path, snapshot_of: Snap) -> OpdTahun:
    return snapshot_of(KODE_BONTANG, 2022)


@pytest.fixture
def dinas_2023(dinas: Path, snapshot_of: Snap) -> OpdTahun:
    return snapshot_of(KODE_DINAS, 2023)


def _ukur(aturan: str, s: OpdTahun, tanggal: date | None = None) -> saran.Ukuran:
    return saran.ATURAN[aturan](saran.Data(s, tanggal))


def test_renstra_and_pk_exist_in_both_datasets(bontang: OpdTahun, dinas_2023: OpdTahun) -> None:
    assert _ukur("renstra-ada", bontang).bukti == ("Renstra 2021–2026.",)
    assert _ukur("renstra-ada", dinas_2023).persen == 100
    assert _ukur("pk-ada", bontang).bukti == (
        "Perjanjian Kinerja 2022 versi 1, 14 Februari 2022: 4 target.",
    )
    assert _ukur("pk-ada", dinas_2023).bukti == (
        "Perjanjian Kinerja 2023 versi 2, 10 Juli 2023: 6 target.",
    )
    assert _ukur("renstra-ada", replace(bontang, renstra=None)).persen == 0


def test_iku_have_formula_source_and_person(bontang: OpdTahun, dinas_2023: OpdTahun) -> None:
    assert _ukur("iku-lengkap", bontang).persen == 100
    assert _ukur("iku-lengkap", dinas_2023).persen == 100
    # Take the formula off the first IKU of Bontang Barat: 3 of 4 complete, 75% -> C (not above 75).
    r = bontang.renstra
    assert r is not None
    s0 = r.sasaran[0]
    tanpa = replace(s0, indikator=(replace(s0.indikator[0], formula=None), *s0.indikator[1:]))
    s = replace(bontang, renstra=replace(r, sasaran=(tanpa, *r.sasaran[1:])))
    u = _ukur("iku-lengkap", s)
    assert u.persen == 75
    assert u.bukti[1] == "IKU1 Nilai Survei Kepuasan Masyarakat (SKM): tanpa formula."
    assert saran.saran(T, saran.Data(s))["1.b.2"].jawaban == "C"
    assert saran.saran(T, saran.Data(s))["2.a.2"].jawaban == "T"


def test_pk_targets_agree_with_the_renstra(bontang: OpdTahun, dinas_2023: OpdTahun) -> None:
    # Bontang Barat: SKM 87,00 vs 87,10 and Zona Integritas 63 vs 64,50 differ (2 of 4 agree).
    u = _ukur("pk-sesuai-renstra", bontang)
    assert u.persen == 50
    assert u.bukti[0] == "2 dari 4 target Perjanjian Kinerja sama dengan Renstra."
    assert len(u.bukti) == 3
    assert saran.saran(T, saran.Data(bontang))["1.b.5"].jawaban == "C"
    assert _ukur("pk-sesuai-renstra", dinas_2023).persen == 100


def test_targets_measured_each_quarter(bontang: OpdTahun, dinas_2023: OpdTahun) -> None:
    assert _ukur("target-triwulan", bontang).persen == 25
    u = _ukur("target-triwulan", dinas_2023)
    # 4 of 6: 66,67% lies above 40 and not above 75 -> C.
    assert u.persen is not None and u.persen.quantize(Decimal("0.01")) == Decimal("66.67")
    assert (
        u.bukti[-1]
        == "IKU6 Nilai Survei Kepuasan Masyarakat (SKM): triwulan I, II, III tidak lengkap."
    )
    assert saran.saran(T, saran.Data(dinas_2023))["1.c.3"].jawaban == "C"


def test_the_lkjip_signed_on_time(bontang: OpdTahun, dinas_2023: OpdTahun) -> None:
    assert _ukur("lkjip-tepat-waktu", bontang).bukti == (
        "LKjIP 2022 belum ditandatangani di sakip.",
    )
    assert _ukur("lkjip-tepat-waktu", bontang, date(2023, 3, 31)).persen == 100
    terlambat = _ukur("lkjip-tepat-waktu", bontang, date(2023, 4, 1))
    assert terlambat.persen == 0
    assert terlambat.bukti == ("LKjIP 2022 ditandatangani 1 April 2023 (batas 31 Maret 2023).",)
    assert _ukur("lkjip-ditandatangani", bontang, date(2023, 4, 1)).persen == 100
    # The Dinas's LKjIP 2023, unsigned, then signed on the last day of the first quarter.
    assert _ukur("lkjip-ditandatangani", dinas_2023).bukti == (
        "LKjIP 2023 belum ditandatangani di sakip.",
    )
    tepat = date(2024, 3, 31)
    assert saran.saran(T, saran.Data(dinas_2023, tepat))["3.a.6"].jawaban == "Y"
    assert saran.saran(T, saran.Data(dinas_2023, tepat))["3.a.3"].bukti == (
        "LKjIP 2023 ditandatangani 31 Maret 2024.",
    )
    assert saran.saran(T, saran.Data(dinas_2023, date(2023, 12, 31)))["3.a.6"].jawaban == "T"


def test_last_years_recommendations_followed_up(bontang: OpdTahun, dinas_2023: OpdTahun) -> None:
    # Bontang Barat: six recommendations of 2021, none Selesai; the Dinas: one of two.
    assert _ukur("rekomendasi-selesai", bontang).persen == 0
    u = _ukur("rekomendasi-selesai", dinas_2023)
    assert u.persen == 50
    assert u.bukti == ("1 dari 2 rekomendasi evaluasi tahun 2022 berstatus Selesai (50,00%).",)
    assert saran.saran(T, saran.Data(dinas_2023))["4.c.1"].jawaban == "C"
    assert _ukur("rekomendasi-selesai", replace(dinas_2023, rekomendasi=())).persen is None
    assert saran.saran(T, saran.Data(replace(dinas_2023, rekomendasi=())))["4.c.1"].jawaban is None


def test_the_lkjip_compares_with_the_renstra_end_target(
    bontang: OpdTahun, dinas_2023: OpdTahun
) -> None:
    # Bontang Barat's Tabel 14: Zona Integritas has no realisation in 2022, 3 of 4 -> 75 -> C.
    u = _ukur("banding-target-akhir", bontang)
    assert (u.persen, u.bukti) == (
        75,
        (
            "3 dari 4 IKU dibandingkan dengan target akhir Renstra (Tabel 14) di LKjIP 2022.",
            "IKU3 Nilai Zona Integritas: tanpa realisasi s.d. tahun 2022.",
        ),
    )
    assert saran.saran(T, saran.Data(bontang))["3.b.2"].jawaban == "C"
    # The Dinas: 5 of 6, 83,33% lies above 75 and not above 90 -> B.
    assert saran.saran(T, saran.Data(dinas_2023))["3.b.2"].jawaban == "B"
    r = bontang.renstra
    assert r is not None
    s0 = r.sasaran[0]
    tanpa = replace(s0, indikator=(replace(s0.indikator[0], target_akhir=None), *s0.indikator[1:]))
    u = _ukur("banding-target-akhir", replace(bontang, renstra=replace(r, sasaran=(tanpa,))))
    assert u.bukti[1:] == (
        "IKU1 Nilai Survei Kepuasan Masyarakat (SKM): tanpa target akhir Renstra.",
    )
    assert u.persen == 0


def test_the_lkjip_compares_with_the_year_before(bontang: OpdTahun, dinas_2023: OpdTahun) -> None:
    # Bontang Barat's Tabel 13: SKM and the ketentraman IKU have 2021 and 2022 (2 of 4 -> C).
    u = _ukur("banding-tahun-lalu", bontang)
    assert u.persen == 50
    assert u.bukti == (
        "2 dari 4 IKU dibandingkan dengan realisasi tahun 2021 (Tabel 13) di LKjIP 2022.",
        "IKU2 Persentase partisipasi kelompok kemasyarakatan dalam Program Stimulan RT: tanpa "
        "realisasi tahun 2021.",
        "IKU3 Nilai Zona Integritas: tanpa realisasi tahun 2022.",
    )
    assert saran.saran(T, saran.Data(bontang))["3.b.3"].jawaban == "C"
    u = _ukur("banding-tahun-lalu", dinas_2023)
    assert u.bukti[1:] == (
        "IKU5 Jumlah kunjungan kapal di pelabuhan pengumpan lokal: tanpa realisasi tahun 2023.",
    )
    assert saran.saran(T, saran.Data(dinas_2023))["3.b.3"].jawaban == "B"


def test_the_lkjip_compares_with_national_standards(
    bontang: OpdTahun, dinas_2023: OpdTahun
) -> None:
    # Bontang Barat: SKM and Zona Integritas have a national standard; only SKM is measured.
    u = _ukur("banding-standar-nasional", bontang)
    assert (u.persen, u.bukti[1:]) == (
        50,
        ("IKU3 Nilai Zona Integritas: tanpa realisasi tahun 2022.",),
    )
    assert saran.saran(T, saran.Data(bontang))["3.b.4"].jawaban == "C"
    # The Dinas: its one IKU with a standard (SKM) is measured -> A.
    assert _ukur("banding-standar-nasional", dinas_2023).bukti == (
        "1 dari 1 IKU yang memiliki standar nasional dibandingkan dengannya (Tabel 11 dan 13) "
        "di LKjIP 2023.",
    )
    assert saran.saran(T, saran.Data(dinas_2023))["3.b.4"].jawaban == "A"
    # Without a standard there is nothing to compare with: no suggestion.
    assert _ukur("banding-standar-nasional", replace(bontang, renstra=None)).persen is None
    assert saran.saran(T, saran.Data(replace(bontang, renstra=None)))["3.b.4"].jawaban is None
