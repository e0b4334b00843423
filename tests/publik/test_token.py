"""The Admin Pemda's page of the API tokens: list, make (shown once), revoke; others refused."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from sakip.alur.layanan import Ditolak
from sakip.kinerja import models as m
from sakip.publik import token as tokens
from sakip.publik.models import TokenApi
from sakip.riwayat.models import Perubahan
from tests.web.conftest import PASSWORD
from tests.web.test_label import POLA

from .conftest import OPD

PEMDA = "64.74"
URL = f"/kendali/{PEMDA}/token-api/"
API = "/api/v1/opd/"
RAHASIA = re.compile(r"sakip_[0-9a-f]{64}")


def _cabut_url(token: TokenApi) -> str:
    return f"{URL}{token.pk}/cabut/"


def _api(rahasia: str) -> tuple[int, str]:
    r = Client().get(API, HTTP_AUTHORIZATION=f"Bearer {rahasia}")
    return r.status_code, r.content.decode()


def _create(client: Client, nama: str = "Dasbor Provinsi", lingkup: str = "") -> tuple[str, str]:
    """Make a token on the page; return the page and the token it shows."""
    r = client.post(URL, {"nama": nama, "lingkup": lingkup})
    assert r.status_code == 200
    page = r.content.decode()
    (rahasia,) = set(RAHASIA.findall(page))
    return page, rahasia


def test_the_admin_makes_a_token_that_is_shown_once_and_reads_the_api(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    client = login("admin")
    assert "Belum ada token." in client.get(URL).content.decode()
    r = client.post(URL, {"nama": "  Dasbor Provinsi ", "lingkup": ""})
    page = r.content.decode()
    (rahasia,) = set(RAHASIA.findall(page))
    assert "Salin token ini sekarang." in page
    assert "tidak dapat menampilkannya lagi" in page
    assert r["Cache-Control"] == "no-store"

    token = TokenApi.objects.get()
    assert (token.nama, token.pemda_id, token.opd_id) == ("Dasbor Provinsi", opd.pemda_id, None)
    assert token.hash_rahasia == TokenApi.hash(rahasia)
    assert rahasia.startswith(f"sakip_{token.awalan}")
    status, isi = _api(rahasia)
    assert status == 200 and opd.nama in isi

    # Never again: not on the list, not on the revoke page.
    for url in (URL, _cabut_url(token)):
        page = client.get(url).content.decode()
        assert rahasia not in page and not RAHASIA.search(page)
        assert f"{token.awalan}…" in page
    listing = client.get(URL).content.decode()
    assert "Dasbor Provinsi" in listing and "Aktif" in listing and "oleh Admin Pemda" in listing
    assert "Semua perangkat daerah" in listing


def test_a_token_for_one_opd_reads_only_that_opd(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    lain = m.PerangkatDaerah.objects.create(
        pemda=opd.pemda, kode="7.01.0.00.0.00.31.0000", nama="Kecamatan Lain", jenis="Kecamatan"
    )
    client = login("admin")
    assert f"Hanya {lain.nama}" in client.get(URL).content.decode()
    page, rahasia = _create(client, "Portal data", str(opd.pk))
    assert TokenApi.objects.get().opd_id == opd.pk
    status, isi = _api(rahasia)
    assert status == 200 and OPD in isi and lain.kode not in isi
    assert f"Hanya {opd.nama}" in client.get(URL).content.decode()


def test_the_admin_revokes_a_token_after_confirming_and_the_api_refuses_it(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    client = login("admin")
    _, rahasia = _create(client)
    token = TokenApi.objects.get()

    konfirmasi = client.get(_cabut_url(token)).content.decode()
    assert "Ya, cabut token" in konfirmasi and "tidak dapat dibatalkan" in konfirmasi
    token.refresh_from_db()
    assert token.dicabut is None and _api(rahasia)[0] == 200

    r = client.post(_cabut_url(token), follow=True)
    assert r.redirect_chain == [(URL, 302)]
    page = r.content.decode()
    assert f"Token {token} dicabut" in page
    token.refresh_from_db()
    assert token.dicabut is not None
    assert "Dicabut" in page and "Ya, cabut token" not in page
    assert _api(rahasia) == (401, '{"galat": "Token tidak dikenal atau sudah dicabut."}')


def test_it_refuses_a_token_already_revoked_in_the_commands_words(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    token, _ = tokens.create("Klien", opd.pemda)
    tokens.cabut(token)
    token.refresh_from_db()
    dicabut = token.dicabut

    with pytest.raises(CommandError) as perintah:
        call_command("api-token", "cabut", token.awalan, stdout=io.StringIO())
    assert "sudah dicabut pada" in str(perintah.value)
    r = login("admin").post(_cabut_url(token), follow=True)
    assert str(perintah.value) in r.content.decode()
    token.refresh_from_db()
    assert token.dicabut == dicabut
    assert "Token ini sudah dicabut pada" in login("admin").get(_cabut_url(token)).content.decode()


def test_of_two_revocations_of_one_token_the_second_is_refused(opd: m.PerangkatDaerah) -> None:
    # Two admins opened the same confirmation page; each holds the token as it was then.
    token, _ = tokens.create("Klien", opd.pemda)
    kedua = TokenApi.objects.get(pk=token.pk)
    tokens.cabut(token)
    with pytest.raises(Ditolak, match="sudah dicabut pada"):
        tokens.cabut(kedua)
    kedua.refresh_from_db()
    assert kedua.dicabut == token.dicabut
    assert Perubahan.objects.filter(model="publik.TokenApi", aksi="ubah").count() == 1


def test_it_refuses_an_empty_client_name_in_the_commands_words(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    with pytest.raises(CommandError) as perintah:
        call_command("api-token", "buat", "--nama", "  ", "--pemda", PEMDA, stdout=io.StringIO())
    r = login("admin").post(URL, {"nama": "  ", "lingkup": ""})
    assert r.status_code == 400
    page = r.content.decode()
    assert (
        str(perintah.value)
        == "Perubahan ditolak, tidak ada yang disimpan. Token API: tulis nama klien."
    )
    assert str(perintah.value) in page
    assert not RAHASIA.search(page) and not TokenApi.objects.exists()


def test_making_and_revoking_a_token_is_recorded_in_the_history_without_its_hash(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    client = login("admin")
    _, rahasia = _create(client)
    token = TokenApi.objects.get()
    client.post(_cabut_url(token))
    riwayat = list(Perubahan.objects.filter(model="publik.TokenApi").order_by("id"))
    assert [(p.aksi, p.pengguna.username, p.alasan) for p in riwayat] == [  # type: ignore[union-attr]
        ("tambah", "admin", "Buat token API Dasbor Provinsi"),
        ("ubah", "admin", "Cabut token API Dasbor Provinsi"),
    ]
    assert riwayat[1].data_lama["dicabut"] is None and riwayat[1].data_baru["dicabut"]  # type: ignore[index]
    for p in riwayat:
        assert "hash_rahasia" not in p.data_baru  # type: ignore[operator]
        assert token.hash_rahasia not in str(p.data_baru) and rahasia not in str(p.data_baru)
    assert "oleh Admin Pemda" in client.get(URL).content.decode()


def test_a_token_made_on_the_command_line_is_listed_as_made_by_the_system(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    call_command(
        "api-token", "buat", "--nama", "Portal data", "--pemda", PEMDA, stdout=io.StringIO()
    )
    page = login("admin").get(URL).content.decode()
    assert "Portal data" in page and "oleh sistem" in page


@pytest.mark.parametrize("persona", ["inspektorat", "perencana", "camat", "op-kanaan"])
def test_other_roles_are_refused(
    opd: m.PerangkatDaerah, login: Callable[[str], Client], persona: str
) -> None:
    token, rahasia = tokens.create("Klien", opd.pemda)
    client = login(persona)
    for r in (
        client.get(URL),
        client.post(URL, {"nama": "Klien lain", "lingkup": ""}),
        client.get(_cabut_url(token)),
        client.post(_cabut_url(token)),
    ):
        assert r.status_code == 403
        page = r.content.decode()
        assert "Akses ditolak" in page
        assert "Hanya Admin Pemda yang dapat mengelola token API." in page
    assert TokenApi.objects.count() == 1
    token.refresh_from_db()
    assert token.dicabut is None and _api(rahasia)[0] == 200


def test_the_control_room_links_the_page_for_the_admin_only(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    kendali = f"/kendali/{PEMDA}/2022/"
    assert f'href="{URL}?tahun=2022"' in login("admin").get(kendali).content.decode()
    assert URL not in login("inspektorat").get(kendali).content.decode()
    page = login("admin").get(f"{URL}?tahun=2022").content.decode()
    assert f'href="{kendali}"' in page


def test_an_anonymous_visitor_is_sent_to_the_login_page(opd: m.PerangkatDaerah) -> None:
    token, _ = tokens.create("Klien", opd.pemda)
    for r in (
        Client().get(URL),
        Client().post(URL, {"nama": "X"}),
        Client().post(_cabut_url(token)),
    ):
        assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    assert TokenApi.objects.count() == 1


def test_a_post_without_the_csrf_token_is_refused(opd: m.PerangkatDaerah) -> None:
    token, _ = tokens.create("Klien", opd.pemda)
    client = Client(enforce_csrf_checks=True)
    assert client.login(username="admin", password=PASSWORD)
    assert client.post(URL, {"nama": "Klien lain"}).status_code == 403
    assert client.post(_cabut_url(token)).status_code == 403
    token.refresh_from_db()
    assert TokenApi.objects.count() == 1 and token.dicabut is None


def test_a_token_of_another_pemda_is_not_found_here(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    lain = m.Pemda.objects.create(
        kode="64.72", nama="Pemerintah Kota Lain", nama_daerah="Kota Lain", tempat="Lain"
    )
    token, rahasia = tokens.create("Klien kota lain", lain)
    client = login("admin")
    assert client.post(_cabut_url(token)).status_code == 404
    assert "Klien kota lain" not in client.get(URL).content.decode()
    assert client.get(f"/kendali/{lain.kode}/token-api/").status_code == 403
    assert _api(rahasia)[0] == 200


def test_the_pages_show_no_english_default_or_raw_key(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    client = login("admin")
    page = [_create(client)[0], client.post(URL, {"nama": ""}).content.decode()]
    page += [client.get(URL).content.decode()]
    page += [client.get(_cabut_url(TokenApi.objects.get())).content.decode()]
    for isi in page:
        assert not POLA.search(isi)
        # The text a person reads, without the markup: no model, field or command name.
        teks = re.sub(r"<[^>]*>", " ", isi)
        assert not re.search(r"hash_rahasia|TokenApi|api-token|pemda_id|opd_id|dicabut_oleh", teks)
