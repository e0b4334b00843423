"""A cached page is kept whole, yet each person sees their own name, menu, messages and token."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.web.page_cache import CSRF

from .conftest import KANAAN, isian_awal, url_entri, url_opd

_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def test_a_warm_dashboard_renders_no_template_and_costs_the_requests_own_queries(
    login: Callable[[str], Client],
) -> None:
    client = login("perencana")
    assert "web/dasbor.html" in [t.name for t in client.get(url_opd()).templates]
    with CaptureQueriesContext(connection) as q:
        response = client.get(url_opd())
    assert response.status_code == 200 and not response.templates
    # The session, the user, the OPD, the person's roles and the data version.
    assert len(q.captured_queries) == 5
    assert "99,17%" in response.content.decode()


def test_each_person_sees_their_own_name_and_menu_on_a_cached_page(
    login: Callable[[str], Client],
) -> None:
    User.objects.filter(username="perencana").update(first_name="Rina", last_name="Perencana")
    perencana = login("perencana")
    admin = login("admin")
    for client in (perencana, admin, perencana, admin):
        client.get(url_opd())
    perencana_page = perencana.get(url_opd()).content.decode()
    admin_page = admin.get(url_opd()).content.decode()
    assert "Rina Perencana" in perencana_page and "Rina Perencana" not in admin_page
    assert ">Ruang kendali</a>" in admin_page and ">Ruang kendali</a>" not in perencana_page
    assert ">Impor</a>" in perencana_page and ">Impor</a>" not in admin_page


def test_each_response_carries_a_token_of_its_own_that_a_post_accepts(
    login: Callable[[str], Client],
) -> None:
    client = login("op-kanaan")
    client.handler.enforce_csrf_checks = True
    pertama = client.get(url_entri(KANAAN)).content.decode()
    kedua = client.get(url_entri(KANAAN)).content.decode()
    assert CSRF not in pertama and CSRF not in kedua
    token = _TOKEN.findall(kedua)
    assert token and token != _TOKEN.findall(pertama)
    data = {**isian_awal(KANAAN), "csrfmiddlewaretoken": token[0]}
    assert client.post(url_entri(KANAAN), data).status_code == 302


def test_a_message_waiting_is_shown_once_and_the_cached_page_stays_without_it(
    login: Callable[[str], Client],
) -> None:
    client = login("op-kanaan")
    client.get(url_entri(KANAAN))
    response = client.post(url_entri(KANAAN), isian_awal(KANAAN), follow=True)
    assert "Tidak ada angka yang berubah." in response.content.decode()
    assert "Tidak ada angka yang berubah." not in client.get(url_entri(KANAAN)).content.decode()
