from dataclasses import replace

from sakip.core.checks import analisis_iku_kosong as rule
from sakip.core.model import Kinerja, OpdTahun

from .conftest import findings, with_kinerja


def test_it_flags_an_iku_whose_unit_entered_no_analysis(snapshot: OpdTahun) -> None:
    k = snapshot.kinerja[("IKU3", 2022)]
    s = with_kinerja(snapshot, replace(k, faktor_pendukung=None))

    (f,) = findings(rule, s)

    assert (f.severity, f.tabel, f.lokasi) == ("warning", 11, "IKU3 Nilai Zona Integritas")
    assert "faktor pendukung atau faktor penghambat" in f.pesan


def test_it_flags_an_obstacle_without_a_solution(snapshot: OpdTahun) -> None:
    k = snapshot.kinerja[("IKU1", 2022)]
    (f,) = findings(rule, with_kinerja(snapshot, replace(k, solusi="  ")))
    assert "solusi atas faktor penghambat" in f.pesan
    assert f.ref == {"indikator": "IKU1", "tahun": "2022"}


def test_it_flags_an_iku_without_any_entry_for_the_year(snapshot: OpdTahun) -> None:
    kinerja = {k: v for k, v in snapshot.kinerja.items() if k != ("IKU2", 2022)}
    (f,) = findings(rule, replace(snapshot, kinerja=kinerja))
    assert f.ref["indikator"] == "IKU2"


def test_it_accepts_every_iku_analysed(snapshot: OpdTahun) -> None:
    assert findings(rule, snapshot) == []
    assert findings(rule, with_kinerja(snapshot, Kinerja("IKU9", 2022))) == []
