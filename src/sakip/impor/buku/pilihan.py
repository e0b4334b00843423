"""Choices of the entry workbook's drop-down columns: stored value -> (label, other spellings)."""

from __future__ import annotations

from sakip.core.periode import JenisPeriode, Tahap

Pilihan = tuple[tuple[str, tuple[str, ...]], ...]

TAHAP: Pilihan = (
    (Tahap.MURNI.value, ("Murni", Tahap.MURNI.label, "Induk")),
    (Tahap.PERUBAHAN.value, ("Perubahan", Tahap.PERUBAHAN.label, "APBD Perubahan", "APBD-P")),
)
_ROMAWI = ("I", "II", "III", "IV")
_BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
PERIODE: Pilihan = (
    ((JenisPeriode.TAHUN.value, ("Setahun", "Tahun")),)
    + tuple(
        (f"tw{q}", (f"Triwulan {r}", f"Triwulan {q}", f"TW {r}", f"TW{q}"))
        for q, r in enumerate(_ROMAWI, 1)
    )
    + tuple((str(b), (nama, f"Bulan {b}")) for b, nama in enumerate(_BULAN, 1))
)
TRIWULAN: Pilihan = tuple(
    (str(q), (f"Triwulan {r}", f"Triwulan {q}", f"TW {r}", f"TW{q}"))
    for q, r in enumerate(_ROMAWI, 1)
)
BULAN: Pilihan = tuple((str(b), (nama, f"Bulan {b}")) for b, nama in enumerate(_BULAN, 1))
JENIS_INDIKATOR: Pilihan = (
    ("langsung", ("Nilai langsung", "Langsung")),
    ("rasio", ("Rasio pembilang/penyebut", "Rasio")),
)
PERIODE_UKUR: Pilihan = (
    ("triwulan", ("Per triwulan", "Triwulan")),
    ("bulan", ("Per bulan", "Bulan")),
)
TRIWULAN_ATAU_SETAHUN: Pilihan = ((JenisPeriode.TAHUN.value, ("Setahun", "Tahun")),) + TRIWULAN
POLARITAS: Pilihan = (
    ("naik", ("Naik", "Semakin tinggi semakin baik")),
    ("turun", ("Turun", "Semakin rendah semakin baik")),
)
AGREGASI: Pilihan = (
    ("jumlah", ("Jumlah",)),
    ("terakhir", ("Nilai terakhir", "Terakhir")),
    ("rata_rata", ("Rata-rata",)),
)
STATUS_REKOMENDASI: Pilihan = (
    ("belum", ("Belum ditindaklanjuti", "Belum")),
    ("dalam_proses", ("Dalam proses",)),
    ("selesai", ("Selesai",)),
)
DIMENSI_PEGAWAI: Pilihan = (
    ("golongan", ("Status dan golongan", "Golongan")),
    ("pendidikan", ("Tingkat pendidikan", "Pendidikan")),
    ("jenis_kelamin", ("Jenis kelamin",)),
)
STRATEGI_KEBIJAKAN: Pilihan = (("strategi", ("Strategi",)), ("kebijakan", ("Kebijakan",)))
YA_TIDAK: Pilihan = (("ya", ("Ya",)), ("tidak", ("Tidak",)))
FORMAT_SUB_KEGIATAN: Pilihan = (("2", ("2 digit", "2")), ("4", ("4 digit", "4")))
TINGKAT: Pilihan = (
    ("jpt", ("JPT (eselon II)", "JPT", "Eselon II")),
    ("administrator", ("Administrator (eselon III)", "Administrator", "Eselon III")),
    ("pengawas", ("Pengawas (eselon IV)", "Pengawas", "Eselon IV")),
    ("fungsional", ("Fungsional",)),
    ("pelaksana", ("Pelaksana",)),
)
STATUS_PEMEGANG: Pilihan = (
    ("definitif", ("Definitif",)),
    ("plt", ("Pelaksana Tugas (Plt)", "Plt", "Plt.")),
    ("plh", ("Pelaksana Harian (Plh)", "Plh", "Plh.")),
)
JENIS_KASKADE: Pilihan = (
    ("sasaran", ("Sasaran strategis", "Sasaran")),
    ("program", ("Program",)),
    ("kegiatan", ("Kegiatan",)),
    ("sub_kegiatan", ("Sub kegiatan",)),
)
