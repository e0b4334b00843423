from dataclasses import replace
from decimal import Decimal

from sakip.core.checks import skm_beda_iku as rule
from sakip.core.model import OpdTahun, Skm

from .conftest import IKU_SKM, findings, with_iku

D = Decimal


def _skm(snapshot: OpdTahun, tahun: int, nilai: str) -> OpdTahun:
    return replace(snapshot, skm={**snapshot.skm, tahun: Skm(tahun, D(nilai))})


def test_it_flags_an_iku_value_other_than_the_survey_result(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _skm(snapshot, 2022, "86.30"))

    assert (f.severity, f.tabel) == ("error", 13)
    assert f.lokasi == "IKU1 Nilai Survei Kepuasan Masyarakat (SKM), tahun 2022"
    assert "86,28" in f.pesan and "86,30" in f.pesan
    assert f.ref == {"indikator": "IKU1", "tahun": "2022"}


def test_it_flags_a_yearly_value_entered_directly(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _skm(snapshot, 2021, "86.19"))
    assert "86,91" in f.pesan and "86,19" in f.pesan


def test_it_compares_at_two_decimals(snapshot: OpdTahun) -> None:
    # IKM × 25 before rounding: 3,4512 × 25 = 86,28.
    assert findings(rule, _skm(snapshot, 2022, "86.2800")) == []
    assert findings(rule, _skm(snapshot, 2022, "86.2849")) == []


def test_it_accepts_indicators_not_on_the_skm_scale(snapshot: OpdTahun) -> None:
    bukan_skm = with_iku(snapshot, replace(IKU_SKM, skala=None))
    assert findings(rule, _skm(bukan_skm, 2022, "86.30")) == []
