"""Write the golden import files of tests/golden/spreadsheet (run from the repository root):

    .venv/bin/python tests/golden/spreadsheet/make_golden.py

Each file has a sidecar NAME.yaml saying how it is imported and what must come out:
    jenis: anggaran | buku
    profil: sipd               # a profile name, or the profile itself as a mapping
    galat: {lembar: ..., baris: 7, kolom: G}    # should_fail only; the folder names the code
    detik_maks: 2              # optional: refused within this many seconds (hostile files)
The hostile files (a merged range over a whole sheet, a cell in column XFD, a million rows, a
formula without its result) are written by `make_hostile.py`.
The test `tests/impor/test_golden.py` walks every file against the two bundled datasets
(Kecamatan Bontang Barat 2022 with 2-digit codes, Dinas Contoh 2023 with 4-digit codes).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_hostile  # noqa: E402

BONTANG = "7.01.0.00.0.00.30.0000"
KANAAN = "7.01.0.00.0.00.30.0001"
DINAS = "2.15.0.00.0.00.01.0000"
SIPD_JUDUL = [
    "No",
    "Kode Unit SKPD",
    "Nama SKPD",
    "Kode Sub Kegiatan",
    "Nama Sub Kegiatan",
    "Tahun Anggaran",
    "Tahapan",
    "Anggaran",
    "Realisasi",
    "Sisa",
    "%",
]


def _sipd_baris(unit: str, kode: str, pagu: Any, realisasi: Any, no: int) -> list[Any]:
    return [
        no,
        unit,
        "Kecamatan Bontang Barat",
        kode,
        "Sub kegiatan",
        2022,
        "Perubahan",
        pagu,
        realisasi,
        None,
        None,
    ]


def _sipd(path: Path, baris: list[list[Any]], judul: list[str] = SIPD_JUDUL) -> None:
    """Write a SIPD-style export: title rows, the header, the rows, a total row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Realisasi"
    ws.append(["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN"])
    ws.append(["PEMERINTAH KOTA BONTANG — TAHUN ANGGARAN 2022"])
    ws.append([])
    ws.append(judul)
    for row in baris:
        ws.append(row)
    ws.append([None, None, "JUMLAH", None, None, None, None, 1, 1, None, None])
    wb.save(path)


def _sidecar(path: Path, data: dict[str, Any]) -> None:
    path.with_suffix(".yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def _kasus_lolos(out: Path) -> None:
    # The shipped SIPD profile: title rows, a program subtotal row and a total row are skipped.
    path = out / "sipd-standar.xlsx"
    _sipd(
        path,
        [
            [
                None,
                BONTANG,
                None,
                "7.01.01",
                "PROGRAM PENUNJANG",
                2022,
                "Perubahan",
                9,
                9,
                None,
                None,
            ],
            _sipd_baris(BONTANG, "7.01.01.2.01.01", 45_000_000.00, 44_250_000, 1),
            _sipd_baris(BONTANG, "7.01.01.2.02.01", "10.559.602.048,00", "10.138.581.344,00", 2),
            _sipd_baris(KANAAN, "7.01.01.2.06.01", 12_500_000, 12_250_000.5, 3),
        ],
    )
    _sidecar(path, {"jenis": "anggaran", "profil": "sipd", "disimpan": {"tambah": 2, "ubah": 2}})

    # Other headers, ";"-separated CSV, Indonesian amounts, a 2-digit and a 4-digit code.
    path = out / "sipd-judul-lain.csv"
    teks = io.StringIO()
    w = csv.writer(teks, delimiter=";", lineterminator="\r\n")
    w.writerow(["KODE ORGANISASI", "KODE SUB GIAT", "URAIAN", "PAGU (Rp)", "REALISASI S.D. TW IV"])
    w.writerow(
        [
            BONTANG,
            "7.01.01.2.01.01",
            "Penyusunan Dokumen Perencanaan",
            "45.000.000,00",
            "Rp 44.250.000,00",
        ]
    )
    w.writerow(
        [
            BONTANG,
            "7.01.01.2.01.0006",
            "Koordinasi Laporan Capaian Kinerja",
            "1.250.000,50",
            "1.250.000,50",
        ]
    )
    path.write_bytes(teks.getvalue().encode("utf-8-sig"))
    _sidecar(
        path,
        {
            "jenis": "anggaran",
            "profil": {
                "nama": "kota-lain",
                "kolom": {
                    "unit": "Kode Organisasi",
                    "sub_kegiatan": "Kode Sub Giat",
                    "uraian": "Uraian",
                    "pagu": "Pagu (Rp)",
                    "realisasi": "Realisasi s.d. TW IV",
                },
                "tetap": {"tahun": 2022, "tahap": "perubahan"},
                "format_angka": "indonesia",
            },
            "disimpan": {"tambah": 0, "ubah": 4},
        },
    )

    # A two-row header whose cells are merged (Kode Unit over two rows, Anggaran over two columns).
    path = out / "sipd-judul-gabungan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["REALISASI 2023"])
    ws.append(["Kode Unit", "Kode Sub Kegiatan", "Anggaran", None, "Tahapan"])
    ws.append([None, None, "Pagu", "Realisasi", None])
    for cells in ("A2:A3", "B2:B3", "C2:D2", "E2:E3"):
        ws.merge_cells(cells)
    ws.append([DINAS, "2.15.02.2.02.0002", 2_385_750_000, 874_016_250, "Perubahan"])
    ws.append([DINAS, "2.15.03.2.12.0003", 455_000_000, None, "Perubahan"])
    wb.save(path)
    _sidecar(
        path,
        {
            "jenis": "anggaran",
            "profil": {
                "nama": "gabungan",
                "kolom": {
                    "unit": "Kode Unit",
                    "sub_kegiatan": "Kode Sub Kegiatan",
                    "tahap": "Tahapan",
                    "pagu": "Pagu",
                    "realisasi": "Realisasi",
                },
                "tetap": {"tahun": 2023, "periode": "tw4"},
            },
            "disimpan": {"tambah": 0, "ubah": 0},
        },
    )

    # Realisation per month, one row per period, the pagu repeated on each row.
    path = out / "sipd-bulanan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kode SKPD", "Kode Sub Kegiatan", "Tahun", "Tahap", "Bulan", "Pagu", "Realisasi"])
    for bulan, nilai in ((1, 1_250_000), (2, 2_400_000), (3, 6_725_500)):
        ws.append([DINAS, "2.15.01.2.01.0001", 2023, "Perubahan", bulan, 42_500_000, nilai])
    ws.append([DINAS, "2.15.01.2.01.0001", 2023, "Murni", None, 45_000_000, None])
    wb.save(path)
    _sidecar(
        path,
        {
            "jenis": "anggaran",
            "profil": {
                "nama": "bulanan",
                "kolom": {
                    "unit": "Kode SKPD",
                    "sub_kegiatan": "Kode Sub Kegiatan",
                    "tahun": "Tahun",
                    "tahap": "Tahap",
                    "periode": "Bulan",
                    "pagu": "Pagu",
                    "realisasi": "Realisasi",
                },
            },
            "disimpan": {"tambah": 0, "ubah": 0},
        },
    )


