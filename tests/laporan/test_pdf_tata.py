"""Page flow of the printed LKjIP and quarterly report, read from the PDF's text page by page:
no page ends with a heading, a caption or a run-in title, a small table or a signature block is
never split, a row heading others is not left at a page foot, the rows a merged cell spans
that go on over a page repeat it "(lanjutan)", no word lies in a margin or across a table's
rule (read from the word boxes and the PDF's drawn strokes); pages numbered in sequence, links
that lead to their targets, bookmarks nested by chapter."""

from __future__ import annotations

import bisect
import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from django.db import transaction

from sakip.core.dokumen.model import Bagian, Dokumen, Paragraf, TabelDok, TandaTangan, Teks
from sakip.laporan import services
from sakip.render import tata_letak as tl
from sakip.render import typst as cetak
from sakip.render import typst_markup
from sakip.render.html import LEBAR_PT, PT_PER_CM

from .conftest import (
    BONTANG,
    TANGGAL,
    Kotak,
    Page,
    load_dataset,
    page_rows,
    pdf_pages,
)

pytestmark = pytest.mark.django_db


@dataclass
class Cetakan:
    dok: Dokumen
    pdf: bytes
    page: list[Page]


@pytest.fixture(scope="module")
def cetakan(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[Cetakan]]:
    """The demo LKjIP and its fourth-quarter report, printed."""
    with django_db_blocker.unblock(), transaction.atomic():
        tahun = load_dataset(BONTANG)
        dok = [
            services.dokumen("lkjip", BONTANG, tahun, tanggal=TANGGAL),
            services.dokumen("triwulan", BONTANG, tahun, triwulan=4, tanggal=TANGGAL),
        ]
        transaction.set_rollback(True)
    result = []
    for d in dok:
        pdf = cetak.render_pdf(d)
        tmp = tmp_path_factory.mktemp(d.jenis)
        result.append(Cetakan(d, pdf, pdf_pages(pdf, tmp)))
    yield result


@pytest.fixture(scope="module")
def lkjip(cetakan: list[Cetakan]) -> Cetakan:
    return cetakan[0]


def _rata(teks: str) -> str:
    return re.sub(r"\s+", " ", teks).strip()


def _isi(h: Page) -> list[str]:
    """Return the page's lines of text, without the page number at its foot."""
    baris = [b.strip() for b in h.teks.splitlines() if b.strip()]
    return baris[:-1] if re.fullmatch(r"[0-9]+|[ivxl]+", baris[-1] if baris else "") else baris


def _polos(dok: Dokumen, p: Paragraf) -> str:
    return "".join(dok.label(x.rujukan) if x.rujukan else x.teks for x in p.potongan)


def _pembuka(dok: Dokumen) -> set[str]:
    """Return what must never end a page: headings, captions, run-in titles."""
    result: set[str] = set()
    for blok, tingkat in dok.telusuri():
        if isinstance(blok, Bagian):
            # A chapter's number stands on a line of its own, above its title.
            result |= {blok.judul_lengkap, blok.judul} if tingkat == 1 else {blok.judul_lengkap}
        elif isinstance(blok, TabelDok):
            nomor = dok.nomor(blok.key)
            assert nomor is not None
            result.add(f"{nomor.label} {blok.tabel.judul}")
        elif isinstance(blok, Teks):
            result |= {_polos(dok, p) for p in blok.paragraf if p.pengantar}
    return {_rata(x) for x in result}


def test_a_run_in_title_is_marked_to_keep_with_its_text(lkjip: Cetakan) -> None:
    assert {"Perbandingan dengan standar nasional", "Faktor pendukung:"} <= _pembuka(lkjip.dok)


