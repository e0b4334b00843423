from dataclasses import replace

from sakip.core.checks import kode_format as rule
from sakip.core.model import OpdTahun

from .conftest import INDIKATOR_KELUARAN, KANAAN, findings, make_baris


def _baris(snapshot: OpdTahun, kode: str) -> OpdTahun:
    return replace(snapshot, anggaran=(make_baris(kode, "230000000.00", {"tahun": "0"}),))


def test_it_flags_the_truncated_codes_of_the_reference_report(snapshot: OpdTahun) -> None:
    # Tabel 19 prints "7.01.01.2.08.0" for Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik.
    (f,) = findings(rule, _baris(snapshot, "7.01.01.2.08.0"))

    assert (f.severity, f.tabel) == ("error", 19)
    assert f.lokasi == "Kec.Bontang Barat, sub kegiatan 7.01.01.2.08.0"
    assert 'Kode "7.01.01.2.08.0" tidak valid' in f.pesan


def test_it_flags_a_budget_line_on_a_kegiatan_code(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _baris(snapshot, "7.01.01.2.08"))
    assert "kode kegiatan, bukan kode sub kegiatan" in f.pesan


def test_it_flags_output_indicator_codes(snapshot: OpdTahun) -> None:
    keluaran = (
        replace(INDIKATOR_KELUARAN[0], kode="7.01"),
        replace(INDIKATOR_KELUARAN[3], kode="7.1.02"),
    )

    bidang, salah = findings(rule, replace(snapshot, indikator_keluaran=keluaran))

    assert (bidang.tabel, bidang.ref) == (17, {"unit": snapshot.opd.kode, "kode": "7.01"})
    assert "kode bidang" in bidang.pesan
    assert salah.lokasi.startswith("Kelurahan Kanaan, 7.1.02 ")
    assert salah.ref["unit"] == KANAAN
    assert 'Kode "7.1.02" tidak valid' in salah.pesan


def test_it_accepts_two_and_four_digit_sub_kegiatan(snapshot: OpdTahun) -> None:
    assert findings(rule, _baris(snapshot, "7.01.01.2.08.0002")) == []
    assert findings(rule, _baris(snapshot, "7.01.01.2.08.02")) == []
    assert findings(rule, snapshot) == []
