"""Personas of the web tests: one demo user per role, on the Kecamatan Bontang Barat dataset.

admin (Admin Pemda), perencana (planning officer), camat (head of the OPD), inspektorat
(evaluator), op-kanaan / op-gunung-telihan / op-belimbing (operators of the three Kelurahan).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from sakip.kinerja import models as m

PASSWORD = "sandi-uji-rahasia-1"
OPD = "7.01.0.00.0.00.30.0000"
KANAAN = "7.01.0.00.0.00.30.0001"
GUNUNG_TELIHAN = "7.01.0.00.0.00.30.0002"
BELIMBING = "7.01.0.00.0.00.30.0003"
TAHUN = 2022
PERSONAS = ("admin", "perencana", "camat", "inspektorat", "op-kanaan", "op-belimbing")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from django.core.cache import cache

    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    # The default hasher is slow on purpose; seven demo users per test would cost seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


def create_pengguna_demo() -> None:
    """Create the demo users with the tests' password."""
    os.environ["SAKIP_DEMO_PASSWORD"] = PASSWORD
    try:
        call_command("demo-users", stdout=open(os.devnull, "w"))  # noqa: SIM115
    finally:
        del os.environ["SAKIP_DEMO_PASSWORD"]


@pytest.fixture
def personas(demo: Path) -> None:
    """Load the demo dataset and create one user per role."""
    create_pengguna_demo()


@pytest.fixture
def login(personas: None) -> Callable[[str], Client]:
    """Return a function giving a client logged in as a persona."""

    def masuk(username: str) -> Client:
        client = Client()
        assert client.login(username=username, password=PASSWORD)
        return client

    return masuk


@pytest.fixture
def opd(personas: None) -> m.PerangkatDaerah:
    return m.PerangkatDaerah.objects.get(kode=OPD)


def url_entri(unit: str, tw: int = 4, tahun: int = TAHUN) -> str:
    return f"/opd/{OPD}/{tahun}/isian/{unit}/{tw}/"


def url_opd(rest: str = "", tahun: int = TAHUN) -> str:
    return f"/opd/{OPD}/{tahun}/{rest}"


def isian_awal(unit_kode: str, tw: int = 4) -> dict[str, str]:
    """Return the entry form's fields as the browser would post them untouched."""
    from sakip.web import entri
    from sakip.web.konflik import page_token

    unit = m.UnitKerja.objects.select_related("opd").get(kode=unit_kode)
    form = entri.IsianForm(entri.load(unit, TAHUN, tw), initial={"token": page_token()})
    data = {}
    for name, field in form.fields.items():
        nilai = form[name].value()
        data[name] = "" if nilai is None else str(field.widget.format_value(nilai) or "")
        if field.show_hidden_initial:
            data[f"initial-{name}"] = data[name]
    return data


def baris(unit_kode: str, sub_kegiatan: str) -> m.BarisAnggaran:
    """Return a budget line of the demo year by unit and normalised sub kegiatan code."""
    return m.BarisAnggaran.objects.get(unit__kode=unit_kode, tahun=TAHUN, sub_kegiatan=sub_kegiatan)
