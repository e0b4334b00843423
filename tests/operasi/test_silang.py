"""A backup moves between engines: SQLite -> PostgreSQL -> SQLite keeps every row and file.

Run as the administrator would, through the `sakip` command. Needs a PostgreSQL server: set
SAKIP_TEST_PG_URL to a database URL this test may drop and create again (scripts/test.sh does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

PG_URL = os.environ.get("SAKIP_TEST_PG_URL", "")
SAKIP = str(Path(sys.executable).parent / "sakip")

pytestmark = pytest.mark.skipif(not PG_URL, reason="SAKIP_TEST_PG_URL is not set")

ISI = """
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from sakip.kinerja.models import PerangkatDaerah, UnitKerja
from sakip.riwayat.recorder import oleh
from sakip.alur.models import DokumenTertanda
from sakip.web.models import Bukti
camat = get_user_model().objects.get(username="camat")
opd = PerangkatDaerah.objects.get(kode="7.01.0.00.0.00.30.0000")
DokumenTertanda.objects.create(opd=opd, tahun=2022, jenis="lkjip", format="pdf",
                               isi=b"%PDF-1.7 \\xff\\x00\\x80", oleh=camat)
unit = UnitKerja.objects.get(kode="7.01.0.00.0.00.30.0001")
bukti = Bukti(unit=unit, tahun=2022, triwulan=4, nama="sp2d.pdf", ukuran=9, diunggah_oleh=camat)
bukti.berkas.save("sp2d.pdf", ContentFile(b"%PDF-1.4 \\xfe"), save=False)
bukti.save()
with oleh(camat, "Perbaikan nama"):
    unit.nama_singkat = "Kanaan"
    unit.save()
"""


def _create_pg(url: str) -> None:
    import psycopg

    u = urlparse(url)
    nama = u.path.lstrip("/")
    server = u._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{nama}"')
        conn.execute(f'CREATE DATABASE "{nama}"')


def _sakip(db: str, media: Path, *args: str) -> str:
    env = os.environ | {
        "SAKIP_DATABASE_URL": db,
        "SAKIP_MEDIA_ROOT": str(media),
        "SAKIP_DEMO_PASSWORD": "sandi-uji-rahasia-1",
        "DJANGO_SETTINGS_MODULE": "sakip.config.settings",
    }
    result = subprocess.run([SAKIP, *args], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _isi(cadangan: Path) -> tuple[Any, dict[str, Any]]:
    with tarfile.open(cadangan) as tar:
        data = json.load(tar.extractfile("data.json"))  # type: ignore[arg-type]
        manifest = json.load(tar.extractfile("manifest.json"))  # type: ignore[arg-type]
    return data, manifest


def test_a_backup_goes_to_postgresql_and_back(tmp_path: Path) -> None:
    sqlite_a = f"sqlite:///{tmp_path}/a.sqlite3"
    sqlite_c = f"sqlite:///{tmp_path}/c.sqlite3"
    _create_pg(PG_URL)
    _sakip(sqlite_a, tmp_path / "media-a", "demo")
    _sakip(sqlite_a, tmp_path / "media-a", "shell", "-c", ISI)
    _sakip(sqlite_a, tmp_path / "media-a", "backup", str(tmp_path / "a.tar"))
    _sakip(PG_URL, tmp_path / "media-b", "restore", str(tmp_path / "a.tar"))
    _sakip(PG_URL, tmp_path / "media-b", "backup", str(tmp_path / "b.tar"))
    _sakip(sqlite_c, tmp_path / "media-c", "restore", str(tmp_path / "b.tar"))
    _sakip(sqlite_c, tmp_path / "media-c", "backup", str(tmp_path / "c.tar"))
    data_a, manifest_a = _isi(tmp_path / "a.tar")
    for lain in ("b.tar", "c.tar"):
        data, manifest = _isi(tmp_path / lain)
        assert data == data_a
        assert manifest["tabel"] == manifest_a["tabel"]
        # data.json's own hash differs: PostgreSQL's jsonb orders the keys of JSON fields.
        media = {k: v for k, v in manifest["berkas"].items() if k.startswith("media/")}
        assert media == {k: v for k, v in manifest_a["berkas"].items() if k.startswith("media/")}
        assert len(media) == 1
    assert _isi(tmp_path / "b.tar")[1]["mesin"] == "postgresql"
    # The ten demo users: seven roles and three holders of positions (sakip.kaskade).
    assert manifest_a["tabel"]["web.bukti"] == 1 and manifest_a["tabel"]["auth.user"] == 10
    tabel = ("tables", "--year", "2022", "--format", "json")
    assert _sakip(PG_URL, tmp_path / "media-b", *tabel) == _sakip(
        sqlite_a, tmp_path / "media-a", *tabel
    )
