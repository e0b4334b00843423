"""Small inline SVG charts drawn on the server: no chart library, no script."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from sakip.core.format import number
from sakip.core.ringkasan import TitikTriwulan

_ROMAWI = ["I", "II", "III", "IV"]


def tren_triwulan(titik: Sequence[TitikTriwulan], judul: str) -> SafeString:
    """Return bars of target (outlined) and realisation (filled) for the four quarters."""
    lebar, tinggi, bawah = 220, 90, 72
    nilai = [v for t in titik for v in (t.target, t.realisasi) if v is not None]
    puncak = max(nilai, default=Decimal(1)) or Decimal(1)
    bagian = [
        f'<svg class="grafik" viewBox="0 0 {lebar} {tinggi}" role="img" '
        f'aria-label="{escape(judul)}"><title>{escape(judul)}</title>',
        f'<line x1="0" y1="{bawah}" x2="{lebar}" y2="{bawah}" class="sumbu"/>',
    ]
    for i, t in enumerate(titik):
        x = 10 + i * 52
        for j, (v, kelas, nama) in enumerate(
            ((t.target, "target", "target"), (t.realisasi, "realisasi", "realisasi"))
        ):
            if v is None:
                continue
            h = float(v / puncak) * (bawah - 8)
            bagian.append(
                f'<rect x="{x + j * 19}" y="{bawah - h:.1f}" width="17" height="{h:.1f}" '
                f'class="{kelas}"><title>TW {_ROMAWI[i]} {nama}: {number(v)}</title></rect>'
            )
        if not t.diisi:
            bagian.append(f'<text x="{x + 19}" y="{bawah - 4}" class="kosong">–</text>')
        bagian.append(f'<text x="{x + 18}" y="{tinggi - 4}" class="label">{_ROMAWI[i]}</text>')
    bagian.append("</svg>")
    return mark_safe("".join(bagian))  # noqa: S308 - every value above is escaped or numeric


def garis_bulanan(per_bulan: Sequence[Decimal | None], judul: str) -> SafeString:
    """Return the cumulative absorption % by month as a line over a 0–100 scale."""
    lebar, tinggi = 240, 70
    titik = [
        (8 + (b - 1) * 20, tinggi - 10 - float(min(v, Decimal(110))) / 110 * (tinggi - 18), v, b)
        for b, v in enumerate(per_bulan, 1)
        if v is not None
    ]
    bagian = [
        f'<svg class="grafik" viewBox="0 0 {lebar} {tinggi}" role="img" '
        f'aria-label="{escape(judul)}"><title>{escape(judul)}</title>',
        f'<line x1="8" y1="{tinggi - 10}" x2="{lebar - 8}" y2="{tinggi - 10}" class="sumbu"/>',
        f'<line x1="8" y1="{tinggi - 10}" x2="{8 + 11 * 20}" '
        f'y2="{tinggi - 10 - 100 / 110 * (tinggi - 18):.1f}" class="laju"/>',
    ]
    if len(titik) > 1:
        jalur = " ".join(f"{x},{y:.1f}" for x, y, _, _ in titik)
        bagian.append(f'<polyline points="{jalur}" class="serapan"/>')
    for x, y, v, b in titik:
        bagian.append(
            f'<circle cx="{x}" cy="{y:.1f}" r="3" class="serapan">'
            f"<title>Bulan {b}: {number(v)}%</title></circle>"
        )
    bagian.append("</svg>")
    return mark_safe("".join(bagian))  # noqa: S308
