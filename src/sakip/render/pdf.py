"""PDF of the document model for publication: WeasyPrint on a print-specific HTML.

A4 pages; the cover unnumbered, the front matter in roman numerals, the body from page 1; the
widest tables on landscape pages; the lists of contents, tables and figures with the real page
numbers.

Laying out a 60-page LKjIP takes WeasyPrint several seconds on one core, so print is made in
pieces ("jilid") that are laid out side by side, one process per core, and joined:

1. The body is cut where print starts a new page anyway (a chapter, a heading that starts a
   page, a change between portrait and landscape), so every piece paginates exactly as the
   whole would. Each piece is laid out on its own, with no page numbers. The front matter up
   to the lists of contents is a piece too, numbered in roman by its own layout.
2. Once every page is known, the lists of contents are laid out with the page numbers written
   in, and a layer holding only the body's page numbers.
3. The pieces are joined in reading order (pikepdf), the number layer put under the body
   pages, one name tree made of the anchors of every piece, so that links across pieces hold,
   and the outline (bookmarks) rebuilt from the headings of all pieces.

Where processes cannot be forked (another platform, or a process running threads, where a
fork could inherit a held lock), or there are fewer than three cores, the same pieces are laid
out one after the other.
"""

from __future__ import annotations

import gc
import io
import multiprocessing
import os
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import Any, ParamSpec, TypeVar

import pikepdf
from weasyprint import HTML
from weasyprint.formatting_structure import boxes

from sakip.core.dokumen.model import Bagian, DaftarOtomatis, Dokumen
from sakip.render import cache
from sakip.render import tata_letak as tl
from sakip.render.html import CSS, FONT, Potong, bungkus, potongan_bagian, sampul

PT_PER_PX = 0.75
"""PDF points per CSS pixel."""
INTI_PARALEL = 3
"""Cores from which pieces are laid out side by side by default. On two cores it does not pay:
one piece (Tabel 15–17) is half the work, and the forked processes cost CPU time of their own
(decision 0010)."""
PUTARAN_LANJUTAN = 3
"""Layouts of a piece at most, while the pages that begin inside merged cells still move."""

CSS_HALAMAN = f"""
body {{ margin: 0; }}
@page {{ size: A4; margin: 2.5cm 2cm 2.2cm 3cm; }}
@page depan {{ @bottom-center {{ content: counter(page, lower-roman); font: 9pt {FONT}; }} }}
@page lanskap {{ size: A4 landscape; margin: 2cm 1.8cm 2cm 1.8cm; }}
.run.sampul {{ page: sampul; }}
.run.depan {{ page: depan; }}
.run.isi.potret, .run.lampiran.potret {{ page: isi; }}
.run.isi.lanskap, .run.lampiran.lanskap {{ page: lanskap; }}
"""
"""Page sizes and margins. Body pages carry no number here: the number layer adds it."""

CSS_CETAK = """
.sakip-dokumen h1, .sakip-dokumen .halaman-baru { break-before: page; }
.sakip-dokumen h2, .sakip-dokumen h3, .sakip-dokumen h4,
.sakip-dokumen .keterangan { break-after: avoid; }
.sakip-dokumen p.pengantar { break-after: avoid; }
.sakip-dokumen table.data tr { break-inside: avoid; }
.sakip-dokumen table.data tr.kepala { break-after: avoid; }
.sakip-dokumen table.data.kecil, .sakip-dokumen table.data.kecil tr { break-inside: avoid; }
.sakip-dokumen table.data.kecil tr { break-after: avoid; }
.sakip-dokumen .tabel-gulir { break-before: avoid; }
.sakip-dokumen figure.grafik, .sakip-dokumen table.ttd { break-inside: avoid; }
.sakip-dokumen table.ttd, .sakip-dokumen table.ttd tr { break-inside: avoid; }
.sakip-dokumen table.ttd tr:first-child { break-after: avoid; }
.sakip-dokumen table.ttd { break-before: avoid; }
.sakip-dokumen p { orphans: 2; widows: 2; }
.sakip-dokumen table.daftar { table-layout: fixed; }
.sakip-dokumen table.daftar td.judul {
  padding-right: 0.6em;
  background: radial-gradient(circle, #000 0.45pt, transparent 0.6pt) left bottom / 3pt 0.75em
    repeat-x content-box; }
.sakip-dokumen table.daftar td.judul a { background: #fff; padding-right: 0.3em; }
.sakip-dokumen table.daftar a.arab::after { content: target-counter(attr(href), page); }
.sakip-dokumen table.daftar a.romawi::after {
  content: target-counter(attr(href), page, lower-roman); }
.sakip-dokumen table.daftar a.tetap.decimal::after { content: counter(hal); }
.sakip-dokumen table.daftar a.tetap.lower-roman::after { content: counter(hal, lower-roman); }
"""

