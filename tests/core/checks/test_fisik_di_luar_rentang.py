from dataclasses import replace
from decimal import Decimal

import pytest

from sakip.core.checks import fisik_di_luar_rentang as rule
from sakip.core.model import OpdTahun

from .conftest import findings, make_baris

D = Decimal


def _fisik(snapshot: OpdTahun, fisik: dict[int, Decimal | None]) -> OpdTahun:
    baris = make_baris("7.01.01.2.01.01", "1698100.00", {"tahun": "1698100.00"}, fisik=fisik)
    return replace(snapshot, anggaran=(baris,))


@pytest.mark.parametrize(("nilai", "show"), [("100.01", "100,01%"), ("-5", "-5,00%")])
def test_it_flags_a_physical_realisation_outside_0_to_100(
    snapshot: OpdTahun, nilai: str, show: str
) -> None:
    (f,) = findings(rule, _fisik(snapshot, {3: D(nilai), 4: D("100")}))

    assert (f.severity, f.tabel) == ("error", 16)
    assert f.lokasi == "Kec.Bontang Barat, sub kegiatan 7.01.01.2.01.01"
    assert "Triwulan III" in f.pesan and show in f.pesan
    assert f.ref["triwulan"] == "3"


def test_it_accepts_the_bounds_and_a_missing_value(snapshot: OpdTahun) -> None:
    assert findings(rule, _fisik(snapshot, {1: D("0"), 2: None, 4: D("100")})) == []
