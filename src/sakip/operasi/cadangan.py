"""`sakip backup`: one tar archive of the whole database and the media files, with a manifest.

The archive holds `manifest.json` (format, version, the migrations applied, the row count of
every table, the SHA-256 of every other member), `data.json` (every row of every model, in an
order that loads, users by name so a backup moves between engines) and `media/...`.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import tarfile
import uuid
from collections.abc import Iterator
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "sakip-cadangan"
VERSI_FORMAT = 1
DATA = "data.json"
MANIFEST = "manifest.json"
MEDIA = "media/"
BUKAN_DATA = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
"""Rebuilt by `migrate` on the target (content types, permissions) or of no use there (sessions)."""


class CadanganRusak(Exception):
    """The archive is not a sakip backup, or a member does not match its manifest."""


def label(model: type[models.Model]) -> str:
    """Return the model's label as the manifest names it, e.g. "web.bukti"."""
    return model._meta.label_lower


def model_dicadangkan() -> list[type[models.Model]]:
    """Return every model whose rows a backup keeps, in an order in which they load."""
    listing = [
        m
        for m in apps.get_models()
        if m._meta.managed and not m._meta.proxy and label(m) not in BUKAN_DATA
    ]
    per_app: dict[Any, list[type[models.Model]]] = {}
    for m in listing:
        per_app.setdefault(apps.get_app_config(m._meta.app_label), []).append(m)
    urut = serializers.sort_dependencies(per_app.items(), allow_cycles=True)
    return list(urut)


class _Encoder(json.JSONEncoder):
    """JSON for the python serializer's values, exact: microseconds and Decimals kept."""

    def default(self, o: Any) -> Any:
        if isinstance(o, (datetime.datetime, datetime.date, datetime.time)):
            return o.isoformat()
        if isinstance(o, (Decimal, uuid.UUID)):
            return str(o)
        if isinstance(o, (bytes, memoryview)):
            raise TypeError("binary value outside a BinaryField")
        return super().default(o)


def _baris(model: type[models.Model]) -> Iterator[dict[str, Any]]:
    qs = model._default_manager.order_by("pk")
    yield from serializers.serialize(
        "python", qs.iterator(chunk_size=2000), use_natural_foreign_keys=True
    )


def data_json() -> tuple[bytes, dict[str, int]]:
    """Return every row as JSON, and the row count of each table, read in one snapshot."""
    all_items: list[dict[str, Any]] = []
    jumlah: dict[str, int] = {}
    luar = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and luar:
            # One snapshot for every table: a change saved meanwhile is wholly in or wholly out.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        for model in model_dicadangkan():
            sebelum = len(all_items)
            all_items.extend(_baris(model))
            jumlah[label(model)] = len(all_items) - sebelum
    isi = json.dumps(all_items, cls=_Encoder, ensure_ascii=False, separators=(",", ":"))
    return isi.encode("utf-8"), jumlah


def migrasi_terpasang() -> dict[str, list[str]]:
    """Return the migrations applied to the database, per app."""
    result: dict[str, list[str]] = {}
    for app, nama in sorted(MigrationRecorder(connection).applied_migrations()):
        result.setdefault(app, []).append(nama)
    return result


def file_sha256(path: Path) -> str:
    """Return the SHA-256 of a file, read in pieces."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for blok in iter(lambda: f.read(1 << 20), b""):
            h.update(blok)
    return h.hexdigest()


def media_file(root: Path) -> dict[str, Path]:
    """Return the media files under the folder, by their name in the archive."""
    if not root.is_dir():
        return {}
    return {
        MEDIA + p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()
    }


def _versi_sakip() -> str:
    try:
        return metadata.version("sakip")
    except metadata.PackageNotFoundError:
        return "0"


def _add(tar: tarfile.TarFile, nama: str, isi: bytes) -> None:
    info = tarfile.TarInfo(nama)
    info.size = len(isi)
    info.mtime = int(datetime.datetime.now().timestamp())
    tar.addfile(info, io.BytesIO(isi))


def cadangkan(tujuan: Path) -> dict[str, Any]:
    """Write the backup archive to the path; return its manifest."""
    data, jumlah = data_json()
    media = media_file(Path(settings.MEDIA_ROOT))
    berkas = {DATA: hashlib.sha256(data).hexdigest()}
    berkas |= {nama: file_sha256(p) for nama, p in media.items()}
    manifest = {
        "format": FORMAT,
        "versi_format": VERSI_FORMAT,
        "versi_sakip": _versi_sakip(),
        "dibuat": datetime.datetime.now(datetime.UTC).isoformat(),
        "mesin": connection.vendor,
        "migrasi": migrasi_terpasang(),
        "tabel": jumlah,
        "berkas": berkas,
    }
    sementara = tujuan.with_name(tujuan.name + ".sebagian")
    with tarfile.open(sementara, "w") as tar:
        _add(tar, MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False).encode())
        _add(tar, DATA, data)
        for nama, p in media.items():
            tar.add(p, arcname=nama, recursive=False)
    # Renamed only when complete: an interrupted backup never looks like a good one.
    sementara.replace(tujuan)
    return manifest
