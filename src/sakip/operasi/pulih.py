"""`sakip restore`: a backup into an empty database and media folder, checked by its manifest."""

from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader

from .cadangan import (
    DATA,
    FORMAT,
    MANIFEST,
    MEDIA,
    VERSI_FORMAT,
    CadanganRusak,
    label,
    model_dicadangkan,
)


class TujuanNotEmpty(Exception):
    """The database or the media folder already holds data, and --replace was not given."""


def read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    """Return the archive's manifest; refuse an archive that is not a sakip backup."""
    try:
        anggota = tar.extractfile(MANIFEST)
    except KeyError:
        anggota = None
    if anggota is None:
        raise CadanganRusak("Berkas ini bukan cadangan sakip: manifest.json tidak ada.")
    manifest: dict[str, Any] = json.loads(anggota.read())
    if manifest.get("format") != FORMAT:
        raise CadanganRusak("Berkas ini bukan cadangan sakip.")
    if manifest.get("versi_format") != VERSI_FORMAT:
        raise CadanganRusak(
            f"Format cadangan versi {manifest.get('versi_format')} tidak dikenal oleh versi ini."
        )
    return manifest


def check_migrations(manifest: dict[str, Any]) -> None:
    """Refuse a backup made by a newer sakip, whose tables this version does not know."""
    dikenal = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    asing = [
        f"{app}.{nama}"
        for app, listing in manifest["migrasi"].items()
        for nama in listing
        if (app, nama) not in dikenal
    ]
    if asing:
        raise CadanganRusak(
            "Cadangan ini dibuat oleh versi sakip yang lebih baru (migrasi "
            f"{', '.join(asing[:3])}); pasang versi itu lebih dulu."
        )


def baris_ada() -> dict[str, int]:
    """Return the tables that hold rows, with their counts."""
    result = {}
    for model in model_dicadangkan():
        n = model._default_manager.count()
        if n:
            result[label(model)] = n
    return result


def _nama_aman(nama: str) -> PurePosixPath:
    path = PurePosixPath(nama)
    if path.is_absolute() or ".." in path.parts:
        raise CadanganRusak(f"Nama berkas tidak sah di dalam cadangan: {nama}")
    return path


def _salin_terperiksa(tar: tarfile.TarFile, nama: str, sha256: str, tujuan: Path) -> None:
    """Copy one member to a file, refusing it when its hash is not the manifest's."""
    sumber = tar.extractfile(nama)
    if sumber is None:
        raise CadanganRusak(f"{nama} bukan berkas biasa.")
    h = hashlib.sha256()
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    with tujuan.open("wb") as f:
        for blok in iter(lambda: sumber.read(1 << 20), b""):
            h.update(blok)
            f.write(blok)
    if h.hexdigest() != sha256:
        raise CadanganRusak(f"{nama} rusak: SHA-256 tidak sama dengan manifest.")


def siapkan_media(tar: tarfile.TarFile, manifest: dict[str, Any], staging: Path) -> list[Path]:
    """Extract the media files into a staging folder, each checked; return their relative paths."""
    nama_tar = {m.name for m in tar.getmembers()}
    tak_tercatat = nama_tar - set(manifest["berkas"]) - {MANIFEST}
    if tak_tercatat:
        raise CadanganRusak(f"Berkas tak tercatat di manifest: {sorted(tak_tercatat)[0]}")
    result = []
    for nama, sha256 in manifest["berkas"].items():
        if not nama.startswith(MEDIA):
            continue
        if nama not in nama_tar:
            raise CadanganRusak(f"{nama} tercatat di manifest tetapi tidak ada di cadangan.")
        relatif = _nama_aman(nama[len(MEDIA) :])
        _salin_terperiksa(tar, nama, sha256, staging / relatif)
        result.append(Path(relatif))
    return result


def read_data(tar: tarfile.TarFile, manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the rows of the backup, after checking their hash."""
    anggota = tar.extractfile(DATA)
    if anggota is None or DATA not in manifest["berkas"]:
        raise CadanganRusak("Cadangan tidak memuat data.json.")
    isi = anggota.read()
    if hashlib.sha256(isi).hexdigest() != manifest["berkas"][DATA]:
        raise CadanganRusak("data.json rusak: SHA-256 tidak sama dengan manifest.")
    rows: list[dict[str, Any]] = json.loads(isi)
    return rows


def load_data(rows: list[dict[str, Any]], manifest: dict[str, Any]) -> None:
    """Insert every row with its own id, then check the counts against the manifest."""
    models = model_dicadangkan()
    with transaction.atomic(), connection.constraint_checks_disabled():
        tertunda = []
        for obj in serializers.deserialize("python", rows, handle_forward_references=True):
            obj.save()
            if obj.deferred_fields:
                tertunda.append(obj)
        for obj in tertunda:
            obj.save_deferred_fields()
    connection.check_constraints()
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
    jumlah = {label(m): m._default_manager.count() for m in models}
    for nama, n in manifest["tabel"].items():
        if jumlah.get(nama, 0) != n:
            raise CadanganRusak(
                f"Tabel {nama}: {jumlah.get(nama, 0)} baris dipulihkan, manifest mencatat {n}."
            )


def _kosongkan_media(root: Path) -> None:
    for anak in root.iterdir():
        if anak.is_dir() and not anak.is_symlink():
            shutil.rmtree(anak)
        else:
            anak.unlink()


def pulihkan(sumber: Path, ganti: bool = False) -> dict[str, Any]:
    """Restore the archive into the configured database and media folder; return its manifest."""
    try:
        with tarfile.open(sumber, "r") as tar:
            return _pulihkan(tar, ganti)
    except tarfile.TarError as exc:
        raise CadanganRusak(f"Berkas cadangan tidak dapat dibaca: {exc}") from exc


def _pulihkan(tar: tarfile.TarFile, ganti: bool) -> dict[str, Any]:
    media_root = Path(settings.MEDIA_ROOT)
    manifest = read_manifest(tar)
    check_migrations(manifest)
    call_command("migrate", interactive=False, verbosity=0)
    isi_db = baris_ada()
    media_ada = media_root.is_dir() and any(media_root.iterdir())
    if (isi_db or media_ada) and not ganti:
        raise TujuanNotEmpty(_pesan_not_empty(isi_db, media_ada, media_root))
    rows = read_data(tar, manifest)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=media_root.parent, prefix=".pulih-") as staging:
        berkas = siapkan_media(tar, manifest, Path(staging))
        if isi_db:
            call_command("flush", interactive=False, verbosity=0)
        load_data(rows, manifest)
        media_root.mkdir(parents=True, exist_ok=True)
        if media_ada:
            _kosongkan_media(media_root)
        for relatif in berkas:
            (media_root / relatif).parent.mkdir(parents=True, exist_ok=True)
            (Path(staging) / relatif).replace(media_root / relatif)
    return manifest


def _pesan_not_empty(isi_db: dict[str, int], media_ada: bool, media_root: Path) -> str:
    bagian = []
    if isi_db:
        contoh = ", ".join(f"{k} ({v})" for k, v in list(isi_db.items())[:3])
        bagian.append(f"basis data sudah berisi data ({contoh})")
    if media_ada:
        bagian.append(f"folder media {media_root} tidak kosong")
    return (
        "Pemulihan dibatalkan: "
        + " dan ".join(bagian)
        + ". Pulihkan ke basis data dan folder media yang kosong, atau tambahkan --replace "
        "untuk mengganti seluruh isinya dengan cadangan ini."
    )
