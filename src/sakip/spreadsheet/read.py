"""Read an XLSX or CSV file into the neutral form: sheets of rows of raw cell values.

Nothing is interpreted here beyond what the file format itself says: a cell holds text, a number,
a date or nothing. A merged range gives its value to every cell it covers, and those cells are
marked, so that a later step can refuse an amount that would be counted twice. Every read is
bounded (`limit.Limits`): a file claiming more rows, columns, cells or bytes is refused while it is
streamed, before anything is built from it.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import (
    CELL_TAG,
    FORMULA_TAG,
    INLINE_STRING,
    ROW_TAG,
    VALUE_TAG,
    WorkSheetParser,
)
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from sakip.core.rumus import buka_csv

from . import limit as b
from .errors import Tempat
from .stream import Baris, RowStream, can_stream

_XLSX_MAGIC = b"PK\x03\x04"
_PENYANDI_CSV = ("utf-8-sig", "cp1252")
_T = f"{{{SHEET_MAIN_NS}}}t"
_R = f"{{{SHEET_MAIN_NS}}}r"
_MERGE_CELL = f"{{{SHEET_MAIN_NS}}}mergeCell"
_CELL_PARTS = frozenset(f"{{{SHEET_MAIN_NS}}}{t}" for t in ("c", "v", "f", "is", "t", "r"))
"""Parts of a cell, read when its row ends: kept until then."""
_LEMBAR_XLSX = "xl/worksheets/"
_TEKS_XLSX = "xl/sharedStrings.xml"
_CONTOH_CSV = 65_536
"""Characters of a CSV file looked at to find its delimiter."""


class UnreadableFile(Exception):
    """The file is neither a workbook nor a CSV file that can be read."""


@dataclass(frozen=True)
class Rumus:
    """A formula cell whose result the file does not hold (written by a program that does not
    calculate): its value is unknown, so a column that reads it refuses it."""

    teks: str

    def __str__(self) -> str:
        return self.teks


@dataclass
class LembarMentah:
    """A sheet as read: its name and its rows of raw values (empty rows left out)."""

    nama: str
    baris: list[Baris] | RowStream = field(default_factory=list)
    """(row number counted from 1, values of columns A, B, ...); a `RowStream` when the sheet
    is read as the file streams (`read(..., aliran=True)`)."""
    gabungan: dict[tuple[int, int], str] = field(default_factory=dict)
    """(row, column counted from 1) of a cell filled from a merged range -> that range (A5:B6)."""

    @property
    def empty(self) -> bool:
        """Return whether the sheet holds no value at all."""
        return not self.baris


def read(
    data: bytes,
    nama_berkas: str,
    pemisah: str | None = None,
    limit: b.Limits | None = None,
    aliran: bool = False,
) -> list[LembarMentah]:
    """Return the sheets of an XLSX file, or the one sheet of a CSV file.

    With `aliran` a workbook's last sheet may be given as a `RowStream` (see `read_xlsx`), and
    so is a CSV file's one sheet (see `read_csv`).
    """
    limit = limit or b.Limits()
    if data.startswith(_XLSX_MAGIC):
        return read_xlsx(data, nama_berkas, limit, aliran)
    if Path(nama_berkas).suffix.lower() in {".xlsx", ".xlsm"}:
        raise UnreadableFile("berkas bernama .xlsx tetapi isinya bukan berkas Excel")
    return [read_csv(data, Path(nama_berkas).stem or "CSV", pemisah, limit, aliran)]


def read_xlsx(
    data: bytes, nama_berkas: str, limit: b.Limits, aliran: bool = False
) -> list[LembarMentah]:
    """Return every sheet of a workbook, cell values as stored (formulas as their cached value).

    With `aliran` the last sheet, when its rows are numbered in increasing order and it has no
    merged range, is read only as its rows are asked for (a `RowStream`): a sheet of a hundred
    thousand rows is never held whole. Its bounds are checked as it streams, so reading it may
    raise what this function raises; the caller reads it to its end.
    """
    _cek_ukuran_zip(data, nama_berkas, limit)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        raise UnreadableFile(f"berkas Excel rusak atau tidak dikenal: {exc}") from exc
    if not gc.isenabled():
        # openpyxl's search for each sheet's dimension (a pass over its XML) leaves what it
        # parsed in a reference cycle, about 80 bytes a row; the caller paused the collector.
        gc.collect()
    tutup = True
    try:
        compute = [0]
        for ws in wb.worksheets:
            _cek_ukuran_tertulis(ws, limit)
        sheets = list(wb.worksheets)
        terakhir = sheets.pop() if aliran and sheets and can_stream(sheets[-1]) else None
        result = [_lembar(wb, ws, limit, compute) for ws in sheets]
        if terakhir is not None:
            sumber = _baris_mengalir(wb, terakhir, limit, compute)
            result.append(LembarMentah(nama=terakhir.title, baris=RowStream(sumber)))
            tutup = False  # by the stream, once read
        return result
    except b.FileRejected:
        raise
    except Exception as exc:
        raise UnreadableFile(f"berkas Excel tidak dapat dibaca: {exc}") from exc
    finally:
        if tutup:
            wb.close()


def _baris_mengalir(wb: Any, ws: Any, limit: b.Limits, compute: list[int]) -> Iterator[Baris]:
    """Yield the non-empty rows of a sheet without merged ranges as its XML streams."""
    try:
        with ws._get_source() as source:
            parser = _pengurai(wb, ws, source, limit, compute)
            for nomor, cells in parser.parse():
                values = _values(cells)
                if _berisi(values):
                    yield nomor, tuple(values)
    except b.FileRejected:
        raise
    except Exception as exc:
        raise UnreadableFile(f"berkas Excel tidak dapat dibaca: {exc}") from exc
    finally:
        wb.close()


def _pengurai(wb: Any, ws: Any, source: Any, limit: b.Limits, compute: list[int]) -> _Pengurai:
    parser = _Pengurai(
        source,
        ws._shared_strings,
        data_only=True,
        epoch=wb.epoch,
        date_formats=wb._date_formats,
        timedelta_formats=wb._timedelta_formats,
    )
    parser.batasi(ws.title, limit, compute)
    return parser


def _values(cells: list[dict[str, Any]]) -> list[object]:
    """Return a row's values by column, None where it has no cell."""
    values: list[object] = []
    for cell in cells:
        kolom = cell["column"]
        values.extend([None] * (kolom - len(values)))
        values[kolom - 1] = cell["value"]
    return values


