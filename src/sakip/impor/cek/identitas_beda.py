"""The entry workbook is about one Perangkat Daerah of one Pemda, and says so consistently.

The Petunjuk sheet names the Perangkat Daerah the workbook was made for; the Perangkat Daerah sheet
must name the same one, the web page the file is uploaded on must be that one's, and a Perangkat
Daerah already in sakip must stay under its Pemda.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error

KODE = pesan.IDENTITAS_BEDA.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    opd = data.identitas.get("opd")
    opd_lembar = data.identitas.get("opd_lembar")
    pemda = data.identitas.get("pemda")
    if opd and opd_lembar and opd[0] != opd_lembar[0]:
        yield pesan.IDENTITAS_BEDA.error(
            opd_lembar[1],
            opd_lembar[0],
            apa=f"kode Perangkat Daerah yang sama dengan lembar Petunjuk, {opd[0]}",
        )
    kode = (opd_lembar or opd or (None, None))[0]
    tempat = (opd_lembar or opd or (None, None))[1]
    if kode is None or tempat is None:
        return
    if konteks.opd is not None and kode != konteks.opd:
        yield pesan.IDENTITAS_BEDA.error(
            tempat,
            kode,
            apa=f"buku isian {konteks.nama_opd.get(konteks.opd, konteks.opd)} ({konteks.opd}), "
            "Perangkat Daerah halaman ini",
        )
    pemda_db = konteks.pemda_opd.get(kode)
    if pemda and pemda_db and pemda[0] != pemda_db:
        yield pesan.IDENTITAS_BEDA.error(
            pemda[1],
            pemda[0],
            apa=f"kode Pemda {pemda_db}, tempat Perangkat Daerah {kode} terdaftar di sakip",
        )
