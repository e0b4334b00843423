"""Word numbering for the lists of a DOCX, page numbers as printed, and the file's properties.

A list item of the document model carries its marker as written ("1.", "a)", "-"). In Word
it becomes a paragraph of a numbered list (numbering.xml), so that inserting an item in Word
renumbers the list: one abstract definition per kind of marker, one list instance per list,
starting at the list's first number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from sakip.core.dokumen.model import Dokumen
from sakip.render.docx_xml import W

_PENANDA = re.compile(r"^(\d{1,2}|[a-z])([.)])$")
INDEN = 360
"""Twips a list level is indented by, and the hanging indent of its marker."""


@dataclass(frozen=True)
class Jenis:
    """A kind of marker: the Word number format and the text around the number."""

    format: str  # decimal, lowerLetter, bullet
    teks: str  # "%1." or "%1)" or the bullet


def jenis(butir: str) -> tuple[Jenis, int]:
    """Return the kind of a marker and the number it stands for ("c." -> lowerLetter, 3)."""
    cocok = _PENANDA.match(butir)
    if cocok is None:
        return Jenis("bullet", "–" if butir == "-" else butir), 1
    nomor, tanda = cocok.groups()
    if nomor.isdigit():
        return Jenis("decimal", f"%1{tanda}"), int(nomor)
    return Jenis("lowerLetter", f"%1{tanda}"), ord(nomor) - ord("a") + 1


@dataclass
class Penomoran:
    """The lists of one document, written into the numbering part of its package."""

    dokumen: Any
    abstrak: dict[Jenis, int] = field(default_factory=dict)
    kini: dict[int, tuple[Jenis, str]] = field(default_factory=dict)
    """Per level, the kind and the list instance of the list being written."""

    def __post_init__(self) -> None:
        self.numbering = self.dokumen.part.numbering_part.element
        ada = [int(n.get(qn("w:abstractNumId"))) for n in self.numbering.iter(qn("w:abstractNum"))]
        self.abstrak_berikut = max(ada, default=0) + 1
        ada = [int(n.get(qn("w:numId"))) for n in self.numbering.iter(qn("w:num"))]
        self.num_berikut = max(ada, default=0) + 1

    def putus(self) -> None:
        """End the lists being written: the next item begins a new list."""
        self.kini.clear()

    def pr(self, butir: str, tingkat: int) -> tuple[str, str]:
        """Return the numbering and the indentation (paragraph properties) of a list item."""
        j, nomor = jenis(butir)
        for lebih_dalam in [t for t in self.kini if t > tingkat]:
            del self.kini[lebih_dalam]
        if tingkat not in self.kini or self.kini[tingkat][0] != j:
            self.kini[tingkat] = (j, self._num(j, nomor))
        kiri = INDEN * tingkat
        return (
            f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{self.kini[tingkat][1]}"/></w:numPr>',
            f'<w:ind w:left="{kiri}" w:hanging="{INDEN}"/>',
        )

    def _num(self, j: Jenis, mulai: int) -> str:
        if j not in self.abstrak:
            self.abstrak[j] = self._abstrak(j)
        nomor = self.num_berikut
        self.num_berikut += 1
        self.numbering.append(
            parse_xml(
                f'<w:num {W} w:numId="{nomor}"><w:abstractNumId w:val="{self.abstrak[j]}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{mulai}"/></w:lvlOverride>'
                "</w:num>"
            )
        )
        return str(nomor)

    def _abstrak(self, j: Jenis) -> int:
        nomor = self.abstrak_berikut
        self.abstrak_berikut += 1
        el = parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{nomor}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{j.format}"/>'
            f'<w:lvlText w:val="{j.teks}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{INDEN}" w:hanging="{INDEN}"/></w:pPr></w:lvl>'
            "</w:abstractNum>"
        )
        # The schema wants every abstract definition before the first list instance.
        pertama = self.numbering.find(qn("w:num"))
        if pertama is not None:
            pertama.addprevious(el)
        else:
            self.numbering.append(el)
        return nomor


def page_number(nomor: int, gaya: str) -> str:
    """Return a page number as printed: 12, or xii in the front matter."""
    if gaya != "lower-roman":
        return str(nomor)
    result = ""
    for nilai, huruf in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while nomor >= nilai:
            result += huruf
            nomor -= nilai
    return result


def isi_properti(dokumen: Any, dok: Dokumen, tanggal: date) -> None:
    """Set the file's properties from the document: title, author (the OPD), its date."""
    p = dokumen.core_properties
    waktu = datetime.combine(tanggal, time(0, 0))
    p.title = dok.judul
    p.subject = f"{dok.identitas.singkatan} {dok.identitas.tahun}"
    p.author = dok.identitas.opd
    p.last_modified_by = dok.identitas.opd
    p.comments = ""
    p.keywords = "SAKIP"
    p.created = waktu
    p.modified = waktu
    p.revision = 1