CSS_NOMOR = f"""
@page isi {{ @bottom-center {{ content: counter(page); font: 9pt {FONT}; }} }}
@page lanskap {{ @bottom-center {{ content: counter(page); font: 9pt {FONT}; }} }}
.kosong {{ height: 1px; }}
.run + .run {{ break-before: page; }}
"""
"""The number layer: one empty page per body page, numbered from 1."""


@dataclass(frozen=True)
class Jilid:
    """A stretch of pages laid out on its own."""

    potongan: tuple[Potong, ...]

    @property
    def bobot(self) -> int:
        return sum(p.bobot for p in self.potongan)


@dataclass
class HasilJilid:
    """A laid-out piece: its PDF and what joining needs to know of its pages."""

    pdf: bytes
    lanskap: list[bool]
    """Per page: whether it is landscape."""
    jangkar: dict[str, tuple[int, float, float]]
    """Anchors of this piece: page index in the piece, x and y in PDF points."""
    penanda: list[tuple[int, str, int, float, float]]
    """Bookmarks: heading level, label, page index in the piece, x and y in PDF points."""


def render_pdf(dok: Dokumen, paralel: bool | None = None) -> bytes:
    """Return the document as PDF bytes.

    ``paralel`` chooses whether pieces are laid out in several processes; by default they are
    where that is safe and there is more than one core.
    """
    try:
        return _render(dok, paralel)
    except BrokenProcessPool:
        # A layout process died (killed, out of memory): lay out here instead.
        return _render(dok, False)


def halaman_cetak(dok: Dokumen) -> dict[str, tuple[int, str]]:
    """Return the printed page of every anchor of the document (number, counter style), as
    the PDF has it; the document is laid out only if it was not before (cache)."""
    peta = cache.halaman(dok)
    if peta is None:
        # Laid out only: drawing and joining the PDF is a third of the work, not needed here.
        try:
            peta = _tata(dok, None, write=False)[1]
        except BrokenProcessPool:
            peta = _tata(dok, False, write=False)[1]
    return peta


def _render(dok: Dokumen, paralel: bool | None) -> bytes:
    return _tata(dok, paralel, write=True)[0]


def _tata(
    dok: Dokumen, paralel: bool | None, write: bool
) -> tuple[bytes, dict[str, tuple[int, str]]]:
    """Return the PDF (empty unless ``write``) and the printed page of every anchor."""
    depan, daftar, isi = _bagi(dok)
    with _pelaksana(paralel, len(isi) + 1) as pelaksana:
        h_depan, *h_isi_ = _lakukan(pelaksana, [depan, *isi], write)
        h_isi = [h for h in h_isi_ if h is not None]
        akhir = []
        halaman, mulai_romawi = _nomor_halaman(h_depan, h_isi)
        if daftar:
            potongan = [
                p
                for bagian in daftar
                for p in potongan_bagian(dok, bagian, "depan", cetak=True, halaman=halaman)
            ]
            akhir.append(_html(Jilid(tuple(potongan)), mulai_romawi=mulai_romawi))
        lanskap = [x for h in h_isi for x in h.lanskap]
        if write:
            akhir.append(_html_nomor(lanskap))
        h_daftar = list(pelaksana.map(_lapiskan, akhir, [write] * len(akhir)))
    h_nomor = h_daftar.pop() if write else None
    for h in h_daftar:
        halaman.update({j: (mulai_romawi + i, "lower-roman") for j, (i, _, _) in h.jangkar.items()})
    cache.simpan_halaman(dok, halaman)
    if h_nomor is None:
        return b"", halaman
    depan_ = [h for h in (h_depan, *h_daftar) if h is not None]
    return _gabung(dok, depan_, h_isi, h_nomor), halaman


