"""The LKjIP tables as a workbook and as CSV files."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import openpyxl

from sakip.core.tables.base import Gaya, Jenis, Kolom, Tabel
from sakip.spreadsheet.tabel import tabel_csv, tabel_xlsx


def _tabel() -> Tabel:
    t = Tabel(
        "realisasi",
        "Realisasi Anggaran",
        [
            Kolom("Uraian"),
            Kolom("Pagu", Jenis.UANG),
            Kolom("%", Jenis.PERSEN),
            Kolom("Nilai", Jenis.NILAI),
        ],
    )
    t.add(
        ["Sub kegiatan", Decimal("1234567.891"), Decimal("96.4567"), Decimal("87.10")],
        Gaya.SUB_KEGIATAN,
    )
    t.add(["JUMLAH", Decimal("1234567.89"), None, None], Gaya.TOTAL)
    t.nomor = 19
    return t


def test_numbers_are_numbers_with_indonesian_formats_and_totals_are_bold() -> None:
    out = io.BytesIO()
    tabel_xlsx([_tabel()]).save(out)
    ws = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["Tabel 19"]
    assert ws["A1"].value == "Tabel 19. Realisasi Anggaran"
    assert [c.value for c in ws[3]] == ["Uraian", "Pagu", "%", "Nilai"]
    assert ws["B4"].value == 1234567.89 and ws["B4"].number_format == "#,##0.00"
    assert ws["C4"].value == 96.46 and ws["D4"].number_format == "#,##0.0"
    assert ws["C5"].value == "n/a"
    assert ws["A5"].font.b and not ws["A4"].font.b


def test_csv_is_one_file_per_table_with_exact_numbers(tmp_path: Path) -> None:
    (path,) = tabel_csv(tmp_path, [_tabel()])
    assert path.name == "tabel-19-realisasi.csv"
    teks = path.read_text(encoding="utf-8-sig").splitlines()
    assert teks[0] == "Uraian,Pagu,%,Nilai"
    assert teks[2] == "JUMLAH,1234567.89,,"