def _gagal(out: Path, alasan: str, nama: str) -> Path:
    folder = out / alasan
    folder.mkdir(parents=True, exist_ok=True)
    return folder / nama


def _kasus_gagal_anggaran(out: Path) -> None:
    def sipd(alasan: str, baris: list[list[Any]], error: dict[str, Any]) -> None:
        path = _gagal(out, alasan, f"sipd-{alasan}.xlsx")
        _sipd(path, baris)
        _sidecar(path, {"jenis": "anggaran", "profil": "sipd", "galat": error})

    baik = _sipd_baris(BONTANG, "7.01.01.2.01.01", 45_000_000, 44_250_000, 1)
    sipd(
        "kode-tidak-dimuat",
        [baik, _sipd_baris(BONTANG, "7.01.01.2.01.09", 1_000_000, 0, 2)],
        {"lembar": "Realisasi", "baris": 6, "kolom": "D"},
    )
    sipd(
        "angka-negatif",
        [baik, _sipd_baris(BONTANG, "7.01.01.2.02.01", 10_559_602_048, "-1.500.000,00", 2)],
        {"lembar": "Realisasi", "baris": 6, "kolom": "I"},
    )
    sipd(
        "bukan-angka",
        [_sipd_baris(BONTANG, "7.01.01.2.01.01", "empat puluh lima juta", 0, 1), baik],
        {"lembar": "Realisasi", "baris": 5, "kolom": "H"},
    )
    sipd(
        "angka-ambigu",
        [_sipd_baris(BONTANG, "7.01.01.2.01.01", 45_000_000, "1.500", 1)],
        {"lembar": "Realisasi", "baris": 5, "kolom": "I"},
    )
    sipd(
        "unit-tidak-dikenal",
        [baik, _sipd_baris("7.01.0.00.0.00.31.0000", "7.01.01.2.01.01", 1, 1, 2)],
        {"lembar": "Realisasi", "baris": 6, "kolom": "B"},
    )
    sipd(
        "baris-ganda",
        [baik, _sipd_baris(BONTANG, "7.01.01.2.01.01", 45_000_000, 44_000_000, 2)],
        {"lembar": "Realisasi", "baris": 6, "kolom": "D"},
    )
    sipd(
        "kode-tidak-valid",
        [baik, _sipd_baris(BONTANG, "7.1.1.2.1.1", 1, 1, 2)],
        {"lembar": "Realisasi", "baris": 6, "kolom": "D"},
    )

    # Amounts merged over two data rows would be counted twice.
    path = _gagal(out, "sel-gabungan", "sipd-sel-gabungan.xlsx")
    _sipd(path, [baik, _sipd_baris(BONTANG, "7.01.01.2.02.01", 100, None, 2)])
    wb = openpyxl.load_workbook(path)
    wb.active.merge_cells("H5:H6")
    wb.save(path)
    _sidecar(
        path,
        {
            "jenis": "anggaran",
            "profil": "sipd",
            "galat": {"lembar": "Realisasi", "baris": 6, "kolom": "H"},
        },
    )

    # A workbook whose first sheet is empty.
    path = _gagal(out, "lembar-kosong", "sipd-lembar-kosong.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "Realisasi"
    wb.create_sheet("Catatan").append(["diisi nanti"])
    wb.save(path)
    _sidecar(
        path,
        {
            "jenis": "anggaran",
            "profil": "sipd",
            "galat": {"lembar": "Realisasi", "baris": 1, "kolom": "A"},
        },
    )

    # A file whose header names none of the profile's columns.
    path = _gagal(out, "judul-tidak-ditemukan", "sipd-judul-asing.csv")
    path.write_text("Unit;Kegiatan;Nilai\n7.01;7.01.01;1\n", encoding="utf-8")
    _sidecar(
        path,
        {
            "jenis": "anggaran",
            "profil": "sipd",
            "galat": {"lembar": "sipd-judul-asing", "baris": None, "kolom": None},
        },
    )

    # Monthly realisation already stored for this line (dataset); a yearly figure would double it.
    path = _gagal(out, "periode-campur", "sipd-periode-campur.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(
        [
            "Kode Unit SKPD",
            "Kode Sub Kegiatan",
            "Tahun Anggaran",
            "Tahapan",
            "Anggaran",
            "Realisasi",
        ]
    )
    ws.append([DINAS, "2.15.01.2.01.0001", 2023, "Perubahan", 42_500_000, 40_918_000])
    wb.save(path)
    _sidecar(
        path,
        {
            "jenis": "anggaran",
            "profil": "sipd",
            "galat": {"lembar": "Sheet", "baris": 2, "kolom": "F"},
        },
    )


def _kasus_buku(lolos: Path, gagal: Path) -> None:
    """Entry workbooks exported from the Bontang Barat dataset, as is and broken."""
    tmp = Path(tempfile.mkdtemp())
    os.environ["SAKIP_DATABASE_URL"] = f"sqlite:///{tmp / 'golden.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.config.settings")
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    from sakip.impor.buku.susunan import create_buku
    from sakip.kinerja import models as m

    call_command("migrate", verbosity=0)
    call_command("demo", stdout=io.StringIO())
    opd = m.PerangkatDaerah.objects.get(kode=BONTANG)
    asli = lolos / "buku-isian-bontang-2022.xlsx"
    create_buku(opd, 2022).save(asli)
    _sidecar(asli, {"jenis": "buku", "disimpan": {"tambah": 0, "ubah": 0, "hapus": 0}})
    shutil.rmtree(tmp)

    def rusak(alasan: str, change: Any, error: dict[str, Any]) -> None:
        wb = openpyxl.load_workbook(asli)
        change(wb)
        path = _gagal(gagal, alasan, f"buku-{alasan}.xlsx")
        wb.save(path)
        _sidecar(path, {"jenis": "buku", "galat": error})

    rusak(
        "rujukan-tidak-ada",
        lambda wb: wb["Target Renstra"].append(["IKU9", 2022, 10]),
        {"lembar": "Target Renstra", "baris": wb_max(asli, "Target Renstra") + 1, "kolom": "A"},
    )
    rusak(
        "tahun-di-luar-lingkup",
        lambda wb: wb["SKM"].append([2023, 88]),
        {"lembar": "SKM", "baris": wb_max(asli, "SKM") + 1, "kolom": "A"},
    )
    rusak(
        "bukan-angka",
        lambda wb: wb["Anggaran"].cell(2, 5, "sepuluh miliar"),
        {"lembar": "Anggaran", "baris": 2, "kolom": "E"},
    )
    rusak(
        "wajib-diisi",
        lambda wb: setattr(wb["IKU"].cell(3, 4), "value", None),
        {"lembar": "IKU", "baris": 3, "kolom": "D"},
    )
    rusak(
        "bukan-buku-isian",
        lambda wb: wb["Petunjuk"].cell(3, 2, "buku lain"),
        {"lembar": "Petunjuk", "baris": 3, "kolom": "B"},
    )


def wb_max(path: Path, lembar: str) -> int:
    """Return the last row of a sheet."""
    return int(openpyxl.load_workbook(path)[lembar].max_row)


def main() -> None:
    for folder in ("should_pass", "should_fail"):
        shutil.rmtree(HERE / folder, ignore_errors=True)
        (HERE / folder).mkdir()
    _kasus_lolos(HERE / "should_pass")
    _kasus_gagal_anggaran(HERE / "should_fail")
    _kasus_buku(HERE / "should_pass", HERE / "should_fail")
    make_hostile.write_all(HERE / "should_fail")


if __name__ == "__main__":
    main()
