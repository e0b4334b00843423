"""The neutral sheets of a file as bytes, so a file read once can wait for its preview to be
confirmed without being read again (compressed JSON; each value keeps its type)."""

from __future__ import annotations

import datetime
import json
import zlib
from typing import Any

from .read import LembarMentah, Rumus

_FORMAT = 1


def ke_bytes(lembar: list[LembarMentah]) -> bytes:
    """Return the sheets as compressed JSON."""
    data = {
        "format": _FORMAT,
        "lembar": [
            {
                "nama": x.nama,
                "baris": [[nomor, [_nilai(v) for v in values]] for nomor, values in x.baris],
                "gabungan": [[r, k, rentang] for (r, k), rentang in x.gabungan.items()],
            }
            for x in lembar
        ],
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 1)


def dari_bytes(isi: bytes) -> list[LembarMentah]:
    """Return the sheets `ke_bytes` stored."""
    data = json.loads(zlib.decompress(isi))
    if data.get("format") != _FORMAT:
        raise ValueError(f"format lembar tersimpan tidak dikenal: {data.get('format')!r}")
    return [
        LembarMentah(
            nama=x["nama"],
            baris=[(nomor, tuple(_dari_nilai(v) for v in values)) for nomor, values in x["baris"]],
            gabungan={(r, k): rentang for r, k, rentang in x["gabungan"]},
        )
        for x in data["lembar"]
    ]


def _nilai(v: object) -> Any:
    # A cell value is never a list, so a list tags a type JSON does not have.
    if isinstance(v, datetime.datetime):
        return ["dt", v.isoformat()]
    if isinstance(v, datetime.date):
        return ["d", v.isoformat()]
    if isinstance(v, datetime.time):
        return ["w", v.isoformat()]
    if isinstance(v, datetime.timedelta):
        return ["td", v.total_seconds()]
    if isinstance(v, Rumus):
        return ["f", v.teks]
    if v is None or isinstance(v, str | bool | int | float):
        return v
    raise TypeError(f"nilai sel tidak dikenal: {type(v).__name__}")


def _dari_nilai(v: Any) -> object:
    if not isinstance(v, list):
        return v
    jenis, isi = v
    if jenis == "dt":
        return datetime.datetime.fromisoformat(isi)
    if jenis == "d":
        return datetime.date.fromisoformat(isi)
    if jenis == "w":
        return datetime.time.fromisoformat(isi)
    if jenis == "td":
        return datetime.timedelta(seconds=isi)
    if jenis == "f":
        return Rumus(isi)
    raise ValueError(f"jenis nilai tersimpan tidak dikenal: {jenis!r}")
