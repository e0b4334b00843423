"""Charts of the document model, drawn without a chart library.

A chart is laid out once as shapes (boxes, lines, lines of text, in points) and written from
them as SVG, for HTML and PDF, or as PNG, for DOCX. Labels are wrapped to the room they have,
measured with the same glyph widths as the tables (`tata_letak.em`), so nothing is clipped;
the chart's height follows its labels. A PNG is kept on disk under a name made from the
chart's data, so each chart is rasterised once per version of its data.
"""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from html import escape

from sakip.core import format as fmt
from sakip.core.dokumen.model import Grafik, JenisGrafik
from sakip.render import cache
from sakip.render.tata_letak import em

LEBAR_CM = 16.0
"""Printed width of every chart; the text width of an A4 portrait page."""
PT_PER_CM = 72 / 2.54
LEBAR = LEBAR_CM * PT_PER_CM
WARNA = "#2f5597"
WARNA_DI_BAWAH = "#c55a11"
"""Bars below the reference line (a target not reached, an absorption too low)."""
WARNA_TEKS = "#000000"
WARNA_SUMBU = "#404040"
WARNA_KISI = "#d9d9d9"
WARNA_BAGAN = "#d9e2f3"
"""Boxes of the organisation chart: the shade of the tables' header row."""
FONT = '"Liberation Sans", "DejaVu Sans", Arial, sans-serif'
HURUF = 7.5
"""Type size of every label, in points."""
BARIS = 9.0
"""Line height of the labels."""
LABEL_MAKS = 0.42
"""Share of the width the labels of horizontal bars may take."""
TINGGI_PLOT = 150.0
"""Height of the plotting area of vertical bars."""
FONT_PNG = (
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


@dataclass(frozen=True)
class Kotak:
    x: float
    y: float
    lebar: float
    tinggi: float
    warna: str
    garis: str | None = None
    """Colour of the outline, if drawn."""


@dataclass(frozen=True)
class Garis:
    x1: float
    y1: float
    x2: float
    y2: float
    warna: str
    putus: bool = False
    """Dashed (the reference line)."""
    tebal: float = 0.75


@dataclass(frozen=True)
class Tulisan:
    """One line of text; ``y`` is its baseline, ``jangkar`` start, middle or end."""

    x: float
    y: float
    teks: str
    jangkar: str = "start"


Bentuk = Kotak | Garis | Tulisan


@dataclass(frozen=True)
class Gambar:
    """A chart laid out: its size in points and its shapes."""

    lebar: float
    tinggi: float
    bentuk: tuple[Bentuk, ...]


# --- laying out ------------------------------------------------------------------------------


def lebar_teks(teks: str) -> float:
    """Return the width of a label in points."""
    return em(teks) * HURUF


def bungkus(teks: str, lebar: float) -> list[str]:
    """Return the text broken into lines no wider than ``lebar`` points (a longer word stays
    whole on its own line, cut only if it is wider than the room)."""
    baris: list[str] = []
    kini = ""
    for kata in teks.split():
        coba = f"{kini} {kata}" if kini else kata
        if not kini or lebar_teks(coba) <= lebar:
            kini = coba
        else:
            baris.append(kini)
            kini = kata
    if kini:
        baris.append(kini)
    return [_potong(b, lebar) for b in baris] or [""]


def _potong(baris: str, lebar: float) -> str:
    while len(baris) > 1 and lebar_teks(baris) > lebar:
        baris = baris[:-2] + "…"
    return baris


def _nilai(v: Decimal | None, satuan: str) -> str:
    if v is None:
        return fmt.TIDAK_TERSEDIA
    tempat = 2 if satuan == "%" else 0
    return fmt.number(v, tempat) + ("%" if satuan == "%" else "")


def _skala(puncak: float) -> tuple[float, list[float]]:
    """Return the axis maximum and its ticks: 1, 2, 2,5 or 5 times a power of ten apart."""
    puncak = puncak or 1.0
    kasar = puncak / 5
    pangkat = 10 ** math.floor(math.log10(kasar))
    langkah = next(k * pangkat for k in (1, 2, 2.5, 5, 10) if k * pangkat >= kasar)
    jumlah = math.ceil(puncak / langkah - 1e-9)
    return jumlah * langkah, [i * langkah for i in range(jumlah + 1)]


def _sumbu(v: float, satuan: str) -> str:
    return fmt.number(Decimal(str(round(v, 2))), 0 if v == int(v) else 1) + (
        "%" if satuan == "%" else ""
    )


def _warna(g: Grafik, v: Decimal | None) -> str:
    return WARNA_DI_BAWAH if _di_bawah(g, v) else WARNA


def _di_bawah(g: Grafik, v: Decimal | None) -> bool:
    return g.garis_acuan is not None and v is not None and v < g.garis_acuan


def _legenda(g: Grafik, y: float) -> list[Bentuk]:
    """Return the legend, centred: a box for each colour the bars use, and the reference line.

    Nothing to explain (no reference line) gives no legend.
    """
    if g.garis_acuan is None or not g.nama_acuan:
        return []
    nama = g.nama_acuan[0].lower() + g.nama_acuan[1:]
    butir: list[tuple[str, str | None]] = []
    if any(v is not None and not _di_bawah(g, v) for v in g.nilai):
        butir.append((f"Mencapai {nama}", WARNA))
    if any(_di_bawah(g, v) for v in g.nilai):
        butir.append((f"Di bawah {nama}", WARNA_DI_BAWAH))
    butir.append((g.nama_acuan, None))
    lebar = [14 + lebar_teks(t) for t, _ in butir]
    x = (LEBAR - sum(lebar) - 14 * (len(butir) - 1)) / 2
    result: list[Bentuk] = []
    for (teks, warna), w in zip(butir, lebar, strict=True):
        if warna is None:
            result.append(Garis(x, y - 2.5, x + 10, y - 2.5, WARNA_SUMBU, putus=True, tebal=1))
        else:
            result.append(Kotak(x + 1, y - 7, 8, 8, warna))
        result.append(Tulisan(x + 14, y, teks))
        x += w + 14
    return result


def tata(g: Grafik) -> Gambar:
    """Return the chart laid out as shapes."""
    if g.jenis is JenisGrafik.BATANG_MENDATAR:
        return _mendatar(g)
    if g.jenis is JenisGrafik.BAGAN:
        return _bagan(g)
    return _tegak(g)


def _bagan(g: Grafik) -> Gambar:
    """An organisation chart: the first box centred on top, the others in a row under it,
    joined by lines; each box's text wrapped to its width and centred."""
    jarak = 12.0
    anak = g.label[1:]
    lebar_anak = min(140.0, (LEBAR - 4 - jarak * (len(anak) - 1)) / max(len(anak), 1))
    lebar_puncak = min(220.0, LEBAR - 4)

    def isi(teks: str, lebar: float) -> list[str]:
        return [b for bagian in teks.split("\n") for b in bungkus(bagian, lebar - 10)]

    baris_puncak = isi(g.label[0], lebar_puncak)
    baris_anak = [isi(t, lebar_anak) for t in anak]
    tinggi_puncak = len(baris_puncak) * BARIS + 10
    tinggi_anak = max((len(b) for b in baris_anak), default=1) * BARIS + 10
    bentuk: list[Bentuk] = []

    def kotak(x: float, y: float, lebar: float, tinggi: float, baris: list[str]) -> None:
        bentuk.append(Kotak(x, y, lebar, tinggi, WARNA_BAGAN, garis=WARNA_SUMBU))
        awal = y + (tinggi - len(baris) * BARIS) / 2 + HURUF
        bentuk.extend(
            Tulisan(x + lebar / 2, awal + i * BARIS, b, "middle") for i, b in enumerate(baris)
        )

    kotak((LEBAR - lebar_puncak) / 2, 2, lebar_puncak, tinggi_puncak, baris_puncak)
    bus = 2 + tinggi_puncak + 12
    atas_anak = bus + 12
    total = len(anak) * lebar_anak + (len(anak) - 1) * jarak
    tengah = [
        (LEBAR - total) / 2 + i * (lebar_anak + jarak) + lebar_anak / 2 for i in range(len(anak))
    ]
    bentuk.append(Garis(LEBAR / 2, 2 + tinggi_puncak, LEBAR / 2, bus, WARNA_SUMBU))
    if tengah:
        bentuk.append(Garis(tengah[0], bus, tengah[-1], bus, WARNA_SUMBU))
    for x, baris in zip(tengah, baris_anak, strict=True):
        bentuk.append(Garis(x, bus, x, atas_anak, WARNA_SUMBU))
        kotak(x - lebar_anak / 2, atas_anak, lebar_anak, tinggi_anak, baris)
    return Gambar(LEBAR, atas_anak + tinggi_anak + 4, tuple(bentuk))


def _mendatar(g: Grafik) -> Gambar:
    """Horizontal bars: the wrapped label left of each bar, the value after its end."""
    label = [bungkus(t, LEBAR * LABEL_MAKS) for t in g.label]
    lebar_label = max(lebar_teks(b) for baris in label for b in baris)
    kiri = lebar_label + 10
    ruang_nilai = max(lebar_teks(_nilai(v, g.satuan)) for v in g.nilai) + 6
    lebar_plot = LEBAR - kiri - ruang_nilai - 4
    number = [float(v) for v in g.nilai if v is not None]
    acuan = float(g.garis_acuan) if g.garis_acuan is not None else None
    maks, tik = _skala(max([*number, acuan or 0.0]))

    def x(v: float) -> float:
        return kiri + lebar_plot * v / maks

    bentuk: list[Bentuk] = []
    y = 6.0
    for baris, v in zip(label, g.nilai, strict=True):
        tinggi = max(len(baris) * BARIS + 6, 18.0)
        tengah = y + tinggi / 2
        awal = tengah - (len(baris) - 1) * BARIS / 2 + HURUF * 0.35
        bentuk.extend(Tulisan(kiri - 6, awal + i * BARIS, b, "end") for i, b in enumerate(baris))
        if v is not None:
            bentuk.append(Kotak(kiri, tengah - 5.5, x(float(v)) - kiri, 11, _warna(g, v)))
        ujung = x(float(v)) if v is not None else kiri
        bentuk.append(Tulisan(ujung + 3, tengah + HURUF * 0.35, _nilai(v, g.satuan)))
        y += tinggi
    bawah = y + 2
    kisi = [Garis(x(t), 4, x(t), bawah, WARNA_KISI, tebal=0.5) for t in tik[1:]]
    bentuk[:0] = kisi
    bentuk.append(Garis(kiri, 4, kiri, bawah, WARNA_SUMBU))
    bentuk.append(Garis(kiri, bawah, kiri + lebar_plot, bawah, WARNA_SUMBU))
    bentuk.extend(Tulisan(x(t), bawah + 10, _sumbu(t, g.satuan), "middle") for t in tik)
    if acuan is not None:
        bentuk.append(Garis(x(acuan), 2, x(acuan), bawah, WARNA_SUMBU, putus=True, tebal=1))
    legenda = _legenda(g, bawah + 26)
    tinggi = bawah + (32 if legenda else 16)
    return Gambar(LEBAR, tinggi, tuple(bentuk + legenda))


def _tegak(g: Grafik) -> Gambar:
    """Vertical bars: the wrapped label under each bar, the value above it."""
    number = [float(v) for v in g.nilai if v is not None]
    acuan = float(g.garis_acuan) if g.garis_acuan is not None else None
    maks, tik = _skala(max([*number, acuan or 0.0]) * 1.08)
    # The unit above the axis is right-aligned on it too: room for it, or the PNG clips it.
    kiri = max(lebar_teks(t) for t in [g.satuan, *(_sumbu(t, g.satuan) for t in tik)]) + 10
    kolom = (LEBAR - kiri - 6) / max(len(g.label), 1)
    label = [bungkus(t, kolom - 4) for t in g.label]
    atas = 16.0
    bawah = atas + TINGGI_PLOT

    def y(v: float) -> float:
        return bawah - TINGGI_PLOT * v / maks

    bentuk: list[Bentuk] = [
        Garis(kiri, y(t), LEBAR - 6, y(t), WARNA_KISI, tebal=0.5) for t in tik[1:]
    ]
    bentuk.append(Tulisan(kiri - 4, atas - 8, g.satuan, "end"))
    bentuk.extend(Tulisan(kiri - 4, y(t) + HURUF * 0.35, _sumbu(t, g.satuan), "end") for t in tik)
    for i, (baris, v) in enumerate(zip(label, g.nilai, strict=True)):
        tengah = kiri + kolom * (i + 0.5)
        if v is not None:
            lebar_batang = min(kolom * 0.6, 40.0)
            puncak = y(float(v))
            bentuk.append(
                Kotak(tengah - lebar_batang / 2, puncak, lebar_batang, bawah - puncak, _warna(g, v))
            )
        puncak = y(float(v)) if v is not None else bawah
        bentuk.append(Tulisan(tengah, puncak - 3, _nilai(v, g.satuan), "middle"))
        bentuk.extend(
            Tulisan(tengah, bawah + 11 + j * BARIS, b, "middle") for j, b in enumerate(baris)
        )
    bentuk.append(Garis(kiri, atas - 4, kiri, bawah, WARNA_SUMBU))
    bentuk.append(Garis(kiri, bawah, LEBAR - 6, bawah, WARNA_SUMBU))
    if acuan is not None:
        bentuk.append(Garis(kiri, y(acuan), LEBAR - 6, y(acuan), WARNA_SUMBU, putus=True, tebal=1))
    akhir = bawah + 6 + max(len(b) for b in label) * BARIS
    legenda = _legenda(g, akhir + 12)
    return Gambar(LEBAR, akhir + (18 if legenda else 4), tuple(bentuk + legenda))


def tinggi_cm(g: Grafik) -> float:
    """Return the printed height of a chart."""
    return tata(g).tinggi / PT_PER_CM


# --- writing ---------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def svg(g: Grafik) -> str:
    """Return the chart as an SVG element, 16 cm wide, its text as text (searchable, sharp)."""
    gambar = tata(g)
    bagian = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="grafik" role="img" '
        f'width="{LEBAR_CM}cm" height="{gambar.tinggi / PT_PER_CM:.2f}cm" '
        f'viewBox="0 0 {gambar.lebar:.2f} {gambar.tinggi:.2f}" '
        f'font-family=\'{FONT}\' font-size="{HURUF}" fill="{WARNA_TEKS}">'
        f"<title>{escape(g.judul)}</title>"
    ]
    for b in gambar.bentuk:
        if isinstance(b, Kotak):
            garis = f' stroke="{b.garis}" stroke-width="0.75"' if b.garis else ""
            bagian.append(
                f'<rect x="{b.x:.2f}" y="{b.y:.2f}" width="{max(b.lebar, 0):.2f}" '
                f'height="{b.tinggi:.2f}" fill="{b.warna}"{garis}/>'
            )
        elif isinstance(b, Garis):
            putus = ' stroke-dasharray="4 3"' if b.putus else ""
            bagian.append(
                f'<line x1="{b.x1:.2f}" y1="{b.y1:.2f}" x2="{b.x2:.2f}" y2="{b.y2:.2f}" '
                f'stroke="{b.warna}" stroke-width="{b.tebal}"{putus}/>'
            )
        else:
            bagian.append(
                f'<text x="{b.x:.2f}" y="{b.y:.2f}" text-anchor="{b.jangkar}">'
                f"{escape(b.teks)}</text>"
            )
    bagian.append("</svg>")
    return "".join(bagian)


