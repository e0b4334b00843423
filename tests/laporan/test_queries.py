"""A report costs the same number of queries whatever the size of the OPD."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.kinerja import models as m
from sakip.laporan import services
from tests.helpers import enlarge

from .conftest import BONTANG, TANGGAL


def _compute(jenis: str, **kw: int) -> int:
    with CaptureQueriesContext(connection) as kueri:
        services.render(jenis, BONTANG, 2022, "html", tanggal=TANGGAL, **kw)
    return len(kueri)


@pytest.mark.parametrize(
    ("jenis", "kw"), [("lkjip", {}), ("pk", {}), ("triwulan", {"triwulan": 3})]
)
def test_a_ten_times_larger_opd_costs_the_same_queries(
    bontang: str, jenis: str, kw: dict[str, int]
) -> None:
    baris = m.BarisAnggaran.objects.filter(unit__opd__kode=BONTANG)
    keluaran = m.IndikatorKeluaran.objects.filter(unit__opd__kode=BONTANG)
    start_total = (baris.count(), keluaran.count())
    awal = _compute(jenis, **kw)

    enlarge(BONTANG, 10)

    assert m.UnitKerja.objects.filter(opd__kode=BONTANG).count() == 40
    assert (baris.count(), keluaran.count()) == (10 * start_total[0], 10 * start_total[1])
    assert _compute(jenis, **kw) == awal
