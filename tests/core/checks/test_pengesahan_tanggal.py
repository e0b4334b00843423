from dataclasses import replace
from datetime import date

import pytest

from sakip.core.checks import pengesahan_tanggal as rule
from sakip.core.model import OpdTahun, Pengesahan

from .conftest import PK_2022, findings


def _lkjip(s: OpdTahun, tanggal: date | None) -> OpdTahun:
    return replace(s, pengesahan={("lkjip", 0): Pengesahan("lkjip", tanggal=tanggal)})


def test_it_accepts_an_lkjip_signed_in_the_first_quarter_after_the_year(
    snapshot: OpdTahun,
) -> None:
    assert findings(rule, _lkjip(snapshot, date(2023, 3, 31))) == []
    assert findings(rule, _lkjip(snapshot, date(2023, 1, 1))) == []


@pytest.mark.parametrize("tanggal", [date(2022, 2, 24), date(2022, 12, 31), date(2023, 4, 1)])
def test_it_flags_an_lkjip_signed_outside_the_first_quarter(
    snapshot: OpdTahun, tanggal: date
) -> None:
    (f,) = findings(rule, _lkjip(snapshot, tanggal))

    assert (f.severity, f.lokasi) == ("warning", "LKjIP 2022")
    assert "1 Januari 2023 sampai 31 Maret 2023" in f.pesan
    assert "Peraturan Presiden Nomor 29 Tahun 2014" in f.pesan


def test_the_reference_reports_printed_date_is_flagged(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _lkjip(snapshot, date(2022, 2, 24)))
    assert f.pesan.startswith("LKjIP 2022 bertanggal 24 Februari 2022, di luar triwulan pertama")


def test_it_flags_an_lkjip_without_a_date(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _lkjip(snapshot, None))
    assert "belum ditetapkan" in f.pesan
    assert f.ref == {"dokumen": "lkjip", "tahun": "2022", "nomor": "0"}


def test_it_flags_a_pk_not_signed_at_the_start_of_the_year(snapshot: OpdTahun) -> None:
    s = replace(snapshot, perjanjian_kinerja=(replace(PK_2022, tanggal=date(2022, 6, 2)),))

    (f,) = findings(rule, s)

    assert (f.tabel, f.lokasi) == (6, "Perjanjian Kinerja 2022 (versi 1)")
    assert "2 Juni 2022, di luar awal tahun (Januari sampai Februari)" in f.pesan


def test_a_revision_may_be_signed_during_the_year(snapshot: OpdTahun) -> None:
    revisi = replace(PK_2022, versi=2, tanggal=date(2022, 8, 1))
    assert findings(rule, replace(snapshot, perjanjian_kinerja=(PK_2022, revisi))) == []
