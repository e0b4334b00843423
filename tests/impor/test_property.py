"""Arbitrary cell values never crash an import and never save part of a file.

Hypothesis writes files whose cells hold anything a spreadsheet can hold (text of any script,
huge and tiny numbers, dates, booleans, blanks) among valid ones. Each import either reports
errors and leaves the database exactly as it was, or saves every row of the file.
"""

from __future__ import annotations

import datetime
import io
from decimal import Decimal
from typing import Any

import openpyxl
import pytest
from django.db import IntegrityError, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from sakip.impor.anggaran.profil import SIPD
from sakip.impor.buku.susunan import create_buku
from sakip.impor.pipeline import GAGAL_MENYIMPAN, impor_anggaran, impor_buku
from sakip.impor.selaras import Penyelaras
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from tests.conftest import KODE_BONTANG

pytestmark = pytest.mark.django_db
PENGATURAN = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
JUDUL = [
    "Kode Unit SKPD",
    "Kode Sub Kegiatan",
    "Tahun Anggaran",
    "Tahapan",
    "Anggaran",
    "Realisasi",
]

teks = st.text(max_size=40).map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s))
sembarang = st.one_of(
    st.none(),
    teks,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=3, min_value=-(10**12), max_value=10**12
    ),
    st.booleans(),
    st.dates(min_value=datetime.date(1900, 1, 1)),
    st.sampled_from(
        ["1.234.567,89", "1,234,567.89", "(1.000,00)", "n/a", "-", "Rp 5.000.000", "1.500"]
    ),
)
SAH = [
    st.sampled_from([KODE_BONTANG, "7.01.0.00.0.00.30.0001", "7.01.0.00.0.00.30.0009"]),
    st.sampled_from(["7.01.01.2.01.01", "7.01.01.2.02.0001", "7.01.01.2.06.01", "7.01.01"]),
    st.sampled_from([2022, "2022", 2021]),
    st.sampled_from(["Perubahan", "Murni", "APBD Perubahan"]),
    st.integers(min_value=0, max_value=10**13),
    st.integers(min_value=0, max_value=10**13),
]
cell = [st.one_of(sah, sembarang) for sah in SAH]
baris = st.tuples(*cell).map(list)


def _xlsx(rows: list[list[Any]]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(JUDUL)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _jejak() -> tuple[Any, ...]:
    return (
        tuple(m.BarisAnggaran.objects.order_by("id").values_list("id", "pagu", "urutan")),
        tuple(m.RealisasiAnggaran.objects.order_by("id").values_list("id", "nilai")),
        Perubahan.objects.count(),
    )


@PENGATURAN
@given(rows=st.lists(baris, min_size=1, max_size=6))
def test_a_budget_file_of_arbitrary_cells_is_saved_whole_or_not_at_all(
    dua_dataset: None, rows: list[list[Any]]
) -> None:
    with transaction.atomic():
        sebelum = _jejak()
        result = impor_anggaran(_xlsx(rows), "acak.xlsx", SIPD)
        assert GAGAL_MENYIMPAN.kode not in {g.kode for g in result.error}
        if result.berhasil:
            # Every row is saved: each added line and realisation is there, each change recorded.
            baris, realisasi = result.ringkasan
            sesudah = _jejak()
            assert len(sesudah[0]) == len(sebelum[0]) + baris.tambah
            assert len(sesudah[1]) == len(sebelum[1]) + realisasi.tambah
            assert sesudah[2] == sebelum[2] + result.jumlah("tambah") + result.jumlah("ubah")
        else:
            assert _jejak() == sebelum
        transaction.set_rollback(True)


@pytest.fixture
def buku_bontang(demo: Any) -> bytes:
    out = io.BytesIO()
    create_buku(m.PerangkatDaerah.objects.get(kode=KODE_BONTANG), 2022).save(out)
    return out.getvalue()


@PENGATURAN
@given(data=st.data())
def test_an_entry_workbook_with_an_arbitrary_cell_is_saved_whole_or_not_at_all(
    buku_bontang: bytes, data: st.DataObject
) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(buku_bontang))
    nama = data.draw(st.sampled_from([ws.title for ws in wb.worksheets if ws.title != "Daftar"]))
    ws = wb[nama]
    r = data.draw(st.integers(min_value=1, max_value=ws.max_row + 1))
    c = data.draw(st.integers(min_value=1, max_value=max(ws.max_column, 1)))
    # A cell inside merged cells is typed into through the range's top-left cell, as in a
    # spreadsheet program (openpyxl keeps the others read-only).
    for gabung in ws.merged_cells.ranges:
        if (r, c) in gabung.cells:
            r, c = gabung.min_row, gabung.min_col
    ws.cell(r, c).value = data.draw(sembarang)
    out = io.BytesIO()
    wb.save(out)
    with transaction.atomic():
        sebelum = _jejak() + (m.Narasi.objects.count(), m.Indikator.objects.count())
        result = impor_buku(out.getvalue(), "acak.xlsx")
        assert GAGAL_MENYIMPAN.kode not in {g.kode for g in result.error}
        if not result.berhasil:
            assert _jejak() + (m.Narasi.objects.count(), m.Indikator.objects.count()) == sebelum
        transaction.set_rollback(True)


def test_a_failure_in_the_middle_of_saving_leaves_nothing_behind(
    dua_dataset: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def gagal(self: Penyelaras) -> None:
        raise IntegrityError("diuji: basis data menolak")

    monkeypatch.setattr(Penyelaras, "write_riwayat", gagal)
    sebelum = _jejak()
    result = impor_anggaran(
        _xlsx(
            [
                [KODE_BONTANG, "7.01.01.2.01.01", 2022, "Perubahan", 1, 1],
                [KODE_BONTANG, "7.01.01.2.06.01", 2022, "Murni", 5, None],
            ]
        ),
        "gagal.xlsx",
        SIPD,
    )
    assert [g.kode for g in result.error] == [GAGAL_MENYIMPAN.kode]
    assert not result.disimpan
    assert _jejak() == sebelum
    assert m.BarisAnggaran.objects.filter(pagu=Decimal(5)).count() == 0
