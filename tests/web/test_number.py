"""Numbers typed the Indonesian way are read exactly; anything ambiguous is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.web.number import read, write


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("1.234.567,89", "1234567.89"),
        ("1234567,89", "1234567.89"),
        ("Rp 30.177.653.595,00", "30177653595.00"),
        ("1.234", "1234"),
        ("87,1", "87.1"),
        ("87.1", "87.1"),
        ("0,5", "0.5"),
        ("-5", "-5"),
    ],
)
def test_it_reads_indonesian_numbers(teks: str, nilai: str) -> None:
    assert read(teks) == Decimal(nilai)


@pytest.mark.parametrize("teks", ["1.23,4", "1.2.3", "abc", "12,3,4", "1.2345,6", ""])
def test_it_refuses_what_is_not_a_number(teks: str) -> None:
    with pytest.raises(ValueError):
        read(teks)


@pytest.mark.parametrize(
    ("teks", "form", "berkas"),
    [("1.500", "1500", None), ("1,500", "1.5", None), ("1.234.567", "1234567", "1234567")],
)
def test_the_form_and_the_file_read_with_one_reader_that_differs_only_on_a_lone_group(
    teks: str, form: str, berkas: str | None
) -> None:
    from sakip.spreadsheet import nilai as nv

    assert read(teks) == Decimal(form)
    if berkas is None:
        with pytest.raises(nv.NilaiSalah):
            nv.number(teks)
    else:
        assert nv.number(teks) == Decimal(berkas)


def test_a_number_written_with_commas_for_thousands_is_read_as_such() -> None:
    assert read("1,234,567") == Decimal("1234567")


def test_it_writes_values_without_needless_zeros() -> None:
    assert write(Decimal("87.1000")) == "87,1"
    assert write(Decimal("783211912.00"), 2) == "783.211.912,00"
    assert write(None) == ""
