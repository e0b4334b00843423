"""The PDF on Typst: what a user types is printed as typed, landscape where the document asks,
the contents give the pages the headings are printed on, the outline nests the chapters, and
a DOCX takes its page numbers from the same layout, without WeasyPrint."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest

from sakip.core.dokumen.model import (
    Bagian,
    Daftar,
    DaftarOtomatis,
    Dokumen,
    Identitas,
    Penanda,
    TabelDok,
    TandaTangan,
    Teks,
)
from sakip.core.tables.base import Gaya, Jenis, Kolom, Tabel
from sakip.render import cache
from sakip.render import typst as cetak
from sakip.render.typst_markup import label, teks

HOSTILE = (
    "#set page(width: 1cm) *tebal* _miring_ $x^2$ @rujukan <label> [kurung] \\ "
    '`kode` ~ // bukan komentar /* juga bukan */ "kutip" = judul #{panic()} 100% & é'
)
"""Every character Typst markup or code would read as syntax, and a few that need Unicode."""


@pytest.fixture(autouse=True)
def _cache_sendiri(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SAKIP_CACHE_DIR", str(tmp_path / "cache"))
    cache.folder.cache_clear()


def _pdftotext(pdf: bytes, tmp_path: Path) -> list[str]:
    berkas = tmp_path / "uji.pdf"
    berkas.write_bytes(pdf)
    keluaran = subprocess.run(
        ["pdftotext", "-layout", str(berkas), "-"], check=True, capture_output=True, text=True
    ).stdout
    return keluaran.split("\f")[:-1]


def _rata(teks_: str) -> str:
    return re.sub(r"\s+", " ", teks_).strip()


def _tabel(key: str, baris: int, judul: str = "Rincian") -> Tabel:
    t = Tabel(key, judul, [Kolom("Uraian"), Kolom("Jumlah (Rp)", Jenis.UANG)])
    for i in range(baris):
        t.add([f"Uraian {key} {i + 1}", Decimal(1000 * (i + 1))])
    t.add(["Jumlah", Decimal(1000 * baris * (baris + 1) // 2)], Gaya.TOTAL)
    return t


def _panjang(key: str, n: int) -> Teks:
    kalimat = "Kalimat yang cukup panjang untuk mengisi halaman laporan kinerja ini. " * 12
    return Teks("\n".join(f"{kalimat} ({key} {i})" for i in range(n)))


def _dokumen(judul_bab: str = "PENDAHULUAN") -> Dokumen:
    return Dokumen(
        jenis="lkjip",
        judul="Laporan Uji",
        identitas=Identitas("LAPORAN UJI", "LU", "KECAMATAN UJI", "2022", "PEMERINTAH KOTA UJI"),
        depan=[
            Bagian("KATA PENGANTAR", [_panjang("pengantar", 2)]),
            Bagian("DAFTAR ISI", [DaftarOtomatis(Daftar.ISI)], daftar_isi=False),
            Bagian("DAFTAR TABEL", [DaftarOtomatis(Daftar.TABEL)], daftar_isi=False),
        ],
        isi=[
            Bagian(
                judul_bab,
                [
                    Bagian("Latar Belakang", [_panjang("latar", 6)], nomor="A."),
                    Bagian(
                        "Rincian",
                        [Teks("Lihat [[kecil]] dan [[lebar]]."), TabelDok(_tabel("kecil", 3))],
                        nomor="B.",
                    ),
                ],
                nomor="BAB I",
            ),
            Bagian(
                "PENGUKURAN",
                [
                    _panjang("ukur", 3),
                    TabelDok(_tabel("lebar", 60, "Tabel Lebar"), lanskap=True),
                    Bagian("Analisis", [_panjang("analisis", 4)], nomor="A."),
                ],
                nomor="BAB II",
            ),
        ],
    )


def test_hostile_text_compiles_and_is_printed_as_typed(tmp_path: Path) -> None:
    t = Tabel("jahat", HOSTILE, [Kolom(HOSTILE), Kolom("Nilai", Jenis.NILAI)])
    t.add([HOSTILE + "\nbaris kedua", Decimal("1.5")])
    t.add([HOSTILE + "\nbaris kedua", Decimal("2")])
    t.gabung = (0,)
    dok = Dokumen(
        jenis="lkjip",
        judul=HOSTILE,
        identitas=Identitas(HOSTILE, HOSTILE, HOSTILE, "2022", HOSTILE),
        depan=[],
        isi=[
            Bagian(
                HOSTILE,
                [
                    Teks(f"**{HOSTILE}**\n1. {HOSTILE}\n{HOSTILE}"),
                    TabelDok(t),
                    TandaTangan(Teks(HOSTILE), (Penanda(HOSTILE, HOSTILE, HOSTILE, HOSTILE),)),
                ],
                nomor=HOSTILE,
                jangkar="#<jahat> [x]",
            )
        ],
    )

    all_items = _rata(" ".join(_pdftotext(cetak.render_pdf(dok), tmp_path)))

    # The cover, the heading, the paragraphs, the caption, the cells, the signature.
    assert all_items.count(_rata(HOSTILE)) >= 9
    assert f"Tabel 1 {_rata(HOSTILE)}" in all_items
    assert f"NIP. {_rata(HOSTILE)}" in all_items


def test_a_string_literal_escapes_what_typst_reserves() -> None:
    assert teks('a"b\\c\nd\x00e') == '"a\\"b\\\\c\\nde"'
    assert label("tabel-capaian_iku") == "<tabel-capaian_iku>"
    assert label("#x") == "<j-23-78->"


def test_landscape_pages_are_where_the_document_asks(tmp_path: Path) -> None:
    pdf = cetak.render_pdf(_dokumen())
    berkas = pikepdf.Pdf.open(io.BytesIO(pdf))
    page = _pdftotext(pdf, tmp_path)
    lanskap = [i for i, h in enumerate(berkas.pages) if float(h.mediabox[2]) > float(h.mediabox[3])]

    tabel = [i for i, t in enumerate(page) if "Uraian lebar" in t]
    assert lanskap == tabel and len(tabel) == 2
    # The header row repeats on the second landscape page.
    assert "Jumlah (Rp)" in page[tabel[1]].split("Uraian lebar")[0]
    # The small table stays on the page of its caption, portrait.
    kecil = next(i for i, t in enumerate(page) if "Tabel 1 Rincian" in t)
    assert "Uraian kecil 3" in page[kecil] and kecil not in lanskap


def _nomor_cetak(page: str) -> str:
    return [b.strip() for b in page.splitlines() if b.strip()][-1]


def test_the_contents_give_the_page_each_heading_is_printed_on(tmp_path: Path) -> None:
    page = _pdftotext(cetak.render_pdf(_dokumen()), tmp_path)
    listing = next(h for h in page if "DAFTAR ISI" in h.splitlines()[0] + h[:200])
    entri = dict(
        re.findall(r"^\s*(\S.*?\S)\s{2,}([0-9ivx]+)$", listing, flags=re.M)[:-1]  # not the footer
    )

    assert set(entri) >= {"KATA PENGANTAR", "BAB I PENDAHULUAN", "A. Latar Belakang"}
    for judul, nomor in entri.items():
        baris = judul.split(" ", 2)
        if judul.startswith("BAB "):
            # A chapter's number and title are two centred lines.
            pola = re.compile(rf"^\s*{' '.join(baris[:2])}\s*\n\s*{re.escape(baris[2])}", re.M)
        else:
            pola = re.compile(rf"^\s*{re.escape(judul)}\s*$", re.M)
        dicetak = [_nomor_cetak(h) for h in page if pola.search(h) and h is not listing]
        assert dicetak == [nomor], judul
    # Headings begin several pages apart, so a wrong number cannot pass by chance.
    assert len(set(entri.values())) >= 4


def test_the_outline_nests_sections_under_their_chapters() -> None:
    berkas = pikepdf.Pdf.open(io.BytesIO(cetak.render_pdf(_dokumen())))
    nomor = {h.obj.objgen: i for i, h in enumerate(berkas.pages)}

    with berkas.open_outline() as kerangka:
        bab = [(b.title, [c.title for c in b.children]) for b in kerangka.root]
        page = {b.title: nomor[b.destination[0].objgen] for b in kerangka.root}

    assert bab == [
        ("KATA PENGANTAR", []),
        ("DAFTAR ISI", []),
        ("DAFTAR TABEL", []),
        ("BAB I PENDAHULUAN", ["A. Latar Belakang", "B. Rincian"]),
        ("BAB II PENGUKURAN", ["A. Analisis"]),
    ]
    assert page["KATA PENGANTAR"] == 1  # after the cover
    assert page["BAB II PENGUKURAN"] > page["BAB I PENDAHULUAN"] > page["DAFTAR TABEL"]


def test_the_page_numbers_laid_out_alone_are_the_pdfs(tmp_path: Path) -> None:
    dok = _dokumen()
    sendiri = cetak.print_pages(dok)
    page = _pdftotext(cetak.render_pdf(_dokumen("PENDAHULUAN")), tmp_path)
    lebar = dok.nomor("lebar")
    assert lebar is not None

    dicetak = next(_nomor_cetak(h) for h in page if "Tabel 2 Tabel Lebar" in h)
    assert sendiri[lebar.jangkar] == (int(dicetak), "decimal")
    assert sendiri[dok.depan[0].jangkar] == (1, "lower-roman")


def test_a_docx_takes_its_page_numbers_without_weasyprint(tmp_path: Path) -> None:
    program = f"""
