"""The cascade's blocks on shared pages: positions' capaian on the dashboard, tasks on Tugas."""

from __future__ import annotations

from typing import Any

from django import template

from sakip.kinerja import models as m

from .. import halaman as h

register = template.Library()


@register.inclusion_tag("kaskade/_dasbor.html")
def capaian_jabatan(opd: m.PerangkatDaerah, tahun: int) -> dict[str, Any]:
    """Show each position's capaian of the year, missing data as missing."""
    kas, skala = h.kaskade_opd(opd, tahun)
    return {"opd": opd, "tahun": tahun, "baris": h.baris_pohon(kas) if kas else [], "skala": skala}


@register.inclusion_tag("kaskade/_tugas.html")
def tugas_jabatan(user: Any) -> dict[str, Any]:
    """Show the months waiting for the user's entry or verification."""
    return {"tugas": h.menunggu(user)}
