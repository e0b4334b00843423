from dataclasses import replace

from sakip.core.checks import pk_tanpa_iku as rule
from sakip.core.model import OpdTahun

from .conftest import PK_2022, findings


def test_it_flags_an_iku_missing_from_the_pk(snapshot: OpdTahun) -> None:
    target = {k: v for k, v in PK_2022.target.items() if k != "IKU3"}
    s = replace(snapshot, perjanjian_kinerja=(replace(PK_2022, target=target),))

    (f,) = findings(rule, s)

    assert (f.severity, f.tabel) == ("warning", 6)
    assert f.lokasi == "Perjanjian Kinerja 2022 versi 1, IKU3 Nilai Zona Integritas"
    assert "64,50" in f.pesan
    assert f.ref["indikator"] == "IKU3"


def test_it_flags_a_year_without_any_pk(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, replace(snapshot, perjanjian_kinerja=()))
    assert (f.severity, f.lokasi) == ("warning", "Perjanjian Kinerja 2022")
    assert "4 IKU" in f.pesan


def test_it_accepts_a_pk_holding_every_iku(snapshot: OpdTahun) -> None:
    assert findings(rule, snapshot) == []
    assert findings(rule, replace(snapshot, renstra=None, perjanjian_kinerja=())) == []
