"""Every IKU of the Renstra must appear in the latest Perjanjian Kinerja of the year.

docs/rules.md#perjanjian-kinerja [P]: the PK uses the IKU, with the Renstra target of its year. A
year without any PK while the Renstra holds IKU is reported once.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator, lokasi_pk
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import OpdTahun

RULE_ID = "pk-tanpa-iku"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    indikator = iku(s)
    if not indikator:
        return
    pk = s.pk
    if pk is None:
        teks = pesan.PK_TIDAK_ADA.format(tahun=s.tahun, jumlah=len(indikator))
        lokasi = f"Perjanjian Kinerja {s.tahun}"
        yield Finding(
            RULE_ID, SEVERITY, Tabel.PERJANJIAN_KINERJA, lokasi, teks, {"tahun": str(s.tahun)}
        )
        return
    for kode, ind in indikator.items():
        if kode in pk.target:
            continue
        teks = pesan.PK_TANPA_IKU.format(
            tahun=pk.tahun, versi=pk.versi, target=number(ind.target.get(pk.tahun))
        )
        ref = {"indikator": kode, "tahun": str(pk.tahun), "pk_versi": str(pk.versi)}
        lokasi = lokasi_pk(pk, lokasi_indikator(kode, ind))
        yield Finding(RULE_ID, SEVERITY, Tabel.PERJANJIAN_KINERJA, lokasi, teks, ref)
