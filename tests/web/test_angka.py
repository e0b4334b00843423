"""Numbers typed the Indonesian way are read exactly; anything ambiguous is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.web.angka import baca, tulis


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
    assert baca(teks) == Decimal(nilai)


@pytest.mark.parametrize("teks", ["1,234,567", "1.23,4", "1.2.3", "abc", "12,3,4", ""])
def test_it_refuses_what_is_not_a_number(teks: str) -> None:
    with pytest.raises(ValueError):
        baca(teks)


def test_it_writes_values_without_needless_zeros() -> None:
    assert tulis(Decimal("87.1000")) == "87,1"
    assert tulis(Decimal("783211912.00"), 2) == "783.211.912,00"
    assert tulis(None) == ""
