"""The authorization matrix: every URL × every role, allowed or refused on the server."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from sakip.kinerja import models as m
from sakip.web.models import Bukti

from .conftest import BELIMBING, KANAAN, OPD, PERSONAS, TAHUN, isian_awal, url_entri, url_opd

ALL = set(PERSONAS)
STAF_OPD = {"admin", "perencana", "camat", "inspektorat"}
PEMDA = "/pemda/64.74/"

# URL -> the personas that may open it; everyone else gets 403.
PAGES: dict[str, set[str]] = {
    "/tugas/": ALL,
    url_opd(): ALL,
    url_opd("pohon/"): ALL,
    url_opd("alur/"): ALL,
    url_entri(KANAAN): STAF_OPD | {"op-kanaan"},
    url_entri(BELIMBING): STAF_OPD | {"op-belimbing"},
    url_entri(OPD, 2): STAF_OPD,
    url_entri(KANAAN) + "ajukan/": {"perencana", "op-kanaan"},
    url_opd("data/"): ALL,
    url_opd("data/indikator/"): ALL,
    url_opd("data/anggaran/"): ALL,
    url_opd("data/indikator/baru/"): {"perencana"},
    url_opd("data/pk/baru/"): {"perencana"},
    url_opd("data/anggaran/baru/"): {"perencana"},
    url_opd("data/evaluasi/baru/"): {"inspektorat"},
    url_opd("data/rekomendasi/baru/"): {"inspektorat"},
    url_opd("laporan/lkjip/"): ALL,
    url_opd("laporan/pk/"): ALL,
    url_opd("laporan/triwulan/"): ALL,
    url_opd("laporan/lkjip/periksa/"): {"camat"},
    url_opd("laporan/pk/periksa/"): {"camat"},
    PEMDA + "data/": {"admin", "inspektorat"},
    PEMDA + "data/sasaran-pemda/": {"admin", "inspektorat"},
    PEMDA + "data/peran/baru/": {"admin"},
    PEMDA + "data/label-skala/baru/": {"admin"},
    PEMDA + "data/nomenklatur/baru/": {"admin"},
    PEMDA + "data/unit/baru/": {"admin"},
    PEMDA + "pengguna/": {"admin", "inspektorat"},
    PEMDA + "kriteria/": {"admin", "inspektorat"},
    "/kendali/64.74/token-api/": {"admin"},
}


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_role_opens_only_its_pages(login: Callable[[str], Client], persona: str) -> None:
    client = login(persona)
    salah = []
    for url, allowed in PAGES.items():
        status = client.get(url).status_code
        if status != (200 if persona in allowed else 403):
            salah.append((url, status))
    assert salah == []


def test_it_sends_an_anonymous_visitor_to_the_login_page(personas: None) -> None:
    client = Client()
    for url in PAGES:
        r = client.get(url)
        assert r.status_code == 302 and r["Location"].startswith("/masuk/"), url


def _post_cases() -> list[tuple[str, set[str]]]:
    return [
        ("simpan isian Kanaan", {"perencana", "op-kanaan"}),
        ("ajukan Kanaan", {"perencana", "op-kanaan"}),
        ("unggah bukti Kanaan", {"perencana", "op-kanaan"}),
        ("ubah IKU", {"perencana"}),
        ("tambah evaluasi", {"inspektorat"}),
        ("tambah peran", {"admin"}),
        ("tandatangani LKjIP", {"camat"}),
        ("buka tahun", {"camat"}),
    ]


def _kirim(client: Client, aksi: str) -> int:
    from django.core.files.uploadedfile import SimpleUploadedFile

    iku = m.Indikator.objects.get(kode="IKU1")
    if aksi == "simpan isian Kanaan":
        return client.post(url_entri(KANAAN), isian_awal(KANAAN)).status_code
    if aksi == "ajukan Kanaan":
        return client.post(url_entri(KANAAN) + "ajukan/").status_code
    if aksi == "unggah bukti Kanaan":
        berkas = SimpleUploadedFile("bukti.pdf", b"%PDF-1.4 bukti", "application/pdf")
        return client.post(url_entri(KANAAN) + "bukti/", {"berkas": berkas}).status_code
    if aksi == "ubah IKU":
        return client.post(url_opd(f"data/indikator/{iku.pk}/"), {"token": "0"}).status_code
    if aksi == "tambah evaluasi":
        data = {"tahun": "2022", "regulasi": "permenpanrb-88-2021", "nilai": "71,5"}
        return client.post(url_opd("data/evaluasi/baru/"), data).status_code
    if aksi == "tambah peran":
        return client.post(PEMDA + "data/peran/baru/", {"jenis": "admin"}).status_code
    if aksi == "tandatangani LKjIP":
        return client.post(url_opd("laporan/lkjip/tandatangani/"), {"alasan": "uji"}).status_code
    if aksi == "buka tahun":
        return client.post(url_opd("buka/"), {"alasan": "koreksi"}).status_code
    raise AssertionError(aksi)


@pytest.mark.parametrize(("aksi", "allowed"), _post_cases())
def test_each_role_changes_only_what_it_owns(
    login: Callable[[str], Client], aksi: str, allowed: set[str]
) -> None:
    # Refused roles go first, so the allowed ones act on unchanged data.
    urutan = sorted(PERSONAS, key=lambda p: p in allowed)
    result = {p: _kirim(login(p), aksi) for p in urutan}
    salah = {p: s for p, s in result.items() if (s == 403) == (p in allowed)}
    assert salah == {}


def test_it_refuses_an_operator_posting_to_another_units_form(
    login: Callable[[str], Client],
) -> None:
    data = isian_awal(BELIMBING)
    r = login("op-kanaan").post(url_entri(BELIMBING), data)
    assert r.status_code == 403
    assert login("op-kanaan").post(url_entri(BELIMBING) + "ajukan/").status_code == 403


def test_it_refuses_an_operator_changing_another_units_evidence(
    login: Callable[[str], Client],
) -> None:
    belimbing = m.UnitKerja.objects.get(kode=BELIMBING)
    from django.contrib.auth import get_user_model

    bukti = Bukti.objects.create(
        unit=belimbing,
        tahun=TAHUN,
        triwulan=4,
        berkas="bukti/x.pdf",
        nama="x.pdf",
        ukuran=1,
        diunggah_oleh=get_user_model().objects.get(username="op-belimbing"),
    )
    kanaan = login("op-kanaan")
    assert kanaan.post(f"/bukti/{bukti.pk}/hapus/").status_code == 403
    assert kanaan.get(f"/bukti/{bukti.pk}/").status_code == 403
    assert Bukti.objects.filter(pk=bukti.pk).exists()


def test_it_refuses_an_operator_editing_a_budget_line_by_its_id(
    login: Callable[[str], Client],
) -> None:
    line = m.BarisAnggaran.objects.filter(unit__kode=BELIMBING).first()
    assert line is not None
    pagu = line.pagu
    r = login("op-kanaan").post(
        url_opd(f"data/anggaran/{line.pk}/"),
        {"unit": line.unit_id, "tahap": line.tahap, "kode_sumber": line.kode_sumber, "pagu": "1"},
    )
    assert r.status_code == 403
    line.refresh_from_db()
    assert line.pagu == pagu


def test_it_hides_a_record_of_another_opd_behind_this_opds_url(
    login: Callable[[str], Client], dinas: object
) -> None:
    lain = m.Indikator.objects.exclude(sasaran__renstra__opd__kode=OPD).first()
    assert lain is not None
    r = login("perencana").get(url_opd(f"data/indikator/{lain.pk}/"))
    assert r.status_code == 404


def test_it_refuses_the_staff_of_one_opd_on_another_opd(
    login: Callable[[str], Client], dinas: object
) -> None:
    lain = m.PerangkatDaerah.objects.exclude(kode=OPD).get()
    assert login("perencana").get(f"/opd/{lain.kode}/2023/").status_code == 403
    assert login("op-kanaan").get(f"/opd/{lain.kode}/2023/").status_code == 403


def test_it_refuses_a_wrong_password_in_indonesian(personas: None) -> None:
    r = Client().post("/masuk/", {"username": "camat", "password": "salah"})
    assert r.status_code == 200
    assert "Nama pengguna atau kata sandi salah." in r.content.decode()
