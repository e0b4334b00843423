"""Typst source of the document model, for the PDF (`render.typst` compiles it).

Every text a user or the data can hold is written as a Typst string literal (`#"..."`), never
as markup, so no character of it (`# * _ $ @ < > [ ] \\ ~`) is read as syntax: `teks()` escapes
the two characters a string literal reserves and the control characters.

The page setup is the one WeasyPrint's print stylesheet had (decision 0019): A4, the cover
unnumbered, the front matter in roman numerals, the body from 1, landscape pages
(`page(flipped: true)`) for the wide tables, page numbers at the bottom centre. Headings are
sticky (never the last line of a page), so are captions and run-in titles; a small table, a
chart and a signature block are unbreakable blocks; table rows do not split and the header
row repeats on every page.

A cell merged over rows is a table cell spanning them, which Typst carries over a page break
(its text flows on). Where the text ended on the first page, it is written again, "(lanjutan)",
in the part of the cell on each further page (`_lanjut`): the cell asks the layout on which
pages its rows lie (a marker in every row of such a table) and where its own text ended, and
Typst lays out again until that settles. A row heading others (a unit, a program, a kegiatan)
is kept with the row after it by a cell of an extra, empty, zero-width column that spans them
and may not break (`_ikatan`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from sakip.core.dokumen.model import (
    Bagian,
    Blok,
    Daftar,
    DaftarOtomatis,
    Dokumen,
    Grafik,
    Paragraf,
    Rata,
    TabelDok,
    TandaTangan,
    Teks,
)
from sakip.core.tables.base import Gaya, Tabel
from sakip.render import grafik as gambar
from sakip.render import tata_letak as tl
from sakip.render.html import BARIS_KECIL, LEBAR_LANSKAP_PT, LEBAR_PT

LABEL_TATA = "sakip-tata"
"""The metadata holding, once laid out, the printed page of every anchor."""
_LABEL_AMAN = re.compile(r"[A-Za-z0-9_-]+")
_KENDALI = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

LATAR_KEPALA = "#d9e2f3"
LATAR_BARIS = {Gaya.KELOMPOK: "#f2f2f2", Gaya.SUBTOTAL: "#f2f2f2", Gaya.TOTAL: "#e7e6e6"}

PEMBUKA = """
#set document(title: {judul}, author: {penulis})
#let _kaki = context align(center, text(size: 9pt, counter(page).display()))
#set text(font: ("Liberation Sans", "DejaVu Sans"), size: 11pt, lang: "id", hyphenate: false)
// Baselines 1.4em apart and half a line between paragraphs, as the HTML's line-height 1.4
// and paragraph margin: Typst measures a line from its cap height to its baseline.
#set par(justify: true, leading: 0.68em, spacing: 1.18em)
#set page(paper: "a4", margin: (top: 2.5cm, right: 2cm, bottom: 2.2cm, left: 3cm),
  footer: _kaki)
#set heading(numbering: none, outlined: true, bookmarked: true)
#show heading: set par(justify: false)
#show heading: it => block(sticky: true, above: 1.2em, below: 0.6em,
  text(size: if it.level == 2 {{ 12pt }} else {{ 11pt }}, weight: "bold", it.body))
#show heading.where(level: 1): it => block(sticky: true, width: 100%, above: 0pt,
  below: 1.2em, align(center, text(size: 14pt, weight: "bold", it.body)))
#set table(stroke: 0.5pt, inset: (x: 3pt, y: 4.5pt))
#set table.cell(breakable: false)
#show table: set par(justify: false)
#let _hal(l) = {{
  let lokasi = locate(l)
  (counter(page).at(lokasi).first(), lokasi.page-numbering())
}}
#let _titik = box(width: 1fr, repeat(box(width: 3pt, height: 0.45em,
  align(center + bottom, circle(radius: 0.45pt, fill: black)))))
#let _entri(label, judul, tujuan) = {{
  let hal = link(tujuan, context {{
    let l = locate(tujuan)
    numbering(l.page-numbering(), ..counter(page).at(l))
  }})
  let isi = link(tujuan, judul) + _titik
  if label == none {{ grid(columns: (1fr, 2.5em), isi, align(right + bottom, hal)) }}
  else {{ grid(columns: (4.5em, 1fr, 2.5em), label, isi, align(right + bottom, hal)) }}
}}
#let _garis_ikat = (left: 0.5pt, top: none, right: none, bottom: none)
#let _lanjut(id, awal, akhir, kolom, badan) = context {{
  let hal = query(<sakip-baris>)
    .filter(m => m.value.at(0) == id and m.value.at(1) >= awal and m.value.at(1) < akhir)
    .map(m => m.location().page()).dedup()
  let ujung = query(<sakip-ujung>).filter(m => m.value == (id, awal, kolom))
  [#badan#metadata((id, awal, kolom))<sakip-ujung>]
  // Repeated on each further page only when the text ended on the first: a text that runs
  // on over the page is continued, not repeated.
  if ujung.len() > 0 and hal.len() > 1 and ujung.first().location().page() == hal.first() {{
    for _ in range(1, hal.len()) {{ colbreak(); badan + [ (lanjutan)] }}
  }}
}}
"""
"""The document's settings and helpers; `{judul}` and `{penulis}` are string literals."""


