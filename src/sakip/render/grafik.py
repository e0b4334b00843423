"""Charts of the document model drawn as PNG with matplotlib's Agg canvas.

Figures are made without pyplot and drawn on their own Agg canvas: no display, no global
backend switch, nothing fetched.
"""

from __future__ import annotations

import io
import textwrap
import threading
from decimal import Decimal
from functools import lru_cache

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from sakip.core import format as fmt
from sakip.core.dokumen.model import Grafik, JenisGrafik

LEBAR_CM = 16.0
"""Printed width of every chart; the text width of an A4 portrait page."""
WARNA = "#2f5597"
WARNA_DI_BAWAH = "#c55a11"
"""Bars below the reference line (a target not reached, an absorption too low)."""
FONT = ["Liberation Sans", "DejaVu Sans"]
_LOCK = threading.Lock()


@lru_cache(maxsize=64)
def png(g: Grafik, dpi: int = 150) -> bytes:
    """Return the chart as PNG bytes; the same chart is drawn once and then reused."""
    buf = io.BytesIO()
    # Fonts are looked up when the figure is drawn, so the drawing happens inside the context;
    # rc_context changes matplotlib's global settings, hence the lock around it.
    with _LOCK, matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": FONT}):
        fig = _gambar(g)
        FigureCanvasAgg(fig)  # attaches itself to the figure
        fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


def tinggi_cm(g: Grafik) -> float:
    """Return the printed height of a chart, growing with the number of horizontal bars."""
    if g.jenis is JenisGrafik.BATANG_MENDATAR:
        baris = sum(len(_bungkus(label).splitlines()) for label in g.label)
        legenda = 0.7 if g.nama_acuan else 0.0
        return round(1.6 + legenda + 0.42 * baris + 0.35 * len(g.label), 1)
    return 7.5


def _angka(v: Decimal | float, satuan: str) -> str:
    tempat = 2 if satuan == "%" else 0
    return fmt.angka(Decimal(str(v)), tempat) + ("%" if satuan == "%" else "")


def _sumbu(v: float, satuan: str) -> str:
    return fmt.angka(Decimal(str(v)), 0) + ("%" if satuan == "%" else "")


def _bungkus(label: str) -> str:
    return textwrap.fill(label, 42)


def _gambar(g: Grafik) -> Figure:
    inci = 1 / 2.54
    lebar, tinggi = LEBAR_CM * inci, tinggi_cm(g) * inci
    fig = Figure(figsize=(lebar, tinggi))
    ax = fig.add_subplot()
    nilai = [float(v) if v is not None else 0.0 for v in g.nilai]
    acuan = float(g.garis_acuan) if g.garis_acuan is not None else None
    warna = [
        WARNA_DI_BAWAH if acuan is not None and v is not None and float(v) < acuan else WARNA
        for v in g.nilai
    ]
    mendatar = g.jenis is JenisGrafik.BATANG_MENDATAR
    label = [_bungkus(x) for x in g.label] if mendatar else list(g.label)
    posisi = list(range(len(label)))
    if mendatar:
        bar = ax.barh(posisi, nilai, color=warna, height=0.6)
        ax.set_yticks(posisi, label, fontsize=7.5)
        ax.invert_yaxis()
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _sumbu(x, g.satuan)))
        if acuan is not None:
            ax.axvline(acuan, color="#404040", linestyle="--", linewidth=1, label=g.nama_acuan)
        puncak = max(nilai + [acuan or 0.0]) or 1.0
        ax.set_xlim(0, puncak * 1.18)
    else:
        bar = ax.bar(posisi, nilai, color=warna, width=0.6)
        ax.set_xticks(posisi, label, fontsize=8)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: _sumbu(x, g.satuan)))
        ax.set_ylim(0, (max(nilai) or 1.0) * 1.18)
        ax.set_ylabel(g.satuan, fontsize=8)
    teks = [_angka(v, g.satuan) if v is not None else "n/a" for v in g.nilai]
    ax.bar_label(bar, labels=teks, padding=3, fontsize=7.5)
    ax.tick_params(labelsize=7.5)
    for sisi in ("top", "right"):
        ax.spines[sisi].set_visible(False)
    bawah = 0.45
    if acuan is not None and g.nama_acuan:
        ax.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.3 / tinggi), fontsize=7.5, frameon=False
        )
        bawah += 0.25
    # Margins set by hand from the label lengths: a layout engine would draw every chart twice.
    kiri = 0.7
    if mendatar:
        kiri = 0.2 + 0.056 * max(len(b) for x in label for b in x.splitlines())
    fig.subplots_adjust(left=kiri / lebar, right=0.97, top=1 - 0.15 / tinggi, bottom=bawah / tinggi)
    return fig
