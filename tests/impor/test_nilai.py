"""Amounts and other cell values read the way an Indonesian office writes them."""

import datetime
from decimal import Decimal

import pytest

from sakip.spreadsheet import nilai as nv


@pytest.mark.parametrize(
    ("teks", "number"),
    [
        ("1.234.567,89", "1234567.89"),
        ("1234567.89", "1234567.89"),
        ("1,234,567.89", "1234567.89"),
        ("Rp 10.559.602.048,00", "10559602048.00"),
        ("Rp. 1.500.000", "1500000"),
        ("(1.000,00)", "-1000.00"),
        ("-5", "-5"),
        ("12,5", "12.5"),
        ("1.234.567", "1234567"),
        ("\u00a01 500 000,25", "1500000.25"),
    ],
)
def test_it_reads_amounts_written_either_way(teks: str, number: str) -> None:
    assert nv.number(teks) == Decimal(number)


def test_number_cells_are_exact_to_the_15_digits_a_spreadsheet_keeps() -> None:
    assert nv.number(0.1 + 0.2) == Decimal("0.3")
    assert nv.number(10559602048.0) == Decimal("10559602048")
    assert nv.number(7) == Decimal(7)


@pytest.mark.parametrize("teks", ["1.500", "2,750"])
def test_it_refuses_to_guess_a_single_group_of_three(teks: str) -> None:
    with pytest.raises(nv.NilaiSalah) as exc:
        nv.number(teks)
    assert exc.value.pesan.kode == "angka-ambigu"
    assert nv.number(teks, nv.NumberFormat.INDONESIA) == Decimal(
        teks.replace(".", "").replace(",", ".")
    )


@pytest.mark.parametrize(
    "nilai", ["empat puluh", "1e5", "12.34.5", "", True, datetime.date(2022, 1, 1)]
)
def test_it_refuses_what_is_not_an_amount(nilai: object) -> None:
    with pytest.raises(nv.NilaiSalah):
        nv.number(nilai)


def test_money_has_at_most_two_decimals_and_fits_the_column() -> None:
    assert nv.batasi(Decimal("1.5"), 2, 20) == Decimal("1.50")
    with pytest.raises(nv.NilaiSalah, match="terlalu-banyak-desimal"):
        nv.batasi(Decimal("1.005"), 2, 20)
    with pytest.raises(nv.NilaiSalah, match="angka-terlalu-besar"):
        nv.batasi(Decimal("1e19"), 2, 20)


def test_codes_typed_as_numbers_are_refused_when_digits_may_be_lost() -> None:
    assert nv.kode(2) == "2"
    assert nv.kode(" M1.T1 ") == "M1.T1"
    with pytest.raises(nv.NilaiSalah, match="kode-berupa-angka"):
        nv.kode(7.01)
    with pytest.raises(nv.NilaiSalah, match="kode-berupa-angka"):
        nv.kode(197402192001121004)


def test_dates_and_years() -> None:
    assert nv.tanggal("14/02/2022") == datetime.date(2022, 2, 14)
    assert nv.tanggal("2022-02-14") == datetime.date(2022, 2, 14)
    assert nv.tanggal(datetime.datetime(2022, 2, 14, 8)) == datetime.date(2022, 2, 14)
    assert nv.tahun("2022") == 2022
    with pytest.raises(nv.NilaiSalah, match="bukan-tahun"):
        nv.tahun(22)


def test_texts_refuse_control_characters() -> None:
    with pytest.raises(nv.NilaiSalah, match="karakter-tidak-sah"):
        nv.teks("abc\x00")
