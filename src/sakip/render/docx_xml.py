"""WordprocessingML pieces of the DOCX renderer: runs, tables, signatures, template fixes.

Strings are built by hand and parsed once per element: much faster than python-docx's object
API for tables of thousands of cells. Children are written in the order the schema requires,
which Word enforces.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from sakip.core.dokumen.model import Penanda
from sakip.core.tables.base import Tabel
from sakip.render import tata_letak as tl

W = nsdecls("w")
PENANDA_ISI = "{{isi}}"


def run(teks: str, tebal: bool = False, ukuran: float | None = None) -> str:
    if not teks:
        return ""
    pr = ("<w:b/>" if tebal else "") + (f'<w:sz w:val="{round(ukuran * 2)}"/>' if ukuran else "")
    rpr = f"<w:rPr>{pr}</w:rPr>" if pr else ""
    baris = teks.split("\n")
    isi = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(b)}</w:t>' for b in baris)
    return f"<w:r>{rpr}{isi}</w:r>"


def _tengah(isi: str) -> str:
    return f'<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>{isi}</w:p>'


def penanda_atas(p: Penanda) -> str:
    """Return a signatory's role and title."""
    bagian = [_tengah(run(p.peran.upper(), tebal=True))] if p.peran else []
    bagian.append(_tengah(run(f"{p.jabatan},")))
    return "".join(bagian)


def penanda_bawah(p: Penanda) -> str:
    """Return the space to sign, the name and the NIP line (empty without a NIP, so that the
    names of two signatories line up)."""
    nama = p.nama or "(" + "." * 36 + ")"
    bagian = [_tengah("")] * 3
    bagian.append(
        _tengah(f'<w:r><w:rPr><w:b/><w:u w:val="single"/></w:rPr><w:t>{escape(nama)}</w:t></w:r>')
    )
    bagian.append(_tengah(run(f"NIP. {p.nip}") if p.nip else ""))
    return "".join(bagian)


def tanda_tangan(cell: list[str], lebar: int) -> str:
    """Return the borderless table of one row that does not split holding the signatures, one
    cell of the given width each, its content at the bottom."""
    baris = (
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{lebar}" w:type="dxa"/>'
            f'<w:vAlign w:val="bottom"/></w:tcPr>{isi}</w:tc>'
            for isi in cell
        )
        + "</w:tr>"
    )
    return (
        f'<w:tbl {W}><w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
        '<w:tblLayout w:type="fixed"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{lebar}"/><w:gridCol w:w="{lebar}"/></w:tblGrid>'
        f"{baris}</w:tbl>"
    )


BARIS_KECIL = 6
"""A table of at most this many rows is kept on one page."""
BARIS_LANJUTAN = 8
"""Rows a merged cell spans at most: a longer merge is cut into parts of about equal size,
each kept on one page, each after the first writing the text again, "(lanjutan)"."""
LANJUTAN = " (lanjutan)"
CELL_PADDING = 80
"""Left and right cell padding, twips (4 pt: the room `tata_letak` leaves for it)."""
CELL_PADDING_VERTICAL = 20
"""Top and bottom cell padding, twips."""


def tabel(t: Tabel, lebar: list[int], huruf: float) -> str:
    """Return a table as WordprocessingML: fixed widths, header row repeated on every page,
    rows that do not split, a small table and a heading row kept with the rows after them."""
    sz = round(huruf * 2)
    kecil = len(t.baris) <= BARIS_KECIL
    gabung, lanjutan = gabungan_dipotong(t)
    nama = tl.kolom_nama(t)
    garis = "".join(
        f'<w:{sisi} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for sisi in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    bagian = [
        f'<w:tbl {W}><w:tblPr><w:tblW w:w="{sum(lebar)}" w:type="dxa"/>'
        f'<w:tblBorders>{garis}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="{CELL_PADDING_VERTICAL}" w:type="dxa"/>'
        f'<w:left w:w="{CELL_PADDING}" w:type="dxa"/>'
        f'<w:bottom w:w="{CELL_PADDING_VERTICAL}" w:type="dxa"/>'
        f'<w:right w:w="{CELL_PADDING}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>',
        "".join(f'<w:gridCol w:w="{w}"/>' for w in lebar),
        "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
    ]
    for kolom, w in zip(t.kolom, lebar, strict=True):
        bagian.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
            f'w:fill="D9E2F3"/><w:vAlign w:val="center"/></w:tcPr>'
            + _cell_p(tl.judul_kolom(kolom), "center", True, sz, 0, tetap=True)
            + "</w:tc>"
        )
    bagian.append("</w:tr>")
    if not t.baris:
        bagian.append(
            f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{len(lebar)}"/></w:tcPr>'
            + _cell_p("Tidak ada data.", "left", False, sz, 0)
            + "</w:tc></w:tr>"
        )
    for r, (baris, gaya) in enumerate(zip(t.baris, t.gaya, strict=True)):
        bagian.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        # Word keeps a row on the page of the next when its paragraphs keep with the next: a
        # small table, a heading row and the rows of one part of a merged cell stay together.
        tetap = (
            (kecil and r < len(t.baris) - 1)
            or tl.kepala(t, r)
            or any(gabung.get((r + 1, c)) == 0 for c in t.gabung)
        )
        arsir = {"kelompok": "F2F2F2", "subtotal": "F2F2F2", "total": "E7E6E6"}.get(gaya.value)
        for c, (nilai, kolom, w) in enumerate(zip(baris, t.kolom, lebar, strict=True)):
            rentang = gabung.get((r, c), 1)
            pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
            if rentang > 1:
                pr += '<w:vMerge w:val="restart"/>'
            elif rentang == 0:
                pr += "<w:vMerge/>"
            if arsir:
                pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{arsir}"/>'
            teks = "" if rentang == 0 else tl.cell(nilai, kolom)
            if (r, c) in lanjutan:
                teks += LANJUTAN
            rata = "right" if tl.rata_kanan(kolom) else "left"
            indent = tl.indentasi(gaya) if c == nama else 0
            bagian.append(
                f"<w:tc><w:tcPr>{pr}</w:tcPr>"
                + _cell_p(teks, rata, tl.tebal(t, r, c), sz, indent, tetap=tetap)
                + "</w:tc>"
            )
        bagian.append("</w:tr>")
    bagian.append("</w:tbl>")
    return "".join(bagian)


