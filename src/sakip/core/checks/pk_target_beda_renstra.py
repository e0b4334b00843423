"""A target in the latest Perjanjian Kinerja must equal the Renstra target of the year.

docs/rules.md#perjanjian-kinerja [P]: the PK uses the IKU and its yearly target should equal the
Renstra target for that year; a difference must be visible. A PK target for an indicator the Renstra
does not hold is reported too. (Reference report: SKM 87,00 in the PK vs 87,10 in the Renstra; Zona
Integritas 63 vs 64,50.)
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import iku, lokasi_indikator, lokasi_pk
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import OpdTahun

RULE_ID = "pk-target-beda-renstra"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    pk = s.pk
    if pk is None or s.renstra is None:
        return
    indikator = iku(s)
    for kode, target_pk in pk.target.items():
        ref = {"indikator": kode, "tahun": str(pk.tahun), "pk_versi": str(pk.versi)}
        ind = indikator.get(kode)
        if ind is None:
            teks = pesan.PK_INDIKATOR_BUKAN_IKU.format(
                tahun=pk.tahun,
                versi=pk.versi,
                target=number(target_pk),
                kode=kode,
                periode=f"{s.renstra.periode_awal}–{s.renstra.periode_akhir}",
            )
        else:
            target_renstra = ind.target.get(pk.tahun)
            if target_pk == target_renstra:
                continue
            teks = pesan.PK_TARGET_BEDA_RENSTRA.format(
                tahun=pk.tahun,
                versi=pk.versi,
                target_pk=number(target_pk),
                target_renstra=number(target_renstra),
            )
        lokasi = lokasi_pk(pk, lokasi_indikator(kode, ind))
        yield Finding(RULE_ID, SEVERITY, Tabel.PERJANJIAN_KINERJA, lokasi, teks, ref)
