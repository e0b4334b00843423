"""The report page: preview, narrative paragraphs, downloads, signing and the signed copy."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.alur.models import DokumenTertanda
from sakip.kinerja import models as m
from sakip.render import cache
from sakip.render import typst as cetak
from sakip.web.konflik import page_token

from .conftest import KANAAN, baris, isian_awal, url_entri, url_opd

LKJIP = url_opd("laporan/lkjip/")
TANDA = {"alasan": "Ditandatangani untuk pengujian; butir terbuka diperbaiki kemudian."}


@pytest.fixture(autouse=True)
def _pdf_cepat(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    # A PDF takes a second or two per LKjIP; the PDF renderer has its own tests. The stand-in
    # PDFs are kept in a cache folder of their own, never served to another test.
    monkeypatch.setattr(cetak, "render_pdf", lambda dok: b"%PDF-1.7 uji " + dok.judul.encode())
    monkeypatch.setattr(cetak, "print_pages", lambda dok: {})
    monkeypatch.setenv("SAKIP_CACHE_DIR", str(tmp_path))
    cache.folder.cache_clear()
    yield
    cache.folder.cache_clear()


def test_it_previews_and_downloads_the_lkjip(login: Callable[[str], Client]) -> None:
    client = login("op-kanaan")
    page = client.get(LKJIP).content.decode()
    assert "KATA PENGANTAR" in page and "Unduh DOCX" in page
    html = client.get(LKJIP + "unduh/html/").content.decode()
    assert "783.211.912,00" in html
    docx = client.get(LKJIP + "unduh/docx/")
    assert docx["Content-Disposition"].startswith("attachment;")
    assert docx.content[:2] == b"PK"


def test_the_planning_officer_rewrites_a_paragraph(login: Callable[[str], Client]) -> None:
    perencana = login("perencana")
    data = {"kunci": "kata_pengantar", "teks": "Puji syukur ke hadirat Tuhan."}
    data["token"] = str(page_token())
    r = perencana.post(LKJIP + "paragraf/", data, follow=True)
    assert "Paragraf tersimpan." in r.content.decode()
    assert "Puji syukur ke hadirat Tuhan." in perencana.get(LKJIP + "unduh/html/").content.decode()
    assert login("op-kanaan").post(LKJIP + "paragraf/", data).status_code == 403


def test_the_report_page_and_its_preview_are_kept_until_the_opds_data_change(
    login: Callable[[str], Client],
) -> None:
    perencana = login("perencana")
    assert "web/laporan.html" in [t.name for t in perencana.get(LKJIP).templates]
    assert "783.211.912,00" in perencana.get(LKJIP + "unduh/html/").content.decode()
    with CaptureQueriesContext(connection) as q:
        kedua = perencana.get(LKJIP)
        pratinjau = perencana.get(LKJIP + "unduh/html/")
    # Neither builds the document again: each costs the request's own few queries.
    assert not kedua.templates and len(q.captured_queries) <= 12
    data = {"kunci": "kata_pengantar", "teks": "Laporan ini disusun dengan data terbaru."}
    assert data["teks"] not in kedua.content.decode()
    perencana.post(LKJIP + "paragraf/", {**data, "token": str(page_token())})
    assert data["teks"] in perencana.get(LKJIP).content.decode()
    assert data["teks"] in perencana.get(LKJIP + "unduh/html/").content.decode()
    assert data["teks"] not in pratinjau.content.decode()


def test_the_paragraph_editor_names_paragraphs_and_references_in_words(
    login: Callable[[str], Client],
) -> None:
    page = login("perencana").get(url_opd("laporan/pk/")).content.decode()
    label = re.findall(r'<label for="p-[^"]+">([^<]+)', page)
    assert label and all(t.startswith("Paragraf ") for t in label)
    assert not re.search(r">\s*v1\.[a-z_]+\.[a-z_]+", page)
    assert "[[kunci]]" not in page
    lkjip = login("perencana").get(LKJIP).content.decode()
    assert re.search(r'<option value="[a-z_]+">Tabel 1 · ', lkjip)


def test_it_refuses_the_second_of_two_paragraph_saves(login: Callable[[str], Client]) -> None:
    dibuka = {"kunci": "kata_pengantar", "token": str(page_token())}
    login("perencana").post(LKJIP + "paragraf/", {**dibuka, "teks": "Versi pertama."})
    r = login("perencana").post(
        LKJIP + "paragraf/", {**dibuka, "teks": "Versi kedua."}, follow=True
    )
    assert "telah diubah oleh perencana" in r.content.decode()
    html = login("camat").get(LKJIP + "unduh/html/").content.decode()
    assert "Versi pertama." in html and "Versi kedua." not in html


def test_signing_keeps_the_exact_documents_and_their_hash(login: Callable[[str], Client]) -> None:
    camat = login("camat")
    camat.post(LKJIP + "tandatangani/", TANDA)
    dokumen = {d.format: d for d in DokumenTertanda.objects.filter(jenis="lkjip", tahun=2022)}
    assert set(dokumen) == {"html", "docx", "pdf"}
    for d in dokumen.values():
        assert d.sha256 == hashlib.sha256(bytes(d.isi)).hexdigest()
        assert d.oleh.username == "camat"
    tertanda = bytes(dokumen["html"].isi)
    assert "783.211.912,00" in tertanda.decode()
    # The data changes later (e.g. a correction loaded by an administrator) ...
    b = baris(KANAAN, "7.01.02.2.02.0003")
    m.RealisasiAnggaran.objects.filter(baris=b).update(nilai=Decimal("700000000"))
    # ... but the signed version is served exactly as it was signed.
    r = camat.get(f"/dokumen/{dokumen['html'].pk}/")
    assert r.content == tertanda
    assert r["X-Sakip-Sha256"] == dokumen["html"].sha256
    assert "783.211.912,00" not in camat.get(LKJIP + "unduh/html/").content.decode()


def test_a_signed_year_is_locked_until_the_head_reopens_it(
    login: Callable[[str], Client],
) -> None:
    login("camat").post(LKJIP + "tandatangani/", TANDA)
    operator = login("op-kanaan")
    assert operator.post(url_entri(KANAAN), isian_awal(KANAAN)).status_code == 403
    perencana = login("perencana")
    assert perencana.get(url_opd("data/aset/baru/")).status_code == 403
    r = login("camat").post(url_opd("buka/"), {"alasan": ""}, follow=True)
    assert "Tulis alasan membuka kembali" in r.content.decode()
    login("camat").post(url_opd("buka/"), {"alasan": "Koreksi hasil reviu Inspektorat"})
    assert operator.post(url_entri(KANAAN), isian_awal(KANAAN)).status_code == 302
    assert perencana.get(url_opd("data/aset/baru/")).status_code == 200
    dicabut = DokumenTertanda.objects.filter(jenis="lkjip", dicabut=True)
    assert dicabut.count() == 3
    assert "Koreksi hasil reviu Inspektorat" in dicabut.first().alasan_cabut


def test_the_head_signs_the_perjanjian_kinerja(login: Callable[[str], Client]) -> None:
    login("camat").post(url_opd("laporan/pk/tandatangani/"), TANDA)
    assert DokumenTertanda.objects.filter(jenis="pk", format="docx").exists()


def test_it_shows_the_quarterly_report_of_a_chosen_quarter(
    login: Callable[[str], Client],
) -> None:
    r = login("perencana").get(url_opd("laporan/triwulan/") + "unduh/html/?tw=4")
    assert r.status_code == 200
    assert login("perencana").get(url_opd("laporan/triwulan/") + "?tw=5").status_code == 404


def test_the_planning_officer_sets_the_signing_date(login: Callable[[str], Client]) -> None:
    perencana = login("perencana")
    page = perencana.get(LKJIP).content.decode()
    assert "Tanggal penandatanganan" in page and 'value="2023-02-24"' in page

    data = {"tempat": "Bontang", "tanggal": "2023-03-02", "status": "Plt."}
    r = perencana.post(LKJIP + "pengesahan/", data, follow=True)

    assert "Tempat dan tanggal penandatanganan tersimpan." in r.content.decode()
    html = perencana.get(LKJIP + "unduh/html/").content.decode()
    assert "Bontang, 2 Maret 2023" in html and "Plt. Camat Bontang Barat" in html
    assert "24 Februari 2023" not in html
    assert login("op-kanaan").post(LKJIP + "pengesahan/", data).status_code == 403


def test_the_signing_date_is_shown_and_entered_the_indonesian_way(
    login: Callable[[str], Client],
) -> None:
    # The head reads the form: the date in words, the acting status by its name.
    kepala = login("camat").get(LKJIP).content.decode()
    bagian = kepala[kepala.index("<h2>Penandatanganan</h2>") :]
    assert "<span>24 Februari 2023</span>" in bagian and "Feb." not in bagian
    assert "<span>Definitif</span>" in bagian
    # The planning officer enters it in a date box, or types it day/month/year.
    perencana = login("perencana")
    page = perencana.get(LKJIP).content.decode()
    assert re.search(r'<input type="date" name="tanggal" value="2023-02-24"', page)

    perencana.post(LKJIP + "pengesahan/", {"tempat": "", "tanggal": "02/03/2023", "status": ""})

    kepala = login("camat").get(LKJIP).content.decode()
    assert "<span>2 Maret 2023</span>" in kepala


def test_a_pk_keeps_its_own_date_and_takes_the_acting_status(
    login: Callable[[str], Client],
) -> None:
    perencana = login("perencana")
    pk = url_opd("laporan/pk/")
    assert "Status pihak kedua" in perencana.get(pk).content.decode()

    perencana.post(pk + "pengesahan/", {"status_pihak_kedua": "Plh."})

    html = perencana.get(pk + "unduh/html/").content.decode()
    assert "Plh. Wali Kota Bontang" in html and "Bontang, 14 Februari 2022" in html
