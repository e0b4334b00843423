"""The first sheet of the entry workbook: what the workbook is (format, year, Perangkat Daerah)
and how to fill it in. It is locked; the import reads its three identity cells."""

from __future__ import annotations

import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from sakip.core import format as fmt
from sakip.spreadsheet import nilai as nv
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error, Tempat
from sakip.spreadsheet.lembar import normal_judul
from sakip.spreadsheet.read import LembarMentah
from sakip.spreadsheet.write import write_cell

NAMA = "Petunjuk"
FORMAT = "sakip-buku-isian-1"
_ISIAN = ("Format", "Tahun", "Kode Perangkat Daerah")
_PETUNJUK = (
    "Setiap lembar memuat satu jenis data; baris pertama adalah judul kolom dan terkunci.",
    "Tambah, ubah atau hapus baris data sesuai keadaan. Baris yang dihapus dari lembar akan "
    "dihapus dari sakip saat impor (kecuali Pemda, RPJMD, unit kerja, Renstra, sasaran dan IKU, "
    "yang hanya ditambah atau diubah).",
    "Kode ditulis sebagai teks. Angka ditulis sebagai angka; rupiah dengan dua desimal.",
    'Nilai indikator: kosong = belum diisi; "n/a" = dinyatakan tidak tersedia.',
    "Gunakan daftar pilihan pada kolom kode dan pilihan (Tahap, Triwulan, Periode, Satuan, ...).",
    "Impor dengan `sakip import BERKAS.xlsx` atau dari halaman Impor aplikasi web; sakip "
    "menampilkan pratinjau perubahan dan menyimpan seluruh berkas, atau tidak sama sekali bila "
    "ada galat.",
)


VERSI = "Versi data"
"""The label of the cell holding the version of the data the workbook was made from."""


def write(wb: Workbook, tahun: int, kode_opd: str, nama_opd: str, versi: int) -> None:
    """Write the Petunjuk sheet first in the workbook; `versi` is the data's history version."""
    ws = wb.create_sheet(NAMA, 0)
    ws["A1"] = f"Buku Isian sakip — {nama_opd} Tahun {tahun}"
    ws["A1"].font = Font(bold=True, size=14)
    isian = (FORMAT, tahun, kode_opd)
    for i, (label, nilai) in enumerate(zip(_ISIAN, isian, strict=True), 3):
        ws.cell(i, 1, label).font = Font(bold=True)
        write_cell(ws, i, 2, nilai).number_format = "0" if label == "Tahun" else "@"
    ws.cell(6, 1, "Nama Perangkat Daerah").font = Font(bold=True)
    write_cell(ws, 6, 2, nama_opd)
    ws.cell(7, 1, "Dibuat").font = Font(bold=True)
    ws.cell(7, 2, fmt.tanggal(datetime.date.today()))
    ws.cell(8, 1, VERSI).font = Font(bold=True)
    ws.cell(8, 2, versi).number_format = "0"
    ws.cell(9, 1, "Cara mengisi").font = Font(bold=True)
    for i, teks in enumerate(_PETUNJUK, 10):
        cell = ws.cell(i, 1, f"{i - 9}. {teks}")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        ws.row_dimensions[i].height = 32
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    ws.protection.sheet = True


def read(
    lembar: dict[str, LembarMentah],
) -> tuple[tuple[int, Tempat, str, Tempat] | None, list[Error]]:
    """Return (year, where it is, OPD code, where it is) from the Petunjuk sheet, or the errors."""
    isian = ", ".join(f'"{i}"' for i in _ISIAN)
    mentah = lembar.get(NAMA)
    if mentah is None:
        return None, [
            pesan.BUKAN_BUKU_ISIAN.error(Tempat(NAMA), teks="tidak ada lembar ini", isian=isian)
        ]
    nilai: dict[str, tuple[object, Tempat]] = {}
    for nomor, values in mentah.baris:
        if len(values) >= 2 and values[0] is not None:
            label = normal_judul(values[0])
            nilai.setdefault(label, (values[1], Tempat(NAMA, nomor, "B", str(values[0]))))
    format_, tempat_format = nilai.get("format", (None, Tempat(NAMA, 3, "B", "Format")))
    if format_ != FORMAT:
        return None, [pesan.BUKAN_BUKU_ISIAN.error(tempat_format, format_, isian=isian)]
    error = []
    tahun_mentah, tempat_tahun = nilai.get("tahun", (None, Tempat(NAMA, 4, "B", "Tahun")))
    kode_mentah, tempat_kode = nilai.get(
        "kode perangkat daerah", (None, Tempat(NAMA, 5, "B", "Kode Perangkat Daerah"))
    )
    tahun = kode = None
    try:
        tahun = nv.tahun(tahun_mentah)
    except nv.NilaiSalah as exc:
        error.append(exc.pesan.error(tempat_tahun, tahun_mentah, teks=exc.teks, **exc.isi))
    try:
        kode = nv.kode(kode_mentah, 32) if not nv.empty(kode_mentah) else None
    except nv.NilaiSalah as exc:
        error.append(exc.pesan.error(tempat_kode, kode_mentah, teks=exc.teks, **exc.isi))
    if kode is None and not error:
        error.append(pesan.WAJIB_DIISI.error(tempat_kode, kode_mentah, apa="Kode Perangkat Daerah"))
    if error or tahun is None or kode is None:
        return None, error
    return (tahun, tempat_tahun, kode, tempat_kode), []


def versi_data(lembar: dict[str, LembarMentah]) -> int | None:
    """Return the version of the data the workbook was made from, or None (an older workbook)."""
    mentah = lembar.get(NAMA)
    if mentah is None:
        return None
    for _, values in mentah.baris:
        if len(values) >= 2 and values[0] is not None and normal_judul(values[0]) == "versi data":
            try:
                return int(str(values[1]).strip())
            except ValueError:
                return None
    return None