def test_no_page_ends_with_a_heading_a_caption_or_a_run_in_title(
    cetakan: list[Cetakan],
) -> None:
    berakhir = []
    for c in cetakan:
        pembuka = _pembuka(c.dok)
        for h in c.page[:-1]:
            isi = _isi(h)
            # The last line, or the last two of a title that wraps.
            ekor = {_rata(" ".join(isi[-n:])) for n in (1, 2, 3) if len(isi) >= n}
            if ekor & pembuka:
                berakhir.append((c.dok.jenis, h.nomor, isi[-1]))
    assert berakhir == []


def _page_with(c: Cetakan, teks: str) -> list[int]:
    pola = _rata(teks)
    return [h.nomor for h in c.page if pola in _rata(h.teks)]


def test_a_small_table_and_a_signature_block_stay_on_one_page(cetakan: list[Cetakan]) -> None:
    terbelah = []
    for c in cetakan:
        for blok, _ in c.dok.telusuri():
            if isinstance(blok, TabelDok) and 0 < len(blok.tabel.baris) <= 6:
                nomor = c.dok.nomor(blok.key)
                assert nomor is not None
                # The caption's first words: a long caption wraps.
                judul = " ".join(blok.tabel.judul.split()[:3])
                awal = page_rows(c.page, f"{nomor.label} {judul}").nomor
                # The last row's shortest cell: it does not wrap.
                akhir = min(
                    (
                        tl.cell(v, k)
                        for v, k in zip(blok.tabel.baris[-1], blok.tabel.kolom, strict=True)
                        if v not in ("", None)
                    ),
                    key=len,
                )
                if awal not in _page_with(c, akhir):
                    terbelah.append(nomor.label)
            elif isinstance(blok, TandaTangan):
                for p in blok.penanda:
                    jabatan = _page_with(c, f"{p.jabatan},")
                    nip = _page_with(c, f"NIP. {p.nip}") if p.nip else jabatan
                    if not set(jabatan) & set(nip):
                        terbelah.append(p.jabatan)
    assert terbelah == []


def test_a_merged_cell_is_repeated_on_the_next_page(lkjip: Cetakan) -> None:
    awal = page_rows(lkjip.page, "Tabel 7 Sasaran, Strategi").nomor
    akhir = page_rows(lkjip.page, "Tabel 8 Anggaran Belanja").nomor
    lanjutan = [h for h in lkjip.page if "(lanjutan)" in h.teks and awal < h.nomor <= akhir]

    # Tabel 7's sasaran go on over page breaks: each is written again, "(lanjutan)", at the
    # top of the next page, under the repeated header.
    assert lanjutan
    for h in lanjutan:
        isi = _isi(h)
        assert isi[0].split()[:3] == ["Sasaran", "Strategi", "Kebijakan"], h.nomor
        assert isi[1].startswith("Meningkatnya"), h.nomor
        assert "(lanjutan)" in " ".join(b.split()[0] for b in isi[1:20]), h.nomor


def _kolom_per_halaman(c: Cetakan, t: Any) -> dict[int, list[str]]:
    """Return, per page of a portrait table, each column's text with no spaces (the words whose
    left edge lies in the column, top to bottom), so a name reads whole however it wraps."""
    tata = tl.tata_tabel(t, LEBAR_PT, False)
    batas = [3 * PT_PER_CM + sum(tata.lebar[:i]) * LEBAR_PT for i in range(len(tata.lebar) + 1)]
    return {
        h.nomor: [
            "".join(k.kata for k in sorted(h.kotak, key=lambda k: (k.y0, k.x0)) if a <= k.x0 < b)
            for a, b in zip(batas, batas[1:], strict=False)
        ]
        for h in c.page
    }