def teks(isi: str) -> str:
    """Return a text as a Typst string literal (code), showing exactly that text."""
    isi = _KENDALI.sub("", isi.replace("\r\n", "\n").replace("\r", "\n"))
    isi = isi.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{isi}"'


def label(jangkar: str) -> str:
    """Return the Typst label of an anchor: as it is when it is a plain name, else made one."""
    if _LABEL_AMAN.fullmatch(jangkar):
        return f"<{jangkar}>"
    return "<j-" + "".join(f"{ord(c):x}-" for c in jangkar) + ">"


def baris_teks(isi: str) -> str:
    """Return text that may hold line breaks as Typst content (code)."""
    bagian = isi.split("\n")
    if len(bagian) == 1:
        return teks(isi)
    return "[" + "#linebreak()".join(f"#{teks(b)}" for b in bagian) + "]"


@dataclass(frozen=True)
class Run:
    """A stretch printed on one kind of page: the part of the document and its orientation."""

    bagian: str
    lanskap: bool
    isi: list[str]


def sumber(dok: Dokumen) -> str:
    """Return the document as Typst source."""
    write = _Penulis(dok)
    keluaran = [PEMBUKA.format(judul=teks(dok.judul), penulis=teks(dok.identitas.opd))]
    kini = ""
    for run in write.run():
        if run.bagian != kini:
            keluaran.append(_awal_bagian(run.bagian))
            kini = run.bagian
        isi = "\n".join(run.isi)
        if run.lanskap:
            keluaran.append(f"#page(flipped: true, margin: (x: 1.8cm, y: 2cm))[\n{isi}\n]")
        else:
            keluaran.append(isi)
    keluaran.append(write.tata())
    return "\n".join(keluaran)


def _awal_bagian(bagian: str) -> str:
    if bagian == "sampul":
        return "#set page(numbering: none, footer: none)"
    if bagian == "depan":
        return '#set page(numbering: "i", footer: _kaki)\n#counter(page).update(1)'
    if bagian == "isi":
        return '#set page(numbering: "1")\n#counter(page).update(1)'
    return ""  # the appendices go on numbering the body's pages


