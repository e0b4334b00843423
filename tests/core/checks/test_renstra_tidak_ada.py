from dataclasses import replace

from sakip.core.checks import renstra_tidak_ada as rule
from sakip.core.model import OpdTahun

from .conftest import findings


def test_it_flags_a_year_without_a_renstra(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, replace(snapshot, renstra=None))

    assert (f.severity, f.tabel, f.lokasi) == ("warning", 5, "Renstra 2022")
    assert "mencakup tahun 2022" in f.pesan


def test_it_accepts_a_year_with_a_renstra(snapshot: OpdTahun) -> None:
    assert findings(rule, snapshot) == []
