from decimal import Decimal

import pytest

from sakip.core.numbers import percent, round_half_up, sum_or_none, to_decimal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (87, Decimal("87")),
        ("86.28", Decimal("86.28")),
        (" 86.28 ", Decimal("86.28")),
        (Decimal("30177653595.00"), Decimal("30177653595.00")),
        # Through str(): the float's shortest form, not 86.280000000000001136868...
        (86.28, Decimal("86.28")),
    ],
)
def test_it_converts_to_an_exact_decimal(value: object, expected: Decimal | None) -> None:
    result = to_decimal(value)
    assert result == expected
    if expected is not None:
        assert str(result) == str(expected)


@pytest.mark.parametrize("value", ["1.234,56", "abc", "", True, [1], float("nan"), "Infinity"])
def test_it_rejects_what_is_not_a_finite_number(value: object) -> None:
    with pytest.raises(ValueError, match="bukan angka"):
        to_decimal(value)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Decimal("139.735"), 2, Decimal("139.74")),  # docs/rules.md#capaian: half-up, not half-even
        (Decimal("139.725"), 2, Decimal("139.73")),
        (Decimal("99.17241379"), 2, Decimal("99.17")),
        (Decimal("-0.72489932"), 2, Decimal("-0.72")),
        (Decimal("-139.735"), 2, Decimal("-139.74")),
        (Decimal("95.665"), 1, Decimal("95.7")),
        (Decimal("2.5"), 0, Decimal("3")),
        (None, 2, None),
    ],
)
def test_it_rounds_half_up(value: Decimal | None, places: int, expected: Decimal | None) -> None:
    result = round_half_up(value, places)
    assert result == expected
    if expected is not None:
        assert str(result) == str(expected)


def test_it_does_not_show_a_negative_zero() -> None:
    assert str(round_half_up(Decimal("-0.001"))) == "0.00"


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (Decimal("1709530702"), Decimal("1786917188"), Decimal("95.66927407")),
        (Decimal("50"), Decimal("200"), Decimal("25")),
        (Decimal("5"), Decimal("0"), None),
        (None, Decimal("10"), None),
        (Decimal("5"), None, None),
    ],
)
def test_it_computes_a_percentage(
    part: Decimal | None, whole: Decimal | None, expected: Decimal | None
) -> None:
    result = percent(part, whole)
    if expected is None:
        assert result is None
    else:
        assert result is not None
        assert round_half_up(result, 8) == expected


def test_it_keeps_a_percentage_unrounded() -> None:
    assert percent(Decimal(1), Decimal(3)) == Decimal(100) / Decimal(3)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([Decimal("1.5"), None, Decimal("2")], Decimal("3.5")),
        ([None, None], None),
        ([], None),
        ([Decimal("0")], Decimal("0")),
    ],
)
def test_it_sums_the_known_values(values: list[Decimal | None], expected: Decimal | None) -> None:
    assert sum_or_none(values) == expected
    assert (sum_or_none(values) is None) == (expected is None)