@dataclass
class _Penulis:
    dok: Dokumen
    jangkar: list[str] = field(default_factory=list)

    def run(self) -> Iterator[Run]:
        """Yield the document's runs in reading order."""
        kini: Run | None = None
        for nama, lanskap, isi in self._potongan():
            if kini is None or (kini.bagian, kini.lanskap) != (nama, lanskap):
                if kini is not None:
                    yield kini
                kini = Run(nama, lanskap, [])
            kini.isi.append(isi)
        if kini is not None:
            yield kini

    def tata(self) -> str:
        """Return the metadata a compile is queried for: the printed page of every anchor."""
        hal = "".join(f"({teks(j)}, _hal({label(j)})), " for j in self.jangkar)
        return f"#context [#metadata(({hal}))<{LABEL_TATA}>]"

    def _potongan(self) -> Iterator[tuple[str, bool, str]]:
        if self.dok.bersampul:
            yield "sampul", False, self._sampul()
        for nama, bagian in self.dok.bagian_utama():
            yield from self._bagian(bagian, nama, 1, False)

    def _sampul(self) -> str:
        s = self.dok.identitas
        baris = [
            (0, 14, s.pemda),
            (5, 20, s.judul),
            (0.6, 18, s.singkatan),
            (4, 16, s.opd),
            (0.4, 16, f"TAHUN {s.tahun}"),
        ]
        isi = "".join(
            f'#v({jarak}cm)#text(size: {ukuran}pt, weight: "bold", {teks(t)})\\\n'
            for jarak, ukuran, t in baris
        )
        return f"#align(center)[#v(6cm)\n{isi}]"

    def _bagian(
        self, bagian: Bagian, nama: str, tingkat: int, lanskap: bool
    ) -> Iterator[tuple[str, bool, str]]:
        lanskap = lanskap or bagian.lanskap
        yield nama, lanskap, self._judul(bagian, tingkat)
        for blok in bagian.isi:
            if isinstance(blok, Bagian):
                yield from self._bagian(blok, nama, tingkat + 1, lanskap)
            else:
                miring = lanskap or (isinstance(blok, TabelDok) and blok.lanskap)
                yield nama, miring, self._blok(blok, miring)

    def _judul(self, bagian: Bagian, tingkat: int) -> str:
        self.jangkar.append(bagian.jangkar)
        if tingkat == 1 and bagian.nomor:
            isi = f"[#{teks(bagian.nomor)} #linebreak()#{teks(bagian.judul)}]"
        else:
            isi = teks(bagian.judul_lengkap)
        awal = "#pagebreak(weak: true)\n" if tingkat == 1 or bagian.new_page else ""
        return f"{awal}#heading(level: {min(tingkat, 4)}, {isi}){label(bagian.jangkar)}"

    def _blok(self, blok: Blok, lanskap: bool) -> str:
        if isinstance(blok, Teks):
            return "\n".join(self._paragraf(p, blok.rata) for p in blok.paragraf)
        if isinstance(blok, TabelDok):
            return self._tabel(blok.tabel, lanskap)
        if isinstance(blok, Grafik):
            return self._grafik(blok)
        if isinstance(blok, TandaTangan):
            return self._tanda_tangan(blok)
        if isinstance(blok, DaftarOtomatis):
            return self._listing(blok.jenis)
        raise TypeError(f"Blok {type(blok).__name__} tidak dikenal.")

    def _inline(self, p: Paragraf) -> str:
        bagian = []
        for potongan in p.potongan:
            if potongan.rujukan is not None:
                nomor = self.dok.nomor(potongan.rujukan)
                isi = teks(self.dok.label(potongan.rujukan))
                if nomor is not None:
                    isi = f"link({label(nomor.jangkar)}, {isi})"
            else:
                isi = teks(potongan.teks)
            bagian.append(f"#strong({isi})" if potongan.tebal else f"#{isi}")
        return "[" + "".join(bagian) + "]"

    def _paragraf(self, p: Paragraf, rata: Rata) -> str:
        isi = self._inline(p)
        if p.butir:
            geser = (p.tingkat - 1) * 1.6
            return (
                f"#pad(left: {geser:.1f}em, grid(columns: (1.6em, 1fr), "
                f"{teks(p.butir)}, par(justify: false, {isi})))"
            )
        rata_ = {Rata.TENGAH: "center", Rata.KANAN: "right"}.get(rata)
        result = f"#par({isi})" if rata_ is None else f"#align({rata_}, par({isi}))"
        if p.pengantar:
            result = f"#block(sticky: true, {result[1:]})"
        return result

    def _tabel(self, t: Tabel, lanskap: bool) -> str:
        nomor = self.dok.nomor(t.key)
        assert nomor is not None
        self.jangkar.append(nomor.jangkar)
        tata = tl.tata_tabel(t, LEBAR_LANSKAP_PT if lanskap else LEBAR_PT, lanskap)
        gabung = tl.gabungan(t)
        kolom = "".join(f"{w * 100:.3f}fr, " for w in tata.lebar)
        kepala = "".join(
            f"table.cell(fill: rgb({teks(LATAR_KEPALA)}), align: center + horizon, "
            f"strong({baris_teks(tl.judul_kolom(k))})), "
            for k in t.kolom
        )
        keterangan = (
            f"#block(sticky: true, width: 100%, above: 1em, below: 0.4em, align(center, "
            f"strong({teks(f'{nomor.label} {t.judul}')}))){label(nomor.jangkar)}"
        )
        kecil = len(t.baris) <= BARIS_KECIL
        ikat = {} if kecil else _ikatan(t)
        if ikat:
            kolom += "0pt, "
            kepala += "table.cell(stroke: _garis_ikat, []), "
        if t.baris:
            baris = "".join(
                self._baris(t, r, gabung) + _bound_cell(ikat, r) + "\n" for r in range(len(t.baris))
            )
        else:
            baris = f"table.cell(colspan: {len(t.kolom)}, {teks('Tidak ada data.')}),"
        isi_tabel = f"#table(columns: ({kolom}), table.header(repeat: true, {kepala}),\n{baris})"
        isi = [keterangan, f"#set text(size: {tata.huruf}pt)", isi_tabel]
        isi.extend(
            f"#block(above: 0.2em, below: 0.8em, text(size: 8.5pt, {teks('Catatan: ' + c)}))"
            for c in t.catatan
        )
        tubuh = "\n".join(isi)
        if kecil:
            return f"#block(breakable: false, width: 100%)[\n{tubuh}\n]"
        return f"#[\n{tubuh}\n]"

    def _baris(self, t: Tabel, r: int, gabung: Mapping[tuple[int, int], int]) -> str:
        """Return a row's cells. The first cell of the row alone holds the row's marker; a
        cell merged over rows that a page break cuts is written again on the next page."""
        gaya = t.gaya[r]
        nama = tl.kolom_nama(t)
        cell = []
        tanda = bool(t.gabung)
        for c, (nilai, kolom) in enumerate(zip(t.baris[r], t.kolom, strict=True)):
            rentang = gabung.get((r, c), 1)
            if rentang == 0:
                continue
            konten = baris_teks(tl.cell(nilai, kolom))
            if tl.tebal(t, r, c):
                konten = f"strong({konten})"
            atribut = []
            if rentang > 1:
                atribut.append(f"rowspan: {rentang}, breakable: true")
                konten = f"_lanjut({teks(t.key)}, {r}, {r + rentang}, {c}, {konten})"
            elif tanda:
                konten = f"[#metadata(({teks(t.key)}, {r}))<sakip-baris>#{konten}]"
                tanda = False
            if tl.rata_kanan(kolom):
                atribut.append("align: right")
            if gaya in LATAR_BARIS:
                atribut.append(f"fill: rgb({teks(LATAR_BARIS[gaya])})")
            if c == nama and tl.indentasi(gaya):
                kiri = {1: 10, 2: 18}[tl.indentasi(gaya)]
                atribut.append(f"inset: (left: {kiri}pt, right: 3pt, y: 4.5pt)")
            cell.append(f"table.cell({', '.join([*atribut, konten])}), ")
        return "".join(cell)

    def _grafik(self, g: Grafik) -> str:
        nomor = self.dok.nomor(g.key)
        assert nomor is not None
        self.jangkar.append(nomor.jangkar)
        catatan = (
            f", block(above: 0.2em, text(size: 8.5pt, {teks(g.catatan)}))" if g.catatan else ""
        )
        return (
            f"#block(breakable: false, width: 100%, above: 1em, below: 1em, align(center, "
            f'stack(spacing: 0.3em, image(bytes({teks(gambar.svg(g))}), format: "svg", '
            f"width: {gambar.LEBAR_CM}cm), strong({teks(f'{nomor.label} {g.judul}')}){catatan})))"
            f"{label(nomor.jangkar)}"
        )

    def _tanda_tangan(self, ttd: TandaTangan) -> str:
        tanggal = []
        if ttd.tempat_tanggal is not None:
            tanggal = [self._inline(p) for p in ttd.tempat_tanggal.paragraf]
        empty = ["[]"] if len(ttd.penanda) == 1 else []
        atas, bawah = list(empty), list(empty)
        for i, p in enumerate(ttd.penanda):
            baris = tanggal if i == len(ttd.penanda) - 1 else []
            if p.peran:
                baris = [*baris, f"strong({teks(p.peran.upper())})"]
            baris.append(teks(f"{p.jabatan},"))
            atas.append("align(center + bottom, stack(spacing: 0.5em, " + ", ".join(baris) + "))")
            nama = teks(p.nama) if p.nama else teks("(" + "." * 36 + ")")
            isi = [f"strong(underline({nama}))"]
            if p.nip:
                isi.append(teks(f"NIP. {p.nip}"))
            bawah.append("align(center + top, stack(spacing: 0.5em, " + ", ".join(isi) + "))")
        return (
            "#block(breakable: false, width: 100%, above: 1.5em, grid(columns: (1fr, 1fr), "
            f"row-gutter: 4.5em, {', '.join(atas)}, {', '.join(bawah)}))"
        )

    def _listing(self, jenis: Daftar) -> str:
        entri = []
        if jenis is Daftar.ISI:
            for bagian, tingkat in self.dok.judul_daftar_isi():
                judul = teks(bagian.judul_lengkap)
                if tingkat > 1:
                    judul = f"[#h(1.5em)#{judul}]"
                entri.append(f"#_entri(none, {judul}, {label(bagian.jangkar)})")
        else:
            for nomor in self.dok.listing("Tabel" if jenis is Daftar.TABEL else "Grafik"):
                entri.append(
                    f"#_entri({teks(nomor.label)}, {teks(nomor.judul)}, {label(nomor.jangkar)})"
                )
        if not entri:
            return f"#par({teks('Tidak ada.')})"
        return "#[\n#set block(spacing: 0.95em)\n" + "\n".join(entri) + "\n]"


def _ikatan(t: Tabel) -> dict[int, int]:
    """Return, from the first row of each run of rows heading others, the rows the run and the
    row after it span: printed on one page, through a cell of an empty column spanning them."""
    result: dict[int, int] = {}
    r = 0
    while r < len(t.baris):
        akhir = r
        while tl.kepala(t, akhir):
            akhir += 1
        result[r] = akhir - r + 1
        r = akhir + 1
    return {r: n for r, n in result.items() if n > 1}


def _bound_cell(ikat: Mapping[int, int], r: int) -> str:
    """Return a row's cell of the empty column that keeps heading rows with the next row."""
    if not ikat:
        return ""
    if any(a < r < a + n for a, n in ikat.items()):
        return ""
    n = ikat.get(r, 1)
    return f"table.cell(rowspan: {n}, breakable: false, inset: 0pt, stroke: _garis_ikat, []),"
