"""Write formatted sheets: bold locked headers, frozen panes, drop-down lists, number formats.

A sheet written here is protected without a password: its header row is locked against accidental
edits while every data cell, and the rows below for new data, stay editable. Amounts are real
numbers; the format "#,##0.00" groups thousands and shows two decimals, which a spreadsheet set to
Indonesian shows as 1.234.567,89.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from sakip.core.rumus import mirip_rumus

from . import nilai as nv
from .lembar import Jenis, Kolom, SpesifikasiLembar

FORMAT_UANG = "#,##0.00"
FORMAT_BULAT = "#,##0"
FORMAT_TAHUN = "0"
FORMAT_NILAI = "General"
FORMAT_TEKS = "@"
FORMAT_TANGGAL = "[$-421]d mmmm yyyy"
"""[$-421]: Indonesian month names (24 Februari 2023)."""

LISTS_SHEET = "Daftar"
BARIS_TERAKHIR = 1048576

_WARNA_JUDUL = "1F4E78"
_TEBAL_PUTIH = Font(bold=True, color="FFFFFF")
_ISI_JUDUL = PatternFill("solid", fgColor=_WARNA_JUDUL)
_TIPIS = Side(style="thin", color="A6A6A6")
_GARIS = Border(left=_TIPIS, right=_TIPIS, top=_TIPIS, bottom=_TIPIS)
_LOCKED = Protection(locked=True)
_TERBUKA = Protection(locked=False)
_LEBAR = {
    Jenis.TEKS: 40,
    Jenis.KODE: 16,
    Jenis.KODE_UNIT: 26,
    Jenis.KODE_ANGGARAN: 22,
    Jenis.TAHUN: 9,
    Jenis.BULAT: 12,
    Jenis.UANG: 22,
    Jenis.NILAI: 14,
    Jenis.PERSEN: 12,
    Jenis.TANGGAL: 18,
    Jenis.PILIHAN: 18,
    Jenis.KODE_LISTING: 24,
    Jenis.TEKS_LISTING: 50,
}


def new_buku() -> Workbook:
    """Return an empty workbook (without the default sheet)."""
    wb = Workbook()
    for sheet in list(wb.worksheets):
        wb.remove(sheet)
    return wb


def number_format(jenis: Jenis) -> str:
    """Return the number format of a column type."""
    return {
        Jenis.UANG: FORMAT_UANG,
        Jenis.BULAT: FORMAT_BULAT,
        Jenis.TAHUN: FORMAT_TAHUN,
        Jenis.TANGGAL: FORMAT_TANGGAL,
        Jenis.NILAI: FORMAT_NILAI,
        Jenis.PERSEN: FORMAT_NILAI,
    }.get(jenis, FORMAT_TEKS)


def cell_value(k: Kolom, nilai: object) -> Decimal | datetime.date | int | str | None:
    """Return a field's value as its cell holds it."""
    if nilai is None:
        return None
    if nilai is nv.NA:
        return nv.TIDAK_TERSEDIA_TEKS
    if k.jenis is Jenis.PILIHAN:
        return k.label(str(nilai))
    if k.jenis is Jenis.KODE_LISTING:
        return "; ".join(str(v) for v in nilai)  # type: ignore[attr-defined]
    if k.jenis is Jenis.TEKS_LISTING:
        return "\n".join(str(v) for v in nilai)  # type: ignore[attr-defined]
    if isinstance(nilai, Decimal):
        return nilai.normalize() if k.jenis in {Jenis.NILAI, Jenis.PERSEN} else nilai
    if isinstance(nilai, datetime.date | int | str):
        return nilai
    return str(nilai)


def write_cell(ws: Worksheet, baris: int, kolom: int, nilai: Any) -> Cell:
    """Write a value into a cell; a text stays a text, never a formula or an error code.

    openpyxl makes a text starting with "=" a formula and "#N/A" an error; sakip's cells hold
    what was entered, so `=HYPERLINK(...)` typed as a name is written, and read back, as that
    text. The quote prefix keeps it a text when the cell is edited in a spreadsheet, too.
    """
    cell = ws.cell(baris, kolom)
    assert isinstance(cell, Cell), cell.coordinate  # sakip writes no value inside merged cells
    cell.value = nilai
    if isinstance(nilai, str):
        cell.data_type = "s"
        if mirip_rumus(nilai):
            cell.quotePrefix = True
    return cell


