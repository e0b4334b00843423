"""Texts a spreadsheet would take for formulas stay texts in every export, and read back exactly.

An IKU named `=HYPERLINK("x","y")` (or a text starting with + - @) is a string cell in the entry
workbook and in tabel.xlsx, sits behind one apostrophe in the CSV tables, and an unmodified entry
workbook imports back with no change and the name byte for byte.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from sakip.core.rumus import buka_csv, lindungi_csv
from sakip.core.tables import all_tabel
from sakip.core.tables.export import tables_csv
from sakip.impor.buku.susunan import create_buku
from sakip.impor.export import export_tabel, export_tabel_xlsx
from sakip.impor.pipeline import impor_buku
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.spreadsheet.read import read_csv
from tests.conftest import KODE_BONTANG

pytestmark = pytest.mark.django_db
NAMA = {
    "IKU1": '=HYPERLINK("http://contoh.invalid","klik")',
    "IKU2": "+62 541 123",
    "IKU3": "-Persentase laporan",
    "IKU4": "@SUM(A1:A2)",
}


@pytest.fixture
def opd(demo: Path) -> m.PerangkatDaerah:
    for kode, nama in NAMA.items():
        m.Indikator.objects.filter(kode=kode, sasaran__renstra__opd__kode=KODE_BONTANG).update(
            nama=nama
        )
    return m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)


def _tanpa_rumus(isi: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(isi)) as z:
        for nama in z.namelist():
            if nama.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(nama), nama


def _text_cells(isi: bytes) -> dict[str, openpyxl.cell.cell.Cell]:
    wb = openpyxl.load_workbook(io.BytesIO(isi))
    return {
        cell.value: cell
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.value in NAMA.values()
    }


def test_the_entry_workbook_keeps_them_text_and_imports_back_unchanged(
    opd: m.PerangkatDaerah,
) -> None:
    out = io.BytesIO()
    create_buku(opd, 2022).save(out)
    isi = out.getvalue()
    _tanpa_rumus(isi)
    cell = _text_cells(isi)
    assert set(cell) == set(NAMA.values())
    assert all(s.data_type == "s" and s.quotePrefix for s in cell.values())

    result = impor_buku(isi, "buku-isian.xlsx")

    assert result.berhasil, [str(g) for g in result.error]
    assert not result.berubah, result.total
    tersimpan = dict(
        m.Indikator.objects.filter(kode__in=NAMA, sasaran__renstra__opd=opd).values_list(
            "kode", "nama"
        )
    )
    assert tersimpan == NAMA


def test_the_tables_workbook_keeps_them_text(opd: m.PerangkatDaerah) -> None:
    isi = export_tabel_xlsx(opd, 2022).getvalue()
    _tanpa_rumus(isi)
    cell = _text_cells(isi)
    assert set(cell) == set(NAMA.values())
    assert all(s.data_type == "s" for s in cell.values())


def test_the_csv_tables_put_them_behind_one_apostrophe(
    opd: m.PerangkatDaerah, tmp_path: Path
) -> None:
    teks = tables_csv(all_tabel(snapshot.build(opd, 2022)))
    assert '"\'=HYPERLINK(""http://contoh.invalid"",""klik"")"' in teks
    assert "'+62 541 123" in teks and "'@SUM(A1:A2)" in teks
    assert '"=HYPERLINK' not in teks and ",=HYPERLINK" not in teks

    tabel = all_tabel(snapshot.build(opd, 2022))
    di_tabel = {v for t in tabel for row in t.baris for v in row if v in NAMA.values()}
    dibaca = {
        v
        for path in export_tabel(opd, 2022, "csv", tmp_path)
        for _, row in read_csv(path.read_bytes(), path.stem).baris
        for v in row
    }
    assert len(di_tabel) >= 2 and di_tabel <= dibaca
    assert not any(str(v).startswith("'") for v in dibaca if v)


@pytest.mark.parametrize(
    "teks",
    ["=1+1", "+1", "-", "@x", "\t=1", "'=1", "''+1", "'biasa", "biasa", "", "1.500", "'"],
)
def test_the_csv_defence_gives_back_exactly_the_text_written(teks: str) -> None:
    assert buka_csv(str(lindungi_csv(teks))) == teks
    tertulis = str(lindungi_csv(teks))
    assert not tertulis.startswith(("=", "+", "-", "@", "\t", "\r"))