# Cutting the document into pieces


def _bagi(dok: Dokumen) -> tuple[Jilid, list[Bagian], list[Jilid]]:
    """Return the front matter before the lists of contents, the sections from the first list
    of contents to the end of the front matter (laid out last, with every page known), and the
    body cut where print starts a new page."""
    depan: list[Potong] = [sampul(dok)] if dok.bersampul else []
    daftar: list[Bagian] = []
    for bagian in dok.depan:
        if daftar or any(isinstance(b, DaftarOtomatis) for b in bagian.isi):
            daftar.append(bagian)
        else:
            depan.extend(potongan_bagian(dok, bagian, "depan", cetak=True))
    isi: list[Jilid] = []
    kini: list[Potong] = []
    for nama, bagian in dok.bagian_utama():
        if nama == "depan":
            continue
        for potong in potongan_bagian(dok, bagian, nama, cetak=True):
            if kini and (potong.awal_halaman or potong.halaman != kini[-1].halaman):
                isi.append(Jilid(tuple(kini)))
                kini = []
            kini.append(potong)
    if kini:
        isi.append(Jilid(tuple(kini)))
    return Jilid(tuple(depan)), daftar, isi


def _nomor_halaman(
    h_depan: HasilJilid | None, h_isi: list[HasilJilid]
) -> tuple[dict[str, tuple[int, str]], int]:
    """Return the printed page of every anchor laid out so far, and the roman number the lists
    of contents start on."""
    halaman: dict[str, tuple[int, str]] = {}
    mulai_romawi = 1
    if h_depan is not None:
        # Roman numbering starts on the page of the first heading, after the cover (which has
        # no anchor).
        awal = min((i for i, _, _ in h_depan.jangkar.values()), default=len(h_depan.lanskap))
        for jangkar, (i, _, _) in h_depan.jangkar.items():
            halaman[jangkar] = (i - awal + 1, "lower-roman")
        mulai_romawi = len(h_depan.lanskap) - awal + 1
    geser = 0
    for h in h_isi:
        for jangkar, (i, _, _) in h.jangkar.items():
            halaman[jangkar] = (geser + i + 1, "decimal")
        geser += len(h.lanskap)
    return halaman, mulai_romawi


# Laying out


def _html(jilid: Jilid, mulai_romawi: int = 1) -> str:
    awal = f"@page :nth(1 of depan) {{ counter-reset: page {mulai_romawi}; }}"
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<style>{CSS}{CSS_HALAMAN}{CSS_CETAK}{awal}</style></head><body>"
        + bungkus(jilid.potongan)
        + "</body></html>"
    )


def _html_nomor(lanskap: Sequence[bool]) -> str:
    halaman = "".join(
        f'<div class="run isi {"lanskap" if miring else "potret"}"><div class="kosong"></div></div>'
        for miring in lanskap
    )
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<style>{CSS_HALAMAN}{CSS_NOMOR}</style></head><body>{halaman}</body></html>"
    )


def _lakukan(pelaksana: Executor, kerja: list[Jilid], write: bool) -> list[HasilJilid | None]:
    """Lay out the pieces, the heaviest first so that the processes finish together; an empty
    piece gives None."""
    urutan = sorted(range(len(kerja)), key=lambda i: -kerja[i].bobot)
    masa = {
        i: pelaksana.submit(_lapiskan_jilid, kerja[i], write) for i in urutan if kerja[i].potongan
    }
    return [masa[i].result() if i in masa else None for i in range(len(kerja))]


def _lapiskan_jilid(jilid: Jilid, write: bool = True) -> HasilJilid:
    """Lay out a piece of the document and write its PDF (if ``write``)."""
    return _write(tata_jilid(jilid), write)


