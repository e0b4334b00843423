"""The entry form of a ratio IKU (its two parts) and of a monthly IKU (a box per month).

docs/rules.md#indikator-rasio, #periode-bulan. The demo's IKU are quarterly and direct; each test
turns one of them into a ratio or a monthly indicator first.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.test import Client

from sakip.alur.kelengkapan import check
from sakip.core.checks import run_checks
from sakip.kinerja import models as m
from sakip.kinerja.snapshot import build

from .conftest import OPD, TAHUN, isian_awal, url_entri

D = Decimal


def _jadikan(kode: str, **fields: str) -> m.Indikator:
    m.Indikator.objects.filter(kode=kode).update(**fields)
    return m.Indikator.objects.get(kode=kode)


def test_it_computes_a_ratio_figure_from_the_two_parts(login: Callable[[str], Client]) -> None:
    iku = _jadikan("IKU1", jenis="rasio")
    data = isian_awal(OPD, tw=2)
    data[f"i{iku.id}_tw2_p"] = "45"
    data[f"i{iku.id}_tw2_q"] = "50"

    r = login("perencana").post(url_entri(OPD, tw=2), data)

    assert r.status_code == 302
    row = m.Realisasi.objects.get(indikator=iku, tahun=TAHUN, triwulan=2)
    assert (row.pembilang, row.penyebut, row.nilai) == (D(45), D(50), D(90))


def test_a_zero_denominator_is_stored_as_not_available_and_found(
    login: Callable[[str], Client],
) -> None:
    iku = _jadikan("IKU1", jenis="rasio")
    data = isian_awal(OPD, tw=2)
    data[f"i{iku.id}_tw2_p"] = "0"
    data[f"i{iku.id}_tw2_q"] = "0"

    login("perencana").post(url_entri(OPD, tw=2), data)

    row = m.Realisasi.objects.get(indikator=iku, tahun=TAHUN, triwulan=2)
    assert (row.penyebut, row.nilai) == (D(0), None)
    temuan = [
        f
        for f in run_checks(build(m.PerangkatDaerah.objects.get(kode=OPD), TAHUN))
        if f.rule == "rasio-penyebut-nol"
    ]
    assert [f.ref["periode"] for f in temuan] == ["tw2"]


def test_it_stores_each_month_of_a_monthly_indicator(login: Callable[[str], Client]) -> None:
    iku = _jadikan("IKU4", periode_ukur="bulan")
    data = isian_awal(OPD, tw=2)
    data[f"i{iku.id}_4"] = "5"
    data[f"i{iku.id}_5"] = "0"

    login("perencana").post(url_entri(OPD, tw=2), data)

    rows = m.Realisasi.objects.filter(indikator=iku, tahun=TAHUN, bulan__isnull=False)
    assert sorted((r.bulan, r.triwulan, r.nilai) for r in rows) == [(4, 2, D(5)), (5, 2, D(0))]
    # June is still empty: the quarter is not complete, and nothing counts June as 0.
    unit = m.UnitKerja.objects.get(kode=OPD)
    kurang = [k.apa for k in check(unit, TAHUN, 2)]
    assert any(k.startswith("Realisasi IKU4 triwulan II") for k in kurang)


def test_the_form_shows_the_months_of_the_quarter(login: Callable[[str], Client]) -> None:
    iku = _jadikan("IKU4", periode_ukur="bulan")
    page = login("perencana").get(url_entri(OPD, tw=2)).content.decode()

    for bulan in (4, 5, 6):
        assert f'name="i{iku.id}_{bulan}"' in page
    assert f'name="i{iku.id}"' not in page
    assert "Realisasi IKU4 (Apr)" in page
