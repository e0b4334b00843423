"""Import profiles: which column of a budget realisation file holds which field.

Budget exports differ between regions and years in their headers and layout, so a user maps the
columns once and saves the mapping under a name. A profile is a small mapping (written as YAML in
files and in `sakip import-profile show`; stored as JSON in the database):

    nama: sipd-kota-contoh
    kolom:                          # field -> header(s) in the file (first match wins)
      unit: Kode Unit SKPD
      sub_kegiatan: [Kode Sub Kegiatan, Kode Sub Giat]
      pagu: Anggaran
      realisasi: Realisasi
      tahap: Tahapan
    tetap: {tahun: 2022}            # fields the file does not hold, the same for every row
    nilai_tahap: {Pergeseran: murni} # other words the file uses for a stage
    format_angka: otomatis          # otomatis | indonesia | internasional
    baris_judul: null               # header row; null: found among the first 30 rows
    lembar: null                    # sheet name; null: the first sheet
    pemisah_csv: null               # CSV delimiter; null: found from the file
    lewati_baris_induk: true        # skip total rows and program/kegiatan subtotal rows
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sakip.impor.buku import pilihan
from sakip.spreadsheet.nilai import NumberFormat

BIDANG = {
    "unit": "kode unit kerja (organisasi) pemilik anggaran",
    "sub_kegiatan": "kode sub kegiatan (2 atau 4 digit)",
    "uraian": "nama sub kegiatan (hanya untuk baris baru)",
    "tahun": "tahun anggaran",
    "tahap": "tahap APBD: murni atau perubahan",
    "pagu": "pagu anggaran",
    "realisasi": "realisasi anggaran",
    "periode": "periode realisasi: setahun, triwulan atau bulan",
}
"""The fields a budget file can give, with what each holds."""
REQUIRED = ("unit", "sub_kegiatan", "pagu")
ALLOWED_FIXED = ("tahun", "tahap", "periode")


class ProfilTidakValid(ValueError):
    """A profile that cannot read any file: it names no column for a required field, etc."""


@dataclass(frozen=True)
class Profil:
    nama: str
    kolom: dict[str, tuple[str, ...]]
    tetap: dict[str, Any] = field(default_factory=dict)
    nilai_tahap: dict[str, str] = field(default_factory=dict)
    number_format: NumberFormat = NumberFormat.OTOMATIS
    baris_judul: int | None = None
    lembar: str | None = None
    pemisah_csv: str | None = None
    lewati_baris_induk: bool = False
    keterangan: str = ""

    @classmethod
    def dari_dict(cls, data: dict[str, Any], nama: str | None = None) -> Profil:
        """Return a profile from its mapping form; raise ProfilTidakValid saying what is wrong."""
        if not isinstance(data, dict):
            raise ProfilTidakValid("profil harus berupa pemetaan (kunci: nilai)")
        dikenal = {
            "nama",
            "keterangan",
            "kolom",
            "tetap",
            "nilai_tahap",
            "format_angka",
            "baris_judul",
            "lembar",
            "pemisah_csv",
            "lewati_baris_induk",
        }
        asing = sorted(set(map(str, data)) - dikenal)
        if asing:
            raise ProfilTidakValid(f"kunci tidak dikenal: {', '.join(asing)}")
        nama = nama or data.get("nama")
        if not nama or not isinstance(nama, str):
            raise ProfilTidakValid("profil harus bernama")
        kolom = _kolom(data.get("kolom"))
        tetap = _tetap(data.get("tetap") or {})
        for bidang in REQUIRED:
            if bidang not in kolom:
                raise ProfilTidakValid(f"kolom untuk {bidang} ({BIDANG[bidang]}) wajib ditentukan")
        for bidang in ("tahun", "tahap"):
            if bidang not in kolom and bidang not in tetap:
                raise ProfilTidakValid(
                    f"{bidang} ({BIDANG[bidang]}) harus diambil dari kolom "
                    "atau ditetapkan di 'tetap'"
                )
        for bidang in tetap:
            if bidang in kolom:
                raise ProfilTidakValid(f"{bidang} tidak boleh sekaligus kolom dan nilai tetap")
        nilai_tahap = data.get("nilai_tahap") or {}
        if not isinstance(nilai_tahap, dict) or any(
            v not in ("murni", "perubahan") for v in nilai_tahap.values()
        ):
            raise ProfilTidakValid(
                "nilai_tahap memetakan tulisan di berkas ke murni atau perubahan"
            )
        try:
            number_format = NumberFormat(data.get("format_angka") or "otomatis")
        except ValueError:
            raise ProfilTidakValid(
                "format_angka harus otomatis, indonesia atau internasional"
            ) from None
        baris_judul = data.get("baris_judul")
        if baris_judul is not None and (not isinstance(baris_judul, int) or baris_judul < 1):
            raise ProfilTidakValid("baris_judul harus nomor baris (1, 2, ...) atau kosong")
        pemisah = data.get("pemisah_csv")
        if pemisah is not None and (not isinstance(pemisah, str) or len(pemisah) != 1):
            raise ProfilTidakValid("pemisah_csv harus satu karakter (, ; atau tab) atau kosong")
        return cls(
            nama=nama,
            kolom=kolom,
            tetap=tetap,
            nilai_tahap={str(k): str(v) for k, v in nilai_tahap.items()},
            number_format=number_format,
            baris_judul=baris_judul,
            lembar=data.get("lembar") or None,
            pemisah_csv=pemisah,
            lewati_baris_induk=bool(data.get("lewati_baris_induk", False)),
            keterangan=str(data.get("keterangan") or ""),
        )

    def ke_dict(self) -> dict[str, Any]:
        """Return the profile in its mapping form (the YAML a user reads and writes)."""
        return {
            "nama": self.nama,
            "keterangan": self.keterangan,
            "kolom": {k: list(v) if len(v) > 1 else v[0] for k, v in self.kolom.items()},
            "tetap": dict(self.tetap),
            "nilai_tahap": dict(self.nilai_tahap),
            "format_angka": self.number_format.value,
            "baris_judul": self.baris_judul,
            "lembar": self.lembar,
            "pemisah_csv": self.pemisah_csv,
            "lewati_baris_induk": self.lewati_baris_induk,
        }


def _kolom(data: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(data, dict) or not data:
        raise ProfilTidakValid("'kolom' memetakan setiap bidang ke judul kolom di berkas")
    result: dict[str, tuple[str, ...]] = {}
    for bidang, judul in data.items():
        if bidang not in BIDANG:
            raise ProfilTidakValid(f"bidang {bidang!r} tidak dikenal; bidang: {', '.join(BIDANG)}")
        listing = [judul] if isinstance(judul, str) else judul
        if (
            not isinstance(listing, list)
            or not listing
            or not all(isinstance(j, str) and j.strip() for j in listing)
        ):
            raise ProfilTidakValid(f"judul kolom {bidang} harus teks atau daftar teks")
        result[bidang] = tuple(j.strip() for j in listing)
    return result


def _tetap(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ProfilTidakValid("'tetap' memetakan bidang ke nilainya")
    result: dict[str, Any] = {}
    for bidang, nilai in data.items():
        if bidang not in ALLOWED_FIXED:
            raise ProfilTidakValid(
                f"hanya {', '.join(ALLOWED_FIXED)} yang boleh tetap, bukan {bidang}"
            )
        if bidang == "tahun":
            if isinstance(nilai, bool) or not isinstance(nilai, int) or not 1945 <= nilai <= 2100:
                raise ProfilTidakValid("tahun tetap harus tahun empat angka")
        elif bidang == "tahap":
            if nilai not in ("murni", "perubahan"):
                raise ProfilTidakValid("tahap tetap harus murni atau perubahan")
        elif str(nilai) not in {k for k, _ in pilihan.PERIODE}:
            raise ProfilTidakValid("periode tetap harus tahun, tw1..tw4 atau 1..12")
        result[bidang] = nilai if bidang != "periode" else str(nilai)
    return result


SIPD = Profil.dari_dict(
    {
        "nama": "sipd",
        "keterangan": "Laporan realisasi anggaran per sub kegiatan seperti diunduh dari SIPD: "
        "satu baris per unit dan sub kegiatan, realisasi setahun (s.d. akhir periode laporan).",
        "kolom": {
            "unit": ["Kode Unit SKPD", "Kode SKPD", "Kode Unit", "Kode Sub Unit", "Kode Sub SKPD"],
            "sub_kegiatan": ["Kode Sub Kegiatan", "Kode Subkegiatan", "Kode Sub Giat"],
            "uraian": ["Nama Sub Kegiatan", "Sub Kegiatan", "Nama Sub Giat"],
            "tahun": ["Tahun Anggaran", "Tahun"],
            "tahap": ["Tahapan", "Tahap", "Jenis Anggaran", "Tahapan APBD"],
            "pagu": ["Pagu", "Anggaran", "Pagu Anggaran", "Nilai Anggaran", "Total Anggaran"],
            "realisasi": ["Realisasi", "Realisasi Anggaran", "Total Realisasi", "Nilai Realisasi"],
        },
        "tetap": {"periode": "tahun"},
        "nilai_tahap": {
            "Penetapan": "murni",
            "APBD": "murni",
            "Pergeseran": "murni",
            "Perubahan APBD": "perubahan",
            "Pergeseran Perubahan": "perubahan",
        },
        "lewati_baris_induk": True,
    }
)
BAWAAN = {SIPD.nama: SIPD}
"""Profiles shipped with sakip; a stored profile of the same name takes precedence."""
