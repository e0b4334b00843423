"""Start-up errors in Indonesian, without a traceback: a missing, corrupt or unready database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sakip.operasi import awal

SAKIP = str(Path(sys.executable).parent / "sakip")


def _sakip(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"SAKIP_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run([SAKIP, *args], env=env, capture_output=True, text=True, check=False)


def test_it_names_a_missing_database(tmp_path: Path) -> None:
    for perintah in (["tables", "--year", "2022"], ["serve"]):
        r = _sakip(tmp_path / "tidak-ada.sqlite3", *perintah)
        assert r.returncode == 2 and "Traceback" not in r.stderr
        assert f"Basis data {tmp_path}/tidak-ada.sqlite3 belum ada." in r.stderr
        assert not (tmp_path / "tidak-ada.sqlite3").exists()


def test_it_names_a_corrupt_database(tmp_path: Path) -> None:
    (tmp_path / "rusak.sqlite3").write_bytes(b"bukan basis data" * 100)
    r = _sakip(tmp_path / "rusak.sqlite3", "serve")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "bukan basis data SQLite atau rusak" in r.stderr


def test_it_names_a_database_never_migrated(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "kosong.sqlite3").execute("create table x (a)").connection.close()
    r = _sakip(tmp_path / "kosong.sqlite3", "check", "--year", "2022")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "Basis data belum disiapkan (kosong)." in r.stderr


def test_it_names_a_database_of_an_older_version(db: None) -> None:
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.recorder import MigrationRecorder

    # The app's latest migration not applied: the database is one step behind the code.
    ((app, terakhir),) = MigrationLoader(connection).graph.leaf_nodes("akun")
    MigrationRecorder(connection).record_unapplied(app, terakhir)
    with pytest.raises(
        awal.StartupError, match="versi sakip yang lebih lama: jalankan `sakip migrate`"
    ):
        awal.check("tables")
    awal.check("migrate")


def test_its_quick_listing_of_migrations_is_the_loaders(db: None) -> None:
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.recorder import MigrationRecorder

    # The start-up check trusts the file names when they equal the applied migrations: they
    # must be exactly the migrations Django's loader finds by importing them.
    di_disk = awal._migrations_on_disk()
    assert di_disk == set(MigrationLoader(connection).disk_migrations)
    assert di_disk == set(MigrationRecorder(connection).applied_migrations())
    assert ("akun", "0001_status_akun") in di_disk


def test_it_names_a_database_of_a_newer_version(db: None) -> None:
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    # A migration applied that this version does not have: the whole check names it.
    MigrationRecorder(connection).record_applied("akun", "9999_dari_versi_baru")
    with pytest.raises(awal.StartupError, match="versi sakip yang lebih baru"):
        awal.check("tables")


def test_it_refuses_a_read_only_database_to_a_writing_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    sqlite3.connect(path).execute("create table x (a)").connection.close()
    monkeypatch.setattr(awal.os, "access", lambda p, mode: mode != os.W_OK)
    with pytest.raises(awal.StartupError, match="hanya dapat dibaca"):
        awal._check_sqlite_file(path, "serve")
    awal._check_sqlite_file(path, "tables")


def test_it_translates_an_error_met_during_a_command() -> None:
    from django.db import OperationalError

    pesan = awal.terjemahkan(OperationalError("attempt to write a readonly database"))
    assert pesan.startswith("Basis data hanya dapat dibaca")
    assert "rusak" in awal.terjemahkan(OperationalError("database disk image is malformed"))
