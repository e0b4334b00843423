"""End to end in headless Chromium: an operator's figure travels to the signed-off LKjIP.

Debian's /usr/bin/chromium is driven through Playwright's sync API (no browser download).
Screenshots of the main screens are written to out/screenshots/ for a person to look at.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from sakip.kinerja import models as m

from .conftest import BELIMBING, KANAAN, OPD, PASSWORD, TAHUN, create_pengguna_demo

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
LINE = "7.01.02.2.02.0003"


@contextlib.contextmanager
def browser_page(url: str, width: int, height: int, timeout: int) -> Iterator[object]:
    """Yield a page of a fresh headless Chromium at this size, its paths relative to `url`."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(
            base_url=url, viewport={"width": width, "height": height}, locale="id-ID"
        )
        page = context.new_page()
        page.set_default_timeout(timeout)
        yield page
        context.close()
        browser.close()


pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


@pytest.fixture
def baris_id(transactional_db: None) -> int:
    """Load the demo data and users; return the id of the Kanaan budget line the test changes.

    The database is read here, before the browser starts: Playwright's sync API runs an event
    loop, inside which Django refuses queries.
    """
    from sakip.dataset.load import load_path
    from tests.conftest import BONTANG

    load_path(BONTANG)
    create_pengguna_demo()
    return m.BarisAnggaran.objects.get(unit__kode=KANAAN, tahun=TAHUN, sub_kegiatan=LINE).id


@pytest.fixture
def page(live_server, baris_id: int) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with browser_page(live_server.url, 1366, 900, 30_000) as page:
        yield page


def _masuk(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def _keluar(page) -> None:  # type: ignore[no-untyped-def]
    page.click("text=Keluar")
    page.wait_for_url("**/masuk/")


def _foto(page, nama: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(SCREENSHOTS / f"{nama}.png"), full_page=True)


def _status(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator(".status-periode .lencana").first.inner_text()


def test_an_operators_figure_reaches_the_approved_lkjip(page, baris_id: int) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    entri = f"/opd/{OPD}/{TAHUN}/isian/{KANAAN}/4/"

    _masuk(page, "op-kanaan")
    page.goto(entri)
    page.fill(f"#id_a{baris_id}_tahun", "785.432.100,50")
    _foto(page, "isian-operator")
    page.click("button[name=simpan]")
    assert "Isian tersimpan (1 angka diubah)." in page.inner_text(".pesan")
    page.click("a[data-aksi=ajukan]")
    _foto(page, "ajukan")
    page.click("button[data-aksi=ajukan]")
    assert _status(page) == "Diajukan"

    respons = page.goto(f"/opd/{OPD}/{TAHUN}/isian/{BELIMBING}/4/")
    assert respons is not None and respons.status == 403
    assert "Akses ditolak" in page.inner_text("h1")
    _keluar(page)

    _masuk(page, "perencana")
    page.goto(entri)
    page.click("button[data-aksi=verifikasi]")
    assert _status(page) == "Diverifikasi"
    _keluar(page)

    _masuk(page, "camat")
    page.goto(entri)
    page.click("button[data-aksi=setujui]")
    assert _status(page) == "Dikunci"
    page.goto(f"/opd/{OPD}/{TAHUN}/alur/")
    _foto(page, "alur-kerja")

    page.goto(f"/opd/{OPD}/{TAHUN}/laporan/lkjip/")
    page.wait_for_load_state("networkidle")
    _foto(page, "laporan")
    with page.expect_download() as unduhan:
        page.click("a[data-unduh=docx]")
    teks = _teks_docx(Path(unduhan.value.path()).read_bytes())
    assert "785.432.100,50" in teks

    page.goto(f"/opd/{OPD}/{TAHUN}/")
    _foto(page, "dasbor")
    page.goto(f"/opd/{OPD}/{TAHUN}/pohon/")
    _foto(page, "pohon-kinerja")


def test_a_malformed_number_is_explained_next_to_its_box(page, baris_id: int) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    _masuk(page, "op-kanaan")
    page.goto(f"/opd/{OPD}/{TAHUN}/isian/{KANAAN}/4/")
    page.fill(f"#id_a{baris_id}_tahun", "785.00.000")
    page.click("button[name=simpan]")
    pesan = page.locator(f"#id_a{baris_id}_tahun ~ .galat-isian")
    assert "format Indonesia" in pesan.first.inner_text()
    # The banner names the box, links to it, and the focus is already there.
    assert page.locator(f".galat a[href='#id_a{baris_id}_tahun']").count() == 1
    assert page.evaluate("document.activeElement.id") == f"id_a{baris_id}_tahun"
    assert page.get_attribute(f"#id_a{baris_id}_tahun", "aria-invalid") == "true"
    _foto(page, "isian-galat")


LAYAR = {"desktop": {"width": 1366, "height": 900}, "ponsel": {"width": 375, "height": 800}}


def test_no_page_scrolls_sideways_on_a_phone(page, baris_id: int) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    urls = {
        "op-kanaan": {
            "tugas-operator": "/tugas/",
            "isian": f"/opd/{OPD}/{TAHUN}/isian/{KANAAN}/4/",
            "ajukan": f"/opd/{OPD}/{TAHUN}/isian/{KANAAN}/4/ajukan/",
            "dasbor-operator": f"/opd/{OPD}/{TAHUN}/",
        },
        "camat": {
            "tugas-kepala": "/tugas/",
            "periksa-tanda": f"/opd/{OPD}/{TAHUN}/laporan/lkjip/periksa/",
            "alur-kerja-kepala": f"/opd/{OPD}/{TAHUN}/alur/",
            "dasbor": f"/opd/{OPD}/{TAHUN}/",
        },
    }
    lebar = {}
    for persona, listing in urls.items():
        _masuk(page, persona)
        for nama, url in listing.items():
            for layar, ukuran in LAYAR.items():
                page.set_viewport_size(ukuran)
                page.goto(url)
                _foto(page, f"{nama}-{layar}")
                if layar == "ponsel":
                    lebar[nama] = page.evaluate("document.documentElement.scrollWidth")
        page.set_viewport_size(LAYAR["desktop"])
        _keluar(page)
    assert {n: w for n, w in lebar.items() if w > 375} == {}


def _teks_docx(isi: bytes) -> str:
    from docx import Document

    dok = Document(io.BytesIO(isi))
    bagian = [p.text for p in dok.paragraphs]
    for tabel in dok.tables:
        for row in tabel.rows:
            bagian.extend(cell.text for cell in row.cells)
    return "\n".join(bagian)
