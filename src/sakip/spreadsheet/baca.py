"""Read an XLSX or CSV file into the neutral form: sheets of rows of raw cell values.

Nothing is interpreted here beyond what the file format itself says: a cell holds text, a number,
a date or nothing. A merged range gives its value to every cell it covers, and those cells are
marked, so that a later step can refuse an amount that would be counted twice.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import range_boundaries
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

_XLSX_MAGIC = b"PK\x03\x04"
_PENYANDI_CSV = ("utf-8-sig", "cp1252")
_T = f"{{{SHEET_MAIN_NS}}}t"
_R = f"{{{SHEET_MAIN_NS}}}r"


class BerkasTidakTerbaca(Exception):
    """The file is neither a workbook nor a CSV file that can be read."""


@dataclass
class LembarMentah:
    """A sheet as read: its name and its rows of raw values (empty rows left out)."""

    nama: str
    baris: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)
    """(row number counted from 1, values of columns A, B, ...)."""
    gabungan: dict[tuple[int, int], str] = field(default_factory=dict)
    """(row, column counted from 1) of a cell filled from a merged range -> that range (A5:B6)."""

    @property
    def kosong(self) -> bool:
        """Return whether the sheet holds no value at all."""
        return not self.baris


def baca(data: bytes, nama_berkas: str, pemisah: str | None = None) -> list[LembarMentah]:
    """Return the sheets of an XLSX file, or the one sheet of a CSV file."""
    if data.startswith(_XLSX_MAGIC):
        return baca_xlsx(data)
    if Path(nama_berkas).suffix.lower() in {".xlsx", ".xlsm"}:
        raise BerkasTidakTerbaca("berkas bernama .xlsx tetapi isinya bukan berkas Excel")
    return [baca_csv(data, Path(nama_berkas).stem or "CSV", pemisah)]


def baca_xlsx(data: bytes) -> list[LembarMentah]:
    """Return every sheet of a workbook, cell values as stored (formulas as their cached value)."""
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        raise BerkasTidakTerbaca(f"berkas Excel rusak atau tidak dikenal: {exc}") from exc
    try:
        return [_lembar(wb, ws) for ws in wb.worksheets]
    except Exception as exc:
        raise BerkasTidakTerbaca(f"berkas Excel tidak dapat dibaca: {exc}") from exc
    finally:
        wb.close()


def _lembar(wb: Any, ws: Any) -> LembarMentah:
    """Read one sheet in a single streaming pass over its XML.

    openpyxl's read-only rows need the sheet's dimensions, which other programs often write wrong
    (and finding them costs a second pass); its parser, used here directly, gives every row as
    it is stored and, at the end, the merged ranges.
    """
    lembar = LembarMentah(nama=ws.title)
    rows: dict[int, list[object]] = {}
    with ws._get_source() as source:
        parser = _Pengurai(
            source,
            ws._shared_strings,
            data_only=True,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        for nomor, cells in parser.parse():
            values: list[object] = []
            for cell in cells:
                kolom = cell["column"]
                values.extend([None] * (kolom - len(values)))
                values[kolom - 1] = cell["value"]
            rows[nomor] = values
        merged = parser.merged_cells.mergeCell if parser.merged_cells else []
    for rentang in (m.ref for m in merged):
        min_col, min_row, max_col, max_row = range_boundaries(rentang)
        # A merged range always has all four bounds; only open ranges ("A:A") lack one.
        assert None not in (min_col, min_row, max_col, max_row), rentang
        assert min_col and min_row and max_col and max_row
        nilai = _cell(rows, min_row, min_col)
        for baris in range(min_row, max_row + 1):
            for kolom in range(min_col, max_col + 1):
                if (baris, kolom) == (min_row, min_col):
                    continue
                values = rows.setdefault(baris, [])
                values.extend([None] * (kolom - len(values)))
                values[kolom - 1] = nilai
                lembar.gabungan[(baris, kolom)] = rentang
    for nomor in sorted(rows):
        values = rows[nomor]
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in values):
            lembar.baris.append((nomor, tuple(values)))
    return lembar


class _Pengurai(WorkSheetParser):
    """openpyxl's sheet parser with a shorter read of inline strings.

    openpyxl (and some exporters) write every text as an inline string; its generic reader builds
    a rich-text object per cell. The text is the <t> of the cell, or the <t> of each of its runs.
    """

    def parse_cell(self, element: Any) -> dict[str, Any]:
        if element.get("t") != "inlineStr":
            return super().parse_cell(element)
        coordinate = element.get("r")
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        value = None
        child = element.find(INLINE_STRING)
        if child is not None:
            teks = child.find(_T)
            if teks is not None:
                value = teks.text or ""
            else:
                value = "".join(r.findtext(_T) or "" for r in child.findall(_R))
        style_id = element.get("s", 0)
        return {
            "row": row,
            "column": column,
            "value": value,
            "data_type": "s",
            "style_id": int(style_id) if style_id else 0,
        }


def _cell(rows: dict[int, list[object]], baris: int, kolom: int) -> object:
    values = rows.get(baris, [])
    return values[kolom - 1] if kolom <= len(values) else None


def baca_csv(data: bytes, nama: str, pemisah: str | None = None) -> LembarMentah:
    """Return a CSV file as one sheet; the delimiter (, ; or tab) is found when not given."""
    teks = _teks(data)
    if pemisah is None:
        pemisah = _pemisah(teks)
    lembar = LembarMentah(nama=nama)
    try:
        for nomor, row in enumerate(
            csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah), 1
        ):
            values = tuple(v if v.strip() else None for v in row)
            if any(v is not None for v in values):
                lembar.baris.append((nomor, values))
    except csv.Error as exc:
        raise BerkasTidakTerbaca(f"CSV tidak dapat dibaca: {exc}") from exc
    return lembar


def _teks(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise BerkasTidakTerbaca("berkas biner, bukan teks CSV")
    for penyandi in _PENYANDI_CSV:
        try:
            return data.decode(penyandi)
        except UnicodeDecodeError:
            continue
    raise BerkasTidakTerbaca("penyandian teks tidak dikenal (gunakan UTF-8)")


def _pemisah(teks: str) -> str:
    baris_awal = teks.splitlines()[:20]
    contoh = "\n".join(baris_awal)
    try:
        return csv.Sniffer().sniff(contoh, delimiters=",;\t").delimiter
    except csv.Error:
        hitung = {p: contoh.count(p) for p in (";", ",", "\t")}
        return max(hitung, key=lambda p: hitung[p]) if any(hitung.values()) else ","
