"""Monthly indicators: months aggregated by the indicator's method, a missing month told apart.

docs/rules.md#periode-bulan. The figures are synthetic: a count of services (sum), a percentage
level (last value) and an index (average), measured month by month.
"""

from decimal import Decimal

import pytest

from sakip.core.capaian import agregasi_bulan
from sakip.core.model import Agregasi, Indikator, Kinerja, Polaritas
from sakip.core.pengukuran import nilai_per_triwulan, nilai_tahun
from sakip.core.periode import JenisPeriode

D = Decimal


def _ind(agregasi: Agregasi) -> Indikator:
    return Indikator(
        "IKU9", "S1", "Layanan", "Layanan", Polaritas.NAIK, agregasi,
        periode_ukur=JenisPeriode.BULAN,
    )  # fmt: skip


# January to June; April is not entered, May is a measured 0.
BULAN = {1: D(10), 2: D(12), 3: D(8), 5: D(0), 6: D(15)}
K = Kinerja("IKU9", 2024, realisasi_bulan=BULAN)


def test_a_sum_of_months_is_unknown_while_a_month_is_missing() -> None:
    ind = _ind(Agregasi.JUMLAH)

    assert nilai_tahun(K, ind, 1) == D(30)
    assert nilai_tahun(K, ind, 2) is None
    assert nilai_per_triwulan(K, ind) == {1: D(30), 2: None}


def test_a_measured_zero_counts_while_a_missing_month_does_not() -> None:
    lengkap = Kinerja("IKU9", 2024, realisasi_bulan={**BULAN, 4: D(7)})

    assert nilai_tahun(lengkap, _ind(Agregasi.JUMLAH), 2) == D(52)
    assert nilai_per_triwulan(lengkap, _ind(Agregasi.JUMLAH))[2] == D(22)


def test_a_level_takes_the_last_month_entered() -> None:
    ind = _ind(Agregasi.TERAKHIR)

    assert nilai_tahun(K, ind, 2) == D(15)
    assert nilai_tahun(K, ind, 1) == D(8)
    # The quarter of May and June: May's 0 is a value; June is the last.
    assert nilai_per_triwulan(K, ind) == {1: D(8), 2: D(15)}


def test_an_average_divides_by_the_months_entered() -> None:
    ind = _ind(Agregasi.RATA_RATA)

    # (10 + 12 + 8 + 0 + 15) / 5: April, not entered, is not a 0.
    assert nilai_tahun(K, ind, 2) == D(9)
    assert nilai_per_triwulan(K, ind)[2] == D("7.5")


def test_a_quarter_without_any_month_has_no_entry() -> None:
    assert 3 not in nilai_per_triwulan(K, _ind(Agregasi.TERAKHIR))
    assert nilai_tahun(K, _ind(Agregasi.TERAKHIR), 3) == D(15)


def test_a_month_stated_not_available_leaves_a_sum_unknown() -> None:
    assert agregasi_bulan({1: D(1), 2: None, 3: D(1)}, Agregasi.JUMLAH, 3) is None
    assert agregasi_bulan({1: D(1), 2: None, 3: D(4)}, Agregasi.RATA_RATA, 3) == D("2.5")


def test_it_refuses_a_month_that_does_not_exist() -> None:
    with pytest.raises(ValueError, match="Bulan 13 tidak ada"):
        agregasi_bulan({13: D(1)}, Agregasi.JUMLAH)


def test_a_quarterly_indicator_keeps_its_quarters() -> None:
    ind = Indikator("IKU1", "S1", "SKM", "Nilai", Polaritas.NAIK, Agregasi.TERAKHIR)
    k = Kinerja("IKU1", 2022, {4: D("87.10")}, {4: D("86.28")})

    assert nilai_per_triwulan(k, ind) == {4: D("86.28")}
    assert nilai_tahun(k, ind) == D("86.28")