def tata_jilid(jilid: Jilid) -> Any:
    """Return a piece of the document laid out (WeasyPrint's document).

    Where a page begins inside cells merged over several rows, the piece is laid out again
    with those cells repeated on the new page, marked "(lanjutan)", so that the reader keeps
    the sasaran and strategi a row belongs to, and a tall merged cell is not cut.
    """
    lanjut: dict[str, frozenset[int]] = {}
    dokumen = HTML(string=_html(jilid)).render()
    tabel = {p.tabel.tabel.key: p.tabel.tabel for p in jilid.potongan if p.tabel}
    if not any(t.gabung for t in tabel.values()):
        return dokumen
    for _ in range(PUTARAN_LANJUTAN - 1):
        baru = _awal_di_gabungan(dokumen, tabel)
        if baru == lanjut:
            break
        lanjut = baru
        dokumen = HTML(string=_html(_dengan_lanjutan(jilid, lanjut))).render()
    return dokumen


def _awal_di_gabungan(dokumen: Any, tabel: dict[str, Any]) -> dict[str, frozenset[int]]:
    """Return, per table, the rows that begin a page inside cells merged over several rows."""
    gabung = {k: tl.gabungan(t) for k, t in tabel.items() if t.gabung}
    hasil: dict[str, set[int]] = {}
    for halaman in dokumen.pages:
        for key, r in _baris_awal(halaman._page_box):
            tertutup = key in gabung and r > 0
            if tertutup and any(gabung[key].get((r, c)) == 0 for c in tabel[key].gabung):
                hasil.setdefault(key, set()).add(r)
    return {k: frozenset(v) for k, v in hasil.items()}


def _baris_awal(kotak: Any) -> list[tuple[str, int]]:
    """Return (table, first body row) of every table on a laid-out page."""
    hasil = []
    tumpukan = [kotak]
    while tumpukan:
        k = tumpukan.pop()
        el = getattr(k, "element", None)
        if isinstance(k, boxes.TableBox) and el is not None and el.get("data-tabel"):
            for grup in k.children:
                for baris in getattr(grup, "children", ()):
                    r = baris.element.get("data-r") if baris.element is not None else None
                    if r is not None:
                        hasil.append((el.get("data-tabel"), int(r)))
                        break
                else:
                    continue
                break
            continue
        tumpukan.extend(getattr(k, "children", ()))
    return hasil


def _dengan_lanjutan(jilid: Jilid, lanjut: dict[str, frozenset[int]]) -> Jilid:
    return Jilid(
        tuple(
            replace(p, html=p.tabel.html(lanjut[p.tabel.tabel.key]))
            if p.tabel and p.tabel.tabel.key in lanjut
            else p
            for p in jilid.potongan
        )
    )


def _lapiskan(html: str, write: bool = True) -> HasilJilid:
    """Lay out markup that needs no second layout (the lists of contents, the page numbers)."""
    return _write(HTML(string=html).render(), write)


def _write(dokumen: Any, write: bool = True) -> HasilJilid:
    """Write a laid-out piece as PDF, with what joining needs to know of its pages.

    A link to an anchor of another piece is kept: the anchor is declared on the first page
    here, and the joining points it at the real one. Positions are turned from CSS pixels
    from the top left into PDF points from the bottom left.
    """
    jangkar: dict[str, tuple[int, float, float]] = {}
    penanda = []
    for i, halaman in enumerate(dokumen.pages):
        for nama, (x, y, _, _) in halaman.anchors.items():
            jangkar.setdefault(nama, (i, x * PT_PER_PX, (halaman.height - y) * PT_PER_PX))
        for tingkat, label, (x, y), _ in halaman.bookmarks:
            penanda.append((tingkat, label, i, x * PT_PER_PX, (halaman.height - y) * PT_PER_PX))
    luar = {
        tujuan
        for halaman in dokumen.pages
        for jenis, tujuan, _, _ in halaman.links
        if jenis == "internal" and tujuan not in jangkar
    }
    for nama in sorted(luar):
        dokumen.pages[0].anchors[nama] = (0, 0, 0, 0)
    pdf = dokumen.write_pdf() if write else b""
    assert pdf is not None
    return HasilJilid(
        pdf=pdf,
        lanskap=[h.width > h.height for h in dokumen.pages],
        jangkar=jangkar,
        penanda=penanda,
    )


