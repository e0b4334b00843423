"""A target of 0 leaves capaian undefined, so an IKU's targets must not be 0.

docs/rules.md#capaian: capaian = realisasi / target × 100 (or (2 × target − realisasi) / target ×
100); with target 0 it is not available. Checked: the Renstra target of the report year (Tabel 5),
the latest Perjanjian Kinerja's target (Tabel 6) and every quarterly target of the year (Tabel 12).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator, lokasi_pk, nama_triwulan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import Indikator, OpdTahun

RULE_ID = "target-nol"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    indikator = iku(s)
    return chain(_renstra(s, indikator), _pk(s, indikator), _triwulan(s, indikator))


def _renstra(s: OpdTahun, indikator: dict[str, Indikator]) -> Iterator[Finding]:
    for kode, ind in indikator.items():
        target = ind.target.get(s.tahun)
        if target == 0:
            teks = pesan.TARGET_NOL_RENSTRA.format(tahun=s.tahun, target=number(target))
            ref = {"indikator": kode, "tahun": str(s.tahun)}
            lokasi = lokasi_indikator(kode, ind)
            yield Finding(RULE_ID, SEVERITY, Tabel.TARGET_IKU, lokasi, teks, ref)


def _pk(s: OpdTahun, indikator: dict[str, Indikator]) -> Iterator[Finding]:
    pk = s.pk
    if pk is None:
        return
    for kode, target in pk.target.items():
        if target == 0:
            teks = pesan.TARGET_NOL_PK.format(tahun=pk.tahun, versi=pk.versi, target=number(target))
            ref = {"indikator": kode, "tahun": str(pk.tahun), "pk_versi": str(pk.versi)}
            lokasi = lokasi_pk(pk, lokasi_indikator(kode, indikator.get(kode)))
            yield Finding(RULE_ID, SEVERITY, Tabel.PERJANJIAN_KINERJA, lokasi, teks, ref)


def _triwulan(s: OpdTahun, indikator: dict[str, Indikator]) -> Iterator[Finding]:
    for (kode, tahun), kinerja in s.kinerja.items():
        if tahun != s.tahun:
            continue
        for triwulan, target in sorted(kinerja.target_triwulan.items()):
            if target == 0:
                nama = nama_triwulan(triwulan)
                teks = pesan.TARGET_NOL_TRIWULAN.format(
                    triwulan=nama, tahun=tahun, target=number(target)
                )
                ref = {"indikator": kode, "tahun": str(tahun), "triwulan": str(triwulan)}
                lokasi = f"{lokasi_indikator(kode, indikator.get(kode))}, {nama}"
                yield Finding(RULE_ID, SEVERITY, Tabel.KINERJA_TRIWULAN, lokasi, teks, ref)
