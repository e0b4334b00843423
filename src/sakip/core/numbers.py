"""Exact decimal arithmetic shared by every rule: conversion, the display rounding, percentages."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import overload

_SERATUS = Decimal(100)


@overload
def to_decimal(value: None) -> None: ...
@overload
def to_decimal(value: int | str | float | Decimal) -> Decimal: ...
@overload
def to_decimal(value: object) -> Decimal | None: ...
def to_decimal(value: object) -> Decimal | None:
    """Return the value as an exact Decimal, or None when it is None."""
    if value is None:
        return None
    # bool is an int subclass, but True is not a number anyone meant to enter.
    if isinstance(value, bool) or not isinstance(value, int | str | float | Decimal):
        raise ValueError(f"Nilai {value!r} bukan angka.")
    try:
        # A float goes through its shortest repr, so 86.28 becomes Decimal("86.28"), not its binary.
        result = Decimal(str(value).strip()) if isinstance(value, str | float) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"Nilai {value!r} bukan angka.") from None
    if not result.is_finite():
        raise ValueError(f"Nilai {value!r} bukan angka yang terhingga.")
    return result


@overload
def round_half_up(value: Decimal, places: int = 2) -> Decimal: ...
@overload
def round_half_up(value: None, places: int = 2) -> None: ...
def round_half_up(value: Decimal | None, places: int = 2) -> Decimal | None:
    """Round a figure for display, half away from zero (139.735 -> 139.74)."""
    if value is None:
        return None
    result = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    # -0.001 rounds to -0.00; a figure shown as "-0,00" would read as a loss that is not there.
    return abs(result) if result.is_zero() else result


def percent(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """Return part / whole × 100, unrounded; None when either is missing or whole is 0."""
    if part is None or whole is None or whole == 0:
        return None
    return part / whole * _SERATUS


def sum_or_none(values: Iterable[Decimal | None]) -> Decimal | None:
    """Return the sum of the known values, or None when none is known."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    return sum(known, Decimal(0))
