"""Each report carries a signing date, in the window its kind is signed in.

RULES.md §2 [P]: the PK is drawn up at the start of the year (at the latest one month after the
DPA is approved); the LKjIP is reported within the first quarter after the year. The windows are
data (sakip/data/jadwal). A missing date prints as a blank line for the signatory to fill in by
hand; it is reported so that the planning officer sets it. A PK revision is signed when the
change happens, so only version 1 is held to the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sakip.core import format as fmt
from sakip.core.checks import pesan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.jadwal import Jendela, jendela
from sakip.core.model import OpdTahun

RULE_ID = "pengesahan-tanggal"
SEVERITY: Severity = "warning"


def check(s: OpdTahun) -> Iterator[Finding]:
    aturan = jendela(s.tahun)
    if s.renstra is not None or s.anggaran:
        yield from _check(s, "lkjip", 0, s.sah("lkjip").tanggal, aturan["lkjip"], None)
    for pk in s.perjanjian_kinerja:
        if pk.versi == 1:
            yield from _check(s, "pk", 1, pk.tanggal, aturan["pk"], Tabel.PERJANJIAN_KINERJA)


def _check(
    s: OpdTahun, dokumen: str, nomor: int, tanggal: object, j: Jendela, tabel: int | None
) -> Iterator[Finding]:
    nama = {"lkjip": f"LKjIP {s.tahun}", "pk": f"Perjanjian Kinerja {s.tahun} (versi {nomor})"}
    ref = {"dokumen": dokumen, "tahun": str(s.tahun), "nomor": str(nomor)}
    if not isinstance(tanggal, date):
        teks = pesan.PENGESAHAN_TANPA_TANGGAL.format(dokumen=nama[dokumen])
        yield Finding(RULE_ID, SEVERITY, tabel, nama[dokumen], teks, ref)
        return
    if j.memuat(s.tahun, tanggal):
        return
    awal, akhir = j.rentang(s.tahun)
    teks = pesan.PENGESAHAN_DI_LUAR_JADWAL.format(
        dokumen=nama[dokumen],
        tanggal=fmt.tanggal(tanggal),
        uraian=j.uraian,
        awal=fmt.tanggal(awal),
        akhir=fmt.tanggal(akhir),
        dasar=j.dasar_hukum,
    )
    yield Finding(RULE_ID, SEVERITY, tabel, nama[dokumen], teks, ref)
