"""The Admin Pemda keeps the positions, their holders and the accounts acting for them on the
data screens, through the one door: a tree within one OPD, a holder's term in order."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.test import Client

from sakip.kaskade import models as k

DATA = "/pemda/64.74/data/"


def test_the_admin_adds_a_position_a_holder_and_the_holders_account(
    login: Callable[[str], Client],
) -> None:
    admin = login("admin")
    camat = k.Jabatan.objects.get(kode="camat")
    r = admin.post(
        f"{DATA}jabatan/baru/",
        {
            "opd": camat.opd_id,
            "kode": "pengadministrasi",
            "nama": "Pengadministrasi Umum",
            "tingkat": k.Jabatan.PELAKSANA,
            "induk": camat.pk,
            "urutan": "30",
        },
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    new = k.Jabatan.objects.get(kode="pengadministrasi")
    assert new.induk == camat
    r = admin.post(
        f"{DATA}pemegang-jabatan/baru/",
        {
            "jabatan": new.pk,
            "nama": "Staf Contoh",
            "status": k.PemegangJabatan.DEFINITIF,
            "mulai": "2022-03-01",
            "selesai": "2022-02-01",
        },
    )
    assert "tanggal selesai sebelum tanggal mulai menjabat" in r.content.decode()
    assert not k.PemegangJabatan.objects.filter(jabatan=new).exists()
    user = get_user_model().objects.create_user("staf-contoh")
    r = admin.post(f"{DATA}pengguna-jabatan/baru/", {"user": user.pk, "jabatan": new.pk})
    assert r.status_code == 302
    listing = admin.get(f"{DATA}pengguna-jabatan/").content.decode()
    assert "staf-contoh" in listing and "Pengadministrasi Umum" in listing


def test_the_tree_rules_are_shown_under_their_boxes(login: Callable[[str], Client]) -> None:
    admin = login("admin")
    camat = k.Jabatan.objects.get(kode="camat")
    sekcam = k.Jabatan.objects.get(kode="sekcam")
    data = {
        "opd": camat.opd_id,
        "kode": "camat",
        "nama": camat.nama,
        "tingkat": camat.tingkat,
        "induk": sekcam.pk,
        "urutan": camat.urutan,
    }
    # A position with subordinates is edited like any other (only its delete is refused).
    assert "tidak dapat diubah" not in admin.get(f"{DATA}jabatan/{camat.pk}/").content.decode()
    r = admin.post(f"{DATA}jabatan/{camat.pk}/", data)
    assert "jabatan atasan tidak boleh salah satu bawahan jabatan ini" in r.content.decode()
    assert r.context["form"].errors["induk"] == [
        "Jabatan atasan tidak boleh salah satu bawahan jabatan ini."
    ]
    camat.refresh_from_db()
    assert camat.induk is None
    r = admin.post(f"{DATA}jabatan/{camat.pk}/hapus/", follow=True)
    page = r.content.decode()
    assert "masih menjadi atasan" in page and "pindahkan bawahannya" in page
    assert k.Jabatan.objects.filter(pk=camat.pk).exists()


def test_the_planning_officer_does_not_change_the_positions(
    login: Callable[[str], Client],
) -> None:
    r = login("perencana").get(f"{DATA}jabatan/baru/")
    assert r.status_code == 403
