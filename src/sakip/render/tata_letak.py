"""Layout shared by the renderers: cell text, column widths, type sizes, merged cells."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from sakip.core.tables.base import Cell, Gaya, Jenis, Kolom, Tabel
from sakip.core.tables.export import teks

LEBAR_MAKS_TEKS = 30.0
"""Ems beyond which a text column wraps rather than widens."""
LEBAR_GABUNG = 13.0
"""Ems a column of merged (vertically spanning) cells asks for at most."""
KATA_MAKS = 10.0
"""Ems beyond which a word may break; shorter words set a text column's narrowest width."""
CELL_PADDING_PT = 8.5
"""Padding and border of a cell, with a little to spare, in points."""
TEBAL = 1.2
"""How much wider bold type (the headings) runs than regular, with a little to spare."""
UKURAN_HURUF = (9.0, 8.5, 8.0, 7.5, 7.0)
"""Type sizes (pt) a table may be set in, largest first."""
LONGGAR = 0.9
"""The columns' minimum widths may fill this share of the width; the rest lets text breathe."""

_KATA = re.compile(r"[\s/]+")
"""Where a heading may break: spaces, and after a slash ("Peningkatan/ Penurunan")."""
_SEMPIT = set(".,:;'|!iljtfI()[]/- ")
_LEBAR = set("mwMWOQGDHNU%@")


@lru_cache(maxsize=65536)
def em(teks_: str) -> float:
    """Return the width of a text in ems, by the glyph widths of Liberation Sans (Arial),
    rounded up a little so that a figure never wraps."""
    lebar = 0.0
    for c in teks_:
        if c.isdigit():
            lebar += 0.556
        elif c in _SEMPIT:
            lebar += 0.28
        elif c in _LEBAR:
            lebar += 0.83
        elif c.isupper():
            lebar += 0.68
        else:
            lebar += 0.52
    return lebar * 1.04


def judul_kolom(kolom: Kolom) -> str:
    """Return a column heading that may break after a slash (a zero-width space follows it)."""
    return kolom.judul.replace("/", "/\u200b")


@lru_cache(maxsize=16384)
def cell(value: Cell, kolom: Kolom) -> str:
    """Return a cell as displayed: Indonesian numbers, n/a for a missing figure.

    Kept: every renderer asks for a cell twice (its width, then its text), and Babel's
    formatting is most of the cost of a report's tables.
    """
    return teks(value, kolom.jenis)


def rata_kanan(kolom: Kolom) -> bool:
    """Return whether a column holds figures (aligned right, never wrapped)."""
    return kolom.jenis is not Jenis.TEKS


@dataclass(frozen=True)
class TataTabel:
    """How a table is set on a page: its type size and each column's share of the width."""

    huruf: float
    lebar: list[float]


def tata_tabel(tabel: Tabel, lebar_pt: float, lanskap: bool) -> TataTabel:
    """Return the largest type size at which the table fits the width, and its column widths.

    Every column first gets its minimum: figures their full width (they never wrap), text its
    longest word, every heading its longest word. What is left goes to the text columns in
    proportion to how much more they would need to show their content on fewer lines.
    """
    minimum, ideal = _ukuran_kolom(tabel)
    # Landscape pages carry the widest tables: they start one size smaller.
    ukuran = [u for u in UKURAN_HURUF if u <= (8.0 if lanskap else 9.0)]

    def pt(ems: list[float], huruf: float) -> list[float]:
        return [e * huruf + CELL_PADDING_PT for e in ems]

    huruf = next((u for u in ukuran if sum(pt(minimum, u)) <= LONGGAR * lebar_pt), ukuran[-1])
    terkecil, terbaik = pt(minimum, huruf), pt(ideal, huruf)
    sisa = lebar_pt - sum(terkecil)
    tambahan = [b - a for a, b in zip(terkecil, terbaik, strict=True)]
    if sisa <= 0 or sum(tambahan) == 0:
        lebar = terkecil
    elif sum(tambahan) > sisa:
        lebar = [a + x * sisa / sum(tambahan) for a, x in zip(terkecil, tambahan, strict=True)]
    else:
        # Everything fits: the room left over goes to the text columns, by their ideal width.
        teks_ideal = sum(b for b, k in zip(terbaik, tabel.kolom, strict=True) if not rata_kanan(k))
        lebih = sisa - sum(tambahan)
        lebar = [
            b + (lebih * b / teks_ideal if teks_ideal and not rata_kanan(k) else 0)
            for b, k in zip(terbaik, tabel.kolom, strict=True)
        ]
    jumlah = sum(lebar)
    return TataTabel(huruf, [x / jumlah for x in lebar])


