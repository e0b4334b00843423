from decimal import Decimal

import pytest

from sakip.core.capaian import agregasi, akumulasi, capaian, perubahan_persen, perubahan_poin
from sakip.core.model import Agregasi, Polaritas
from sakip.core.numbers import round_half_up

D = Decimal


@pytest.mark.parametrize(
    ("target", "realisasi", "polaritas", "shown"),
    [
        # Reference report, Tabel 11: Nilai SKM target 87,00 realisasi 86,28 -> 99,17%.
        (D("87"), D("86.28"), Polaritas.NAIK, D("99.17")),
        # Tabel 14: realisasi s.d. 2022 86,28 against the Renstra end target 87,40 -> 98,72.
        (D("86.28"), D("87.40"), Polaritas.NAIK, D("101.30")),
        (D("87.40"), D("86.28"), Polaritas.NAIK, D("98.72")),
        (D("100"), D("100"), Polaritas.NAIK, D("100.00")),
        # Above 100 is reported as computed, never capped.
        (D("100"), D("110"), Polaritas.NAIK, D("110.00")),
        # Lower is better: (2T − R) / T × 100.
        (D("10"), D("8"), Polaritas.TURUN, D("120.00")),
        (D("10"), D("12"), Polaritas.TURUN, D("80.00")),
        (D("10"), D("25"), Polaritas.TURUN, D("-50.00")),
    ],
)
def test_it_computes_capaian(
    target: Decimal, realisasi: Decimal, polaritas: Polaritas, shown: Decimal
) -> None:
    assert round_half_up(capaian(target, realisasi, polaritas)) == shown


def test_it_keeps_capaian_exact_until_shown() -> None:
    result = capaian(D("87"), D("86.28"), Polaritas.NAIK)
    assert result == D("86.28") / D("87") * 100
    assert str(result).startswith("99.172413")


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [(D("0"), D("5")), (None, D("5")), (D("63"), None), (D("0"), None)],
)
@pytest.mark.parametrize("polaritas", list(Polaritas))
def test_it_has_no_capaian_without_target_or_realisasi(
    target: Decimal | None, realisasi: Decimal | None, polaritas: Polaritas
) -> None:
    assert capaian(target, realisasi, polaritas) is None


Q = {1: D("100"), 2: D("90"), 3: None, 4: D("80")}


@pytest.mark.parametrize(
    ("nilai", "metode", "sampai", "expected"),
    [
        # A count with quarter 3 stated n/a has no year value, never the partial sum 270.
        (Q, Agregasi.JUMLAH, 4, None),
        (Q, Agregasi.JUMLAH, 2, D("190")),
        # Quarters 3 and 4 not entered: no year value either.
        ({1: D("10"), 2: D("20")}, Agregasi.JUMLAH, 4, None),
        ({1: D("10"), 2: D("20"), 3: D("5"), 4: D("0")}, Agregasi.JUMLAH, 4, D("35")),
        (Q, Agregasi.TERAKHIR, 4, D("80")),
        # Quarter 3 has no value: the latest known one up to it is quarter 2's.
        (Q, Agregasi.TERAKHIR, 3, D("90")),
        (Q, Agregasi.RATA_RATA, 4, D("90")),
        (Q, Agregasi.RATA_RATA, 3, D("95")),
        # Tabel 12: the SKM is measured only in quarter IV.
        ({4: D("86.28")}, Agregasi.TERAKHIR, 4, D("86.28")),
        ({4: D("86.28")}, Agregasi.TERAKHIR, 3, None),
        ({1: None, 2: None}, Agregasi.JUMLAH, 4, None),
        ({}, Agregasi.RATA_RATA, 4, None),
    ],
)
def test_it_aggregates_quarters_by_method(
    nilai: dict[int, Decimal | None], metode: Agregasi, sampai: int, expected: Decimal | None
) -> None:
    assert agregasi(nilai, metode, sampai) == expected


def test_it_aggregates_all_four_quarters_by_default() -> None:
    assert agregasi(Q, Agregasi.TERAKHIR) == D("80")


@pytest.mark.parametrize(
    ("nilai", "sampai"),
    [({5: D("1")}, 4), ({0: D("1")}, 4), ({1: D("1")}, 5), ({1: D("1")}, 0)],
)
def test_it_rejects_a_quarter_outside_1_to_4(nilai: dict[int, Decimal | None], sampai: int) -> None:
    with pytest.raises(ValueError, match="Triwulan"):
        agregasi(nilai, Agregasi.JUMLAH, sampai)


SKM = {2020: D("84.56"), 2021: D("86.91"), 2022: D("86.28"), 2023: D("88")}


@pytest.mark.parametrize(
    ("nilai", "metode", "sampai", "expected"),
    [
        # Tabel 14: an index score to date is its latest value, 86,28 in 2022.
        (SKM, Agregasi.TERAKHIR, 2022, D("86.28")),
        (SKM, Agregasi.TERAKHIR, 2023, D("88")),
        (SKM, Agregasi.RATA_RATA, 2021, D("85.735")),
        ({2021: D("12"), 2022: D("30"), 2023: D("7")}, Agregasi.JUMLAH, 2022, D("42")),
        ({2021: None, 2022: D("30")}, Agregasi.JUMLAH, 2022, None),
        ({2021: D("12"), 2022: D("30"), 2023: None}, Agregasi.JUMLAH, 2022, D("42")),
        (SKM, Agregasi.TERAKHIR, 2019, None),
    ],
)
def test_it_accumulates_years_to_date(
    nilai: dict[int, Decimal | None], metode: Agregasi, sampai: int, expected: Decimal | None
) -> None:
    assert akumulasi(nilai, metode, sampai) == expected


@pytest.mark.parametrize(
    ("sekarang", "sebelumnya", "persen_shown", "poin"),
    [
        # Tabel 13, SKM 2022 vs 2021. The report prints −1,73%, which is wrong: −0,63 / 86,91.
        (D("86.28"), D("86.91"), D("-0.72"), D("-0.63")),
        (D("100"), D("100"), D("0.00"), D("0")),
        (D("86.91"), D("84.56"), D("2.78"), D("2.35")),
    ],
)
def test_it_computes_the_change_against_last_year(
    sekarang: Decimal, sebelumnya: Decimal, persen_shown: Decimal, poin: Decimal
) -> None:
    assert round_half_up(perubahan_persen(sekarang, sebelumnya)) == persen_shown
    assert perubahan_poin(sekarang, sebelumnya) == poin


def test_it_keeps_the_change_exact() -> None:
    result = perubahan_persen(D("86.28"), D("86.91"))
    assert result == D("-0.63") / D("86.91") * 100
    assert round_half_up(result, 4) == D("-0.7249")


@pytest.mark.parametrize(
    ("sekarang", "sebelumnya"),
    # Tabel 13 row 2 prints 100% against an n/a year; it is not available.
    [(D("100"), None), (None, D("62.43")), (None, None)],
)
def test_it_has_no_change_when_a_year_is_missing(
    sekarang: Decimal | None, sebelumnya: Decimal | None
) -> None:
    assert perubahan_persen(sekarang, sebelumnya) is None
    assert perubahan_poin(sekarang, sebelumnya) is None


def test_it_has_no_percent_change_from_zero() -> None:
    assert perubahan_persen(D("5"), D("0")) is None
    assert perubahan_poin(D("5"), D("0")) == D("5")
