"""The bundled datasets in the test database, reports rendered once per module, and readers of
the rendered files (python-docx for DOCX, poppler's pdftotext for PDF)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.db import transaction
from docx.oxml.ns import qn
from docx.table import Table

from sakip.dataset.load import load_path
from sakip.laporan import services

DATASETS = Path(__file__).resolve().parents[2] / "src/sakip/data/datasets"
BONTANG = "7.01.0.00.0.00.30.0000"
DINAS = "2.15.0.00.0.00.01.0000"
TANGGAL = date(2023, 1, 16)
DATASET = {BONTANG: ("bontang-barat-2022", 2022), DINAS: ("dinas-contoh-2023", 2023)}


def load_dataset(kode: str) -> int:
    """Load the dataset of an OPD; return its report year."""
    nama, tahun = DATASET[kode]
    load_path(DATASETS / nama)
    return tahun


@pytest.fixture
def bontang(db: None) -> str:
    """Kecamatan Bontang Barat 2022 in the database; its OPD code."""
    load_dataset(BONTANG)
    return BONTANG


@pytest.fixture
def dinas(db: None) -> str:
    """The synthetic Dinas Perhubungan 2023 in the database; its OPD code."""
    load_dataset(DINAS)
    return DINAS


@pytest.fixture(scope="module")
def laporan(django_db_setup: None, django_db_blocker: Any) -> Iterator[Callable[..., bytes]]:
    """Return a renderer of reports that loads the dataset, renders once, and rolls back."""
    cache: dict[tuple[Any, ...], bytes] = {}

    def render(jenis: str, kode: str, fmt: str, **kw: Any) -> bytes:
        key = (jenis, kode, fmt, tuple(sorted(kw.items())))
        if key not in cache:
            with django_db_blocker.unblock(), transaction.atomic():
                tahun = load_dataset(kode)
                cache[key] = services.render(jenis, kode, tahun, fmt, tanggal=TANGGAL, **kw)
                transaction.set_rollback(True)
        return cache[key]

    yield render


# --- PDF -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kotak:
    """A word and its box, in points from the page's top left corner."""

    kata: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    nomor: int
    """Position in the file, from 1."""
    teks: str
    lebar: float
    tinggi: float
    kotak: list[Kotak]
    """The box of every word on the page."""

    @property
    def kata(self) -> list[tuple[float, float, str]]:
        """Return (xMin, xMax, word) of every word on the page."""
        return [(k.x0, k.x1, k.kata) for k in self.kotak]

    @property
    def lanskap(self) -> bool:
        return self.lebar > self.tinggi

    @property
    def nomor_cetak(self) -> str:
        """Return the page number printed in the footer (the page's last line)."""
        baris = [b.strip() for b in self.teks.splitlines() if b.strip()]
        return baris[-1] if baris else ""


def _poppler(program: str) -> str:
    jalur = shutil.which(program)
    if jalur is None:
        pytest.fail(f"{program} (paket sistem poppler-utils) diperlukan untuk menguji PDF.")
    return jalur


_KATA = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def pdf_pages(data: bytes, tmp: Path) -> list[Page]:
    """Return the pages of a PDF: their text (layout kept), size and word positions."""
    berkas = tmp / "laporan.pdf"
    berkas.write_bytes(data)
    teks = subprocess.run(
        [_poppler("pdftotext"), "-layout", str(berkas), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\f")
    bbox = subprocess.run(
        [_poppler("pdftotext"), "-bbox", str(berkas), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result = []
    for i, blok in enumerate(re.findall(r"<page (.*?)</page>", bbox, flags=re.S)):
        lebar = float(re.search(r'width="([\d.]+)"', blok).group(1))  # type: ignore[union-attr]
        tinggi = float(re.search(r'height="([\d.]+)"', blok).group(1))  # type: ignore[union-attr]
        kotak = [
            Kotak(html.unescape(w), float(x0), float(y0), float(x1), float(y1))
            for x0, y0, x1, y1, w in _KATA.findall(blok)
        ]
        result.append(Page(i + 1, teks[i], lebar, tinggi, kotak))
    return result


def page_with(page: list[Page], teks: str) -> Page:
    """Return the first page whose text holds `teks` (spaces as pdftotext lays them out)."""
    pola = re.compile(r"\s+".join(re.escape(k) for k in teks.split()))
    return next(h for h in page if pola.search(h.teks))


def page_rows(page: list[Page], *baris: str) -> Page:
    """Return the first page with consecutive lines starting with `baris` that are not entries
    of a list of contents: a heading or a caption, not its entry in a list.

    A list entry ends with its page number after wide space (the leader dots are drawn, not
    text); a page of a list is a front-matter page (roman number) with several such lines, and
    is skipped unless a list heading ("DAFTAR ...") is sought, as a wrapped entry's first line
    has no number.
    """
    for h in page:
        isi = [b.strip() for b in h.teks.splitlines() if b.strip()]
        entri = [bool(ENTRI_LISTING.match(b)) for b in isi]
        listing = bool(re.fullmatch(r"[ivxl]+", h.nomor_cetak)) and sum(entri) >= 3
        if listing and not baris[0].startswith("DAFTAR "):
            continue  # a list of contents, tables or figures, not the thing listed
        for i in range(len(isi) - len(baris) + 1):
            potong = isi[i : i + len(baris)]
            if all(
                b.startswith(x) and not e
                for b, e, x in zip(potong, entri[i : i + len(baris)], baris, strict=True)
            ):
                return h
    raise AssertionError(f"tidak ada halaman dengan baris {baris}")


ENTRI_LISTING = re.compile(r"^(\S.*?)\s{2,}([0-9ivxl]+)$")
"""A line of a list of contents, stripped: the entry (or its last line), wide space, the page."""


# --- DOCX ----------------------------------------------------------------------------------


def teks_elemen(el: Any) -> str:
    return "".join(t.text or "" for t in el.iter(qn("w:t")))


def tabel_docx(dokumen: Any) -> dict[str, tuple[Table, Any]]:
    """Return "Tabel n" -> (the table after that caption, the section properties it lies in)."""
    result: dict[str, tuple[Table, Any]] = {}
    label = None
    tunggu: list[tuple[str, Table]] = []
    for el in dokumen.element.body.iterchildren():
        if el.tag == qn("w:p"):
            gaya = el.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            cocok = re.match(r"(Tabel \d+) ", teks_elemen(el))
            if gaya is not None and gaya.get(qn("w:val")) == "Caption" and cocok:
                label = cocok.group(1)
            sect = el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
            if sect is not None:
                result.update({lbl: (tbl, sect) for lbl, tbl in tunggu})
                tunggu = []
        elif el.tag == qn("w:tbl") and label:
            tunggu.append((label, Table(el, dokumen._body)))
            label = None
        elif el.tag == qn("w:sectPr"):
            result.update({lbl: (tbl, el) for lbl, tbl in tunggu})
    return result


def baris_dengan(tabel: Table, teks: str) -> list[str]:
    """Return the cell texts of the first row holding a cell equal to `teks`."""
    for row in tabel.rows:
        cell = [c.text for c in row.cells]
        if teks in cell:
            return cell
    raise AssertionError(f"tidak ada baris {teks!r}")
