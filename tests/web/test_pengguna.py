"""The user lifecycle: the Admin Pemda deactivates, resets and gives roles; users change theirs."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.test import Client

from sakip.alur.models import Peran
from sakip.riwayat.models import Perubahan

from .conftest import KANAAN, PASSWORD, url_opd

PEMDA = "/pemda/64.74/pengguna/"


def _id(username: str) -> int:
    return int(get_user_model().objects.get(username=username).pk)


def _url(username: str, aksi: str = "") -> str:
    return f"{PEMDA}{_id(username)}/" + (f"{aksi}/" if aksi else "")


def test_it_ends_the_sessions_of_a_deactivated_user(login: Callable[[str], Client]) -> None:
    camat = login("camat")
    assert camat.get(url_opd()).status_code == 200
    r = login("admin").post(_url("camat", "nonaktifkan"), {"alasan": "Pindah tugas"})
    assert r.status_code == 302
    assert camat.get(url_opd()).status_code == 302
    assert not Client().login(username="camat", password=PASSWORD)
    r = Client().post("/masuk/", {"username": "camat", "password": PASSWORD})
    assert r.status_code == 200 and "Nama pengguna atau kata sandi salah" in r.content.decode()
    entri = Perubahan.objects.filter(model="auth.User", objek_id=str(_id("camat"))).first()
    assert entri is not None and entri.alasan == "Pindah tugas"
    assert entri.pengguna.username == "admin"
    assert ("is_active", True, False) in entri.selisih()


def test_it_reactivates_a_user(login: Callable[[str], Client]) -> None:
    admin = login("admin")
    admin.post(_url("camat", "nonaktifkan"), {"alasan": "Cuti panjang"})
    admin.post(_url("camat", "aktifkan"), {"alasan": "Kembali bertugas"})
    assert Client().login(username="camat", password=PASSWORD)


def test_it_refuses_a_deactivation_without_a_reason(login: Callable[[str], Client]) -> None:
    login("admin").post(_url("camat", "nonaktifkan"), {"alasan": ""})
    assert get_user_model().objects.get(username="camat").is_active


def test_it_refuses_user_management_to_other_roles(login: Callable[[str], Client]) -> None:
    for persona in ("inspektorat", "perencana", "camat"):
        r = login(persona).post(_url("op-kanaan", "setel-ulang"))
        assert r.status_code == 403, persona


def test_a_reset_gives_a_one_time_password_to_change_at_login(
    login: Callable[[str], Client],
) -> None:
    r = login("admin").post(_url("op-kanaan", "setel-ulang"))
    sandi = re.search(r'class="sandi-baru">([a-z0-9-]+)<', r.content.decode())
    assert sandi is not None
    assert "sandi-baru" not in login("admin").get(_url("op-kanaan")).content.decode()
    op = Client()
    r = op.post("/masuk/", {"username": "op-kanaan", "password": sandi[1]})
    assert r.status_code == 302
    assert op.get(url_opd()).url == "/akun/sandi/"
    r = op.post(
        "/akun/sandi/",
        {
            "old_password": sandi[1],
            "new_password1": "lembar-kerja-kanaan",
            "new_password2": "lembar-kerja-kanaan",
        },
    )
    assert r.status_code == 302
    assert op.get(url_opd()).status_code == 200
    assert Client().login(username="op-kanaan", password="lembar-kerja-kanaan")
    alasan = list(
        Perubahan.objects.filter(model="auth.User", objek_id=str(_id("op-kanaan")))
        .order_by("id")
        .values_list("alasan", flat=True)
    )
    assert alasan == [
        "Kata sandi disetel ulang oleh Admin Pemda (sandi sekali pakai).",
        "Kata sandi diganti oleh penggunanya.",
    ]


def _ganti(client: Client, new: str, username: str = "perencana") -> str:
    r = client.post(
        "/akun/sandi/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert r.status_code == 200, new
    return r.content.decode()


def test_it_refuses_weak_passwords_in_indonesian(login: Callable[[str], Client]) -> None:
    client = login("perencana")
    assert "Kata sandi terlalu pendek. Harus mengandung setidaknya 10 karakter." in _ganti(
        client, "sandiku7"
    )
    assert "Kata sandi ini terlalu umum." in _ganti(client, "password123")
    assert "Kata sandi ini seluruhnya terdiri dari angka." in _ganti(client, "12345678901")
    assert "Kata sandi terlalu mirip dengan nama pengguna." in _ganti(client, "perencana1")
    assert Client().login(username="perencana", password=PASSWORD)


def test_a_new_user_gets_a_role_and_must_change_the_password(
    login: Callable[[str], Client],
) -> None:
    admin = login("admin")
    r = admin.post(PEMDA, {"username": "op-baru", "nama": "Operator Baru", "password": "12345678"})
    assert "Kata sandi ini seluruhnya terdiri dari angka." in r.content.decode()
    r = admin.post(
        PEMDA, {"username": "op-baru", "nama": "Operator Baru", "password": "awal-kanaan-2022"}
    )
    assert r.status_code == 302 and r.url == _url("op-baru")
    from sakip.kinerja.models import UnitKerja

    unit = UnitKerja.objects.get(kode=KANAAN)
    r = admin.post(
        _url("op-baru", "tambah-peran"),
        {"jenis": "operator", "unit": unit.pk, "alasan": "Operator baru Kanaan"},
    )
    assert r.status_code == 302
    peran = Peran.objects.get(user__username="op-baru")
    assert peran.unit == unit and peran.opd == unit.opd
    entri = Perubahan.objects.filter(model="alur.Peran").get()
    assert entri.aksi == "tambah" and entri.alasan == "Operator baru Kanaan"
    new = Client()
    new.post("/masuk/", {"username": "op-baru", "password": "awal-kanaan-2022"})
    assert new.get(url_opd()).url == "/akun/sandi/"
    admin.post(_url("op-baru", "hapus-peran"), {"peran": peran.pk, "alasan": "Salah unit"})
    assert not Peran.objects.filter(user__username="op-baru").exists()
    assert Perubahan.objects.filter(model="alur.Peran", aksi="hapus").count() == 1
    page = admin.get(_url("op-baru")).content.decode()
    for alasan in ("Pengguna baru.", "Operator baru Kanaan", "Salah unit"):
        assert alasan in page
