"""What rendering keeps on disk between processes, under names made from what it was made of.

A drawn chart, the page numbers of a laid-out document and a rendered report depend only on
the data they were made from and on the renderers' code, so each is stored under a hash of
both: a change of data or of code makes a new name, and an old entry is never wrong, only
unused. The folder is SAKIP_CACHE_DIR, else the user's
cache folder; a folder that cannot be written only costs the work again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from sakip.core.dokumen.model import Dokumen

LIMITS = {"dokumen": 48}
"""Entries kept at most of a kind whose entries are large (the newest are kept)."""


@cache
def folder(nama: str) -> Path | None:
    """Return the cache folder of one kind of entry, made if missing; None if it cannot be."""
    dasar = os.environ.get("SAKIP_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sakip"
    )
    result = Path(dasar) / nama
    try:
        result.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return result


@cache
def versi_kode() -> str:
    """Return a fingerprint of the renderers' code (name, size and time of each module)."""
    paket = Path(__file__).parent
    bagian = [
        f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in sorted(paket.glob("*.py"))
    ]
    return hashlib.sha256("|".join(bagian).encode()).hexdigest()[:16]


def key(*bagian: str) -> str:
    """Return the name of an entry made from these parts and the renderers' code."""
    return hashlib.sha256("\x00".join((versi_kode(), *bagian)).encode()).hexdigest()


def read(nama: str, berkas: str) -> bytes | None:
    """Return a stored entry, None when there is none."""
    tempat = folder(nama)
    try:
        return (tempat / berkas).read_bytes() if tempat else None
    except OSError:
        return None


def save(nama: str, berkas: str, data: bytes) -> None:
    """Store an entry; a reader never sees half of it (written aside, then renamed)."""
    tempat = folder(nama)
    if tempat is None:
        return
    sementara = tempat / f"{berkas}.{os.getpid()}.tmp"
    try:
        sementara.write_bytes(data)
        sementara.replace(tempat / berkas)
        if nama in LIMITS:
            _pangkas(tempat, LIMITS[nama])
    except OSError:
        return


def _pangkas(tempat: Path, limit: int) -> None:
    """Delete the oldest entries beyond the limit."""
    entri = sorted(tempat.iterdir(), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in entri[limit:]:
        old.unlink(missing_ok=True)


def _page_key(dok: Dokumen) -> str:
    # The document's repr holds all it prints (texts, tables, figures, dates) and takes
    # about 10 ms for the LKjIP.
    return key("halaman", repr(dok)) + ".json"


def page(dok: Dokumen) -> dict[str, tuple[int, str]] | None:
    """Return the printed page of every anchor of a document laid out before (number, counter
    style), or None."""
    data = read("halaman", _page_key(dok))
    if data is None:
        return None
    return {k: (int(n), str(gaya)) for k, (n, gaya) in json.loads(data).items()}


def save_page(dok: Dokumen, peta: Mapping[str, tuple[int, str]]) -> None:
    """Keep the printed page of every anchor of a laid-out document."""
    save("halaman", _page_key(dok), json.dumps(dict(peta)).encode())