def png(g: Grafik, dpi: int = 200) -> bytes:
    """Return the chart as PNG bytes, from the disk cache when the same data was drawn before."""
    berkas = cache.key("grafik", str(dpi), repr(g)) + ".png"
    data = cache.read("grafik", berkas)
    if data is None:
        data = _raster(tata(g), dpi)
        cache.save("grafik", berkas, data)
    return data


def _raster(gambar: Gambar, dpi: int) -> bytes:
    # Pillow is imported only when a DOCX needs a picture.
    from PIL import Image, ImageDraw

    k = dpi / 72
    kanvas = Image.new("RGB", (round(gambar.lebar * k), round(gambar.tinggi * k)), "white")
    pena = ImageDraw.Draw(kanvas)
    huruf = _font_png(round(HURUF * k))
    jangkar = {"start": "ls", "middle": "ms", "end": "rs"}
    for b in gambar.bentuk:
        if isinstance(b, Kotak):
            if b.lebar > 0:
                kotak = (b.x * k, b.y * k, (b.x + b.lebar) * k, (b.y + b.tinggi) * k)
                pena.rectangle(kotak, fill=b.warna, outline=b.garis, width=max(1, round(0.75 * k)))
        elif isinstance(b, Garis):
            for ruas in _ruas(b):
                pena.line([c * k for c in ruas], fill=b.warna, width=max(1, round(b.tebal * k)))
        else:
            pena.text(
                (b.x * k, b.y * k), b.teks, fill=WARNA_TEKS, font=huruf, anchor=jangkar[b.jangkar]
            )
    keluaran = io.BytesIO()
    kanvas.save(keluaran, format="PNG", dpi=(dpi, dpi), optimize=False)
    return keluaran.getvalue()


def _ruas(b: Garis) -> list[tuple[float, float, float, float]]:
    """Return a line as segments: one, or dashes of 4 pt with gaps of 3 pt."""
    if not b.putus:
        return [(b.x1, b.y1, b.x2, b.y2)]
    panjang = math.hypot(b.x2 - b.x1, b.y2 - b.y1) or 1.0
    dx, dy = (b.x2 - b.x1) / panjang, (b.y2 - b.y1) / panjang
    result = []
    t = 0.0
    while t < panjang:
        u = min(t + 4, panjang)
        result.append((b.x1 + dx * t, b.y1 + dy * t, b.x1 + dx * u, b.y1 + dy * u))
        t += 7
    return result


@lru_cache(maxsize=8)
def _font_png(ukuran: int):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    for berkas in FONT_PNG:
        if os.path.isfile(berkas):
            return ImageFont.truetype(berkas, ukuran)
    return ImageFont.load_default(ukuran)
