"""The public pages and the register screen in Chromium: none scrolls sideways at 375 px."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.contrib.auth import get_user_model

from sakip.kinerja import models as m
from sakip.publik import register
from tests.web.conftest import create_pengguna_demo
from tests.web.test_e2e import CHROMIUM, _foto, _keluar, _masuk, browser_page

from .conftest import OPD, TAHUN, tanda, upload

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


@pytest.fixture
def terbit(transactional_db: None) -> None:
    """Load the demo, sign and publish its LKjIP, upload and publish a signed PK."""
    from sakip.dataset.load import load_path
    from tests.conftest import BONTANG

    load_path(BONTANG)
    create_pengguna_demo()
    opd = m.PerangkatDaerah.objects.select_related("pemda").get(kode=OPD)
    (lkjip,) = tanda(opd)
    register.atur_publik_tertanda(get_user_model().objects.get(username="perencana"), lkjip, True)
    upload(opd, opd.pemda, jenis="pk", nama="perjanjian-kinerja-2022.pdf", publik=True)


@pytest.fixture
def page(live_server, terbit: None) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with browser_page(live_server.url, 375, 800, 30_000) as page:
        yield page


def test_the_public_pages_and_the_register_fit_a_phone(page) -> None:  # type: ignore[no-untyped-def]
    lebar = {}
    for nama, url in {"publik": "/publik/", "publik-opd": f"/publik/{OPD}/{TAHUN}/"}.items():
        page.goto(url)
        _foto(page, f"{nama}-ponsel")
        lebar[nama] = page.evaluate("document.documentElement.scrollWidth")
    assert "Capaian Kinerja Tahun 2022" in page.inner_text("main")
    _masuk(page, "perencana")
    page.goto(f"/register/opd/{OPD}/{TAHUN}/")
    _foto(page, "register-ponsel")
    lebar["register"] = page.evaluate("document.documentElement.scrollWidth")
    _keluar(page)
    assert {n: w for n, w in lebar.items() if w > 375} == {}


def test_the_admin_makes_and_revokes_a_token_on_a_phone(page) -> None:  # type: ignore[no-untyped-def]
    import re

    _masuk(page, "admin")
    page.goto(f"/kendali/64.74/{TAHUN}/")
    page.click("text=Token API untuk program lain")
    page.fill("#id_nama", "Dasbor Provinsi Kalimantan Timur")
    page.click("button:has-text('Buat token')")
    rahasia = page.inner_text("#token-baru")
    assert re.fullmatch(r"sakip_[0-9a-f]{64}", rahasia)
    # The token is whole on the screen, not cut by the phone's width.
    kotak = page.locator("#token-baru").bounding_box()
    assert kotak is not None and kotak["x"] + kotak["width"] <= 375
    _foto(page, "token-baru-ponsel")
    lebar = {"token-baru": page.evaluate("document.documentElement.scrollWidth")}

    page.goto(page.url)
    assert rahasia not in page.content()
    page.click("a:has-text('Cabut')")
    _foto(page, "token-cabut-ponsel")
    lebar["token-cabut"] = page.evaluate("document.documentElement.scrollWidth")
    page.click("button:has-text('Ya, cabut token')")
    assert "kini ditolak" in page.inner_text("main")
    _foto(page, "token-dicabut-ponsel")
    lebar["token-dicabut"] = page.evaluate("document.documentElement.scrollWidth")
    _keluar(page)
    assert {n: w for n, w in lebar.items() if w > 375} == {}
