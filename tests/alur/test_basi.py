"""A workbook made before newer work never silently reverts it; an unchanged one changes nothing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl

from sakip.impor.buku.susunan import create_buku
from sakip.impor.pipeline import impor_buku
from sakip.kinerja import models as m
from tests.conftest import KODE_BONTANG

TAHUN = 2022
KANAAN = "7.01.0.00.0.00.30.0001"


def _buku() -> bytes:
    keluaran = io.BytesIO()
    create_buku(m.PerangkatDaerah.objects.get(kode=KODE_BONTANG), TAHUN).save(keluaran)
    return keluaran.getvalue()


def _change_realisasi(isi: bytes, unit: str, selisih: int) -> bytes:
    """Return the workbook with the first realisation of a unit lowered by `selisih` rupiah."""
    wb = openpyxl.load_workbook(io.BytesIO(isi))
    ws = wb["Realisasi Anggaran"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == unit:
            row[4].value = row[4].value - selisih
            break
    keluaran = io.BytesIO()
    wb.save(keluaran)
    return keluaran.getvalue()


def _realisasi(unit: str) -> list[Any]:
    return list(
        m.RealisasiAnggaran.objects.filter(baris__unit__kode=unit, baris__tahun=TAHUN)
        .order_by("baris__urutan", "baris_id", "periode")
        .values_list("nilai", flat=True)
    )


def test_an_unchanged_fresh_export_imports_without_a_change(demo: Path) -> None:
    result = impor_buku(_buku(), "buku.xlsx")
    assert result.berhasil, [str(g) for g in result.error]
    assert not result.berubah


def test_a_workbook_made_before_another_import_is_refused_as_stale(demo: Path) -> None:
    old = _buku()
    new = impor_buku(_change_realisasi(_buku(), KANAAN, 1000), "dari-kanaan.xlsx")
    assert new.berhasil and new.berubah
    sesudah = _realisasi(KANAAN)

    result = impor_buku(_change_realisasi(old, KANAAN, 5), "lama.xlsx")

    assert not result.berhasil
    basi = [g for g in result.error if g.kode == "baris-basi"]
    assert len(basi) == 1
    assert basi[0].tempat.lembar == "Realisasi Anggaran" and basi[0].tempat.kolom == "E"
    assert "setelah buku isian ini dibuat" in str(basi[0])
    assert _realisasi(KANAAN) == sesudah


def test_a_stale_workbook_that_only_repeats_old_values_elsewhere_is_refused_too(
    demo: Path,
) -> None:
    """Rows the workbook would put back to their old values are the silent revert itself."""
    old = _buku()
    assert impor_buku(_change_realisasi(_buku(), KANAAN, 1000), "baru.xlsx").berhasil
    sesudah = _realisasi(KANAAN)

    result = impor_buku(old, "lama.xlsx")

    assert [g.kode for g in result.error] == ["baris-basi"]
    assert _realisasi(KANAAN) == sesudah