def write_lists(wb: Workbook, listing: Mapping[str, Sequence[str]]) -> None:
    """Write the drop-down lists on a hidden sheet, each under a defined name."""
    ws = wb.create_sheet(LISTS_SHEET)
    for i, (nama, isi) in enumerate(listing.items(), 1):
        huruf = get_column_letter(i)
        ws.cell(1, i, nama).font = Font(bold=True)
        for j, teks in enumerate(isi, 2):
            write_cell(ws, j, i, teks).number_format = FORMAT_TEKS
        akhir = max(2, len(isi) + 1)
        ref = f"{quote_sheetname(LISTS_SHEET)}!${huruf}$2:${huruf}${akhir}"
        wb.defined_names[listing_name(nama)] = DefinedName(listing_name(nama), attr_text=ref)
        ws.column_dimensions[huruf].width = 30
    ws.sheet_state = "hidden"
    ws.protection.sheet = True


def listing_name(nama: str) -> str:
    """Return the defined name of a drop-down list."""
    return "daftar_" + nama


def write_sheet(
    wb: Workbook,
    spec: SpesifikasiLembar,
    baris: Iterable[Mapping[str, object]],
    listing: Iterable[str] = (),
) -> Worksheet:
    """Write one sheet: its header row and a row per mapping of field -> value."""
    ws: Worksheet = wb.create_sheet(spec.nama)
    with_listing = set(listing)
    for i, k in enumerate(spec.kolom, 1):
        cell = ws.cell(1, i, k.judul)
        cell.font = _TEBAL_PUTIH
        cell.fill = _ISI_JUDUL
        cell.border = _GARIS
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.protection = _LOCKED
        catatan = _catatan(k)
        if catatan:
            cell.comment = Comment(catatan, "sakip", width=320, height=120)
        huruf = get_column_letter(i)
        kolom = ws.column_dimensions[huruf]
        kolom.width = k.lebar or _LEBAR[k.jenis]
        kolom.protection = _TERBUKA
        kolom.number_format = number_format(k.jenis)
        _validasi(ws, k, huruf, with_listing)
    ws.row_dimensions[1].height = 32
    jumlah = 1
    for jumlah, row in enumerate(baris, 2):
        for i, k in enumerate(spec.kolom, 1):
            cell = write_cell(ws, jumlah, i, cell_value(k, row.get(k.key)))
            cell.number_format = number_format(k.jenis)
            cell.protection = _TERBUKA
            if k.jenis is Jenis.TEKS_LISTING or (k.jenis is Jenis.TEKS and (k.lebar or 40) >= 40):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.kolom))}{max(jumlah, 2)}"
    _lindungi(ws)
    return ws


def _catatan(k: Kolom) -> str:
    bagian = [k.keterangan] if k.keterangan else []
    if k.required:
        bagian.append("Wajib diisi.")
    if k.pilihan:
        bagian.append("Pilihan: " + ", ".join(k.label_pilihan) + ".")
    if k.jenis in {Jenis.NILAI, Jenis.PERSEN}:
        bagian.append('Tulis "n/a" bila dinyatakan tidak tersedia; kosongkan bila belum diisi.')
    return " ".join(bagian)


def _validasi(ws: Worksheet, k: Kolom, huruf: str, with_listing: set[str]) -> None:
    nama = k.listing or (f"pilihan_{k.key}" if k.pilihan else None)
    if nama is None or nama not in with_listing:
        return
    ketat = bool(k.pilihan)
    dv = DataValidation(
        type="list",
        formula1=listing_name(nama),
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if ketat else "warning",
        errorTitle=k.judul,
        error=(
            "Pilih salah satu isian dari daftar."
            if ketat
            else "Kode ini tidak ada dalam daftar; pastikan kode ini memang benar."
        ),
    )
    dv.add(f"{huruf}2:{huruf}{BARIS_TERAKHIR}")
    ws.add_data_validation(dv)


def _lindungi(ws: Worksheet) -> None:
    """Protect the sheet (no password) so the headers stay; rows may be added and removed."""
    p = ws.protection
    p.sheet = True
    p.insertRows = False
    p.deleteRows = False
    p.formatColumns = False
    p.formatRows = False
    p.formatCells = False
    p.sort = False
    p.autoFilter = False
    p.selectLockedCells = False
    p.selectUnlockedCells = False


def listing_pilihan(spec: SpesifikasiLembar) -> dict[str, list[str]]:
    """Return the drop-down list of every choice column of a sheet."""
    return {f"pilihan_{k.key}": k.label_pilihan for k in spec.kolom if k.pilihan}
