from dataclasses import replace

from sakip.core.checks import pk_anggaran as rule
from sakip.core.model import OpdTahun

from .conftest import PK_2022, findings


def test_it_flags_a_pk_without_programs(snapshot: OpdTahun) -> None:
    s = replace(snapshot, perjanjian_kinerja=(replace(PK_2022, program=()),))

    (f,) = findings(rule, s)

    assert (f.severity, f.tabel) == ("warning", 6)
    assert f.lokasi == "Perjanjian Kinerja 2022 versi 1, Lampiran, Program dan Anggaran"
    assert "tidak mencantumkan program" in f.pesan


def test_it_flags_a_pk_whose_budget_stage_is_not_recorded(snapshot: OpdTahun) -> None:
    s = replace(snapshot, tahap_tersedia=("perubahan",), tahap_anggaran="perubahan")

    (f,) = findings(rule, s)

    assert f.pesan == (
        "Perjanjian Kinerja 2022 (versi 1) memakai pagu APBD Murni, tetapi anggaran tahap itu "
        "belum dicatat; lampirannya memuat pagu Perubahan APBD."
    )


def test_it_accepts_a_pk_whose_stage_is_recorded(snapshot: OpdTahun) -> None:
    assert findings(rule, replace(snapshot, tahap_tersedia=("murni", "perubahan"))) == []
