"""The issue's acceptance in headless Chromium: an officer enters a month of a rencana aksi,
the holder of the position above verifies it, the Camat sees the position's capaian.

In the demo's structure (the reference report's Bab I.B) the Seksi report to the Camat and the
two Sub Bagian to the Sekretaris: the Sekretaris verifies the Kasubag Perencanaan dan Keuangan.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from sakip.alur.layanan import perubahan
from sakip.kaskade import models as k
from tests.web.conftest import OPD, create_pengguna_demo
from tests.web.test_e2e import CHROMIUM, _foto, _keluar, _masuk, browser_page

TAHUN = 2022
JABATAN = "kasubag-renkeu"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


@pytest.fixture
def maret(transactional_db: None, settings) -> int:  # type: ignore[no-untyped-def]
    """Load the demo and its users; plan an action of the Kasubag with a March target of 1.

    Return the id of its March row. The database is read here, before the browser starts:
    Playwright's sync API runs an event loop, inside which Django refuses queries.
    """
    from django.core.cache import cache

    from sakip.dataset.load import load_path
    from tests.conftest import BONTANG

    cache.clear()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
    load_path(BONTANG)
    create_pengguna_demo()
    ind = k.IndikatorPKJabatan.objects.get(
        pk_jabatan__jabatan__kode=JABATAN, pk_jabatan__tahun=TAHUN, kode="7.01.01.2.01"
    )
    perencana = get_user_model().objects.get(username="perencana")
    with perubahan(perencana, "Rencana aksi", opd_id=ind.pk_jabatan.jabatan.opd_id) as sesi:
        aksi = k.RencanaAksiKinerja(
            indikator=ind,
            uraian="Penyusunan Renja",
            jabatan=ind.pk_jabatan.jabatan,
            bobot=Decimal(100),
        )
        sesi.save(aksi)
        periode = k.PeriodeRencanaAksi(rencana_aksi=aksi, periode="3", target=Decimal(1))
        sesi.save(periode)
    return periode.pk


@pytest.fixture
def page(live_server, maret: int) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with browser_page(live_server.url, 1366, 900, 15_000) as page:
        yield page


def test_a_month_entered_and_verified_reaches_the_camats_dashboard(page, maret: int) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    url = f"/kaskade/{OPD}/{TAHUN}/{JABATAN}/"
    baris = f"tr:has(input[name=jenis][value=aksi]):has(input[name=id][value='{maret}'])"

    _masuk(page, "kasubag-renkeu")
    page.goto(url)
    page.fill(f"{baris} input[name=realisasi]", "1")
    page.fill(f"{baris} input[name=bukti]", "Renja 2022")
    page.click(f"{baris} button:has-text('Simpan')")
    assert "Realisasi disimpan." in page.inner_text(".pesan")
    assert "Diisi" in page.inner_text(baris)
    _foto(page, "rencana-aksi-diisi")
    _keluar(page)

    _masuk(page, "sekcam")
    page.goto(url)
    page.click(f"{baris} button[value=verifikasi]")
    assert "Realisasi diverifikasi." in page.inner_text(".pesan")
    assert "Diverifikasi" in page.inner_text(baris)
    _keluar(page)

    _masuk(page, "camat")
    page.goto(f"/opd/{OPD}/{TAHUN}/")
    jabatan = page.locator(
        "section[aria-labelledby=capaian-jabatan] tr",
        has_text="Kepala Sub Bagian Perencanaan dan Keuangan",
    )
    assert jabatan.locator("td").nth(1).inner_text() == "100,00%"
    _foto(page, "dasbor-capaian-jabatan")