def test_tabel_7s_kegiatan_is_printed_on_every_page_its_sub_kegiatan_are(lkjip: Cetakan) -> None:
    t = next(
        b.tabel
        for b, _ in lkjip.dok.telusuri()
        if isinstance(b, TabelDok) and (b.tabel.key == "strategi")
    )
    sumber = typst_markup.sumber(lkjip.dok)
    kolom = _kolom_per_halaman(lkjip, t)

    # Each kegiatan of more than one sub kegiatan is one cell over their rows, which the print
    # writes again "(lanjutan)" on a further page; the program rows are their own cells.
    assert re.findall(r'_lanjut\("strategi", (\d+), (\d+), 3,', sumber) == [
        (str(a), str(b))
        for a, b in [(1, 3), (3, 6), (8, 11), (11, 13), (14, 16), (16, 20), (20, 22), (22, 28)]
        + [(28, 30), (30, 33), (33, 37)]
    ]
    dicetak = 0
    for r, (baris, gaya) in enumerate(zip(t.baris, t.gaya, strict=True)):
        if gaya.value != "sub_kegiatan":
            continue
        sub, kegiatan = ("".join(str(x).split()) for x in (baris[4], baris[3]))
        page = [n for n, k in kolom.items() if sub in k[4]]
        assert page, r
        dicetak += 1
        for n in page:
            assert kegiatan in kolom[n][3], (r, n)
    assert dicetak == 37


def _kode_baris(t: Any) -> dict[str, int]:
    return {str(b[0]): r for r, b in enumerate(t.baris) if b[0]}


def test_a_heading_row_is_not_left_at_the_foot_of_a_page(lkjip: Cetakan) -> None:
    tertinggal = []
    pohon = [
        b.tabel
        for b, _ in lkjip.dok.telusuri()
        if isinstance(b, TabelDok) and tl.kolom_nama(b.tabel) is not None
    ]
    assert len(pohon) >= 3
    for t in pohon:
        kode = _kode_baris(t)
        for h in lkjip.page:
            ada = [kode[b.split()[0]] for b in _isi(h) if b.split()[0] in kode]
            if ada and tl.kepala(t, ada[-1]):
                tertinggal.append((t.key, h.nomor, t.baris[ada[-1]][0]))
    assert tertinggal == []


def test_pages_are_numbered_in_sequence(lkjip: Cetakan) -> None:
    nomor = [h.nomor_cetak for h in lkjip.page]
    mulai = nomor.index("1")
    romawi = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    assert 3 <= mulai <= len(romawi)
    assert nomor[1:mulai] == romawi[: mulai - 1]
    assert nomor[mulai:] == [str(i) for i in range(1, len(lkjip.page) - mulai + 1)]
    assert any(h.lanskap for h in lkjip.page[mulai:])
    # Every body page, landscape ones too, has its number at its own bottom centre.
    for h in lkjip.page[mulai:]:
        tengah = [(x0 + x1) / 2 for x0, x1, kata in h.kata if kata == h.nomor_cetak]
        assert any(abs(t - h.lebar / 2) < 20 for t in tengah), h.nomor


def _tujuan(berkas: pikepdf.Pdf) -> list[tuple[int, int]]:
    """Return (page of the link, page it leads to) of every internal link."""
    nomor = {h.obj.objgen: i for i, h in enumerate(berkas.pages)}
    nama: dict[str, Any] = {}
    if "/Names" in berkas.Root and "/Dests" in berkas.Root.Names:
        nama = {str(k): v for k, v in pikepdf.NameTree(berkas.Root.Names.Dests).items()}
    result = []
    for i, h in enumerate(berkas.pages):
        for a in h.get("/Annots", []):
            tujuan = a.get("/Dest")
            if tujuan is None and "/A" in a and "/D" in a.A:
                tujuan = a.A.D
            if tujuan is None:
                continue
            if not isinstance(tujuan, pikepdf.Array):
                tujuan = nama[str(tujuan)]
            result.append((i, nomor[tujuan[0].objgen]))
    return result