import io, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_typst import _dokumen
from docx import Document
from sakip.render import typst
from sakip.render.docx import render_docx
dok = _dokumen()
data = render_docx(dok, page=typst.print_pages(dok))
isi = [p.text for p in Document(io.BytesIO(data)).paragraphs]
print("\\n".join(isi))
print("weasyprint" in sys.modules, "sakip.render.pdf" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", program],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "SAKIP_CACHE_DIR": str(tmp_path)},
    ).stdout.splitlines()

    assert result[-1] == "False False"
    # The entries of the contents carry the pages Typst laid the headings out on.
    page = cetak.print_pages(_dokumen())
    dok = _dokumen()
    bab2 = page[dok.isi[1].jangkar][0]
    assert f"BAB II PENGUKURAN\t{bab2}" in result
    assert "KATA PENGANTAR\ti" in result


def _tabel_kegiatan() -> Tabel:
    """Return a Tabel 7 of one sasaran: a program, then kegiatan A of 45 sub kegiatan (more
    than a page) and kegiatan B of 2, the kegiatan on each of its rows as the data has it."""
    t = Tabel(
        "strategi",
        "Sasaran dan Kegiatan",
        [Kolom("Sasaran"), Kolom("Strategi"), Kolom("Program/Kegiatan"), Kolom("Sub Kegiatan")],
        gabung=(0, 1, 2),
    )
    kepala = ["Sasaran S", "Strategi T"]
    t.add([*kepala, "PROGRAM P", ""], Gaya.PROGRAM)
    for kegiatan, n in (("Kegiatan A", 45), ("Kegiatan B", 2)):
        for i in range(n):
            t.add([*kepala, kegiatan, f"Sub {kegiatan[-1]}{i + 1}"], Gaya.SUB_KEGIATAN)
    return t