def _berisi(values: list[object]) -> bool:
    return any(v is not None and (not isinstance(v, str) or v.strip()) for v in values)


def _cek_ukuran_zip(data: bytes, nama_berkas: str, limit: b.Limits) -> None:
    """Refuse a workbook whose parts unpack to more than the bounds (a zip bomb).

    The sheets are streamed within the bounds of rows and cells; openpyxl reads every other part
    whole into objects (the shared texts, styles, names), so those have smaller bounds of their
    own. The sizes are those the archive declares; Python's zip reader never unpacks more.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as arsip:
            bagian = [(info.filename, info.file_size) for info in arsip.infolist()]
    except (zipfile.BadZipFile, ValueError) as exc:
        raise UnreadableFile(f"berkas Excel rusak atau tidak dikenal: {exc}") from exc
    ukuran = sum(n for _, n in bagian)
    if ukuran > limit.mb * 2**20:
        raise b.terlalu_besar(nama_berkas, f"isi berkas {ukuran // 2**20} MB", limit.mb)
    for nama, n in bagian:
        if nama.startswith(_LEMBAR_XLSX):
            continue
        maks = limit.mb_teks if nama == _TEKS_XLSX else limit.mb_bagian
        if n > maks * 2**20:
            raise b.terlalu_besar(nama_berkas, f'bagian "{nama}" {n // 2**20} MB', maks)


def _cek_ukuran_tertulis(ws: Any, limit: b.Limits) -> None:
    """Refuse a sheet whose declared dimension (A1:XFD1048576) is beyond the bounds."""
    baris, kolom = ws.max_row or 0, ws.max_column or 0
    if baris <= limit.baris and kolom <= limit.kolom:
        return
    ditemukan = f"ukuran lembar tertulis sampai baris {baris}, kolom ke-{kolom}"
    if baris > limit.baris:
        raise b.baris_terlalu_banyak(Tempat(ws.title), ditemukan, limit)
    raise b.kolom_terlalu_banyak(Tempat(ws.title), ditemukan, limit)


def _lembar(wb: Any, ws: Any, limit: b.Limits, compute: list[int]) -> LembarMentah:
    """Read one sheet in a single streaming pass over its XML.

    openpyxl's read-only rows need the sheet's dimensions, which other programs often write wrong
    (and finding them costs a second pass); its parser, used here directly, gives every row as
    it is stored and, at the end, the merged ranges.
    """
    lembar = LembarMentah(nama=ws.title)
    baris_lembar: list[Baris] = []
    lembar.baris = baris_lembar
    rows: dict[int, list[object]] = {}
    with ws._get_source() as source:
        parser = _pengurai(wb, ws, source, limit, compute)
        for nomor, cells in parser.parse():
            rows[nomor] = _values(cells)
    for rentang in parser.rentang:
        min_col, min_row, max_col, max_row = range_boundaries(rentang)
        assert min_col and min_row and max_col and max_row  # checked by the parser
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
        values = rows.pop(nomor)  # each row held once: as read, or as kept
        if _berisi(values):
            baris_lembar.append((nomor, tuple(values)))
    return lembar


class _Pengurai(WorkSheetParser):
    """openpyxl's sheet parser, bounded, keeping only rows and merged ranges.

    Its own `parse` builds every part of the sheet (views, validations, formats); this one checks
    each cell and row against the bounds as the XML streams, clears every element once read, and
    keeps of the rest only the merged ranges. A row is checked as its cells end, before the row
    is complete, so a row of a million cells is refused at the first cell past the bound. Inline
    strings are read shortly: openpyxl (and some exporters) write every text as one, and its
    generic reader builds a rich-text object per cell.
    """

    rentang: list[str]
    """The merged ranges (A5:B6), each checked against the bounds."""

    def batasi(self, nama: str, limit: b.Limits, compute: list[int]) -> None:
        """Set the bounds; `compute` counts the cells of the whole file."""
        self.nama = nama
        self.limit = limit
        self.compute = compute
        self.rentang = []

    def parse(self) -> Generator[tuple[int, list[dict[str, Any]]], None, None]:
        """Yield each row (number, cells) of the sheet, checked against the bounds."""
        cells_in_row = 0
        for _, element in iterparse(self.source):
            tag = element.tag
            if tag == CELL_TAG:
                cells_in_row += 1
                self._count_cells(element, cells_in_row)
            elif tag == ROW_TAG:
                cells_in_row = 0
                nomor, cells = self.parse_row(element)
                element.clear()
                if nomor > self.limit.baris:
                    raise b.baris_terlalu_banyak(
                        Tempat(self.nama, nomor), f"baris {nomor}", self.limit
                    )
                yield nomor, cells
            elif tag == _MERGE_CELL:
                self._gabungan(element.get("ref") or "")
                element.clear()
            elif tag not in _CELL_PARTS:
                element.clear()  # read (or not needed): its children need no memory

    def _count_cells(self, element: Any, cells_in_row: int) -> None:
        """Count a cell (ended, its row not yet): refuse a row or a file with too many."""
        self.compute[0] += 1
        if cells_in_row <= self.limit.kolom and self.compute[0] <= self.limit.cell:
            return
        r = element.get("r")
        baris, kolom = coordinate_to_tuple(r) if r else (self.row_counter + 1, cells_in_row)
        tempat = Tempat(self.nama, baris, _huruf(kolom))
        if cells_in_row > self.limit.kolom:
            raise b.kolom_terlalu_banyak(
                tempat, f"{cells_in_row} sel pada baris {baris}", self.limit
            )
        raise b.too_many_cells(tempat, self.compute[0], self.limit)

    def _within_limit(self, baris: int, kolom: int) -> None:
        if kolom > self.limit.kolom:
            huruf = _huruf(kolom)
            raise b.kolom_terlalu_banyak(
                Tempat(self.nama, baris, huruf), f"sel {huruf}{baris}", self.limit
            )

    def _gabungan(self, rentang: str) -> None:
        """Keep a merged range that lies within the bounds and fits the cell budget."""
        min_col, min_row, max_col, max_row = range_boundaries(rentang)
        if not (min_col and min_row and max_col and max_row):
            raise ValueError(f"rentang sel gabungan tidak lengkap: {rentang}")
        tempat = Tempat(self.nama, min_row, _huruf(min_col))
        if max_row > self.limit.baris or max_col > self.limit.kolom:
            raise b.gabungan_terlalu_luas(tempat, rentang, self.limit)
        self.compute[0] += (max_row - min_row + 1) * (max_col - min_col + 1) - 1
        if self.compute[0] > self.limit.cell:
            raise b.too_many_cells(tempat, self.compute[0], self.limit)
        self.rentang.append(rentang)

    def parse_cell(self, element: Any) -> dict[str, Any]:
        if element.get("t") != "inlineStr":
            result: dict[str, Any] = super().parse_cell(element)
            self._within_limit(result["row"], result["column"])
            rumus = element.find(FORMULA_TAG)
            if rumus is not None and element.find(VALUE_TAG) is None:
                result["value"] = Rumus("=" + (rumus.text or ""))
            return result
        coordinate = element.get("r")
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        self._within_limit(row, column)
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


def _huruf(kolom: int) -> str:
    try:
        return get_column_letter(kolom)
    except ValueError:
        return f"ke-{kolom}"


def _cell(rows: dict[int, list[object]], baris: int, kolom: int) -> object:
    values = rows.get(baris, [])
    return values[kolom - 1] if kolom <= len(values) else None


def read_csv(
    data: bytes,
    nama: str,
    pemisah: str | None = None,
    limit: b.Limits | None = None,
    aliran: bool = False,
) -> LembarMentah:
    """Return a CSV file as one sheet; the delimiter (, ; or tab) is found when not given.

    A field written behind an apostrophe by a sakip export (`sakip.core.rumus`) reads back as it
    was before. With `aliran` its rows are given as they are read (a `RowStream`): the bounds
    are then checked as it streams, and reading it may raise what this function raises.
    """
    limit = limit or b.Limits()
    if len(data) > limit.mb * 2**20:
        raise b.terlalu_besar(nama, f"isi berkas {len(data) // 2**20} MB", limit.mb)
    penyandi = _penyandi(data)
    if pemisah is None:
        contoh = data[: _CONTOH_CSV * 4].decode(penyandi, errors="ignore")
        pemisah = _pemisah(contoh[:_CONTOH_CSV])
    rows = _baris_csv(data, nama, penyandi, pemisah, limit)
    if aliran:
        return LembarMentah(nama=nama, baris=RowStream(rows))
    return LembarMentah(nama=nama, baris=list(rows))


def _baris_csv(
    data: bytes, nama: str, penyandi: str, pemisah: str, limit: b.Limits
) -> Iterator[Baris]:
    """Yield the non-empty rows of a CSV file, each checked against the bounds as it is read."""
    cell = 0
    # Decoded as it is read: a text copy of the whole file would cost four bytes a character.
    teks = io.TextIOWrapper(io.BytesIO(data), encoding=penyandi, newline="")
    try:
        for nomor, row in enumerate(csv.reader(teks, delimiter=pemisah), 1):
            _cek_baris_csv(nama, nomor, len(row), limit)
            cell += len(row)
            if cell > limit.cell:
                raise b.too_many_cells(Tempat(nama, nomor), cell, limit)
            values = tuple(buka_csv(v) if v.strip() else None for v in row)
            if any(v is not None for v in values):
                yield nomor, values
    except csv.Error as exc:
        raise UnreadableFile(f"CSV tidak dapat dibaca: {exc}") from exc


def _cek_baris_csv(nama: str, nomor: int, column_count: int, limit: b.Limits) -> None:
    if nomor > limit.baris:
        raise b.baris_terlalu_banyak(Tempat(nama, nomor), f"baris {nomor}", limit)
    if column_count > limit.kolom:
        huruf = _huruf(limit.kolom + 1)
        raise b.kolom_terlalu_banyak(
            Tempat(nama, nomor, huruf), f"{column_count} kolom pada baris {nomor}", limit
        )


def _penyandi(data: bytes) -> str:
    """Return the first encoding the whole file decodes in (UTF-8, else cp1252)."""
    if b"\x00" in data[:4096]:
        raise UnreadableFile("berkas biner, bukan teks CSV")
    for penyandi in _PENYANDI_CSV:
        pengurai = codecs.getincrementaldecoder(penyandi)()
        try:
            for awal in range(0, len(data), 2**20):
                pengurai.decode(data[awal : awal + 2**20])
            pengurai.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return penyandi
    raise UnreadableFile("penyandian teks tidak dikenal (gunakan UTF-8)")


def _pemisah(teks: str) -> str:
    baris_awal = teks.splitlines()[:20]
    contoh = "\n".join(baris_awal)
    try:
        return csv.Sniffer().sniff(contoh, delimiters=",;\t").delimiter
    except csv.Error:
        compute = {p: contoh.count(p) for p in (";", ",", "\t")}
        return max(compute, key=lambda p: compute[p]) if any(compute.values()) else ","
