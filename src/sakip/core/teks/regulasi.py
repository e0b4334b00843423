"""Superseded regulations, read from data/regulasi/usang.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from sakip.core import yamlfile

_NOMOR = r"\s*(?:Nomor|Nomer|No\.?)?\s*"
_TAHUN = r"\s*(?:Tahun|/)\s*"


@dataclass(frozen=True)
class RegulasiUsang:
    kode: str
    nama: str
    dicabut_tahun: int
    pengganti: str
    pola: re.Pattern[str]


@cache
def usang() -> tuple[RegulasiUsang, ...]:
    """Return every superseded regulation with the pattern that finds it cited."""
    isi = yamlfile.load((files("sakip.data") / "regulasi" / "usang.yaml").read_text("utf-8"))
    result = []
    for r in isi["regulasi"]:
        jenis = "|".join(re.escape(j) for j in r["jenis"])
        pola = rf"(?:{jenis}){_NOMOR}{re.escape(str(r['nomor']))}{_TAHUN}{r['tahun']}\b"
        result.append(
            RegulasiUsang(
                kode=r["kode"],
                nama=r["nama"],
                dicabut_tahun=int(r["dicabut_tahun"]),
                pengganti=r["pengganti"],
                pola=re.compile(pola, re.IGNORECASE),
            )
        )
    return tuple(result)
