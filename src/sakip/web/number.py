"""Numbers the Indonesian way in forms: 1.234.567,89 is read and written."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from django import forms
from django.core.exceptions import ValidationError

from sakip.core.format import number
from sakip.spreadsheet import nilai as nv

_TIDAK_TERSEDIA = {"n/a", "na", "-", "tidak tersedia"}


def read(teks: str) -> Decimal:
    """Return the number a person typed: 1.234.567,89 (Indonesian), 1234567,89 or 87.5.

    The one reader of numbers (`sakip.spreadsheet.nilai.number`) with the form's setting: a dot
    followed by exactly three digits groups thousands (1.234 is one thousand two hundred
    thirty-four); any other single dot, with no comma, is taken as a decimal point.
    """
    try:
        return nv.number(teks, nv.NumberFormat.ISIAN)
    except nv.NilaiSalah:
        raise ValueError(teks) from None


def write(nilai: Decimal | None, places: int | None = None) -> str:
    """Return a value for an input box: Indonesian separators, without needless zeros."""
    if nilai is None:
        return ""
    return _write(nilai, places)


@lru_cache(maxsize=8192)
def _write(nilai: Decimal, places: int | None) -> str:
    # Forms show the same few values again and again; Babel's formatting is not cheap.
    if places is None:
        normal = nilai.normalize()
        exponent = normal.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    return number(nilai, places)


class NumberTextInput(forms.TextInput):
    """A text box for a number, right-aligned, with the numeric keyboard on phones."""

    def __init__(self, places: int | None = None, attrs: dict[str, str] | None = None) -> None:
        base = {"inputmode": "decimal", "class": "angka", "autocomplete": "off"}
        super().__init__({**base, **(attrs or {})})
        self.places = places

    def format_value(self, value: object) -> str | None:
        if isinstance(value, Decimal):
            return write(value, self.places)
        return super().format_value(value)


class NumberField(forms.Field):
    """A Decimal typed the Indonesian way; optionally "n/a" for a value stated not available."""

    default_error_messages = {
        "invalid": "Tulis angka dalam format Indonesia, misalnya 1.234.567,89.",
        "max_places": "Paling banyak %(places)s angka di belakang koma.",
        "min_value": "Nilai tidak boleh kurang dari %(limit)s.",
        "max_value": "Nilai tidak boleh lebih dari %(limit)s.",
        "na": "Isian ini tidak menerima n/a.",
    }

    def __init__(
        self,
        *,
        places: int = 4,
        min_value: Decimal | None = None,
        max_value: Decimal | None = None,
        na_allowed: bool = False,
        shown_places: int | None = None,
        **kwargs: object,
    ) -> None:
        self.places = places
        self.min_value = min_value
        self.max_value = max_value
        self.na_allowed = na_allowed
        kwargs.setdefault("widget", NumberTextInput(shown_places))
        super().__init__(**kwargs)  # type: ignore[arg-type]

    def to_python(self, value: object) -> Decimal | str | None:
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        teks = str(value).strip()
        if teks.lower() in _TIDAK_TERSEDIA:
            if not self.na_allowed:
                raise ValidationError(self.error_messages["na"], code="na")
            return "n/a"
        try:
            nilai = read(teks)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        exponent = nilai.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > self.places:
            raise ValidationError(
                self.error_messages["max_places"], code="max_places", params={"places": self.places}
            )
        if self.min_value is not None and nilai < self.min_value:
            raise ValidationError(
                self.error_messages["min_value"],
                code="min_value",
                params={"limit": write(self.min_value)},
            )
        if self.max_value is not None and nilai > self.max_value:
            raise ValidationError(
                self.error_messages["max_value"],
                code="max_value",
                params={"limit": write(self.max_value)},
            )
        return nilai
