"""Files read into the neutral form: sheets, rows and cells as the file holds them."""

from __future__ import annotations

import io

import openpyxl
import pytest

from sakip.spreadsheet.lembar import Jenis, Kolom, SpesifikasiLembar, read_sheet
from sakip.spreadsheet.read import UnreadableFile, read


def test_a_semicolon_csv_with_a_bom_is_one_sheet_named_after_the_file() -> None:
    data = "\ufeffKode;Pagu\r\n7.01;1.234.567,89\r\n\r\n;\r\n".encode()
    (lembar,) = read(data, "sipd-2022.csv")
    assert lembar.nama == "sipd-2022"
    assert lembar.baris == [(1, ("Kode", "Pagu")), (2, ("7.01", "1.234.567,89"))]


def test_a_merged_range_fills_its_cells_and_says_so() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kode Unit", "Anggaran", None])
    ws.append([None, "Pagu", "Realisasi"])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:C1")
    out = io.BytesIO()
    wb.save(out)
    (lembar,) = read(out.getvalue(), "x.xlsx")
    assert lembar.baris == [
        (1, ("Kode Unit", "Anggaran", "Anggaran")),
        (2, ("Kode Unit", "Pagu", "Realisasi")),
    ]
    assert lembar.gabungan == {(2, 1): "A1:A2", (1, 3): "B1:C1"}


def test_a_damaged_workbook_is_reported_not_raised() -> None:
    with pytest.raises(UnreadableFile):
        read(b"PK\x03\x04bukan zip", "x.xlsx")
    with pytest.raises(UnreadableFile):
        read(b"\x00\x01\x02", "x.csv")


def test_the_header_row_is_found_below_title_rows_and_columns_by_their_headers() -> None:
    spec = SpesifikasiLembar(
        "Data",
        (
            Kolom("kode", "Kode Sub Kegiatan", Jenis.KODE_ANGGARAN, required=True),
            Kolom("pagu", "Pagu", Jenis.UANG, required=True, alias=("Anggaran",)),
        ),
        baris_judul=None,
    )
    (lembar,) = read(
        b"LAPORAN\n\nANGGARAN;x;KODE  SUB-KEGIATAN\n1.000,50;;7.01.01.2.01.01\n", "Data.csv"
    )
    result = read_sheet(lembar, spec)
    assert result.baris_judul == 3 and result.error == []
    (r,) = result.rekaman
    assert r.nilai["kode"] == "7.01.01.2.01.0001"
    assert str(r.nilai["pagu"]) == "1000.50"
    assert r.tempat("pagu").cell == "A4"


def test_a_missing_required_header_is_one_error() -> None:
    spec = SpesifikasiLembar("Data", (Kolom("kode", "Kode", required=True),), baris_judul=1)
    (lembar,) = read(b"Nama\nx\n", "Data.csv")
    (error,) = read_sheet(lembar, spec).error
    assert error.kode == "kolom-tidak-ada"
    assert (
        str(error) == 'Lembar "Data", baris 1: ditemukan "Nama", seharusnya kolom berjudul "Kode".'
    )


def test_sheets_kept_for_a_preview_come_back_with_every_value_and_its_type() -> None:
    import datetime

    from sakip.spreadsheet.read import LembarMentah, Rumus
    from sakip.spreadsheet.simpanan import dari_bytes, ke_bytes

    nilai = (
        '=HYPERLINK("x","y")',
        None,
        True,
        12,
        0.30000000000000004,
        45_000_000.0,
        datetime.datetime(2022, 2, 14, 8, 30),
        datetime.date(2022, 2, 14),
        datetime.time(8, 30),
        datetime.timedelta(hours=1, seconds=1),
        Rumus("=H5-I5"),
    )
    lembar = [LembarMentah("Realisasi", [(4, nilai)], {(5, 1): "A4:A5"})]
    (kembali,) = dari_bytes(ke_bytes(lembar))
    assert kembali == lembar[0]
    assert [type(v) for v in kembali.baris[0][1]] == [type(v) for v in nilai]
