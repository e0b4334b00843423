"""PDF of the document model for publication: WeasyPrint on a print-specific HTML.

A4 pages; the cover unnumbered, the front matter in roman numerals, the body from page 1; the
widest tables on landscape pages; the lists of contents, tables and figures with the real page
numbers (CSS target-counter), computed by WeasyPrint in the same layout.
"""

from __future__ import annotations

from html import escape

from weasyprint import HTML

from sakip.core.dokumen.model import Dokumen
from sakip.render.html import CSS, FONT, markup

CSS_CETAK = f"""
@page {{
  size: A4; margin: 2.5cm 2cm 2.2cm 3cm;
  @bottom-center {{ content: counter(page); font: 9pt {FONT}; }}
}}
@page sampul {{ @bottom-center {{ content: none; }} }}
@page depan {{ @bottom-center {{ content: counter(page, lower-roman); }} }}
@page :nth(1 of depan) {{ counter-reset: page 1; }}
@page lanskap {{ size: A4 landscape; margin: 2cm 1.8cm 2cm 1.8cm; }}
@page mulai-lanskap {{ size: A4 landscape; margin: 2cm 1.8cm 2cm 1.8cm; }}
@page :nth(1 of mulai) {{ counter-reset: page 1; }}
@page :nth(1 of mulai-lanskap) {{ counter-reset: page 1; }}
.run.sampul {{ page: sampul; }}
.run.depan {{ page: depan; }}
.run.isi.potret, .run.lampiran.potret {{ page: isi; }}
.run.isi.lanskap, .run.lampiran.lanskap {{ page: lanskap; }}
.run.mulai.potret {{ page: mulai; }}
.run.mulai.lanskap {{ page: mulai-lanskap; }}
.sakip-dokumen h1, .sakip-dokumen .halaman-baru {{ break-before: page; }}
.sakip-dokumen h2, .sakip-dokumen h3, .sakip-dokumen h4,
.sakip-dokumen .keterangan {{ break-after: avoid; }}
.sakip-dokumen table.data tr {{ break-inside: avoid; }}
.sakip-dokumen figure.grafik, .sakip-dokumen table.ttd {{ break-inside: avoid; }}
.sakip-dokumen table.ttd {{ break-before: avoid; }}
.sakip-dokumen p {{ orphans: 2; widows: 2; }}
.sakip-dokumen table.daftar td.judul::after {{ content: leader('.'); }}
.sakip-dokumen table.daftar a.arab::after {{ content: target-counter(attr(href), page); }}
.sakip-dokumen table.daftar a.romawi::after {{
  content: target-counter(attr(href), page, lower-roman); }}
"""


def html_cetak(dok: Dokumen) -> str:
    """Return the print HTML the PDF is made from."""
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<title>{escape(dok.judul)}</title><style>{CSS}{CSS_CETAK}</style></head><body>"
        + markup(dok, cetak=True)
        + "</body></html>"
    )


def render_pdf(dok: Dokumen) -> bytes:
    """Return the document as PDF bytes."""
    hasil = HTML(string=html_cetak(dok)).write_pdf()
    assert hasil is not None
    return hasil
