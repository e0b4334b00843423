"""The PDF is laid out in pieces, side by side, and joined: the joined file must read as one
document (page numbers in sequence, links and bookmarks that lead to their targets), and be the
same whether the pieces were laid out in other processes or here."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from django.db import transaction

from sakip.core.dokumen.model import Dokumen
from sakip.laporan import services
from sakip.render import cache, pdf
from sakip.render.html import potongan_bagian

from .conftest import (
    BONTANG,
    DINAS,
    TANGGAL,
    Halaman,
    halaman_baris,
    halaman_pdf,
    load_dataset,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def dokumen(django_db_setup: None, django_db_blocker: Any) -> Iterator[dict[str, Dokumen]]:
    """The LKjIP document model of both datasets."""
    hasil = {}
    with django_db_blocker.unblock(), transaction.atomic():
        for kode in (BONTANG, DINAS):
            hasil[kode] = services.dokumen("lkjip", kode, load_dataset(kode), tanggal=TANGGAL)
        transaction.set_rollback(True)
    yield hasil


@pytest.fixture(scope="module")
def bontang_pdf(dokumen: dict[str, Dokumen]) -> bytes:
    return pdf.render_pdf(dokumen[BONTANG], paralel=True)


@pytest.fixture(scope="module")
def halaman(bontang_pdf: bytes, tmp_path_factory: pytest.TempPathFactory) -> list[Halaman]:
    return halaman_pdf(bontang_pdf, tmp_path_factory.mktemp("jilid"))


def test_the_body_is_cut_only_where_print_starts_a_new_page(
    dokumen: dict[str, Dokumen],
) -> None:
    for dok in dokumen.values():
        depan, daftar, isi = pdf._bagi(dok)

        assert len(isi) > 3
        for sebelum, jilid in zip(isi, isi[1:], strict=False):
            awal = jilid.potongan[0]
            assert awal.awal_halaman or awal.halaman != sebelum.potongan[-1].halaman
        # Nothing lost or repeated: the pieces are the body in reading order.
        badan = [
            p.html
            for nama, bagian in dok.bagian_utama()
            if nama != "depan"
            for p in potongan_bagian(dok, bagian, nama, cetak=True)
        ]
        assert [p.html for j in isi for p in j.potongan] == badan
        assert [b.judul for b in daftar] == ["DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GRAFIK"]
        assert depan.potongan[0].bagian == "sampul"


def test_laid_out_here_or_in_other_processes_the_pdf_reads_the_same(
    dokumen: dict[str, Dokumen], tmp_path: Path
) -> None:
    dok = dokumen[DINAS]
    (tmp_path / "p").mkdir()
    (tmp_path / "s").mkdir()
    paralel = halaman_pdf(pdf.render_pdf(dok, paralel=True), tmp_path / "p")
    serial = halaman_pdf(pdf.render_pdf(dok, paralel=False), tmp_path / "s")

    assert [h.teks for h in paralel] == [h.teks for h in serial]
    assert [h.lanskap for h in paralel] == [h.lanskap for h in serial]


def test_pages_are_numbered_in_sequence_across_the_pieces(halaman: list[Halaman]) -> None:
    nomor = [h.nomor_cetak for h in halaman]
    mulai = nomor.index("1")
    romawi = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    assert 3 <= mulai <= len(romawi)
    assert nomor[1:mulai] == romawi[: mulai - 1]
    assert nomor[mulai:] == [str(i) for i in range(1, len(halaman) - mulai + 1)]
    assert any(h.lanskap for h in halaman[mulai:])
    # Every body page, landscape ones too, has its number at its own bottom centre.
    for h in halaman[mulai:]:
        tengah = [(x0 + x1) / 2 for x0, x1, kata in h.kata if kata == h.nomor_cetak]
        assert any(abs(t - h.lebar / 2) < 20 for t in tengah), h.nomor


def _pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.Pdf.open(io.BytesIO(data))


def test_every_link_leads_to_the_page_of_its_target(
    bontang_pdf: bytes, halaman: list[Halaman]
) -> None:
    berkas = _pdf(bontang_pdf)
    tujuan = dict(pikepdf.NameTree(berkas.Root.Names.Dests).items())
    nomor = {h.obj.objgen: i for i, h in enumerate(berkas.pages)}
    tautan = [
        (i, str(a.Dest))
        for i, h in enumerate(berkas.pages)
        for a in h.get("/Annots", [])
        if "/Dest" in a
    ]

    assert len(tautan) > 100
    assert {nama for _, nama in tautan} <= set(tujuan)
    halaman_tujuan = {nama: nomor[tujuan[nama][0].objgen] for _, nama in tautan}
    # A list entry leads to the table; a mention in the Ikhtisar (front matter, laid out in
    # another piece) leads to the table too.
    tabel17 = halaman_baris(halaman, "Tabel 17 Pencapaian Target Kinerja")
    assert halaman_tujuan["tabel-keluaran"] == tabel17.nomor - 1
    tabel18 = halaman_baris(halaman, "Tabel 18 Realisasi Anggaran")
    ikhtisar = halaman_baris(halaman, "IKHTISAR EKSEKUTIF").nomor - 1
    assert any(
        i in (ikhtisar, ikhtisar + 1) and nama == "tabel-realisasi_unit" for i, nama in tautan
    )
    assert halaman_tujuan["tabel-realisasi_unit"] == tabel18.nomor - 1


def _kerangka(berkas: pikepdf.Pdf) -> list[tuple[int, str, int]]:
    nomor = {h.obj.objgen: i for i, h in enumerate(berkas.pages)}
    hasil: list[tuple[int, str, int]] = []

    def jalan(butir: list[pikepdf.OutlineItem], tingkat: int) -> None:
        for b in butir:
            assert b.destination is not None
            hasil.append((tingkat, b.title, nomor[b.destination[0].objgen]))
            jalan(b.children, tingkat + 1)

    with berkas.open_outline() as kerangka:
        jalan(kerangka.root, 0)
    return hasil


def test_the_bookmarks_nest_sections_under_their_chapters(
    bontang_pdf: bytes, halaman: list[Halaman]
) -> None:
    kerangka = _kerangka(_pdf(bontang_pdf))
    bab = [judul for tingkat, judul, _ in kerangka if tingkat == 0]

    assert bab == [
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
    # "B. Realisasi Anggaran" opens a piece of its own, yet stays under BAB III.
    i = next(i for i, (_, judul, _) in enumerate(kerangka) if judul == "B. Realisasi Anggaran")
    induk = next(judul for t, judul, _ in reversed(kerangka[:i]) if t == 0)
    assert induk == "BAB III AKUNTABILITAS KINERJA"
    assert kerangka[i][2] == halaman_baris(halaman, "B. Realisasi Anggaran").nomor - 1


def test_a_dead_layout_process_falls_back_to_laying_out_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panggilan: list[bool | None] = []

    def render(dok: Dokumen, paralel: bool | None) -> bytes:
        panggilan.append(paralel)
        if paralel is not False:
            raise BrokenProcessPool("proses mati")
        return b"%PDF"

    monkeypatch.setattr(pdf, "_render", render)

    assert pdf.render_pdf(object()) == b"%PDF"  # type: ignore[arg-type]
    assert panggilan == [None, False]


def test_two_cores_lay_out_in_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf.os, "sched_getaffinity", lambda _: {0, 1})

    assert isinstance(pdf._pelaksana(None, 8), pdf._Serial)


def test_a_process_running_threads_is_not_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf.os, "sched_getaffinity", lambda _: {0, 1, 2, 3})
    berhenti = threading.Event()
    benang = threading.Thread(target=berhenti.wait)
    benang.start()
    try:
        assert isinstance(pdf._pelaksana(None, 8), pdf._Serial)
    finally:
        berhenti.set()
        benang.join()


def test_the_page_numbers_laid_out_alone_are_the_pdfs(
    dokumen: dict[str, Dokumen],
    bontang_pdf: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dok = dokumen[BONTANG]
    dari_pdf = cache.halaman(dok)
    monkeypatch.setenv("SAKIP_CACHE_DIR", str(tmp_path))
    cache.folder.cache_clear()
    try:
        sendiri = pdf.halaman_cetak(dok)
    finally:
        cache.folder.cache_clear()

    assert dari_pdf is not None and sendiri == dari_pdf
    tabel_16 = next(n for n in dok.daftar("Tabel") if n.label == "Tabel 16")
    tercetak = halaman_baris(
        halaman_pdf(bontang_pdf, tmp_path), "Tabel 16 Efisiensi Penggunaan Anggaran"
    ).nomor_cetak
    assert sendiri[tabel_16.jangkar] == (int(tercetak), "decimal")
