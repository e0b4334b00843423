"""Reading is bounded: a file beyond a bound is refused with the bound, the place and a way out.

The hostile golden files (tests/golden/spreadsheet/should_fail) show the four traps at the
default bounds; these tests take each bound down to a few cells.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.test import override_settings

from sakip.impor.anggaran.profil import SIPD
from sakip.impor.pipeline import impor_anggaran
from sakip.spreadsheet.limit import FileRejected, Limits
from sakip.spreadsheet.read import read
from tests.golden.spreadsheet.make_hostile import baris_xml, xlsx

from .helpers import buku

KECIL = Limits(baris=5, kolom=4, cell=12, mb=1)


def _ditolak(data: bytes, nama: str, limit: Limits = KECIL) -> str:
    with pytest.raises(FileRejected) as ditolak:
        read(data, nama, limit=limit)
    return str(ditolak.value.error)


def test_a_workbook_within_the_bounds_is_read_whole() -> None:
    (lembar,) = read(buku([1, 2, 3, 4], [5, 6, 7, 8], gabungan="A3:B3"), "x.xlsx", limit=KECIL)
    assert lembar.baris == [(1, (1, 2, 3, 4)), (2, (5, 6, 7, 8))]


def _tanpa_ukuran(tmp_path: Path, *rows: list[object]) -> bytes:
    """Return a workbook without a declared dimension (as many exporters write)."""
    path = tmp_path / "x.xlsx"
    xlsx(path, "".join(baris_xml(i, row) for i, row in enumerate(rows, 1)))
    return path.read_bytes()


def test_a_row_below_the_last_row_read_is_refused_at_that_row(tmp_path: Path) -> None:
    pesan = _ditolak(_tanpa_ukuran(tmp_path, *[[i] for i in range(6)]), "x.xlsx")
    assert pesan.startswith('Lembar "Realisasi", baris 6: ditemukan baris 6, seharusnya lembar')
    assert "paling banyak 5 baris" in pesan


def test_a_declared_dimension_is_refused_before_any_row_is_read(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    xlsx(path, '<row r="1"><c r="A1"><v>1</v></c></row>', dimensi="A1:B9")
    assert "ukuran lembar tertulis sampai baris 9, kolom ke-2" in _ditolak(path.read_bytes(), "x")


def test_a_cell_right_of_the_last_column_read_is_refused_at_that_cell(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    xlsx(path, baris_xml(1, [1]) + baris_xml(2, [1], '<c r="E2"><v>1</v></c>'))
    pesan = _ditolak(path.read_bytes(), "x.xlsx")
    assert pesan.startswith('Lembar "Realisasi", baris 2, kolom E: ditemukan sel E2, seharusnya')
    assert "paling banyak 4 kolom (sampai kolom D)" in pesan


def test_a_row_of_more_cells_than_columns_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    xlsx(path, '<row r="1">' + "<c><v>1</v></c>" * 1000 + "</row>")
    pesan = _ditolak(path.read_bytes(), "x.xlsx")
    assert pesan.startswith('Lembar "Realisasi", baris 1, kolom E: ditemukan 5 sel pada baris 1')


def test_a_merged_range_counts_every_cell_it_fills(tmp_path: Path) -> None:
    pesan = _ditolak(buku([1, 2], gabungan="A2:D5"), "x.xlsx")
    assert "ditemukan 17 sel" in pesan and "paling banyak 12 sel" in pesan
    path = tmp_path / "x.xlsx"
    xlsx(path, baris_xml(1, [1, 2]), gabungan="A2:E2")
    pesan = _ditolak(path.read_bytes(), "x.xlsx")
    assert pesan.startswith('Lembar "Realisasi", baris 2, kolom A: ditemukan sel gabungan A2:E2')


def _dengan(bagian: str, ukuran: int) -> bytes:
    """Return a small workbook with one more part that unpacks to `ukuran` bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buku([1])), "r") as asli, zipfile.ZipFile(out, "w") as z:
        for nama in asli.namelist():
            z.writestr(nama, asli.read(nama), zipfile.ZIP_DEFLATED)
        z.writestr(bagian, b" " * ukuran, zipfile.ZIP_DEFLATED)
    assert len(out.getvalue()) < 50_000
    return out.getvalue()


def test_a_workbook_is_refused_by_its_unpacked_size_not_its_packed_one() -> None:
    pesan = _ditolak(_dengan("xl/worksheets/sheet9.xml", 2 * 2**20), "x.xlsx")
    assert (
        "ditemukan isi berkas 2 MB, seharusnya berkas atau bagian berkas yang isinya paling "
        "besar 1 MB" in pesan
    )


def test_parts_read_whole_have_smaller_bounds_than_the_streamed_sheets() -> None:
    limit = Limits(mb=20)
    assert read(_dengan("xl/worksheets/sheet9.xml", 9 * 2**20), "x.xlsx", limit=limit)
    pesan = _ditolak(_dengan("xl/sharedStrings.xml", 11 * 2**20), "x.xlsx", limit)
    assert (
        'ditemukan bagian "xl/sharedStrings.xml" 11 MB' in pesan and "paling besar 10 MB" in pesan
    )
    pesan = _ditolak(_dengan("xl/customXml/item1.xml", 3 * 2**20), "x.xlsx", limit)
    assert (
        'ditemukan bagian "xl/customXml/item1.xml" 3 MB' in pesan and "paling besar 2 MB" in pesan
    )


def test_a_csv_file_is_bounded_in_rows_columns_cells_and_size() -> None:
    assert "baris 6: ditemukan baris 6" in _ditolak(b"1\n" * 6, "x.csv")
    assert "baris 2, kolom E: ditemukan 5 kolom pada baris 2" in _ditolak(
        b"1\n1,2,3,4,5\n", "x.csv"
    )
    assert "ditemukan 16 sel" in _ditolak(b"1,2,3,4\n" * 4, "x.csv")
    assert "paling besar 1 MB" in _ditolak(b"1" * (2**20 + 1), "x.csv")


@override_settings(SAKIP_IMPOR_MAKS_BARIS=3)
def test_the_import_takes_its_bounds_from_the_settings(db: None) -> None:
    result = impor_anggaran(b"Kode Unit SKPD;Anggaran\n1;2\n3;4\n5;6\n", "sipd.csv", SIPD)
    (error,) = result.error
    assert error.kode == "baris-terlalu-banyak" and error.tempat.baris == 4
    assert "paling banyak 3 baris" in str(error)