def test_a_kegiatan_over_a_page_break_is_named_again_on_the_next_page(tmp_path: Path) -> None:
    dok = Dokumen(
        jenis="lkjip",
        judul="Laporan Uji",
        identitas=Identitas("LAPORAN UJI", "LU", "KECAMATAN UJI", "2022", "PEMERINTAH KOTA UJI"),
        depan=[],
        isi=[Bagian("STRATEGI", [TabelDok(_tabel_kegiatan())], nomor="BAB I")],
    )
    page = [_rata(h) for h in _pdftotext(cetak.render_pdf(dok), tmp_path)]
    halaman = [h for h in page if "Sub A" in h]

    assert len(halaman) == 2
    # The next page begins, under the header row, with the sasaran, its strategi and the
    # kegiatan again, each "(lanjutan)"; the program row is not repeated.
    lanjut = halaman[1].split("Sub Kegiatan", 1)[1]
    for teks_ in ("Sasaran S", "Strategi T", "Kegiatan A"):
        assert f"{teks_} (lanjutan)" in lanjut, teks_
    assert "PROGRAM P" not in lanjut and "Kegiatan B (lanjutan)" not in lanjut
    # Every sub kegiatan is printed once.
    subs = re.findall(r"Sub A(\d+)", " ".join(halaman))
    assert sorted(map(int, subs)) == list(range(1, 46))
