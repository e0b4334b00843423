"""Indonesian display of numbers, money, percentages and dates, through Babel."""

from __future__ import annotations

import importlib.util
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from sakip.core.numbers import round_half_up

LOCALE = "id"
TIDAK_TERSEDIA = "n/a"


def number(value: Decimal | None, places: int = 2) -> str:
    """Return the number rounded half-up and written the Indonesian way (1.234.567,89)."""
    if value is None:
        return TIDAK_TERSEDIA
    # A report writes the same few hundred numbers several times (column widths, cells, text)
    # and Babel takes a tenth of a millisecond for each. Equal values give the same text (the
    # rounding writes -0 as 0), so they may share an entry.
    return _number(value, places)


@lru_cache(maxsize=8192)
def _number(value: Decimal, places: int) -> str:
    """Return `number`'s text of a value."""
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
    return number(value, places) + "%"


def tanggal(d: date) -> str:
    """Return the date as written in Indonesian documents (24 Februari 2023)."""
    return format_date(d, format="d MMMM y", locale=LOCALE)


def terbilang(value: Decimal) -> str:
    """Return the whole-rupiah part of an amount in words, ending in "rupiah"."""
    kata: str = _pembilang().to_cardinal(int(value))
    return f"{kata} rupiah"


@cache
def _pembilang() -> Any:
    """Return num2words' Indonesian converter, loaded on its own.

    Importing the num2words package loads all of its languages (a tenth of a second on every
    command); its Indonesian module imports nothing else, so it is loaded from its file alone.
    """
    paket = importlib.util.find_spec("num2words")
    assert paket is not None and paket.submodule_search_locations is not None
    berkas = Path(next(iter(paket.submodule_search_locations))) / "lang_ID.py"
    spec = importlib.util.spec_from_file_location("sakip._num2words_id", berkas)
    assert spec is not None and spec.loader is not None
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul.Num2Word_ID()


def _pola(places: int) -> str:
    """Return the Babel number pattern with grouping and `places` decimals."""
    return "#,##0" + ("." + "0" * places if places > 0 else "")
