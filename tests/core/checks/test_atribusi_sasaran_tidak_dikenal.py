from dataclasses import replace

from sakip.core.checks import atribusi_sasaran_tidak_dikenal as rule
from sakip.core.model import OpdTahun

from .conftest import findings


def test_it_flags_an_attribution_to_an_unknown_sasaran(snapshot: OpdTahun) -> None:
    atribusi = {**snapshot.atribusi_program, "7.01.04": "S9"}

    (f,) = findings(rule, replace(snapshot, atribusi_program=atribusi))

    assert (f.severity, f.tabel, f.lokasi) == ("error", 8, "Program 7.01.04")
    assert "S9" in f.pesan and "7.01.04" in f.pesan
    assert f.ref == {"kode": "7.01.04", "sasaran": "S9", "tahun": "2022"}


def test_it_flags_every_attribution_when_there_is_no_renstra(snapshot: OpdTahun) -> None:
    assert len(findings(rule, replace(snapshot, renstra=None))) == 4


def test_it_accepts_attributions_to_renstra_sasaran(snapshot: OpdTahun) -> None:
    assert findings(rule, snapshot) == []
