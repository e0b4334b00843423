from dataclasses import replace

from sakip.core.checks import campuran_periode_realisasi as rule
from sakip.core.model import OpdTahun

from .conftest import findings, make_baris


def _realisasi(snapshot: OpdTahun, realisasi: dict[str, str]) -> OpdTahun:
    return replace(snapshot, anggaran=(make_baris("7.01.01.2.01.01", "1698100.00", realisasi),))


def test_it_flags_a_year_total_mixed_with_months(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _realisasi(snapshot, {"tahun": "1698100.00", "12": "98100.00"}))

    assert (f.severity, f.tabel) == ("error", 19)
    assert f.lokasi == "Kec.Bontang Barat, sub kegiatan 7.01.01.2.01.01"
    assert "tahun dan bulan" in f.pesan
    assert "Rp 1.698.100,00" in f.pesan and "12: Rp 98.100,00" in f.pesan


def test_it_flags_months_mixed_with_quarters(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _realisasi(snapshot, {"1": "100.00", "2": "100.00", "tw1": "300.00"}))
    assert "triwulan dan bulan" in f.pesan
    assert "1: Rp 100,00, 2: Rp 100,00" in f.pesan


def test_it_flags_an_unknown_period(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _realisasi(snapshot, {"tw5": "1698100.00"}))
    assert '"tw5"' in f.pesan and "Rp 1.698.100,00" in f.pesan


def test_it_accepts_one_kind_of_period(snapshot: OpdTahun) -> None:
    bulan = {str(b): "100.00" for b in range(1, 13)}
    assert findings(rule, _realisasi(snapshot, bulan)) == []
    assert findings(rule, snapshot) == []
