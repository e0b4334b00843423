"""Every program, kegiatan and sub kegiatan code is in the nomenclature in force for its year.

docs/rules.md#budget-codes: the code list is versioned by the Kepmendagri in force for the year. An
unknown code is reported, never guessed (not matched to a near code, not created). A partial
nomenclature (`lengkap: false`) says so in the message; a year without any version is reported once
per sheet.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.codes import level
from sakip.impor.cek.tingkat_kode import NAMA_TINGKAT
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error
from sakip.spreadsheet.lembar import Jenis

KODE = pesan.KODE_TIDAK_DIKENAL.kode


def check(data: DataImpor, konteks: Konteks) -> Iterator[Error]:
    tanpa_nomenklatur: set[tuple[str, int]] = set()
    for spec, r in data.all_items():
        tahun = r.get("tahun") or data.tahun
        if tahun is None:
            continue
        for k in spec.kolom:
            kode = r.get(k.key)
            if k.jenis is not Jenis.KODE_ANGGARAN or kode is None:
                continue
            if k.tingkat and level(kode) not in k.tingkat:
                continue  # reported by tingkat_kode
            versi = konteks.nomenklatur_untuk(tahun)
            if versi is None:
                if (spec.nama, tahun) not in tanpa_nomenklatur:
                    tanpa_nomenklatur.add((spec.nama, tahun))
                    yield pesan.NOMENKLATUR_TIDAK_ADA.error(
                        r.tempat(k.key), r.mentah(k.key), tahun=tahun
                    )
                continue
            if kode in versi.item:
                continue
            entri = pesan.KODE_TIDAK_DIKENAL if versi.lengkap else pesan.KODE_TIDAK_DIMUAT
            yield entri.error(
                r.tempat(k.key),
                r.mentah(k.key),
                tingkat=NAMA_TINGKAT[level(kode)],
                nomenklatur=versi.nama,
                tahun=tahun,
            )
