"""The narrative a snapshot stores, each piece with where a report writer finds it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from sakip.core.model import OpdTahun

_KALIMAT = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Potongan:
    """One stored text: a Narasi section, an IKU's analysis, a sasaran or indicator name."""

    lokasi: str
    teks: str
    kalimat: bool
    """True for prose (sentences are compared), False for a name or title."""
    ref: dict[str, str] = field(default_factory=dict, hash=False)


def potongan(s: OpdTahun) -> Iterator[Potongan]:
    """Yield every stored text of the OPD's year, in the order of the report."""
    tahun = str(s.tahun)
    for bagian, teks in s.narasi.items():
        yield Potongan(
            f"Narasi {bagian.replace('_', ' ')} {s.tahun}",
            teks,
            True,
            {"narasi": bagian, "tahun": tahun},
        )
    for sasaran in s.renstra.sasaran if s.renstra else ():
        yield Potongan(f"Sasaran {sasaran.kode}", sasaran.uraian, False, {"sasaran": sasaran.kode})
        for ind in sasaran.indikator:
            ref = {"indikator": ind.kode}
            yield Potongan(f"{ind.kode} (nama)", ind.nama, False, ref)
            for judul, isi in (("formula", ind.formula), ("sumber data", ind.sumber_data)):
                if isi:
                    yield Potongan(f"{ind.kode} ({judul})", isi, False, ref)
            k = s.kinerja.get((ind.kode, s.tahun))
            for judul, analisis in (
                ("faktor pendukung", k.faktor_pendukung if k else None),
                ("faktor penghambat", k.faktor_penghambat if k else None),
                ("solusi", k.solusi if k else None),
            ):
                if analisis:
                    ref = {"indikator": ind.kode, "tahun": tahun}
                    yield Potongan(f"{ind.kode} {judul} {s.tahun}", analisis, True, ref)


def kalimat(teks: str) -> list[str]:
    """Return the sentences of a text, whitespace made single."""
    return [" ".join(k.split()) for k in _KALIMAT.split(teks) if k.strip()]
