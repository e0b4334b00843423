from dataclasses import replace

from sakip.core.checks import pegawai_tidak_konsisten as rule
from sakip.core.model import OpdTahun

from .conftest import findings


def test_it_flags_breakdowns_that_count_different_people(snapshot: OpdTahun) -> None:
    assert snapshot.pegawai is not None
    pegawai = replace(snapshot.pegawai, jenis_kelamin={"Laki-laki": 61, "Perempuan": 66})

    (f,) = findings(rule, replace(snapshot, pegawai=pegawai))

    assert (f.severity, f.tabel, f.lokasi) == ("error", 1, "Pegawai 2022")
    assert f.pesan == (
        "Jumlah pegawai tidak sama: menurut golongan/status 128 orang, menurut pendidikan "
        "128 orang, menurut jenis kelamin 127 orang."
    )


def test_it_accepts_tabel_1_of_the_reference_report(snapshot: OpdTahun) -> None:
    # 2 + 40 + 20 + 0 PNS + 66 Non PNS = 3 + 19 + 14 + 92 = 61 + 67 = 128.
    assert findings(rule, snapshot) == []


def test_it_leaves_out_a_breakdown_not_entered(snapshot: OpdTahun) -> None:
    assert snapshot.pegawai is not None
    pegawai = replace(snapshot.pegawai, pendidikan={})
    assert findings(rule, replace(snapshot, pegawai=pegawai)) == []
    assert findings(rule, replace(snapshot, pegawai=None)) == []
