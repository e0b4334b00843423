"""Write the DOCX template the reports are rendered into: src/sakip/data/templates/lkjip.docx.

Run once after changing it (`.venv/bin/python scripts/make_docx_template.py`); the result is
committed. A Pemda may instead give its own template made in Word or LibreOffice (see
docs/documents.md): the renderer only adds content and uses the template's styles and pages.

What this template holds:
- A4 pages, margins 2,5 / 2 / 2,2 / 3 cm (top, right, bottom, left).
- Styles: Normal (Arial 11 pt; LibreOffice shows it in the metric-compatible Liberation Sans),
  Heading 1-4, Caption, Title, TOC Heading, TOC 1-2 and Table of Figures.
- A header with the report's name and a footer with the page number (a PAGE field).
- A cover of placeholders ({{pemda}}, {{judul}}, {{singkatan}}, {{opd}}, {{tahun}}) and the
  {{isi}} paragraph, where the report's content goes.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

KELUARAN = Path(__file__).resolve().parent.parent / "src/sakip/data/templates/lkjip.docx"
FONT = "Arial"
HITAM = RGBColor(0, 0, 0)


def _huruf(style, ukuran: float, tebal: bool = False, miring: bool = False) -> None:
    style.font.name = FONT
    style.font.size = Pt(ukuran)
    style.font.bold = tebal
    style.font.italic = miring
    style.font.color.rgb = HITAM
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for atribut in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(atribut), FONT)
    for tema in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        rfonts.attrib.pop(qn(tema), None)


def _paragraf_gaya(doc, nama: str, dasar: str = "Normal"):
    if nama in [s.name for s in doc.styles]:
        return doc.styles[nama]
    style = doc.styles.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[dasar]
    return style


def _gaya(doc) -> None:
    normal = doc.styles["Normal"]
    _huruf(normal, 11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for nama, ukuran, rata, sebelum in (
        ("Heading 1", 14, WD_ALIGN_PARAGRAPH.CENTER, 0),
        ("Heading 2", 12, WD_ALIGN_PARAGRAPH.LEFT, 12),
        ("Heading 3", 11, WD_ALIGN_PARAGRAPH.LEFT, 10),
        ("Heading 4", 11, WD_ALIGN_PARAGRAPH.LEFT, 8),
        ("TOC Heading", 14, WD_ALIGN_PARAGRAPH.CENTER, 0),
    ):
        style = doc.styles[nama]
        _huruf(style, ukuran, tebal=True)
        style.paragraph_format.alignment = rata
        style.paragraph_format.space_before = Pt(sebelum)
        style.paragraph_format.space_after = Pt(8)
        style.paragraph_format.keep_with_next = True
    for nama in ("Heading 1", "TOC Heading"):
        doc.styles[nama].paragraph_format.page_break_before = True
        doc.styles[nama].paragraph_format.space_after = Pt(18)
    caption = doc.styles["Caption"]
    _huruf(caption, 10, tebal=True)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_before = Pt(10)
    caption.paragraph_format.space_after = Pt(4)
    caption.paragraph_format.keep_with_next = True
    _huruf(doc.styles["Title"], 20, tebal=True)
    doc.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for nama, indent in (("TOC 1", 0.0), ("TOC 2", 0.6), ("Table of Figures", 0.0)):
        style = _paragraf_gaya(doc, nama)
        style.paragraph_format.left_indent = Cm(indent)
        style.paragraph_format.space_after = Pt(2)
    for nama in ("Header", "Footer"):
        _huruf(doc.styles[nama], 8)


def _page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.right_margin = Cm(2.5), Cm(2)
    section.bottom_margin, section.left_margin = Cm(2.2), Cm(3)
    section.header_distance = section.footer_distance = Cm(1.2)
    kepala = section.header.paragraphs[0]
    kepala.text = "{{singkatan}} {{opd}} TAHUN {{tahun}}"
    kepala.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    kaki = section.footer.paragraphs[0]
    kaki.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = kaki.add_run()
    # A PAGE field: begin, instruction, separate, cached result, end.
    for jenis, teks in (("begin", ""), ("", " PAGE "), ("separate", ""), ("", "1"), ("end", "")):
        if jenis:
            elemen = OxmlElement("w:fldChar")
            elemen.set(qn("w:fldCharType"), jenis)
        else:
            elemen = OxmlElement("w:instrText" if teks == " PAGE " else "w:t")
            elemen.set(qn("xml:space"), "preserve")
            elemen.text = teks
        run._r.append(elemen)


def _sampul(doc) -> None:
    baris = [
        ("{{pemda}}", 14, 0),
        ("{{judul}}", 20, 150),
        ("{{singkatan}}", 18, 12),
        ("{{opd}}", 16, 130),
        ("TAHUN {{tahun}}", 16, 8),
    ]
    for teks, ukuran, sebelum in baris:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(sebelum)
        run = p.add_run(teks)
        run.bold = True
        run.font.size = Pt(ukuran)
    # No page break here: the renderer ends the cover's section, which starts a new page.
    doc.add_paragraph("{{isi}}")


def main() -> None:
    doc = Document()
    _gaya(doc)
    _page(doc)
    _sampul(doc)
    doc.core_properties.title = "Templat laporan sakip"
    doc.core_properties.author = "sakip"
    KELUARAN.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(KELUARAN))
    print(f"Ditulis: {KELUARAN}")


if __name__ == "__main__":
    main()
