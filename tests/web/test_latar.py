"""Reports laid out in the background, as `sakip serve` runs them: the page shows the job's
steps, the database queue's worker makes the file or signs, and the person gets the outcome."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from django.test import Client, override_settings

from sakip.alur.models import DokumenTertanda
from sakip.laporan.models import SusunanDokumen
from tests.helpers import jalankan_pekerja

from .conftest import TAHUN, url_opd

ANTREAN = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
PDF_PK = url_opd("laporan/pk/unduh/pdf/")


@pytest.fixture(autouse=True)
def antrean(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The database queue, and a render cache of this test alone (nothing made before)."""
    from sakip.render import cache

    monkeypatch.setenv("SAKIP_CACHE_DIR", str(tmp_path))
    cache.folder.cache_clear()
    with override_settings(TASKS=ANTREAN):
        yield
    cache.folder.cache_clear()


def _pekerja() -> None:
    """Run the queue's worker until the queue is empty, as the server's worker would."""
    jalankan_pekerja()


def test_a_pdf_is_made_in_the_background_and_then_served_at_once(
    login: Callable[[str], Client],
) -> None:
    camat = login("camat")
    r = camat.get(PDF_PK)
    assert r.status_code == 302
    page = r["Location"]
    assert re.fullmatch(rf"/opd/[0-9.]+/{TAHUN}/laporan/susunan/\d+/", page)
    # Asked again while under way: the same job, not a second one.
    assert camat.get(PDF_PK)["Location"] == page
    isi = camat.get(page).content.decode()
    assert "Menunggu giliran disusun" in isi and 'http-equiv="refresh" content="2"' in isi
    assert "Menata halaman berkas PDF" in isi
    _pekerja()
    isi = camat.get(page).content.decode()
    assert "Selesai. Unduhan dimulai" in isi and "susunan" in isi
    r = camat.get(page + "unduh/")
    assert r.content.startswith(b"%PDF") and r["Content-Disposition"].startswith("attachment;")
    # Another person does not see the job; the same content is now served without waiting.
    assert login("perencana").get(page).status_code == 404
    r = login("perencana").get(PDF_PK)
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    assert SusunanDokumen.objects.count() == 1


def test_signing_runs_in_the_background_and_ends_on_the_report_page(
    login: Callable[[str], Client],
) -> None:
    camat = login("camat")
    r = camat.post(url_opd("laporan/lkjip/tandatangani/"), {"alasan": "Batas waktu."})
    page = r["Location"]
    assert "/laporan/susunan/" in page and not DokumenTertanda.objects.exists()
    isi = camat.get(page).content.decode()
    for langkah in ("Membuat berkas PDF", "Membuat berkas DOCX", "Menyimpan dokumen tertanda"):
        assert langkah in isi
    _pekerja()
    assert sorted(DokumenTertanda.objects.values_list("format", flat=True)) == [
        "docx",
        "html",
        "pdf",
    ]
    r = camat.get(page, follow=True)
    assert r.redirect_chain[-1][0] == url_opd("laporan/lkjip/")
    assert "LKjIP 2022 ditandatangani dan disimpan." in r.content.decode()


def test_a_refused_signing_tells_why_on_the_checklist(login: Callable[[str], Client]) -> None:
    camat = login("camat")
    page = camat.post(url_opd("laporan/lkjip/tandatangani/"), {"alasan": ""})["Location"]
    _pekerja()
    r = camat.get(page, follow=True)
    assert r.redirect_chain[-1][0] == url_opd("laporan/lkjip/periksa/")
    assert "masih ada 19 butir terbuka; tulis alasan menandatangani" in r.content.decode()
    assert not DokumenTertanda.objects.exists()
    assert SusunanDokumen.objects.get().status == SusunanDokumen.GAGAL
