"""The numbers of the LKjIP tables a finding can point at.

They follow the OPD-level LKjIP of PermenPAN-RB 53/2014, Lampiran II, as laid out by the reference
report (docs/rules.md#lkjip-layout: its Tabel 1–19). Each number is the position of the table's
builder in `sakip.core.tables.BUILDERS`, the one place the order of the tables is written.
"""

from __future__ import annotations

from enum import IntEnum

from sakip.core.tables import anggaran, capaian, evaluasi, nomor, perencanaan, profil


class Tabel(IntEnum):
    PEGAWAI = nomor(profil.pegawai)
    TARGET_IKU = nomor(perencanaan.target_iku)
    PERJANJIAN_KINERJA = nomor(perencanaan.perjanjian_kinerja)
    ANGGARAN_PER_SASARAN = nomor(perencanaan.anggaran_sasaran)
    EVALUASI_AKIP = nomor(evaluasi.evaluasi)
    TINDAK_LANJUT = nomor(evaluasi.tindak_lanjut)
    CAPAIAN_KINERJA = nomor(capaian.capaian_tahunan)
    KINERJA_TRIWULAN = nomor(capaian.per_triwulan)
    REALISASI_ANTARTAHUN = nomor(capaian.perbandingan)
    EFISIENSI_ANGGARAN = nomor(anggaran.efisiensi_anggaran)
    KINERJA_PROGRAM_KEGIATAN = nomor(anggaran.keluaran)
    REALISASI_ANGGARAN = nomor(anggaran.realisasi_unit)
    REALISASI_ANGGARAN_PER_PROGRAM = nomor(anggaran.realisasi_program)
