"""Every IKU of the year carries its analysis: faktor pendukung or penghambat, and solusi.

RULES.md §1, Bab III A.5 [R]: the causes of success or failure and the solutions taken, per
sasaran. The unit owning the indicator enters them with its realisation; the LKjIP composes
them with the figures and prints nothing where nothing was entered, so the gap is said here.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.model import Kinerja, OpdTahun

RULE_ID = "analisis-iku-kosong"
SEVERITY: Severity = "warning"


def _isi(teks: str | None) -> bool:
    return bool(teks and teks.strip())


def check(s: OpdTahun) -> Iterator[Finding]:
    for kode, ind in iku(s).items():
        k = s.kinerja.get((kode, s.tahun)) or Kinerja(kode, s.tahun)
        kurang = []
        if not (_isi(k.faktor_pendukung) or _isi(k.faktor_penghambat)):
            kurang.append("faktor pendukung atau faktor penghambat")
        if _isi(k.faktor_penghambat) and not _isi(k.solusi):
            kurang.append("solusi atas faktor penghambat")
        if not kurang:
            continue
        teks = pesan.ANALISIS_IKU_KOSONG.format(tahun=s.tahun, kurang=" dan ".join(kurang))
        ref = {"indikator": kode, "tahun": str(s.tahun)}
        yield Finding(
            RULE_ID, SEVERITY, Tabel.CAPAIAN_KINERJA, lokasi_indikator(kode, ind), teks, ref
        )