def test_every_link_leads_to_the_page_of_its_target(lkjip: Cetakan) -> None:
    tautan = _tujuan(pikepdf.Pdf.open(io.BytesIO(lkjip.pdf)))
    tabel17 = page_rows(lkjip.page, "Tabel 17 Pencapaian Target Kinerja").nomor - 1
    tabel_listing = page_rows(lkjip.page, "DAFTAR TABEL").nomor - 1
    ikhtisar = page_rows(lkjip.page, "IKHTISAR EKSEKUTIF").nomor - 1
    tabel18 = page_rows(lkjip.page, "Tabel 18 Realisasi Anggaran").nomor - 1

    assert len(tautan) > 100
    # A list entry leads to its table, a mention in the Ikhtisar too.
    assert (tabel_listing, tabel17) in tautan
    assert any(i in (ikhtisar, ikhtisar + 1) and ke == tabel18 for i, ke in tautan)


def test_the_bookmarks_nest_sections_under_their_chapters(lkjip: Cetakan) -> None:
    berkas = pikepdf.Pdf.open(io.BytesIO(lkjip.pdf))
    nomor = {h.obj.objgen: i for i, h in enumerate(berkas.pages)}
    with berkas.open_outline() as kerangka:
        bab = {b.title: b for b in kerangka.root}
        anak = {
            c.title: nomor[c.destination[0].objgen]
            for c in bab["BAB III AKUNTABILITAS KINERJA"].children
        }

        assert list(bab) == [
            "KATA PENGANTAR",
            "IKHTISAR EKSEKUTIF",
            "DAFTAR ISI",
            "DAFTAR TABEL",
            "DAFTAR GRAFIK",
            "BAB I PENDAHULUAN",
            "BAB II PERENCANAAN KINERJA",
            "BAB III AKUNTABILITAS KINERJA",
            "BAB IV PENUTUP",
            "LAMPIRAN",
        ]
    assert anak["B. Realisasi Anggaran"] == (
        page_rows(lkjip.page, "B. Realisasi Anggaran").nomor - 1
    )


