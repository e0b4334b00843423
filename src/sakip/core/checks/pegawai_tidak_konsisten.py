"""The staff counted by golongan/status, by education and by gender are the same people.

Reference report Tabel 1 (Status dan Jumlah Pegawai): 62 PNS + 66 Non PNS = 128, by education 128,
by gender 128. A breakdown left empty is not entered and is not compared.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sakip.core.checks import pesan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import OpdTahun

RULE_ID = "pegawai-tidak-konsisten"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    pegawai = s.pegawai
    if pegawai is None:
        return
    jumlah = {
        "golongan": _total(pegawai.golongan),
        "pendidikan": _total(pegawai.pendidikan),
        "jenis_kelamin": _total(pegawai.jenis_kelamin),
    }
    if len({n for n in jumlah.values() if n is not None}) <= 1:
        return
    teks = pesan.PEGAWAI_TIDAK_KONSISTEN.format(
        **{bagian: number(n, places=0) for bagian, n in jumlah.items()}
    )
    yield Finding(
        RULE_ID,
        SEVERITY,
        Tabel.PEGAWAI,
        f"Pegawai {pegawai.tahun}",
        teks,
        {"tahun": str(pegawai.tahun)},
    )


def _total(rincian: dict[str, int]) -> Decimal | None:
    """Return the people counted in one breakdown, None when it was not entered."""
    return Decimal(sum(rincian.values())) if rincian else None
