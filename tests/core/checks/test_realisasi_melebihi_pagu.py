from dataclasses import replace
from decimal import Decimal

from sakip.core.checks import realisasi_melebihi_pagu as rule
from sakip.core.model import BarisAnggaran, OpdTahun

from .conftest import KANAAN, findings, make_baris

D = Decimal


def _dengan(snapshot: OpdTahun, *baris: BarisAnggaran) -> OpdTahun:
    return replace(snapshot, anggaran=tuple(baris))


def test_it_flags_a_line_realising_more_than_its_pagu(snapshot: OpdTahun) -> None:
    baris = make_baris("7.01.04.2.02.01", "20972635.00", {"tahun": "21000000.00"})

    (f,) = findings(rule, _dengan(snapshot, baris))

    assert (f.severity, f.tabel) == ("error", 19)
    assert f.lokasi == "Kec.Bontang Barat, sub kegiatan 7.01.04.2.02.01"
    assert "Rp 21.000.000,00" in f.pesan
    assert "Rp 20.972.635,00" in f.pesan
    assert "Rp 27.365,00" in f.pesan
    assert f.ref["kode"] == "7.01.04.2.02.0001"


def test_it_sums_the_quarters_before_comparing(snapshot: OpdTahun) -> None:
    triwulan = {f"tw{t}": "300000.00" for t in range(1, 5)}
    baris = make_baris("7.01.01.2.01.01", "1000000.00", triwulan, unit=KANAAN)

    (f,) = findings(rule, _dengan(snapshot, baris))

    assert f.lokasi.startswith("Kelurahan Kanaan")
    assert "Rp 1.200.000,00" in f.pesan


def test_it_accepts_a_line_realising_exactly_its_pagu(snapshot: OpdTahun) -> None:
    baris = make_baris("7.01.01.2.01.01", "1698100.00", {"tahun": "1698100.00"})
    assert findings(rule, _dengan(snapshot, baris)) == []
    assert findings(rule, snapshot) == []


def test_it_leaves_mixed_periods_to_their_own_rule(snapshot: OpdTahun) -> None:
    # Summed, 1.000.000 + 600.000 exceeds the pagu; the money is counted twice.
    baris = make_baris("7.01.01.2.01.01", "1000000.00", {"tahun": "1000000.00", "12": "600000.00"})
    assert findings(rule, _dengan(snapshot, baris)) == []
