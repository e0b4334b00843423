"""The tables and checks of an OPD cost the same queries whatever its number of budget lines."""

from __future__ import annotations

from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.core.checks import run_checks
from sakip.core.tables import all_tabel
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from tests.conftest import KODE_BONTANG
from tests.helpers import enlarge


def _queries() -> int:
    with CaptureQueriesContext(connection) as ctx:
        s = snapshot.build(snapshot.choose_opd(KODE_BONTANG), 2022)
        all_tabel(s)
        run_checks(s)
    return len(ctx.captured_queries)


def test_queries_do_not_grow_with_budget_lines(demo: Path) -> None:
    before = _queries()
    enlarge(KODE_BONTANG, 10)
    assert m.BarisAnggaran.objects.count() == 560
    assert _queries() == before
    # 39 for the data, 1 for the signing data, 2 for the Pemda's own criteria (bands, labels),
    # 1 for the published LKEs of earlier years (Tabel 9)
    # 5 for the positions' cascade (sakip.kaskade.snapshot)
    assert before <= 48
