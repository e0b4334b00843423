"""The deadline of each SAKIP input of a year: dated defaults (sakip/data/tenggat) or the Pemda's.

docs/pemda.md#tenggat. A deadline is a date; a document is on time when it is signed (or
submitted) on or before it. Not yet done and not yet due is neither late nor on time.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from sakip.core import yamlfile

DOKUMEN = [
    ("pk", "Perjanjian Kinerja"),
    ("realisasi_1", "Realisasi triwulan I"),
    ("realisasi_2", "Realisasi triwulan II"),
    ("realisasi_3", "Realisasi triwulan III"),
    ("realisasi_4", "Realisasi triwulan IV"),
    ("lkjip", "LKjIP"),
]
"""The documents that have a deadline, as (key, name) pairs of a choices field."""


@dataclass(frozen=True)
class Tenggat:
    """The deadline of one document of one year, and where it comes from."""

    dokumen: str
    uraian: str
    tanggal: date
    dasar: str
    kepastian: str
    """The certainty mark of the source ([R], [P], [U]); "Pemda" for the Pemda's own date."""


@cache
def _bawaan() -> list[dict]:  # type: ignore[type-arg]
    folder = files("sakip.data") / "tenggat"
    isi = [
        yamlfile.load(f.read_text(encoding="utf-8"))
        for f in folder.iterdir()
        if f.name.endswith(".yaml")
    ]
    return sorted(isi, key=lambda d: int(d["berlaku_mulai"]))


def bawaan(tahun: int) -> dict[str, Tenggat]:
    """Return the default deadlines of the inputs of a year, by document."""
    berkas = _bawaan()
    berlaku = [d for d in berkas if int(d["berlaku_mulai"]) <= tahun] or berkas[:1]
    result = {}
    for kode, d in berlaku[-1]["dokumen"].items():
        th = tahun + int(d["tahun"])
        bulan = int(d["bulan"])
        hari = d["hari"] if d["hari"] is not None else calendar.monthrange(th, bulan)[1]
        result[kode] = Tenggat(
            kode,
            str(d["uraian"]),
            date(th, bulan, int(hari)),
            str(d["dasar_hukum"]),
            d["kepastian"],
        )
    return result


def berlaku(
    tahun: int, pemda: Mapping[str, tuple[date, str | None]] | None = None
) -> dict[str, Tenggat]:
    """Return the deadlines of a year: the Pemda's own date where it set one, else the default."""
    result = bawaan(tahun)
    for kode, (tanggal, dasar) in (pemda or {}).items():
        uraian = result[kode].uraian if kode in result else dict(DOKUMEN).get(kode, kode)
        result[kode] = Tenggat(kode, uraian, tanggal, dasar or "ditetapkan Pemda", "Pemda")
    return result


def tepat_waktu(selesai: date | None, limit: date | None, hari_ini: date) -> bool | None:
    """Return True when done by the deadline, False when done late or overdue, None otherwise."""
    if limit is None:
        return None
    if selesai is not None:
        return selesai <= limit
    return False if hari_ini > limit else None


def lewat(limit: date | None, selesai: bool, hari_ini: date) -> bool:
    """Return whether something not done is past its deadline; without a deadline it never is
    (nor is it on time: a missing deadline is shown as such, docs/lke.md#tenggat)."""
    return limit is not None and not selesai and hari_ini > limit