def test_the_page_numbers_laid_out_alone_are_the_pdfs(
    lkjip: Cetakan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sakip.render import cache

    monkeypatch.setenv("SAKIP_CACHE_DIR", str(tmp_path))
    cache.folder.cache_clear()
    try:
        sendiri = cetak.print_pages(lkjip.dok)
    finally:
        cache.folder.cache_clear()

    tabel16 = next(n for n in lkjip.dok.listing("Tabel") if n.label == "Tabel 16")
    tercetak = page_rows(lkjip.page, "Tabel 16 Efisiensi Penggunaan Anggaran").nomor_cetak
    assert sendiri[tabel16.jangkar] == (int(tercetak), "decimal")


CM = 72 / 2.54
TEPI = {False: (3 * CM, 2.5 * CM, 2 * CM, 2.2 * CM), True: (1.8 * CM, 2 * CM, 1.8 * CM, 2 * CM)}
"""The margins (left, top, right, bottom) of a portrait and a landscape page (decision 0019)."""
GANTUNG = ".,;:!?)–-"
"""What Typst lets hang into the right margin at a line's end (its punctuation overhang)."""
GARIS_TABEL = 0.5
"""The width of a table's rules (`#set table(stroke: 0.5pt)`), black."""


def _di_luar(k: Kotak, h: Page) -> bool:
    kiri, atas, kanan, bawah = TEPI[h.lanskap]
    gantung = 3.5 if k.kata[-1] in GANTUNG else 1.0
    return (
        k.x0 < kiri - 1.0
        or k.x1 > h.lebar - kanan + gantung
        or k.y0 < atas - 1.0
        or k.y1 > h.tinggi - bawah + 1.0
    )


def _page_number(k: Kotak, h: Page) -> bool:
    """Return whether the word is the page's number, at the centre of its foot."""
    return k.kata == h.nomor_cetak and abs((k.x0 + k.x1) / 2 - h.lebar / 2) < 20


def test_no_text_lies_outside_the_text_area_of_its_page(cetakan: list[Cetakan]) -> None:
    luar = [
        (c.dok.jenis, h.nomor, k.kata)
        for c in cetakan
        for h in c.page
        for k in h.kotak
        # The page number alone stands in the bottom margin.
        if _di_luar(k, h) and not _page_number(k, h)
    ]
    assert luar == []


Garis = tuple[tuple[float, float], tuple[float, float]]
_OPERATOR = "q Q cm w SCN m l h S s f F f* B B* b b* n"
"""The operators of a page's content that draw or place a path (text is read by pdftotext)."""


def _garis_tabel(page: pikepdf.Page, tinggi: float) -> list[Garis]:
    """Return the table rules of a page: black straight strokes of their width, from the top."""
    ctm, save, jalur, garis = pikepdf.Matrix(), [], [], []
    lebar, hitam = 1.0, True
    for operand, op in pikepdf.parse_content_stream(page, _OPERATOR):
        nama = str(op)
        if nama == "q":
            save.append(ctm)
        elif nama == "Q":
            ctm = save.pop()
        elif nama == "cm":
            ctm = pikepdf.Matrix(*[float(x) for x in operand]) @ ctm
        elif nama == "w":
            lebar = float(operand[0])
        elif nama == "SCN":
            hitam = [float(x) for x in operand] == [0.0]
        elif nama == "m":
            jalur.append([_titik(ctm, operand, tinggi)])
        elif nama == "l":
            jalur[-1].append(_titik(ctm, operand, tinggi))
        elif nama == "h" and jalur:
            jalur[-1].append(jalur[-1][0])
        elif nama in ("S", "s"):
            if abs(lebar - GARIS_TABEL) < 0.01 and hitam:
                garis += [g for j in jalur for g in zip(j, j[1:], strict=False)]
            jalur = []
        elif nama in ("f", "F", "f*", "B", "B*", "b", "b*", "n"):
            jalur = []
    return garis


def _titik(ctm: pikepdf.Matrix, operand: Any, tinggi: float) -> tuple[float, float]:
    x, y = ctm.transform((float(operand[0]), float(operand[1])))
    return x, tinggi - y


Rentang = list[tuple[float, float, float]]


def _rentang(garis: list[Garis]) -> tuple[Rentang, Rentang]:
    """Return the vertical rules as (x, top, bottom) and the horizontal ones as (y, left,
    right), each sorted by its position."""
    tegak = sorted(
        (a[0], min(a[1], b[1]), max(a[1], b[1])) for a, b in garis if abs(a[0] - b[0]) < 0.01
    )
    datar = sorted(
        (a[1], min(a[0], b[0]), max(a[0], b[0])) for a, b in garis if abs(a[1] - b[1]) < 0.01
    )
    return tegak, datar


def _memotong(k: Kotak, tegak: Rentang, datar: Rentang, t: float = 1.0) -> bool:
    """Return whether a rule runs through the word's box (not along its edge)."""
    for rentang, (awal, akhir), (bawah, atas) in (
        (tegak, (k.x0, k.x1), (k.y0, k.y1)),
        (datar, (k.y0, k.y1), (k.x0, k.x1)),
    ):
        i = bisect.bisect_right(rentang, (awal + t, math.inf, math.inf))
        for posisi, mulai, selesai in rentang[i:]:
            if posisi >= akhir - t:
                break
            if mulai < atas - t and selesai > bawah + t:
                return True
    return False


def test_no_text_runs_over_the_border_of_its_table_cell(cetakan: list[Cetakan]) -> None:
    dipotong = []
    for c in cetakan:
        berkas = pikepdf.Pdf.open(io.BytesIO(c.pdf))
        for h, page in zip(c.page, berkas.pages, strict=True):
            tegak, datar = _rentang(_garis_tabel(page, h.tinggi))
            dipotong += [
                (c.dok.jenis, h.nomor, k.kata) for k in h.kotak if _memotong(k, tegak, datar)
            ]
    assert dipotong == []
