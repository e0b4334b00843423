from dataclasses import replace
from decimal import Decimal

import pytest

from sakip.core.checks import evaluasi_predikat as rule
from sakip.core.model import EvaluasiSakip, OpdTahun

from .conftest import EVALUASI_2021, findings, make_snapshot

D = Decimal


def _evaluasi(evaluasi: EvaluasiSakip) -> OpdTahun:
    return make_snapshot(evaluasi=(evaluasi,))


def test_it_flags_a_predikat_the_total_does_not_earn() -> None:
    (f,) = findings(rule, _evaluasi(replace(EVALUASI_2021, predikat="B")))

    assert (f.severity, f.tabel, f.lokasi) == ("error", 9, "Evaluasi AKIP 2021")
    assert "70,36" in f.pesan and "BB (Sangat Baik)" in f.pesan and "bukan B " in f.pesan
    assert "Peraturan Menteri PANRB Nomor 88 Tahun 2021" in f.pesan
    assert f.ref["skala"] == "permenpanrb-88-2021"


@pytest.mark.parametrize(
    ("nilai", "predikat"), [("90", "A"), ("90.01", "AA"), ("30", "D"), ("64.14", "B")]
)
def test_it_accepts_the_predikat_of_the_scale(nilai: str, predikat: str) -> None:
    # Lower bounds are exclusive: exactly 90 is A, exactly 30 is D.
    evaluasi = replace(EVALUASI_2021, nilai=D(nilai), predikat=predikat)
    assert findings(rule, _evaluasi(evaluasi)) == []


def test_it_flags_exactly_90_published_as_aa() -> None:
    (f,) = findings(rule, _evaluasi(replace(EVALUASI_2021, nilai=D("90"), predikat="AA")))
    assert "berpredikat A (Memuaskan)" in f.pesan


def test_it_flags_a_total_below_the_scale() -> None:
    (f,) = findings(rule, _evaluasi(replace(EVALUASI_2021, nilai=D("-1"), predikat="D")))
    assert "-1,00" in f.pesan and "di luar" in f.pesan


def test_it_accepts_an_evaluation_without_predikat_or_known_regulation() -> None:
    assert findings(rule, _evaluasi(replace(EVALUASI_2021, predikat=None))) == []
    asing = replace(EVALUASI_2021, predikat="B", regulasi="permenpanrb-99-2030")
    assert findings(rule, _evaluasi(asing)) == []