P = ParamSpec("P")
T = TypeVar("T")


class _Serial(Executor):
    """Lays out in this process, one piece after the other."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        masa: Future[T] = Future()
        try:
            masa.set_result(fn(*args, **kwargs))
        except BaseException as e:  # handed to the caller through the future
            masa.set_exception(e)
        return masa


def _pelaksana(paralel: bool | None, jumlah: int) -> Executor:
    inti = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    boleh = (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and (inti or 1) >= INTI_PARALEL
        and jumlah > 1
    )
    if paralel is None:
        paralel = boleh
    if not paralel:
        return _Serial()
    return ProcessPoolExecutor(
        max_workers=max(1, min(inti or 1, jumlah)),
        mp_context=multiprocessing.get_context("fork"),
        initializer=gc.freeze,
    )


# Joining


def _gabung(
    dok: Dokumen, depan: list[HasilJilid], isi: list[HasilJilid], nomor: HasilJilid
) -> bytes:
    bagian = [*depan, *isi]
    sumber = [pikepdf.Pdf.open(io.BytesIO(h.pdf)) for h in bagian]
    keluaran = sumber[0]
    mulai = [0]
    with warnings.catch_warnings():
        # Named destinations and the outline are rebuilt below, from every piece.
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        for pdf in sumber[1:]:
            mulai.append(len(keluaran.pages))
            keluaran.pages.extend(pdf.pages)
    lapisan = pikepdf.Pdf.open(io.BytesIO(nomor.pdf))
    awal_isi = sum(len(h.lanskap) for h in depan)
    if isi:
        assert len(lapisan.pages) == len(keluaran.pages) - awal_isi, "lapisan nomor tidak sejajar"
        for i, halaman in enumerate(lapisan.pages):
            # Under the page, drawn before its content: the number sits in the bottom margin,
            # where the page draws nothing, and starts from a clean graphics state.
            sasaran = keluaran.pages[awal_isi + i]
            nomor_halaman = keluaran.copy_foreign(halaman.as_form_xobject())
            sasaran.add_underlay(nomor_halaman, pikepdf.Rectangle(sasaran.mediabox))
    _tujuan(keluaran, bagian, mulai)
    _kerangka(keluaran, bagian, mulai)
    keluaran.docinfo["/Title"] = dok.judul
    hasil = io.BytesIO()
    keluaran.save(hasil)
    return hasil.getvalue()


def _tujuan(keluaran: pikepdf.Pdf, bagian: list[HasilJilid], mulai: list[int]) -> None:
    """Make the named destinations (what links lead to) from every piece's own anchors."""
    pohon = pikepdf.NameTree.new(keluaran)
    for h, awal in zip(bagian, mulai, strict=True):
        for nama, (i, x, y) in h.jangkar.items():
            halaman = keluaran.pages[awal + i].obj
            pohon[nama] = pikepdf.Array([halaman, pikepdf.Name.XYZ, x, y, 0])
    if "/Names" not in keluaran.Root:
        keluaran.Root.Names = pikepdf.Dictionary()
    keluaran.Root.Names.Dests = pohon.obj


def _kerangka(keluaran: pikepdf.Pdf, bagian: list[HasilJilid], mulai: list[int]) -> None:
    """Rebuild the outline from the headings of all pieces, nested by heading level."""
    with keluaran.open_outline() as kerangka:
        kerangka.root.clear()
        tumpukan: list[tuple[int, pikepdf.OutlineItem]] = []
        for h, awal in zip(bagian, mulai, strict=True):
            for tingkat, label, i, x, y in h.penanda:
                butir = pikepdf.OutlineItem(
                    label, awal + i, pikepdf.PageLocation.XYZ, left=x, top=y
                )
                while tumpukan and tumpukan[-1][0] >= tingkat:
                    tumpukan.pop()
                (tumpukan[-1][1].children if tumpukan else kerangka.root).append(butir)
                tumpukan.append((tingkat, butir))
