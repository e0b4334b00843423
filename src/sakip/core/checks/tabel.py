"""The numbers of the LKjIP tables a finding can point at.

They follow the OPD-level LKjIP of PermenPAN-RB 53/2014, Lampiran II, as laid out by the reference
report (docs/rules.md#lkjip-layout: its Tabel 1–19).
"""

from __future__ import annotations

from enum import IntEnum


class Tabel(IntEnum):
    PEGAWAI = 1
    TARGET_IKU = 5
    PERJANJIAN_KINERJA = 6
    ANGGARAN_PER_SASARAN = 8
    EVALUASI_AKIP = 9
    CAPAIAN_KINERJA = 11
    KINERJA_TRIWULAN = 12
    REALISASI_ANTARTAHUN = 13
    EFISIENSI_ANGGARAN = 16
    KINERJA_PROGRAM_KEGIATAN = 17
    REALISASI_ANGGARAN = 18
    REALISASI_ANGGARAN_PER_PROGRAM = 19
