"""Pages cost a bounded number of queries: the same on an OPD ten times the demo's size."""

from __future__ import annotations

from collections.abc import Callable

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.kinerja import models as m
from tests.helpers import enlarge

from .conftest import KANAAN, OPD, url_entri, url_opd

PAGES = (
    url_opd(),
    url_opd("pohon/"),
    url_opd("alur/"),
    url_entri(KANAAN),
    url_entri(OPD),
    url_opd("data/anggaran/"),
    url_opd("data/indikator/"),
    url_opd("laporan/lkjip/"),
)


def _compute(client: Client) -> dict[str, int]:
    result = {}
    for url in PAGES:
        cache.clear()
        with CaptureQueriesContext(connection) as q:
            assert client.get(url).status_code == 200, url
        result[url] = len(q.captured_queries)
    return result


def test_pages_cost_the_same_queries_on_a_ten_times_larger_opd(
    login: Callable[[str], Client],
) -> None:
    client = login("perencana")
    kecil = _compute(client)
    enlarge(OPD, 10, iku=True)
    assert m.UnitKerja.objects.filter(opd__kode=OPD).count() == 40
    besar = _compute(client)
    assert besar == kecil
    assert max(besar.values()) <= 60


def test_the_dashboard_is_computed_once_per_data_version(
    login: Callable[[str], Client],
) -> None:
    client = login("perencana")
    cache.clear()
    client.get(url_opd())
    with CaptureQueriesContext(connection) as q:
        client.get(url_opd())
    assert len(q.captured_queries) <= 15
