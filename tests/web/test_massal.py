"""Bulk workflow steps on the workflow overview: one confirmation, then one result per quarter."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from sakip.alur.models import Periode

from .conftest import BELIMBING, GUNUNG_TELIHAN, KANAAN, TAHUN, url_entri, url_opd

MASSAL = url_opd("alur/massal/")
TIGA = [f"{KANAAN}:4", f"{GUNUNG_TELIHAN}:4", f"{BELIMBING}:4"]


def _status() -> dict[str, str]:
    return {
        p.unit.kode: p.status
        for p in Periode.objects.filter(tahun=TAHUN, triwulan=4).select_related("unit")
    }


def _ajukan_tiga(login: Callable[[str], Client]) -> None:
    login("op-kanaan").post(url_entri(KANAAN) + "ajukan/")
    login("op-gunung-telihan").post(url_entri(GUNUNG_TELIHAN) + "ajukan/")
    login("op-belimbing").post(url_entri(BELIMBING) + "ajukan/")


def test_the_overview_offers_a_checkbox_only_where_the_person_may_act(
    login: Callable[[str], Client],
) -> None:
    _ajukan_tiga(login)
    html = login("perencana").get(url_opd("alur/")).content.decode()
    assert html.count('data-massal="verifikasi"') == 3
    assert "Verifikasi yang dipilih" in html
    camat = login("camat").get(url_opd("alur/")).content.decode()
    assert 'data-massal="' not in camat


def test_the_perencana_verifies_then_the_kepala_approves_several_at_once(
    login: Callable[[str], Client],
) -> None:
    _ajukan_tiga(login)
    perencana = login("perencana")
    r = perencana.post(MASSAL, {"aksi": "verifikasi", "periode": TIGA})
    html = r.content.decode()
    assert "3 isian akan diverifikasi" in html and "Kelurahan Belimbing triwulan IV 2022" in html
    assert set(_status().values()) == {"diajukan"}
    perencana.post(MASSAL, {"aksi": "verifikasi", "periode": TIGA, "konfirmasi": "ya"})
    assert set(_status().values()) == {"diverifikasi"}
    camat = login("camat")
    r = camat.post(MASSAL, {"aksi": "setujui", "periode": TIGA[:2], "konfirmasi": "ya"})
    assert "<strong>Kelurahan Kanaan triwulan IV 2022</strong>: kini Dikunci" in r.content.decode()
    assert _status() == {KANAAN: "dikunci", GUNUNG_TELIHAN: "dikunci", BELIMBING: "diverifikasi"}


def test_a_quarter_the_person_may_not_act_on_is_left_out(
    login: Callable[[str], Client],
) -> None:
    _ajukan_tiga(login)
    login("perencana").post(MASSAL, {"aksi": "verifikasi", "periode": TIGA, "konfirmasi": "ya"})
    r = login("camat").post(MASSAL, {"aksi": "verifikasi", "periode": TIGA, "konfirmasi": "ya"})
    assert r.status_code == 302
    r = login("op-kanaan").post(MASSAL, {"aksi": "setujui", "periode": TIGA, "konfirmasi": "ya"})
    assert r.status_code == 302
    assert set(_status().values()) == {"diverifikasi"}


def test_each_quarter_is_taken_on_its_own_and_each_refusal_is_listed(
    login: Callable[[str], Client],
) -> None:
    _ajukan_tiga(login)
    login("perencana").post(MASSAL, {"aksi": "verifikasi", "periode": TIGA, "konfirmasi": "ya"})
    camat = login("camat")
    camat.post(url_opd("laporan/lkjip/tandatangani/"), {"alasan": "Batas waktu penyampaian."})
    assert 'data-massal="' not in camat.get(url_opd("alur/")).content.decode()
    r = camat.post(MASSAL, {"aksi": "setujui", "periode": TIGA, "konfirmasi": "ya"})
    html = r.content.decode()
    assert html.count('class="gagal"') == 3
    assert "LKjIP tahun 2022 sudah ditandatangani: data terkunci" in html
    assert set(_status().values()) == {"diverifikasi"}


def test_a_step_that_needs_a_note_is_not_offered_in_bulk(
    login: Callable[[str], Client],
) -> None:
    _ajukan_tiga(login)
    r = login("perencana").post(MASSAL, {"aksi": "kembalikan", "periode": TIGA})
    assert r.status_code == 403
