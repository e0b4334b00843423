"""Check the database before a command runs, and say in Indonesian what is wrong with it.

Missing, unreadable, read-only, corrupt or of another version: each stops the command with
one sentence saying what to do, instead of a traceback (`sakip.cli` calls `check`).
"""

from __future__ import annotations

import os
import pkgutil
from importlib.util import find_spec
from pathlib import Path

from django.apps import apps
from django.db import DatabaseError, connection
from django.db.backends.sqlite3.creation import DatabaseCreation as SqliteCreation
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

TANPA_BASIS_DATA = {"help", "version", "makemigrations", "check-deploy", "shell", "dbshell"}
"""Commands that do not read the database (or must reach a broken one)."""
MENYIAPKAN = {"demo", "load", "migrate", "restore", "serve"}
"""Commands that migrate the database they are given."""
MEMBUAT = MENYIAPKAN - {"serve"}
"""Commands that may create a missing SQLite file; `sakip serve` would only serve it empty."""
MEMBACA = {"tables", "check", "report", "export", "dump", "workbook", "backup", "showmigrations"}
"""Commands that only read: they may run on a read-only database."""

SARAN_ISI = (
    "Muat data dengan `sakip demo` atau `sakip load FOLDER`, "
    "atau pulihkan cadangan dengan `sakip restore BERKAS`."
)
SARAN_CADANGAN = "Pulihkan cadangan terakhir dengan `sakip restore BERKAS --replace`."


class StartupError(Exception):
    """The database cannot serve the command; the message says why and what to do."""


def check(perintah: str) -> None:
    """Refuse to start a command on a database that is missing, broken or of another version."""
    if perintah in TANPA_BASIS_DATA:
        return
    nama = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and not SqliteCreation.is_in_memory_db(nama):
        _check_sqlite_file(Path(nama), perintah)
    try:
        connection.ensure_connection()
        if perintah not in MENYIAPKAN:
            _check_migrations()
    except DatabaseError as exc:
        raise StartupError(terjemahkan(exc)) from exc


def _check_sqlite_file(path: Path, perintah: str) -> None:
    if not path.exists():
        if perintah not in MEMBUAT:
            raise StartupError(f"Basis data {path} belum ada. {SARAN_ISI}")
        if not path.parent.is_dir():
            raise StartupError(f"Folder basis data {path.parent} tidak ada; buat folder itu dulu.")
        return
    if not os.access(path, os.R_OK):
        raise StartupError(f"Basis data {path} tidak dapat dibaca: periksa hak akses berkasnya.")
    with path.open("rb") as f:
        kepala = f.read(16)
    if kepala and kepala != b"SQLite format 3\x00":
        raise StartupError(f"Berkas {path} bukan basis data SQLite atau rusak. {SARAN_CADANGAN}")
    dapat_ditulis = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    if not dapat_ditulis and perintah not in MEMBACA:
        raise StartupError(
            f"Basis data {path} hanya dapat dibaca: pengguna yang menjalankan sakip harus dapat "
            "menulis berkas itu dan foldernya (SQLite menulis jurnal di sebelahnya)."
        )


def _check_migrations() -> None:
    # Loading every migration module to build the graph takes a tenth of a second of each
    # command; when the database has applied exactly the migrations on disk there is nothing to
    # plan, and the names alone say so. Any other case gets the whole check and its message.
    terpasang = set(MigrationRecorder(connection).applied_migrations())
    if terpasang and terpasang == _migrations_on_disk():
        return
    executor = MigrationExecutor(connection)
    dikenal = set(executor.loader.disk_migrations)
    if terpasang - dikenal:
        raise StartupError(
            "Basis data ini disiapkan oleh versi sakip yang lebih baru; pasang versi itu, "
            "atau pulihkan cadangan yang dibuat oleh versi ini."
        )
    if not terpasang:
        raise StartupError(f"Basis data belum disiapkan (kosong). {SARAN_ISI}")
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise StartupError(
            "Basis data dari versi sakip yang lebih lama: jalankan `sakip migrate` lebih dulu "
            "(buat cadangan dengan `sakip backup BERKAS` sebelumnya)."
        )


def _migrations_on_disk() -> set[tuple[str, str]] | None:
    """Return the (app, name) of every migration file of the installed apps, without importing
    them; None when an app's migrations cannot be listed so (the whole check decides)."""
    nama: set[tuple[str, str]] = set()
    for app in apps.get_app_configs():
        modul, _ = MigrationLoader.migrations_module(app.label)
        if modul is None:
            continue
        try:
            spec = find_spec(modul)
        except ImportError:
            spec = None
        if spec is None:
            continue
        if not spec.submodule_search_locations:
            return None
        for info in pkgutil.iter_modules(spec.submodule_search_locations):
            # The loader's own rule: a module whose name starts with _ or ~ is not a migration.
            if not info.ispkg and info.name[0] not in "_~":
                nama.add((app.label, info.name))
    return nama


def terjemahkan(exc: DatabaseError) -> str:
    """Return an Indonesian sentence for a database error met at start or during a command."""
    teks = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    rendah = teks.lower()
    if "readonly" in rendah or "read-only" in rendah:
        return f"Basis data hanya dapat dibaca; periksa hak akses berkas dan foldernya ({teks})."
    if "not a database" in rendah or "malformed" in rendah or "corrupt" in rendah:
        return f"Basis data rusak ({teks}). {SARAN_CADANGAN}"
    if "does not exist" in rendah and connection.vendor == "postgresql":
        nama = connection.settings_dict["NAME"]
        return f"Basis data PostgreSQL {nama} belum dibuat (createdb {nama}), lalu `sakip migrate`."
    if "no such table" in rendah or ("relation" in rendah and "does not exist" in rendah):
        return f"Basis data belum disiapkan untuk versi ini ({teks}): jalankan `sakip migrate`."
    if "connection" in rendah or "could not connect" in rendah:
        return f"Tidak dapat terhubung ke basis data: {teks}. Periksa SAKIP_DATABASE_URL."
    if "disk" in rendah and "full" in rendah:
        return f"Disk penuh: basis data tidak dapat ditulis ({teks})."
    return f"Galat basis data: {teks}"
