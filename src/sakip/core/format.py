"""Indonesian display of numbers, money, percentages and dates, through Babel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from num2words import num2words  # type: ignore[import-untyped]

from sakip.core.numbers import round_half_up

LOCALE = "id"
TIDAK_TERSEDIA = "n/a"


def angka(value: Decimal | None, places: int = 2) -> str:
    """Return the number rounded half-up and written the Indonesian way (1.234.567,89)."""
    if value is None:
        return TIDAK_TERSEDIA
    return format_decimal(round_half_up(value, places), format=_pola(places), locale=LOCALE)


def rupiah(value: Decimal | None, places: int = 2) -> str:
    """Return the amount in rupiah (Rp 30.177.653.595,00)."""
    if value is None:
        return TIDAK_TERSEDIA
    # CLDR writes IDR without decimals and without a space; reports show both.
    return format_currency(
        round_half_up(value, places),
        "IDR",
        format="¤ " + _pola(places),
        locale=LOCALE,
        currency_digits=False,
    )


def persen(value: Decimal | None, places: int = 2) -> str:
    """Return a value already in percent with the percent sign (99,17%)."""
    if value is None:
        return TIDAK_TERSEDIA
    return angka(value, places) + "%"


def tanggal(d: date) -> str:
    """Return the date as written in Indonesian documents (24 Februari 2023)."""
    return format_date(d, format="d MMMM y", locale=LOCALE)


def terbilang(value: Decimal) -> str:
    """Return the whole-rupiah part of an amount in words, ending in "rupiah"."""
    kata: str = num2words(int(value), lang=LOCALE)
    return f"{kata} rupiah"


def _pola(places: int) -> str:
    """Return the Babel number pattern with grouping and `places` decimals."""
    return "#,##0" + ("." + "0" * places if places > 0 else "")