def _ukuran_kolom(tabel: Tabel) -> tuple[list[float], list[float]]:
    """Return each column's minimum and ideal width, in ems of its text."""
    minimum, ideal = [], []
    tertutup = Counter(k for (_, k), n in gabungan(tabel).items() if n == 0)
    for i, kolom in enumerate(tabel.kolom):
        baris_teks = [b for r in tabel.baris for b in cell(r[i], kolom).splitlines()] or [""]
        kata_judul = max((em(w) for w in _KATA.split(kolom.judul) if w), default=1.0) * TEBAL
        if rata_kanan(kolom):
            lebar = max(max(em(b) for b in baris_teks), kata_judul)
            minimum.append(lebar)
            ideal.append(lebar)
            continue
        kata = max((min(em(w), KATA_MAKS) for b in baris_teks for w in b.split()), default=1.0)
        rata = sum(em(b) for b in baris_teks) / len(baris_teks)
        panjang = min(max(em(b) for b in baris_teks), LEBAR_MAKS_TEKS)
        terkecil = max(kata, kata_judul)
        minimum.append(terkecil)
        lebar = min(panjang, rata * 1.6 + 2)
        if tertutup.get(i, 0) * 2 >= len(tabel.baris):
            # Most of this column is merged cells spanning many rows: they can be tall and
            # narrow, leaving the width to the columns whose every row must fit.
            lebar = min(lebar, LEBAR_GABUNG)
        ideal.append(max(terkecil, lebar))
    return minimum, ideal


def gabungan(tabel: Tabel) -> dict[tuple[int, int], int]:
    """Return (row, column) -> rows spanned for the cells a document merges; 0 for covered cells.

    Equal consecutive cells merge in the table's `gabung` columns, each column only within the
    spans of the `gabung` columns before it, so a merge never crosses a group boundary.
    """
    result: dict[tuple[int, int], int] = {}
    limit = {0, len(tabel.baris)}
    for kolom in tabel.gabung:
        new_limit = set(limit)
        r = 0
        while r < len(tabel.baris):
            akhir = r + 1
            while (
                akhir < len(tabel.baris)
                and akhir not in limit
                and tabel.baris[r][kolom] not in ("", None)
                and tabel.baris[akhir][kolom] == tabel.baris[r][kolom]
                and not {tabel.gaya[r], tabel.gaya[akhir]} & {Gaya.TOTAL, Gaya.SUBTOTAL}
            ):
                akhir += 1
            if akhir - r > 1:
                result[(r, kolom)] = akhir - r
                for tertutup in range(r + 1, akhir):
                    result[(tertutup, kolom)] = 0
            new_limit.add(akhir)
            r = akhir
        limit = new_limit
    return result


TINGKAT_BARIS = {
    Gaya.KELOMPOK: 0,
    Gaya.SUBTOTAL: 0,
    Gaya.PROGRAM: 1,
    Gaya.KEGIATAN: 2,
}
"""Depth of the rows that may head others: a group or a unit (with its subtotal), a program,
a kegiatan. Every other row is a leaf."""


def kepala(tabel: Tabel, r: int) -> bool:
    """Return whether a row heads the rows after it (the next row lies deeper), so that print
    and the DOCX keep it with the next row; a kegiatan followed by a kegiatan heads nothing."""
    if r + 1 >= len(tabel.baris) or tabel.gaya[r] not in TINGKAT_BARIS:
        return False
    return TINGKAT_BARIS.get(tabel.gaya[r + 1], 3) > TINGKAT_BARIS[tabel.gaya[r]]


def kolom_nama(tabel: Tabel) -> int | None:
    """Return the column of names indented by level of the program tree: the one after "Kode"."""
    if len(tabel.kolom) > 1 and tabel.kolom[0].judul == "Kode":
        return 1
    return None


BARIS_TEBAL = frozenset({Gaya.KELOMPOK, Gaya.PROGRAM, Gaya.SUBTOTAL, Gaya.TOTAL})
"""Rows printed bold: headings, programs and totals."""


def tebal(tabel: Tabel, r: int, kolom: int) -> bool:
    """Return whether a cell is printed bold: in a heading, program or total row, unless it is
    a merged column's text shared with a row around it that is not bold (a sasaran over its
    program and sub kegiatan rows); a program's own name in such a column stays bold."""
    if tabel.gaya[r] not in BARIS_TEBAL:
        return False
    if kolom not in tabel.gabung or tabel.baris[r][kolom] in ("", None):
        return True
    nilai = tabel.baris[r][kolom]
    for arah in (-1, 1):
        i = r + arah
        # The scan ends at the first row holding other text or a row not bold: at once for
        # a program followed by its sub kegiatan.
        while 0 <= i < len(tabel.baris) and tabel.baris[i][kolom] == nilai:
            if tabel.gaya[i] not in BARIS_TEBAL:
                return False
            i += arah
    return True


def indentasi(gaya: Gaya) -> int:
    """Return the indentation level of the name in a row of the program tree."""
    return {Gaya.KEGIATAN: 1, Gaya.SUB_KEGIATAN: 2}.get(gaya, 0)
