"""Page flow of the printed LKjIP, read from WeasyPrint's layout boxes: no page ends with a
heading or a caption, no table cell runs out of its row, a small table or a signature block is
never split, a row heading others is not left at a page foot, and the rows a merged cell spans
that go on over a page repeat it "(lanjutan)"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import transaction

from sakip.core.dokumen.model import Dokumen
from sakip.laporan import services
from sakip.render import pdf

from .conftest import BONTANG, TANGGAL, load_dataset

pytestmark = pytest.mark.django_db

JUDUL = {"h1", "h2", "h3", "h4"}
TOLERANSI = 0.5
"""CSS pixels: rounding in the layout."""


@dataclass
class Halaman:
    nomor: int
    """Page index in its piece."""
    jilid: int
    kotak: list[Any]
    """Every box of the page in document order."""


@pytest.fixture(scope="module")
def halaman(django_db_setup: None, django_db_blocker: Any) -> Iterator[list[Halaman]]:
    """The laid-out pages of the print pieces (the same pieces the PDF joins) of the demo LKjIP
    and of its fourth-quarter report."""
    with django_db_blocker.unblock(), transaction.atomic():
        tahun = load_dataset(BONTANG)
        dok: list[Dokumen] = [
            services.dokumen("lkjip", BONTANG, tahun, tanggal=TANGGAL),
            services.dokumen("triwulan", BONTANG, tahun, triwulan=4, tanggal=TANGGAL),
        ]
        transaction.set_rollback(True)
    hasil = []
    for d in dok:
        depan, _, isi = pdf._bagi(d)
        for jilid in [depan, *isi]:
            j = len({h.jilid for h in hasil})
            for i, page in enumerate(pdf.tata_jilid(jilid).pages):
                hasil.append(Halaman(i, j, list(_turunan(page._page_box))))
    yield hasil


def _turunan(kotak: Any) -> Iterator[Any]:
    yield kotak
    for anak in getattr(kotak, "children", ()):
        yield from _turunan(anak)


def _kelas(kotak: Any) -> set[str]:
    el = getattr(kotak, "element", None)
    return set((el.get("class") or "").split()) if el is not None else set()


def _teks(kotak: Any) -> str:
    return "".join(kotak.element.itertext())


def _bawah(kotak: Any) -> float:
    return float(kotak.position_y + kotak.margin_height())


def _isi_terakhir(h: Halaman) -> Any:
    """Return the block whose bottom is lowest on the page: a line, a row, a picture."""
    isi = [
        k
        for k in h.kotak
        if type(k).__name__ in ("LineBox", "TableRowBox", "InlineReplacedBox", "SVGBox")
        or (type(k).__name__ == "BlockBox" and k.element_tag in JUDUL)
    ]
    return max(isi, key=_bawah, default=None)


def _pemilik(h: Halaman, kotak: Any) -> Any:
    """Return the heading, caption or run-in title a line belongs to, if it belongs to one."""
    for k in h.kotak:
        if (k.element_tag in JUDUL or _kelas(k) & {"keterangan", "pengantar"}) and any(
            d is kotak for d in _turunan(k)
        ):
            return k
    return None


def test_a_run_in_title_is_marked_to_keep_with_its_text(halaman: list[Halaman]) -> None:
    judul = {_teks(k) for h in halaman for k in h.kotak if "pengantar" in _kelas(k)}

    assert {"Perbandingan dengan standar nasional", "Faktor pendukung:"} <= judul


def test_no_page_ends_with_a_heading_or_a_caption(halaman: list[Halaman]) -> None:
    berakhir = []
    for h in halaman:
        terakhir = _isi_terakhir(h)
        pemilik = _pemilik(h, terakhir) if terakhir is not None else None
        if pemilik is not None:
            berakhir.append((h.jilid, h.nomor, _teks(pemilik)[:50]))
    assert berakhir == []


def test_no_table_cell_runs_out_of_its_row(halaman: list[Halaman]) -> None:
    keluar = []
    for h in halaman:
        for tabel in (k for k in h.kotak if type(k).__name__ == "TableBox"):
            batas = tabel.position_y + tabel.margin_height()
            for cell in (k for k in _turunan(tabel) if type(k).__name__ == "TableCellBox"):
                isi = [_bawah(d) for d in _turunan(cell) if type(d).__name__ == "LineBox"]
                # A cell spanning rows that runs below the table's last row on the page runs
                # out of its border, into the margin.
                if isi and max(isi) > batas + TOLERANSI:
                    keluar.append((h.jilid, h.nomor, _teks(cell)[:40]))
    assert keluar == []


def _halaman_tabel(halaman: list[Halaman], kelas: str) -> dict[str, set[tuple[int, int]]]:
    """Return, per table (its caption's anchor), the pages its rows are on."""
    hasil: dict[str, set[tuple[int, int]]] = {}
    for h in halaman:
        for k in h.kotak:
            if type(k).__name__ == "TableBox" and kelas in _kelas(k):
                key = k.element.get("data-tabel") or str(id(k.element))
                baris = [d for d in _turunan(k) if type(d).__name__ == "TableRowBox"]
                if baris:
                    hasil.setdefault(key, set()).add((h.jilid, h.nomor))
    return hasil


def test_a_small_table_and_a_signature_block_stay_on_one_page(halaman: list[Halaman]) -> None:
    terbelah = {
        key: hal
        for kelas in ("kecil", "ttd")
        for key, hal in _halaman_tabel(halaman, kelas).items()
        if len(hal) > 1
    }
    assert terbelah == {}


def test_a_merged_cell_is_repeated_on_the_next_page(halaman: list[Halaman]) -> None:
    lanjutan = [
        _teks(k)
        for h in halaman
        for k in h.kotak
        if type(k).__name__ == "TableCellBox" and "lanjutan" in _kelas(k)
    ]
    # Tabel 7's first sasaran goes on over a page break: its sasaran, strategi and kebijakan
    # are written again at the top of the next page.
    assert any(t.startswith("Meningkatnya kualitas pelayanan") for t in lanjutan)
    assert all(t.endswith("(lanjutan)") for t in lanjutan)


def _baris(h: Halaman) -> list[tuple[str, str]]:
    """Return (table, row class) of every body row on the page, in order."""
    hasil = []
    for k in h.kotak:
        if type(k).__name__ == "TableBox" and k.element.get("data-tabel"):
            hasil.extend(
                (k.element.get("data-tabel"), d.element.get("class"))
                for d in _turunan(k)
                if type(d).__name__ == "TableRowBox" and d.element.get("data-r")
            )
    return hasil


def test_a_heading_row_is_not_left_at_the_foot_of_a_page(halaman: list[Halaman]) -> None:
    tertinggal = []
    for h, berikut in zip(halaman, halaman[1:], strict=False):
        ini, lalu = _baris(h), _baris(berikut)
        berlanjut = h.jilid == berikut.jilid and ini and lalu and ini[-1][0] == lalu[0][0]
        if berlanjut and "kepala" in ini[-1][1].split():
            tertinggal.append((h.jilid, h.nomor, ini[-1]))
    assert tertinggal == []
