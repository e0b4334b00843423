"""Ratio indicators: the figure from its parts, a zero denominator n/a.

docs/rules.md#indikator-rasio.
"""

from decimal import Decimal

from sakip.core.capaian import rasio
from sakip.core.model import Agregasi, Bagian, Indikator, JenisIndikator, Kinerja, Polaritas
from sakip.core.pengukuran import nilai_per_triwulan, nilai_rasio, nilai_tahun
from sakip.core.periode import JenisPeriode

D = Decimal


def _ind(agregasi: Agregasi, periode: JenisPeriode = JenisPeriode.TRIWULAN) -> Indikator:
    return Indikator(
        "IKU7", "S1", "Persentase responden puas", "%", Polaritas.NAIK, agregasi,
        jenis=JenisIndikator.RASIO, periode_ukur=periode,
    )  # fmt: skip


def test_the_figure_is_numerator_over_denominator_times_the_multiplier() -> None:
    assert rasio(D(45), D(50)) == D(90)
    assert rasio(D(3), D(4), D(1000)) == D(750)
    # Stored at 4 decimals, half-up: 2/3 × 100 = 66,6667.
    assert nilai_rasio(D(2), D(3), D(100)) == D("66.6667")


def test_a_zero_or_missing_denominator_gives_no_figure() -> None:
    assert rasio(D(5), D(0)) is None
    assert rasio(D(5), None) is None
    assert rasio(None, D(5)) is None
    assert nilai_rasio(D(0), D(0), D(100)) is None


def test_a_measured_zero_numerator_is_zero_percent() -> None:
    assert rasio(D(0), D(40)) == D(0)


def test_a_summed_ratio_over_the_year_is_the_ratio_of_the_summed_parts() -> None:
    # 45/50 in the first quarter and 10/50 in the second: the half year is 55/100, not 110%.
    k = Kinerja(
        "IKU7",
        2024,
        realisasi_triwulan={1: D(90), 2: D(20)},
        bagian={"tw1": Bagian(D(45), D(50), D(90)), "tw2": Bagian(D(10), D(50), D(20))},
    )

    assert nilai_tahun(k, _ind(Agregasi.JUMLAH), 2) == D(55)
    assert nilai_tahun(k, _ind(Agregasi.JUMLAH), 3) is None
    assert nilai_tahun(k, _ind(Agregasi.TERAKHIR), 2) == D(20)


def test_a_monthly_ratio_makes_its_quarter_from_the_parts_of_its_months() -> None:
    bagian = {
        "1": Bagian(D(8), D(10), D(80)),
        "2": Bagian(D(9), D(10), D(90)),
        "3": Bagian(D(19), D(20), D(95)),
    }
    k = Kinerja("IKU7", 2024, realisasi_bulan={1: D(80), 2: D(90), 3: D(95)}, bagian=bagian)

    ind = _ind(Agregasi.JUMLAH, JenisPeriode.BULAN)
    assert nilai_per_triwulan(k, ind) == {1: D(90)}
    assert nilai_tahun(k, ind, 1) == D(90)
    assert nilai_per_triwulan(k, _ind(Agregasi.RATA_RATA, JenisPeriode.BULAN)) == {1: D(265) / 3}
