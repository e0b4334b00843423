"""Fixtures of the register, public page and API tests: the demo OPD, its users, documents."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from sakip.alur.models import DokumenTertanda
from sakip.kinerja import models as m
from sakip.publik import register
from sakip.publik.models import DokumenSakip
from tests.web.conftest import PASSWORD, create_pengguna_demo

OPD = "7.01.0.00.0.00.30.0000"
TAHUN = 2022
PDF = b"%PDF-1.7\n% dokumen uji\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture
def opd(demo: Path) -> m.PerangkatDaerah:
    """The demo OPD, with the demo users."""
    create_pengguna_demo()
    return m.PerangkatDaerah.objects.select_related("pemda").get(kode=OPD)


@pytest.fixture
def pengguna(opd: m.PerangkatDaerah) -> Callable[[str], object]:
    """Return a demo user by name."""
    return lambda nama: get_user_model().objects.get(username=nama)


@pytest.fixture
def login(opd: m.PerangkatDaerah) -> Callable[[str], Client]:
    def masuk(nama: str) -> Client:
        client = Client()
        assert client.login(username=nama, password=PASSWORD)
        return client

    return masuk


def tanda(opd: m.PerangkatDaerah, jenis: str = "lkjip", **isi: bytes) -> list[DokumenTertanda]:
    """Store a signed document of the demo year, one row per format, as signing does."""
    kepala = get_user_model().objects.get(username="camat")
    return [
        DokumenTertanda.objects.create(
            opd=opd, tahun=TAHUN, jenis=jenis, format=f, isi=data, oleh=kepala
        )
        for f, data in (isi or {"pdf": PDF}).items()
    ]


def upload(
    opd: m.PerangkatDaerah | None,
    pemda: m.Pemda,
    jenis: str = "renstra",
    data: bytes = PDF,
    nama: str = "renstra.pdf",
    ditandatangani: bool = True,
    publik: bool = False,
    oleh: str = "perencana",
) -> DokumenSakip:
    """Upload a document to the register as a demo user."""
    import datetime

    return register.upload(
        get_user_model().objects.get(username=oleh),
        pemda=pemda,
        opd=opd,
        tahun=TAHUN,
        jenis=jenis,
        judul=f"Dokumen {jenis}",
        nama=nama,
        berkas=io.BytesIO(data),
        penandatangan="Camat Bontang Barat" if ditandatangani else "",
        tanggal_tanda=datetime.date(2022, 1, 10) if ditandatangani else None,
        publik=publik,
    )
