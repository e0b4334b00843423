"""A budget workbook streams: its last sheet is read as its rows come, its records are kept in a
temporary file, and the bounds, the records and their places are those of a sheet read whole."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.test import override_settings

from sakip.impor.anggaran.profil import SIPD
from sakip.impor.pipeline import impor_anggaran
from sakip.spreadsheet import nilai as nv
from sakip.spreadsheet import spill
from sakip.spreadsheet.lembar import Rekaman
from sakip.spreadsheet.limit import FileRejected, Limits
from sakip.spreadsheet.read import read
from sakip.spreadsheet.spill import SpilledRecords
from sakip.spreadsheet.stream import RowStream
from tests.golden.spreadsheet.make_hostile import baris_xml, xlsx

from .helpers import buku

KECIL = Limits(baris=5, kolom=4, cell=40, mb=1)


def test_the_last_sheet_streams_the_same_rows_a_whole_read_gives() -> None:
    data = buku([1, "a", None], [], [3, " ", "c"], lembar=2)
    utuh = read(data, "x.xlsx", limit=KECIL)
    alir = read(data, "x.xlsx", limit=KECIL, aliran=True)
    assert isinstance(alir[1].baris, RowStream) and isinstance(utuh[1].baris, list)
    assert isinstance(alir[0].baris, list)  # only the last sheet streams
    assert list(alir[1].baris) == utuh[1].baris == [(1, ("lain",))]
    assert list(alir[0].baris) == utuh[0].baris == [(1, (1, "a")), (3, (3, " ", "c"))]


def test_a_sheet_with_a_merged_range_is_read_whole() -> None:
    (lembar,) = read(buku([1, 2], [3, 4], gabungan="A3:B3"), "x.xlsx", limit=KECIL, aliran=True)
    assert isinstance(lembar.baris, list)
    assert lembar.baris == [(1, (1, 2)), (2, (3, 4))]
    assert lembar.gabungan == {(3, 2): "A3:B3"}


def _tanpa_ukuran(tmp_path: Path, *rows: list[object]) -> bytes:
    """Return a workbook without a declared dimension (as many exporters write)."""
    path = tmp_path / "x.xlsx"
    xlsx(path, "".join(baris_xml(i, row) for i, row in enumerate(rows, 1)))
    return path.read_bytes()


def test_a_streamed_sheet_is_refused_at_the_row_past_the_bound_as_it_is_read(
    tmp_path: Path,
) -> None:
    data = _tanpa_ukuran(tmp_path, *[[i] for i in range(6)])
    (lembar,) = read(data, "x.xlsx", limit=KECIL, aliran=True)
    assert isinstance(lembar.baris, RowStream)
    with pytest.raises(FileRejected) as ditolak:
        list(lembar.baris)
    assert str(ditolak.value.error).startswith('Lembar "Realisasi", baris 6: ditemukan baris 6')


@override_settings(SAKIP_IMPOR_MAKS_BARIS=3)
def test_a_streamed_budget_file_past_the_bound_is_refused_by_the_import(
    db: None, tmp_path: Path
) -> None:
    data = _tanpa_ukuran(tmp_path, ["Kode Unit SKPD", "Anggaran"], [1, 2], [3, 4], [5, 6])
    result = impor_anggaran(data, "sipd.xlsx", SIPD)
    (error,) = result.error
    assert error.kode == "baris-terlalu-banyak" and error.tempat.baris == 4
    assert "paling banyak 3 baris" in str(error)


def test_spilled_records_read_back_in_order_with_their_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spill, "CHUNK", 7)
    rekaman = SpilledRecords("Data")
    for baris in range(2, 42, 2):
        r = Rekaman("Data", baris, {"pagu": Decimal(baris) / 4, "nilai": nv.NA})
        if baris == 10:
            r.tandai_salah("pagu")
        rekaman.append(r)
    dibaca = list(rekaman)
    assert len(rekaman) == len(dibaca) == 20
    assert [r.baris for r in dibaca] == list(range(2, 42, 2))
    assert dibaca[4].get("pagu") == Decimal("2.5") and dibaca[4].salah == {"pagu"}
    assert dibaca[3].salah == frozenset()
    assert all(r.get("nilai") is nv.NA for r in dibaca)  # the one NA, compared with `is`
    assert rekaman[-1].baris == 40 and rekaman[8].baris == 18
    found = rekaman.find_row(30)
    assert found is not None and found.get("pagu") == Decimal("7.5")
    assert rekaman.find_row(31) is None and rekaman.find_row(1) is None
