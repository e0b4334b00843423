"""Small builders for the check tests: records as a reader would produce them."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from sakip.impor.data import DataImpor
from sakip.spreadsheet.lembar import Cell, Kolom, Rekaman, SpesifikasiLembar


def rekaman(
    lembar: str, baris: int, gabungan: dict[str, str] | None = None, **nilai: Any
) -> Rekaman:
    """Return a record whose fields sit in columns A, B, C, ... in the order given."""
    r = Rekaman(lembar=lembar, baris=baris)
    for i, (key, v) in enumerate(nilai.items(), 1):
        mentah = v[1] if isinstance(v, tuple) else v
        r.nilai[key] = v[0] if isinstance(v, tuple) else v
        r.cell[key] = Cell(
            lembar, baris, get_column_letter(i), key, mentah, (gabungan or {}).get(key)
        )
    return r


def data(spec: SpesifikasiLembar, *rows: Rekaman, **opsi: Any) -> DataImpor:
    """Return the records of one sheet as the checks receive them."""
    return DataImpor(spec={spec.nama: spec}, lembar={spec.nama: list(rows)}, **opsi)


def spec(nama: str, *kolom: Kolom, key: tuple[str, ...] = ()) -> SpesifikasiLembar:
    return SpesifikasiLembar(nama, kolom, key=key)


def tempat(errors: list[Any]) -> list[tuple[str, int | None, str | None]]:
    """Return (sheet, row, column) of each error."""
    return [(g.tempat.lembar, g.tempat.baris, g.tempat.kolom) for g in errors]


def buku(*rows: list[object], gabungan: str | None = None, lembar: int = 1) -> bytes:
    """Return an XLSX file whose first sheet "Data" holds the rows (and the merged range),
    followed by `lembar` - 1 sheets of one cell each."""
    wb = openpyxl.Workbook()
    for i in range(1, lembar):
        wb.create_sheet(f"Lain {i}").append(["lain"])
    ws = wb.worksheets[0]
    ws.title = "Data"
    for row in rows:
        ws.append(row)
    if gabungan:
        ws.merge_cells(gabungan)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
