"""DOCX of the document model, written into a template (the Pemda's own, or the bundled one).

The template gives the styles, the page setup, the header and footer and, optionally, a cover:
everything in its body before a paragraph reading `{{isi}}` is the cover, and placeholders such
as `{{opd}}` are filled in everywhere. The renderer only adds content: headings in the Heading
styles, captions in Caption with SEQ fields, references as REF fields to bookmarks on the
captions, real Word tables with repeated header rows, a TOC field for the contents and one for
each list of tables and figures (pre-filled, so the document reads right before Word updates
them), and section breaks for the landscape pages and the page numbering.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

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
from sakip.render import docx_xml as wml
from sakip.render import grafik as gambar
from sakip.render import tata_letak as tl
from sakip.render.docx_nomor import Penomoran, isi_properti, page_number
from sakip.render.docx_templat import TemplatRusak, templat_bawaan
from sakip.render.docx_xml import W

__all__ = ["TemplatRusak", "render_docx", "templat_bawaan"]

RATA = {Rata.BIASA: "both", Rata.TENGAH: "center", Rata.KANAN: "right"}
TWIP_PER_PT = 20


Page = Mapping[str, tuple[int, str]]
"""Anchor -> (printed page number, counter style "decimal" or "lower-roman")."""


def render_docx(
    dok: Dokumen,
    templat: Path | IO[bytes] | None = None,
    *,
    tanggal: date | None = None,
    page: Page | Callable[[], Page] | None = None,
) -> bytes:
    """Return the document as DOCX bytes, written into the template.

    ``tanggal`` dates the file's properties (the date the document bears); ``page`` gives
    the printed page of each heading, table and figure, written in the lists of contents
    until Word updates them: the pages, or a function returning them, called once the rest
    of the document is written (so that a layout made meanwhile need not be waited for).
    """
    try:
        dokumen = docx.Document(
            str(templat) if isinstance(templat, Path) else templat or str(templat_bawaan())
        )
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        etree.XMLSyntaxError,
        OSError,
    ) as exc:
        raise TemplatRusak(f"Templat DOCX tidak dapat dibuka: {exc}") from exc
    body = dokumen.element.body
    sect_pr = body.find(qn("w:sectPr"))
    if sect_pr is None:
        raise TemplatRusak("Templat DOCX tidak memiliki pengaturan halaman (w:sectPr).")
    dapat = page if callable(page) else _tetap(page or {})
    penulis = _Penulis(dok, dokumen, sect_pr, print_pages=dapat)
    penulis.write()
    isi_properti(dokumen, dok, tanggal or date.today())
    keluaran = io.BytesIO()
    dokumen.save(keluaran)
    return keluaran.getvalue()


def _tetap(page: Page) -> Callable[[], Page]:
    return lambda: page


@dataclass
class _Page:
    """The page setup read from the template, in twips."""

    lebar: int
    tinggi: int
    kiri: int
    kanan: int

    def lebar_teks(self, lanskap: bool) -> int:
        """Return the text width of a portrait or landscape page."""
        return (self.tinggi if lanskap else self.lebar) - self.kiri - self.kanan


@dataclass
class _Penulis:
    """Writes one document's content into an opened template, then puts it in place."""

    dok: Dokumen
    dokumen: Any
    sect_pr: Any
    print_pages: Callable[[], Page]
    """Returns the printed page of each anchor, for the lists of contents."""
    elemen: list[Any] = field(default_factory=list)
    """The body content written so far, in order."""
    bagian_kini: tuple[str, bool] | None = None
    """(page group, landscape) of the section being written."""
    mulai_isi: bool = False
    """Whether the body's first section (where page 1 is) has been closed."""
    bookmark: int = 0
    tertunda: list[tuple[Any, str, list[tuple[str, str, str]]]] = field(default_factory=list)
    """Each list of contents waiting for the page numbers: its place, field code, entries."""
    page: _Page = field(init=False)
    gaya: _Gaya = field(init=False)
    ref: dict[str, str] = field(init=False)
    """Bookmark name of each table's and figure's caption, for REF fields."""
    listing: Penomoran = field(init=False)
    """The numbered lists written so far."""

    def __post_init__(self) -> None:
        ukuran = self.sect_pr.find(qn("w:pgSz"))
        tepi = self.sect_pr.find(qn("w:pgMar"))
        if ukuran is None or tepi is None:
            raise TemplatRusak("Templat DOCX tidak menyebut ukuran atau tepi halaman.")
        lebar, tinggi = int(ukuran.get(qn("w:w"))), int(ukuran.get(qn("w:h")))
        self.page = _Page(
            min(lebar, tinggi),
            max(lebar, tinggi),
            int(tepi.get(qn("w:left"))),
            int(tepi.get(qn("w:right"))),
        )
        self.gaya = _Gaya(self.dokumen)
        self.ref = {k: f"_RefSakip{i}" for i, k in enumerate(self.dok.penomoran)}
        self.listing = Penomoran(self.dokumen)

    # --- the whole document -------------------------------------------------------------

    def write(self) -> None:
        """Fill the template's placeholders, write the content where its {{isi}} is (or at
        the end) and ask Word to update the fields."""
        body = self.dokumen.element.body
        penanda = wml.find_penanda(body)
        # Placeholders belong to the template: fill them before the content is added, so
        # the thousands of paragraphs written below are not searched for them.
        wml.isi_tempat(self.dokumen, self.dok.identitas.isian())
        if penanda is not None and not self.dok.bersampul:
            for old in list(penanda.itersiblings(preceding=True)):
                body.remove(old)
        elif penanda is None and self.dok.bersampul:
            self._sampul()
        if self.dok.bersampul:
            self._ganti_bagian("sampul", False)
        for nama, bagian in self.dok.bagian_utama():
            grup = "depan" if nama == "depan" else "isi"
            self._bagian(bagian, grup, 1, False)
        self._tutup_akhir()
        self._fill_listings()
        for el in self.elemen:
            if penanda is not None:
                penanda.addprevious(el)
            else:
                self.sect_pr.addprevious(el)
        if penanda is not None:
            body.remove(penanda)
        wml.perbarui_bidang(self.dokumen)

    def _sampul(self) -> None:
        i = self.dok.identitas
        for teks, gaya, ukuran in (
            (i.pemda, None, 14),
            (i.judul, "Title", 20),
            (i.singkatan, None, 18),
            (i.opd, None, 16),
            (f"TAHUN {i.tahun}", None, 16),
        ):
            self._p(wml.run(teks, tebal=True, ukuran=ukuran), gaya=gaya, rata="center", sebelum=72)

    # --- sections and page numbering -------------------------------------------------------

    def _ganti_bagian(self, grup: str, lanskap: bool) -> None:
        """Close the current section when the page group or orientation changes."""
        new = (grup, lanskap)
        if self.bagian_kini is not None and new != self.bagian_kini:
            pr = self._sect_pr(*self.bagian_kini)
            self.elemen.append(parse_xml(f"<w:p {W}><w:pPr>{pr}</w:pPr></w:p>"))
        self.bagian_kini = new

    def _tutup_akhir(self) -> None:
        if self.bagian_kini is None:
            return
        akhir = parse_xml(self._sect_pr(*self.bagian_kini))
        self.sect_pr.getparent().replace(self.sect_pr, akhir)
        self.sect_pr = akhir

    def _sect_pr(self, grup: str, lanskap: bool) -> str:
        """Return the template's section properties set for one section of the document."""
        pr = copy.deepcopy(self.sect_pr)
        ukuran = pr.find(qn("w:pgSz"))
        pendek, panjang = self.page.lebar, self.page.tinggi
        ukuran.set(qn("w:w"), str(panjang if lanskap else pendek))
        ukuran.set(qn("w:h"), str(pendek if lanskap else panjang))
        if lanskap:
            ukuran.set(qn("w:orient"), "landscape")
        else:
            ukuran.attrib.pop(qn("w:orient"), None)
        for old in pr.findall(qn("w:pgNumType")):
            pr.remove(old)
        if grup == "sampul":
            for rujukan in pr.findall(qn("w:headerReference")) + pr.findall(
                qn("w:footerReference")
            ):
                pr.remove(rujukan)
        nomor = None
        if grup == "depan":
            nomor = '<w:pgNumType w:fmt="lowerRoman" w:start="1"/>'
        elif grup == "isi" and not self.mulai_isi:
            nomor = '<w:pgNumType w:fmt="decimal" w:start="1"/>'
            self.mulai_isi = True
        elif grup == "isi":
            nomor = '<w:pgNumType w:fmt="decimal"/>'
        if nomor:
            wml.sisip_urut(pr, parse_xml(nomor.replace("<w:pgNumType", f"<w:pgNumType {W}")))
        return str(etree.tostring(pr, encoding="unicode"))

    # --- blocks ----------------------------------------------------------------------------

    def _bagian(self, bagian: Bagian, grup: str, tingkat: int, lanskap: bool) -> None:
        lanskap = lanskap or bagian.lanskap
        self._ganti_bagian(grup, lanskap)
        self._judul(bagian, tingkat)
        for blok in bagian.isi:
            if isinstance(blok, Bagian):
                self._bagian(blok, grup, tingkat + 1, lanskap)
                continue
            miring = lanskap or (isinstance(blok, TabelDok) and blok.lanskap)
            self._ganti_bagian(grup, miring)
            self._blok(blok, miring)

    def _judul(self, bagian: Bagian, tingkat: int) -> None:
        if tingkat == 1 and not bagian.daftar_isi:
            gaya = "TOC Heading"
        else:
            gaya = f"Heading {min(tingkat, 4)}"
        self._p(
            wml.run(bagian.judul_lengkap),
            gaya=gaya,
            tetap=True,
            new_page=tingkat == 1 or bagian.new_page,
            tingkat_kerangka=min(tingkat, 4) - 1 if bagian.daftar_isi else None,
        )

    def _blok(self, blok: Blok, lanskap: bool) -> None:
        self.listing.putus()
        if isinstance(blok, Teks):
            for p in blok.paragraf:
                self._paragraf(p, blok.rata)
        elif isinstance(blok, TabelDok):
            self._tabel(blok, lanskap)
        elif isinstance(blok, Grafik):
            self._grafik(blok)
        elif isinstance(blok, TandaTangan):
            self._tanda_tangan(blok)
        elif isinstance(blok, DaftarOtomatis):
            self._listing(blok.jenis)
        else:
            raise TypeError(f"Blok {type(blok).__name__} tidak dikenal.")

    def _p(self, runs: str, **pr: Any) -> None:
        self.elemen.append(self._p_element(runs, **pr))

    def _p_element(
        self,
        runs: str,
        *,
        gaya: str | None = None,
        rata: str | None = None,
        tetap: bool = False,
        new_page: bool = False,
        tingkat_kerangka: int | None = None,
        sebelum: int | None = None,
        nomor: str = "",
        tab: str = "",
        indentasi: str = "",
    ) -> Any:
        """Return a paragraph element."""
        # The children of w:pPr in the order the schema requires (Word rejects others).
        pr = ""
        if gaya:
            pr += f'<w:pStyle w:val="{self.gaya.id(gaya)}"/>'
        if tetap:
            pr += "<w:keepNext/>"
        if new_page:
            pr += "<w:pageBreakBefore/>"
        pr += nomor + tab
        if sebelum is not None:
            pr += f'<w:spacing w:before="{sebelum * TWIP_PER_PT}"/>'
        pr += indentasi
        if rata:
            pr += f'<w:jc w:val="{rata}"/>'
        if tingkat_kerangka is not None:
            pr += f'<w:outlineLvl w:val="{tingkat_kerangka}"/>'
        return parse_xml(f"<w:p {W}><w:pPr>{pr}</w:pPr>{runs}</w:p>")

    def _paragraf(self, p: Paragraf, rata: Rata) -> None:
        runs = self._inline(p)
        if p.butir:
            nomor, indentasi = self.listing.pr(p.butir, p.tingkat)
            self._p(runs, nomor=nomor, indentasi=indentasi, rata="left")
        else:
            self.listing.putus()
            self._p(runs, rata=RATA[rata], tetap=p.pengantar)

    def _inline(self, p: Paragraf, ukuran: float | None = None) -> str:
        result = []
        for potongan in p.potongan:
            if potongan.rujukan is not None and potongan.rujukan in self.ref:
                label = self.dok.label(potongan.rujukan)
                result.append(
                    f'<w:fldSimple w:instr=" REF {self.ref[potongan.rujukan]} \\h ">'
                    f"{wml.run(label, tebal=potongan.tebal, ukuran=ukuran)}</w:fldSimple>"
                )
            elif potongan.rujukan is not None:
                result.append(wml.run(self.dok.label(potongan.rujukan), potongan.tebal, ukuran))
            else:
                result.append(wml.run(potongan.teks, potongan.tebal, ukuran))
        return "".join(result)

    def _keterangan(self, key: str, judul: str) -> None:
        """Write a caption: a bookmark around "Tabel n" (the SEQ field), then the title."""
        nomor = self.dok.nomor(key)
        assert nomor is not None
        self.bookmark += 1
        runs = (
            f'<w:bookmarkStart w:id="{self.bookmark}" w:name="{self.ref[key]}"/>'
            + wml.run(f"{nomor.jenis} ")
            + f'<w:fldSimple w:instr=" SEQ {nomor.jenis} \\* ARABIC ">{wml.run(str(nomor.number))}'
            + "</w:fldSimple>"
            + f'<w:bookmarkEnd w:id="{self.bookmark}"/>'
            + wml.run(f" {judul}")
        )
        self._p(runs, gaya="Caption", tetap=True)

    def _tabel(self, blok: TabelDok, lanskap: bool) -> None:
        t = blok.tabel
        self._keterangan(t.key, t.judul)
        lebar_teks = self.page.lebar_teks(lanskap)
        tata = tl.tata_tabel(t, lebar_teks / TWIP_PER_PT, lanskap)
        lebar = [round(f * lebar_teks) for f in tata.lebar]
        self.elemen.append(parse_xml(wml.tabel(t, lebar, tata.huruf)))
        for catatan in t.catatan:
            self._p(wml.run(f"Catatan: {catatan}", ukuran=8.5), rata="left")

    def _grafik(self, g: Grafik) -> None:
        paragraf = self.dokumen.add_paragraph()
        paragraf.alignment = 1
        paragraf.add_run().add_picture(io.BytesIO(gambar.png(g)), width=Cm(gambar.LEBAR_CM))
        paragraf.paragraph_format.keep_with_next = True
        paragraf._p.getparent().remove(paragraf._p)
        self.elemen.append(paragraf._p)
        self._keterangan(g.key, g.judul)
        if g.catatan:
            self._p(wml.run(g.catatan, ukuran=8.5), rata="center")

    def _tanda_tangan(self, ttd: TandaTangan) -> None:
        """Write the signatures as a borderless table of one row that does not split, so that
        no title is parted from its name and NIP (LibreOffice ignores keep-with-next between
        rows); each cell sits at the bottom, so the names line up under titles of any length."""
        tanggal = ""
        if ttd.tempat_tanggal is not None:
            tanggal = "".join(
                f'<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>{self._inline(p)}</w:p>'
                for p in ttd.tempat_tanggal.paragraf
            )
        lebar = self.page.lebar_teks(False) // 2
        sebelum = self.elemen[-1] if self.elemen else None
        if sebelum is not None and sebelum.tag == qn("w:tbl"):
            # Two tables with nothing between are one table to Word and LibreOffice: the
            # signatures would take the borders of the table above.
            self._p("")
        elif sebelum is not None and sebelum.tag == qn("w:p"):
            # The closing sentence goes with the signatures rather than leave them alone.
            sebelum.get_or_add_pPr().keepNext_val = True
        cell = ["<w:p/>"] if len(ttd.penanda) == 1 else []
        for i, p in enumerate(ttd.penanda):
            cell.append(
                (tanggal if i == len(ttd.penanda) - 1 else "")
                + wml.penanda_atas(p)
                + wml.penanda_bawah(p)
            )
        self.elemen.append(parse_xml(wml.tanda_tangan(cell, lebar)))
        self._p("")

    def _listing(self, jenis: Daftar) -> None:
        if jenis is Daftar.ISI:
            perintah = 'TOC \\o "1-2" \\h \\z \\u'
            entri = [
                (f"TOC {min(tingkat, 2)}", bagian.judul_lengkap, bagian.jangkar)
                for bagian, tingkat in self.dok.judul_daftar_isi()
            ]
        else:
            label = "Tabel" if jenis is Daftar.TABEL else "Grafik"
            perintah = f'TOC \\h \\z \\c "{label}"'
            entri = [
                ("Table of Figures", f"{n.label} {n.judul}", n.jangkar)
                for n in self.dok.listing(label)
            ]
        if not entri:
            self._p(wml.run("Tidak ada."))
            return
        # Written last, when the page numbers are known: a placeholder keeps the place.
        tempat = parse_xml(f"<w:p {W}/>")
        self.elemen.append(tempat)
        self.tertunda.append((tempat, perintah, entri))

    def _fill_listings(self) -> None:
        """Write the lists of contents in their places, with the printed page numbers."""
        if not self.tertunda:
            return
        page = self.print_pages()
        for tempat, perintah, entri in self.tertunda:
            i = self.elemen.index(tempat)
            self.elemen[i : i + 1] = self._listing_entries(perintah, entri, page)

    def _listing_entries(
        self, perintah: str, entri: list[tuple[str, str, str]], page: Page
    ) -> list[Any]:
        """Return the paragraphs of one list of contents."""
        # One complex field over several paragraphs; its cached result lists the entries with
        # the page numbers of the PDF, until Word updates the field with its own.
        tab = (
            '<w:tabs><w:tab w:val="right" w:leader="dot" '
            f'w:pos="{self.page.lebar_teks(False)}"/></w:tabs>'
        )
        mulai = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(perintah)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        result = []
        for i, (gaya, teks, jangkar) in enumerate(entri):
            awal = mulai if i == 0 else ""
            akhir = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(entri) - 1 else ""
            hal = page.get(jangkar)
            nomor = "<w:r><w:tab/></w:r>" + wml.run(page_number(*hal)) if hal else ""
            result.append(
                self._p_element(
                    awal + wml.run(teks) + nomor + akhir, gaya=gaya, rata="left", tab=tab
                )
            )
        return result


class _Gaya:
    """The template's styles by name; a style the template lacks is added, plain."""

    def __init__(self, dokumen: Any) -> None:
        self.dokumen = dokumen
        self.ada = {s.name: s for s in dokumen.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}

    def id(self, nama: str) -> str:
        """Return the style id of a paragraph style, adding the style when missing."""
        if nama not in self.ada:
            style = self.dokumen.styles.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.dokumen.styles["Normal"]
            if nama.startswith("Heading") or nama == "TOC Heading":
                style.font.bold = True
            self.ada[nama] = style
        return str(self.ada[nama].style_id)
