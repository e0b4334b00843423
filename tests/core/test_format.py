from datetime import date
from decimal import Decimal

import pytest

from sakip.core.format import number, persen, rupiah, tanggal, terbilang

D = Decimal


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (D("1234567.891"), 2, "1.234.567,89"),
        (D("139.735"), 2, "139,74"),  # half-up
        (D("86.28"), 2, "86,28"),
        (D("-0.7248878"), 2, "-0,72"),
        (D("22"), 0, "22"),
        (D("3.14159"), 3, "3,142"),
        (D("-0.001"), 2, "0,00"),
        (None, 2, "n/a"),
    ],
)
def test_it_writes_numbers_the_indonesian_way(
    value: Decimal | None, places: int, shown: str
) -> None:
    assert number(value, places) == shown


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (D("30177653595"), 2, "Rp 30.177.653.595,00"),  # the reference report's pagu
        (D("29109889488.00"), 2, "Rp 29.109.889.488,00"),
        (D("1067764107"), 0, "Rp 1.067.764.107"),
        (D("0.005"), 2, "Rp 0,01"),
        (None, 2, "n/a"),
    ],
)
def test_it_writes_rupiah(value: Decimal | None, places: int, shown: str) -> None:
    assert rupiah(value, places) == shown


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (D("86.28") / D("87") * 100, 2, "99,17%"),
        (D("95.66927407"), 2, "95,67%"),
        (D("100"), 0, "100%"),
        (None, 2, "n/a"),
    ],
)
def test_it_writes_percentages(value: Decimal | None, places: int, shown: str) -> None:
    assert persen(value, places) == shown


@pytest.mark.parametrize(
    ("d", "shown"),
    [
        (date(2023, 2, 24), "24 Februari 2023"),
        (date(2022, 7, 28), "28 Juli 2022"),  # the Inspektur's letter in the reference report
        (date(2022, 12, 31), "31 Desember 2022"),
    ],
)
def test_it_writes_dates_the_indonesian_way(d: date, shown: str) -> None:
    assert tanggal(d) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (
            D("29109889488"),
            "dua puluh sembilan miliar seratus sembilan juta delapan ratus delapan puluh "
            "sembilan ribu empat ratus delapan puluh delapan rupiah",
        ),
        (D("1500.75"), "seribu lima ratus rupiah"),  # sen are not spelled out
    ],
)
def test_it_spells_out_rupiah(value: Decimal, shown: str) -> None:
    assert terbilang(value) == shown


def test_it_spells_out_the_reference_total_realisasi() -> None:
    assert terbilang(D("29109889488.00")).startswith("dua puluh sembilan miliar")
