from dataclasses import replace
from decimal import Decimal

from sakip.core.checks import target_nol as rule
from sakip.core.model import OpdTahun

from .conftest import IKU_STIMULAN, KINERJA, PK_2022, findings, with_iku, with_kinerja

D = Decimal


def test_it_flags_a_renstra_target_of_zero_for_the_year(snapshot: OpdTahun) -> None:
    nol = replace(IKU_STIMULAN, target={**IKU_STIMULAN.target, 2022: D("0")})

    (f,) = findings(rule, with_iku(snapshot, nol))

    assert (f.severity, f.tabel) == ("error", 5)
    assert f.lokasi.startswith("IKU2 Persentase partisipasi")
    assert "tahun 2022" in f.pesan and "0,00" in f.pesan
    assert f.ref == {"indikator": "IKU2", "tahun": "2022"}


def test_it_flags_a_pk_target_of_zero(snapshot: OpdTahun) -> None:
    pk = replace(PK_2022, target={**PK_2022.target, "IKU4": D("0.00")})

    (f,) = findings(rule, replace(snapshot, perjanjian_kinerja=(pk,)))

    assert (f.tabel, f.ref["indikator"]) == (6, "IKU4")
    assert f.lokasi.startswith("Perjanjian Kinerja 2022 versi 1, IKU4")


def test_it_flags_a_quarterly_target_of_zero(snapshot: OpdTahun) -> None:
    trantib = KINERJA[("IKU4", 2022)]
    nol = replace(trantib, target_triwulan={**trantib.target_triwulan, 1: D("0")})

    (f,) = findings(rule, with_kinerja(snapshot, nol))

    assert (f.tabel, f.ref["triwulan"]) == (12, "1")
    assert f.lokasi.endswith(", Triwulan I")
    assert "Target Triwulan I 2022 bernilai 0,00" in f.pesan


def test_it_accepts_zero_targets_of_other_years(snapshot: OpdTahun) -> None:
    nol = replace(IKU_STIMULAN, target={**IKU_STIMULAN.target, 2025: D("0")})
    tahun_lalu = replace(KINERJA[("IKU4", 2022)], tahun=2021, target_triwulan={1: D("0")})
    s = with_kinerja(with_iku(snapshot, nol), tahun_lalu)
    assert findings(rule, s) == []
