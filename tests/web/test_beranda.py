"""The home page sends a one-OPD user to the latest year that holds the OPD's data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from tests.conftest import KODE_BONTANG

pytestmark = pytest.mark.django_db


def test_a_one_opd_user_lands_on_the_latest_year_with_budget_lines_not_a_renstra_target_year(
    login: Callable[[str], Client],
) -> None:
    # The Renstra 2021–2026 reaches 2026, whose only data are targets: 2022 holds the budget.
    respon = login("perencana").get("/")
    assert respon.status_code == 302
    assert respon["Location"] == f"/opd/{KODE_BONTANG}/2022/"
