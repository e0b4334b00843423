"""PDF of the document model on Typst (decision 0019): the source of `render.typst_markup`,
compiled in process by the `typst` package, which bundles the compiler.

Typst lays out the whole document at once, in about a second for the LKjIP, the page numbers
of the contents, the links, the outline and the repetition of merged cells continued on a new
page included (Typst iterates its layout until the pages it asks about settle).

The page of every anchor comes from the same layout (`print_pages`), for the DOCX's lists of
contents, and is kept on disk by the document's content (`render.cache`). The source is
compiled from a file, not from bytes: the compiler then keeps what it laid out for the query
and the PDF export of the same source.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache as sekali
from pathlib import Path

import typst

from sakip.core.dokumen.model import Dokumen
from sakip.render import cache
from sakip.render.typst_markup import LABEL_TATA, sumber

GAYA_NOMOR = {"i": "lower-roman", "1": "decimal"}
"""Typst's page numbering patterns as the counter styles the DOCX's lists expect."""

Page = dict[str, tuple[int, str]]


def render_pdf(dok: Dokumen) -> bytes:
    """Return the document as PDF bytes."""
    with tempfile.TemporaryDirectory(prefix="sakip-typst-") as tempat:
        penyusun = _penyusun(dok, Path(tempat))
        cache.save_page(dok, _page(penyusun))
        # Untagged, as WeasyPrint's was: tags make the file four times larger.
        pdf = penyusun.compile(format="pdf", pdf_tags=False)
    assert isinstance(pdf, bytes)
    return pdf


def print_pages(dok: Dokumen) -> Page:
    """Return the printed page of every anchor (number, counter style), as the PDF has it; the
    document is laid out only if it was not before (cache)."""
    peta = cache.page(dok)
    if peta is None:
        with tempfile.TemporaryDirectory(prefix="sakip-typst-") as tempat:
            peta = _page(_penyusun(dok, Path(tempat)))
        cache.save_page(dok, peta)
    return peta


@sekali
def _huruf() -> typst.Fonts:
    """Return the fonts, found once per process: the system's (Liberation Sans) and Typst's."""
    return typst.Fonts(include_system_fonts=True, include_embedded_fonts=True)


def _penyusun(dok: Dokumen, tempat: Path) -> typst.Compiler:
    berkas = tempat / "dokumen.typ"
    berkas.write_text(sumber(dok), encoding="utf-8")
    return typst.Compiler(berkas, root=tempat, font_paths=_huruf())


def _page(penyusun: typst.Compiler) -> Page:
    """Return the printed page of every anchor, from the compiler's layout."""
    data = json.loads(penyusun.query(f"<{LABEL_TATA}>", field="value", one=True))
    return {j: (int(n), GAYA_NOMOR.get(pola, "decimal")) for j, (n, pola) in data}
