from decimal import Decimal

import pytest

from sakip.core.efficiency import (
    EFISIENSI_ANGGARAN,
    EFISIENSI_BIAYA_SATUAN,
    EFISIENSI_SASARAN,
    efisiensi_anggaran,
    efisiensi_biaya_satuan,
    efisiensi_sasaran,
)
from sakip.core.numbers import round_half_up

D = Decimal


@pytest.mark.parametrize(
    ("capaian", "serapan", "shown"),
    [
        # The reference report's Tabel 15, rows 1, 2 and 4.
        (D("99.17"), D("95.40"), D("3.77")),
        (D("100"), D("96.85"), D("3.15")),
        (D("100"), D("95.11"), D("4.89")),
        # Row 1 again from the exact capaian 86,28 / 87 × 100.
        (D("86.28") / D("87") * 100, D("95.40"), D("3.77")),
        (D("80"), D("95"), D("-15.00")),
    ],
)
def test_it_computes_efficiency_per_sasaran(
    capaian: Decimal, serapan: Decimal, shown: Decimal
) -> None:
    assert round_half_up(efisiensi_sasaran(capaian, serapan)) == shown


@pytest.mark.parametrize(("capaian", "serapan"), [(None, D("96.51")), (D("100"), None)])
def test_it_has_no_sasaran_efficiency_without_capaian_or_serapan(
    capaian: Decimal | None, serapan: Decimal | None
) -> None:
    # Tabel 15 row 3: Nilai Zona Integritas n/a -> efficiency n/a.
    assert efisiensi_sasaran(capaian, serapan) is None


@pytest.mark.parametrize(
    ("pagu", "realisasi", "shown"),
    [
        # The reference report's Tabel 16.
        (D("59856044"), D("51471517"), D("14.01")),  # Penyediaan Bahan Logistik Kantor
        (D("17050664373"), D("16456327151"), D("3.49")),  # Program Penunjang
        (D("144256468"), D("129405300"), D("10.29")),  # Pengadaan Pakaian Dinas
        (D("1698100"), D("1698100"), D("0.00")),  # printed "-": nothing left
        (D("100"), D("120"), D("-20.00")),  # overspent
    ],
)
def test_it_computes_budget_efficiency(pagu: Decimal, realisasi: Decimal, shown: Decimal) -> None:
    assert round_half_up(efisiensi_anggaran(pagu, realisasi)) == shown


@pytest.mark.parametrize(
    ("pagu", "realisasi"), [(D("0"), D("0")), (None, D("5")), (D("100"), None)]
)
def test_it_has_no_budget_efficiency_without_pagu_or_realisasi(
    pagu: Decimal | None, realisasi: Decimal | None
) -> None:
    # Tabel 16: Penyediaan Jasa Surat Menyurat has pagu 0 and is printed "-".
    assert efisiensi_anggaran(pagu, realisasi) is None


def test_it_computes_unit_cost_efficiency() -> None:
    keluaran = [
        # Planned 10 reports at 10 juta each; 10 made for 90 juta: 9 juta each -> 1 − 0.9 = 10%.
        (D("100000000"), D("90000000"), D("10"), D("10")),
        # Planned 5 at 10 juta each; 4 made for 50 juta: 12,5 juta each -> 1 − 1.25 = −25%.
        (D("50000000"), D("50000000"), D("5"), D("4")),
        # Skipped: nothing was delivered, so there is no actual unit cost.
        (D("20000000"), D("0"), D("2"), D("0")),
        # Skipped: no pagu, no target volume, no realisasi anggaran.
        (D("0"), D("10"), D("1"), D("1")),
        (D("10"), D("10"), None, D("1")),
        (D("10"), None, D("1"), D("1")),
    ]
    # Mean of 10 and −25.
    assert efisiensi_biaya_satuan(keluaran) == D("-7.5")


def test_it_has_no_unit_cost_efficiency_without_a_usable_output() -> None:
    assert efisiensi_biaya_satuan([]) is None
    assert efisiensi_biaya_satuan([(D("10"), D("5"), D("1"), D("0"))]) is None


def test_it_names_every_method_in_indonesian() -> None:
    metode = [EFISIENSI_SASARAN, EFISIENSI_ANGGARAN, EFISIENSI_BIAYA_SATUAN]
    assert len({m.kode for m in metode}) == 3
    # The column headings of the reference report's Tabel 15 and 16.
    assert EFISIENSI_SASARAN.nama == "Tingkat Efisiensi"
    assert EFISIENSI_ANGGARAN.nama == "Efisiensi Anggaran"
    assert "PMK 22/2021" in EFISIENSI_BIAYA_SATUAN.nama
