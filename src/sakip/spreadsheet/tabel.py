"""The LKjIP tables as a formatted workbook (one sheet per table) and as CSV files.

Figures are real numbers with Indonesian number formats: rupiah and percentages with two decimals
(percentages rounded half-up as the report shows them), counts without, indicator values with the
decimals they were entered with. A figure that is not available shows "n/a". Total rows are bold.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from sakip.core.rumus import lindungi_csv
from sakip.core.tables.base import Gaya, Jenis, Tabel
from sakip.core.tables.export import nilai_data

from .write import FORMAT_BULAT, FORMAT_UANG, new_buku, write_cell

_TIPIS = Side(style="thin", color="808080")
_GARIS = Border(left=_TIPIS, right=_TIPIS, top=_TIPIS, bottom=_TIPIS)
_JUDUL = Font(bold=True, size=12)
_TEBAL = Font(bold=True)
_MIRING = Font(italic=True, size=9)
_ISI_KEPALA = PatternFill("solid", fgColor="D9E1F2")
_ISI_KELOMPOK = PatternFill("solid", fgColor="F2F2F2")
_INDEN = {Gaya.KEGIATAN: 1, Gaya.SUB_KEGIATAN: 2}
_TEBAL_GAYA = {Gaya.TOTAL, Gaya.SUBTOTAL, Gaya.KELOMPOK, Gaya.PROGRAM}
_LEBAR_MAKS = 60


def nama_lembar(t: Tabel) -> str:
    """Return the sheet name of a table."""
    return f"Tabel {t.nomor}"


def format_nilai(value: Decimal | int) -> str:
    """Return the number format that shows an indicator value with its own decimals."""
    desimal = max(0, -int(Decimal(value).as_tuple().exponent))
    return FORMAT_BULAT if desimal == 0 else "#,##0." + "0" * desimal


def tabel_xlsx(tables: list[Tabel]) -> Workbook:
    """Return a workbook with one formatted sheet per table."""
    wb = new_buku()
    for t in tables:
        _lembar(wb, t)
    return wb


def _lembar(wb: Workbook, t: Tabel) -> None:
    ws = wb.create_sheet(nama_lembar(t))
    lebar_kolom = len(t.kolom)
    ws.cell(1, 1, f"Tabel {t.nomor}. {t.judul}").font = _JUDUL
    if lebar_kolom > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=lebar_kolom)
    lebar = [len(k.judul) for k in t.kolom]
    for i, k in enumerate(t.kolom, 1):
        cell = ws.cell(3, i, k.judul)
        cell.font = _TEBAL
        cell.fill = _ISI_KEPALA
        cell.border = _GARIS
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for r, (row, gaya) in enumerate(zip(t.baris, t.gaya, strict=True), 4):
        for i, (value, k) in enumerate(zip(row, t.kolom, strict=True), 1):
            data = nilai_data(value, k.jenis)
            cell = ws.cell(r, i)
            cell.border = _GARIS
            if data is None:
                cell.value = "" if k.jenis is Jenis.TEKS else "n/a"
                cell.alignment = Alignment(
                    horizontal="right" if k.jenis is not Jenis.TEKS else None
                )
            elif isinstance(data, str):
                write_cell(ws, r, i, data)
                cell.alignment = Alignment(
                    wrap_text=True, vertical="top", indent=_INDEN.get(gaya, 0) if i <= 2 else 0
                )
            else:
                cell.value = data
                cell.number_format = _format(k.jenis, data)
            if gaya in _TEBAL_GAYA:
                cell.font = _TEBAL
            if gaya is Gaya.KELOMPOK:
                cell.fill = _ISI_KELOMPOK
            lebar[i - 1] = max(lebar[i - 1], min(_LEBAR_MAKS, len(str(cell.value or ""))))
    akhir = 4 + len(t.baris)
    for j, catatan in enumerate(t.catatan):
        ws.cell(akhir + 1 + j, 1, f"Catatan: {catatan}").font = _MIRING
    for i, w in enumerate(lebar, 1):
        ws.column_dimensions[get_column_letter(i)].width = max(8, min(_LEBAR_MAKS, w + 2))
    ws.freeze_panes = "A4"


def _format(jenis: Jenis, data: Decimal | int) -> str:
    if jenis in {Jenis.UANG, Jenis.PERSEN}:
        return FORMAT_UANG
    if jenis is Jenis.BILANGAN:
        return FORMAT_BULAT
    return format_nilai(data)


def tabel_csv(folder: Path, tables: list[Tabel]) -> list[Path]:
    """Write one CSV file per table (UTF-8 with BOM, comma-separated, numbers with a dot)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for t in tables:
        path = folder / f"tabel-{t.nomor:02d}-{t.key}.csv"
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([k.judul for k in t.kolom])
        for row in t.baris:
            writer.writerow(
                [
                    "" if v is None else lindungi_csv(nilai_data(v, k.jenis))
                    for v, k in zip(row, t.kolom, strict=True)
                ]
            )
        path.write_text(out.getvalue(), encoding="utf-8-sig")
        written.append(path)
    return written
