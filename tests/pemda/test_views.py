"""The control-room page and its new-year button: who may open and press them, what they show."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.alur.models import Peran
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from tests.conftest import KODE_BONTANG

URL = "/kendali/64.74/2022/"


def _orang(nama: str, jenis: str) -> Any:
    user = get_user_model().objects.create_user(nama)
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    Peran.objects.create(
        user=user,
        jenis=jenis,
        pemda=opd.pemda,
        opd=opd if jenis == Peran.PERENCANA else None,
    )
    c = Client()
    c.force_login(user)
    return c


@pytest.fixture
def admin(demo: Path) -> Client:
    return _orang("alice", Peran.ADMIN)


def test_the_admin_sees_the_matrix_with_missing_data_as_missing(admin: Client) -> None:
    r = admin.get(URL)
    assert r.status_code == 200
    html = r.content.decode()
    assert f'href="/opd/{KODE_BONTANG}/2022/"' in html
    assert "Kecamatan Bontang Barat" in html
    assert '<span class="lencana error">belum, terlambat</span>' in html
    assert '<span class="lencana error">terlambat</span>' in html
    assert "96,46%" in html
    # No LKE score, no average capaian (IKU3 has none): missing, never green.
    assert html.count('<span class="lencana">belum ada</span>') >= 3
    assert "Aturan peringkat:" in html
    assert "Perjanjian Kinerja" in html and "28 Februari 2022" in html
    assert "Susun draf tahun 2023" in html


def test_the_inspektorat_sees_it_without_the_button(demo: Path) -> None:
    r = _orang("ivan", Peran.INSPEKTORAT).get(URL)
    assert r.status_code == 200
    assert "Susun draf tahun 2023" not in r.content.decode()


def test_a_planner_and_a_stranger_are_refused(demo: Path) -> None:
    assert _orang("bob", Peran.PERENCANA).get(URL).status_code == 403
    assert Client().get(URL).status_code == 302


def test_the_admin_drafts_the_new_year_through_the_change_service(admin: Client) -> None:
    r = admin.post(URL + "tahun-baru/")
    assert r.status_code == 200
    assert "dibuat dari target Renstra" in r.content.decode()
    pk = m.PerjanjianKinerja.objects.get(opd__kode=KODE_BONTANG, tahun=2023)
    assert pk.target.count() == 4
    jejak = Perubahan.objects.filter(alasan="Tahun baru 2023 dari 2022")
    assert {p.pengguna.username for p in jejak} == {"alice"}
    assert jejak.count() == 71
    # Pressed twice: nothing more.
    admin.post(URL + "tahun-baru/")
    assert Perubahan.objects.filter(alasan="Tahun baru 2023 dari 2022").count() == 71


def test_the_inspektorat_cannot_press_it(demo: Path) -> None:
    assert _orang("ivan", Peran.INSPEKTORAT).post(URL + "tahun-baru/").status_code == 403
    assert not m.PerjanjianKinerja.objects.filter(tahun=2023).exists()


def test_the_page_makes_as_many_queries_for_three_opds_as_for_one(
    admin: Client, salin_opd: Callable[[int], str]
) -> None:
    # Both computed, not read from the cache (tests/pemda/test_cache_kendali.py).
    admin.get(URL)
    cache.clear()
    with CaptureQueriesContext(connection) as satu:
        assert admin.get(URL).status_code == 200
    salin_opd(1)
    salin_opd(2)
    cache.clear()
    with CaptureQueriesContext(connection) as tiga:
        r = admin.get(URL)
    assert r.content.decode().count('href="/opd/7.01.0.00.0.00.3') == 3
    assert len(tiga) == len(satu)


def test_the_admin_enters_a_pemda_indicator_on_the_data_screens(admin: Client) -> None:
    from sakip.pemda.models import IndikatorPemda

    url = "/pemda/64.74/data/indikator-pemda/"
    assert admin.get(url + "baru/").status_code == 200
    sasaran = m.SasaranPemda.objects.get(kode="M1.T1.S2")
    r = admin.post(
        url + "baru/",
        {
            "sasaran": sasaran.pk,
            "kode": "IKD1",
            "uraian": "Indeks kondusifitas wilayah",
            "satuan": "Indeks",
            "jenis": "iku",
            "polaritas": "naik",
            "aturan": "diisi",
            "baseline_nilai": "1,5",
            "urutan": "0",
        },
    )
    assert r.status_code == 302
    ind = IndikatorPemda.objects.get(kode="IKD1")
    assert (ind.sasaran, ind.baseline_nilai) == (sasaran, D("1.5"))
    assert Perubahan.objects.filter(model="pemda.IndikatorPemda").get().pengguna.username == "alice"
    assert "Indeks kondusifitas wilayah" in admin.get(url).content.decode()
