from dataclasses import replace
from decimal import Decimal

from sakip.core.checks import pk_target_beda_renstra as rule
from sakip.core.model import OpdTahun

from .conftest import IKU_ZI, PK_2022, findings, make_snapshot, with_iku

D = Decimal


def _pk(**target: str) -> OpdTahun:
    pk = replace(PK_2022, target={**PK_2022.target, **{k: D(v) for k, v in target.items()}})
    return make_snapshot(perjanjian_kinerja=(pk,))


def test_it_flags_the_reference_reports_pk_targets() -> None:
    # Tabel 6 promises SKM 87,0 and Zona Integritas 63; Tabel 5 sets 87,1 and 64,5 for 2022.
    skm, zi = findings(rule, _pk(IKU1="87.0", IKU3="63"))

    assert (skm.rule, skm.severity, skm.tabel) == ("pk-target-beda-renstra", "error", 6)
    assert skm.lokasi == (
        "Perjanjian Kinerja 2022 versi 1, IKU1 Nilai Survei Kepuasan Masyarakat (SKM)"
    )
    assert "87,00" in skm.pesan and "87,10" in skm.pesan
    assert skm.ref == {"indikator": "IKU1", "tahun": "2022", "pk_versi": "1"}
    assert zi.lokasi.endswith("IKU3 Nilai Zona Integritas")
    assert "63,00" in zi.pesan and "64,50" in zi.pesan


def test_it_accepts_the_same_target_written_with_other_decimals() -> None:
    assert findings(rule, _pk(IKU1="87.100", IKU2="100.00")) == []


def test_it_checks_only_the_latest_pk_version() -> None:
    old = replace(PK_2022, target={**PK_2022.target, "IKU1": D("87.0")})
    revisi = replace(PK_2022, versi=2, alasan_revisi="Penyesuaian target Renstra")
    assert findings(rule, make_snapshot(perjanjian_kinerja=(old, revisi))) == []

    (f,) = findings(rule, make_snapshot(perjanjian_kinerja=(revisi, replace(old, versi=3))))
    assert "versi 3" in f.lokasi and f.ref["pk_versi"] == "3"


def test_it_flags_a_pk_target_when_the_renstra_sets_none_for_the_year() -> None:
    tanpa_2022 = replace(IKU_ZI, target={t: v for t, v in IKU_ZI.target.items() if t != 2022})
    (f,) = findings(rule, with_iku(make_snapshot(), tanpa_2022))
    assert "64,50" in f.pesan and "n/a" in f.pesan


def test_it_flags_a_pk_target_for_an_indicator_outside_the_renstra() -> None:
    (f,) = findings(rule, _pk(IKU9="5"))
    assert f.severity == "error"
    assert f.lokasi == "Perjanjian Kinerja 2022 versi 1, IKU9"
    assert "IKU9" in f.pesan and "5,00" in f.pesan and "2021–2026" in f.pesan


def test_it_accepts_a_year_without_pk_or_renstra(snapshot: OpdTahun) -> None:
    assert findings(rule, replace(snapshot, perjanjian_kinerja=())) == []
    assert findings(rule, replace(snapshot, renstra=None)) == []