def gabungan_dipotong(t: Tabel) -> tuple[dict[tuple[int, int], int], set[tuple[int, int]]]:
    """Return the merged cells as `tata_letak.gabungan` has them, cut into parts of at most
    `BARIS_LANJUTAN` rows, and the cells that begin a part after the first (text repeated).

    Word and LibreOffice leave a merged cell's text on the page where it begins: a part that
    begins a page would show blank cells. Each column is cut where the columns before it
    were, so the parts of a row's merged cells begin and end together.
    """
    gabung = tl.gabungan(t)
    result: dict[tuple[int, int], int] = {}
    lanjutan: set[tuple[int, int]] = set()
    potong: set[int] = set()
    for c in t.gabung:
        for r in range(len(t.baris)):
            rentang = gabung.get((r, c), 1)
            if rentang <= 1:
                continue
            limit = sorted({r, r + rentang} | {p for p in potong if r < p < r + rentang})
            for awal, akhir in zip(limit, limit[1:], strict=False):
                bagian = -(-(akhir - awal) // BARIS_LANJUTAN)
                ukuran = -(-(akhir - awal) // bagian)
                part_bounds = list(range(awal, akhir, ukuran))
                potong.update(part_bounds[1:])
                for mulai, ujung in zip(part_bounds, [*part_bounds[1:], akhir], strict=True):
                    if mulai != r:
                        lanjutan.add((mulai, c))
                    if ujung - mulai > 1:
                        result[(mulai, c)] = ujung - mulai
                        result.update({(i, c): 0 for i in range(mulai + 1, ujung)})
    return result, lanjutan


def _cell_p(teks: str, rata: str, tebal: bool, sz: int, indent: int, tetap: bool = False) -> str:
    ind = f'<w:ind w:left="{indent * 170}"/>' if indent else ""
    jarak = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    pr = ("<w:keepNext/>" if tetap else "") + f'{jarak}{ind}<w:jc w:val="{rata}"/>'
    rpr = ("<w:b/>" if tebal else "") + f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    isi = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(b)}</w:t>' for b in teks.split("\n"))
    run = f"<w:r><w:rPr>{rpr}</w:rPr>{isi}</w:r>" if teks else ""
    return f"<w:p><w:pPr>{pr}</w:pPr>{run}</w:p>"


def find_penanda(body: Any) -> Any:
    for p in body.iterchildren(qn("w:p")):
        if "".join(t.text or "" for t in p.iter(qn("w:t"))).strip() == PENANDA_ISI:
            return p
    return None


def _all_paragraf(dokumen: Any) -> Iterator[Any]:
    yield from dokumen.element.body.iter(qn("w:p"))
    for section in dokumen.sections:
        for bagian in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            if not bagian.is_linked_to_previous:
                yield from bagian._element.iter(qn("w:p"))


def isi_tempat(dokumen: Any, isian: dict[str, str]) -> None:
    """Fill {{placeholders}} in the body, headers and footers, even across runs Word split."""
    for p in _all_paragraf(dokumen):
        teks = [t for t in p.iter(qn("w:t"))]
        gabung = "".join(t.text or "" for t in teks)
        if "{{" not in gabung:
            continue
        for key, nilai in isian.items():
            gabung = gabung.replace("{{" + key + "}}", nilai)
        teks[0].text = gabung
        teks[0].set(qn("xml:space"), "preserve")
        for t in teks[1:]:
            t.text = ""


_SETELAH_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
)


def perbarui_bidang(dokumen: Any) -> None:
    """Ask Word to update the fields (contents, lists, references) when the file is opened."""
    settings = dokumen.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    elemen = parse_xml(f'<w:updateFields {W} w:val="true"/>')
    for nama in _SETELAH_UPDATE_FIELDS:
        berikut = settings.find(qn(f"w:{nama}"))
        if berikut is not None:
            berikut.addprevious(elemen)
            return
    settings.append(elemen)


_SECT_PR_ORDER = (
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
)


def sisip_urut(pr: Any, elemen: Any) -> None:
    """Insert pgNumType where the schema wants it: after pgSz, pgMar and their neighbours."""
    sebelumnya = None
    for anak in pr:
        if etree.QName(anak).localname in _SECT_PR_ORDER or etree.QName(anak).localname in (
            "headerReference",
            "footerReference",
        ):
            sebelumnya = anak
    if sebelumnya is None:
        pr.insert(0, elemen)
    else:
        sebelumnya.addnext(elemen)
