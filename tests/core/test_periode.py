from decimal import Decimal

import pytest

from sakip.core.anggaran import bulan_terakhir, realisasi_s_d_bulan
from sakip.core.periode import (
    ALL,
    JenisPeriode,
    Periode,
    Tahap,
    change_cara,
    kind_of,
    periods_of_quarter,
    tahap_berlaku,
)

D = Decimal


@pytest.mark.parametrize(
    ("key", "jenis", "end_month", "end_quarter"),
    [
        ("tahun", JenisPeriode.TAHUN, 12, 4),
        ("tw1", JenisPeriode.TRIWULAN, 3, 1),
        ("tw4", JenisPeriode.TRIWULAN, 12, 4),
        ("1", JenisPeriode.BULAN, 1, 1),
        ("4", JenisPeriode.BULAN, 4, 2),
        ("12", JenisPeriode.BULAN, 12, 4),
    ],
)
def test_it_reads_every_key_of_the_dataset_format(
    key: str, jenis: JenisPeriode, end_month: int, end_quarter: int
) -> None:
    periode = Periode.parse(key)
    assert periode.jenis is jenis
    assert (periode.end_month, periode.end_quarter) == (end_month, end_quarter)
    assert periode.key == key


@pytest.mark.parametrize("key", ["setahun", "tw0", "tw5", "0", "13", "01", "Tahun", "1.5", "٣"])
def test_it_refuses_a_key_that_names_no_period(key: str) -> None:
    assert Periode.try_parse(key) is None
    with pytest.raises(ValueError, match="tidak dikenal"):
        Periode.parse(key)


def test_it_lists_the_periods_the_year_first_then_quarters_then_months() -> None:
    keys = [p.key for p in sorted(ALL, key=lambda p: p.sort_key)]
    assert keys == ["tahun", "tw1", "tw2", "tw3", "tw4", *(str(b) for b in range(1, 13))]


def test_it_names_periods_as_a_person_does() -> None:
    assert [Periode.parse(k).label for k in ("tahun", "tw2", "3")] == [
        "Setahun",
        "Triwulan 2",
        "Mar",
    ]
    assert Periode.bulan(3).choice_label == "Bulan 3"


def test_a_line_keeps_the_kind_it_was_recorded_by() -> None:
    assert kind_of({"tahun"}) is JenisPeriode.TAHUN
    assert kind_of({"tw2"}) is JenisPeriode.TRIWULAN
    assert kind_of({"1", "2"}) is JenisPeriode.BULAN
    assert kind_of(set()) is JenisPeriode.BULAN  # a new line is recorded by month


def test_a_quarters_entry_holds_its_months_its_quarter_or_the_year_in_quarter_4() -> None:
    assert [p.key for p in periods_of_quarter(JenisPeriode.BULAN, 2)] == ["4", "5", "6"]
    assert [p.key for p in periods_of_quarter(JenisPeriode.TRIWULAN, 3)] == ["tw3"]
    assert periods_of_quarter(JenisPeriode.TAHUN, 3) == ()
    assert [p.key for p in periods_of_quarter(JenisPeriode.TAHUN, 4)] == ["tahun"]


def test_realisasi_to_a_month_counts_a_quarter_from_its_last_month() -> None:
    realisasi = {"tw1": D("10"), "tw2": D("20")}
    assert realisasi_s_d_bulan(realisasi, 2) is None
    assert realisasi_s_d_bulan(realisasi, 5) == D("10")
    assert realisasi_s_d_bulan(realisasi, 6) == D("30")
    assert realisasi_s_d_bulan({"tahun": D("5")}, 11) is None
    assert bulan_terakhir([realisasi, {"4": D("1")}]) == 6
    assert bulan_terakhir([{}]) is None


def test_the_years_figures_use_perubahan_once_any_line_has_it() -> None:
    assert tahap_berlaku(["murni", "perubahan"]) is Tahap.PERUBAHAN
    assert tahap_berlaku(["murni"]) is Tahap.MURNI
    assert tahap_berlaku([]) is None


def test_stage_labels_follow_the_reference_report() -> None:
    # The reference report's pagu is "Perubahan APBD-2": the stage is named "Perubahan APBD".
    assert Tahap.choices() == [("murni", "APBD Murni"), ("perubahan", "Perubahan APBD")]
    assert Tahap.PERUBAHAN.in_sentence == "perubahan APBD"


def test_switching_a_line_keeps_its_sum_and_never_counts_an_amount_earlier() -> None:
    D = Decimal
    bulanan = {"1": D("100"), "2": D("50"), "11": D("25"), "12": D("5")}
    assert change_cara(bulanan, JenisPeriode.TRIWULAN) == {"tw1": D("150"), "tw4": D("30")}
    assert change_cara(bulanan, JenisPeriode.TAHUN) == {"tahun": D("180")}
    triwulan = {"tw2": D("12500000"), "tw4": D("1")}
    assert change_cara(triwulan, JenisPeriode.BULAN) == {"6": D("12500000"), "12": D("1")}
    assert change_cara({"tahun": D("785432100.50")}, JenisPeriode.BULAN) == {
        "12": D("785432100.50")
    }
    assert change_cara({"tahun": D("7")}, JenisPeriode.TRIWULAN) == {"tw4": D("7")}
    assert change_cara({}, JenisPeriode.BULAN) == {}
