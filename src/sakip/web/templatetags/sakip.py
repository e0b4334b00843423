"""Indonesian display of numbers and dates in templates, through sakip.core.format."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from html import escape
from typing import Any

from django import forms, template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from sakip.core import format as fmt
from sakip.core.periode import Periode
from sakip.core.scales import Band, Scale

from ..number import write

register = template.Library()


@register.filter(name="angka")
def number(value: Decimal | None, places: int = 2) -> str:
    return fmt.number(value, places)


@register.filter
def nilai(value: Decimal | None) -> str:
    """An indicator value as entered (87,1), n/a when missing."""
    return fmt.TIDAK_TERSEDIA if value is None else write(value)


@register.filter
def rupiah(value: Decimal | None) -> str:
    return fmt.rupiah(value)


@register.filter
def persen(value: Decimal | None) -> str:
    return fmt.persen(value)


@register.filter
def periode(key: str) -> str:
    """A realisation period as a person names it: "Setahun", "Triwulan 2", "Mar"."""
    return Periode.parse(key).label


@register.filter
def tanggal(value: datetime.date | datetime.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        lokal = timezone.localtime(value)
        return f"{fmt.tanggal(lokal.date())} {lokal:%H.%M}"
    return fmt.tanggal(value)


@register.filter
def nilai_isian(bf: forms.BoundField) -> str:
    """A form field's value as a person reads it: a date in Indonesian, a choice by its label."""
    nilai = bf.value()
    if isinstance(nilai, datetime.date):
        return tanggal(nilai)
    kunci = "" if nilai is None else nilai
    pilihan = dict(getattr(bf.field, "choices", ()))
    if kunci in pilihan:
        return str(pilihan[kunci])
    return "—" if kunci == "" else str(nilai)


@register.filter
def kriteria(value: Decimal | None, skala: Scale) -> Band | None:
    return skala.classify(value)


@register.filter
def ambil(mapping: dict[Any, Any], key: Any) -> Any:
    return mapping.get(key)


@register.filter
def romawi(value: int) -> str:
    return {1: "I", 2: "II", 3: "III", 4: "IV"}.get(value, str(value))


@register.filter
def field(form: Any, name: str) -> Any:
    return form[name]


def _attr(attrs: dict[str, Any]) -> str:
    return "".join(
        f" {k}" if v is True else f' {k}="{escape(str(v))}"'
        for k, v in attrs.items()
        if v is not False and v is not None
    )


@register.simple_tag
def isian(form: Any, name: str, sembunyi: bool = False) -> SafeString:
    """Render one box of a large form: label, input, its value at opening, errors next to it.

    Written out here rather than through Django's widget templates: the entry form holds
    dozens of boxes and template-rendered widgets cost most of the page's time.
    """
    bf = form[name]
    field = bf.field
    widget = field.widget
    nilai = bf.value()
    teks = "" if nilai is None else str(widget.format_value(nilai) or "")
    attrs = {**widget.attrs, "name": bf.html_name, "id": bf.auto_id, "disabled": field.disabled}
    if bf.errors:
        attrs["aria-invalid"] = "true"
        attrs["aria-describedby"] = f"{bf.auto_id}-galat"
    if isinstance(widget, forms.Textarea):
        kontrol = f"<textarea{_attr(attrs)}>\n{escape(teks)}</textarea>"
    else:
        kontrol = f'<input type="text"{_attr(attrs)} value="{escape(teks)}">'
    awal = ""
    if field.show_hidden_initial and not field.disabled:
        semula = form.get_initial_for_field(field, name)
        semula = "" if semula is None else str(widget.format_value(semula) or "")
        awal = f'<input type="hidden" name="{bf.html_initial_name}" value="{escape(semula)}">'
    error = "".join(
        f'<span class="galat-isian" id="{bf.auto_id}-galat">{escape(str(e))}</span>'
        for e in bf.errors
    )
    konteks = getattr(field, "konteks", "")
    tambahan = f' <span class="sr">({escape(konteks)})</span>' if konteks else ""
    kelas = "isian salah" if bf.errors else "isian"
    label_kelas = ' class="sr"' if sembunyi else ""
    return mark_safe(  # noqa: S308 - every value above is escaped
        f'<div class="{kelas}"><label for="{bf.auto_id}"{label_kelas}>{escape(str(field.label))}'
        f"{tambahan}</label>{kontrol}{awal}{error}</div>"
    )


_NUMBER_JSON = re.compile(r"^-?\d+(\.\d+)?$")
_KOLOM_NILAI = {"nilai", "pagu", "persen", "target", "realisasi", "baseline_nilai", "target_akhir"}


@register.filter
def nilai_riwayat(value: object, kolom: str = "") -> str:
    """A stored value of the history as a person reads it: amounts the Indonesian way."""
    if value is None or value == "":
        return "–"
    number = isinstance(value, str) and _NUMBER_JSON.match(value)
    if number and ("." in str(value) or kolom in _KOLOM_NILAI):
        return write(Decimal(str(value)))
    return str(value)
