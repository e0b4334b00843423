"""Every table and check works on a different kind of OPD: a Dinas without sub-units (synthetic)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from sakip.core.checks import run_checks
from sakip.core.model import OpdTahun
from sakip.core.numbers import round_half_up
from sakip.core.tables import Tabel, all_tabel
from tests.conftest import KODE_DINAS

D = Decimal


@pytest.fixture
def snap(dinas: Path, snapshot_of: Callable[[str, int], OpdTahun]) -> OpdTahun:
    return snapshot_of(KODE_DINAS, 2023)


@pytest.fixture
def tables(snap: OpdTahun) -> dict[str, Tabel]:
    return {t.key: t for t in all_tabel(snap)}


def r2(value: object) -> Decimal | None:
    return None if value is None else round_half_up(Decimal(str(value)), 2)


def test_every_table_is_built_and_numbered(tables: dict[str, Tabel]) -> None:
    assert [t.nomor for t in tables.values()] == list(range(1, 20))
    assert all(t.baris for t in tables.values())


def test_it_computes_each_kind_of_indicator(tables: dict[str, Tabel]) -> None:
    rows = tables["capaian"].baris
    assert [(c[5], r2(c[6])) for c in rows] == [
        (D(112), D("106.67")),  # lower is better, summed over quarters
        (D("81.35"), D("101.69")),  # last value
        (D(483480), D("100.73")),  # sum; exactly 100.725, half-up
        (D("59.6"), D("99.33")),  # average
        (None, None),  # quarter 3 not entered, quarter 4 not available: no year value
        (D("83.47"), D("101.79")),  # SKM
    ]


def test_it_uses_the_latest_pk_version(snap: OpdTahun, tables: dict[str, Tabel]) -> None:
    assert snap.pk is not None and snap.pk.versi == 2
    assert tables["pk"].judul.endswith("(Revisi 1)")


def test_it_takes_the_perubahan_budget_and_monthly_realisation(tables: dict[str, Tabel]) -> None:
    total = tables["realisasi_program"].baris[-1]
    assert total[2:4] == [D("10095737350.00"), D("9801456000.00")]
    assert r2(total[4]) == D("97.09")


def test_it_has_one_unit_and_its_programs(tables: dict[str, Tabel]) -> None:
    t = tables["realisasi_program"]
    subtotals = [c for c, g in zip(t.baris, t.gaya, strict=True) if g.value == "subtotal"]
    assert [c[0] for c in subtotals] == [KODE_DINAS]


def test_it_finds_no_error_in_a_consistent_dataset(snap: OpdTahun) -> None:
    errors = [f for f in run_checks(snap) if f.severity == "error"]
    assert errors == []


def test_it_warns_about_the_missing_quarter(snap: OpdTahun) -> None:
    found = [f for f in run_checks(snap) if f.rule == "triwulan-tanpa-realisasi"]
    assert [(f.ref["indikator"], f.ref["triwulan"]) for f in found] == [
        ("IKU5", "3"),
        ("IKU5", "4"),
    ]
    assert "belum diisi" in found[0].pesan
    assert "tidak tersedia" in found[1].pesan
