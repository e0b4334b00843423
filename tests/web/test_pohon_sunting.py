"""The pohon kinerja page: the perencana fills and submits, the kepala refuses with a note."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from sakip.pohon.models import PohonKinerja

from .conftest import OPD, TAHUN

URL = f"/pohon/{OPD}/{TAHUN}/"


def test_the_perencana_submits_and_the_kepala_refuses_with_a_note(
    login: Callable[[str], Client],
) -> None:
    PohonKinerja.objects.filter(tahun=TAHUN).delete()
    perencana = login("perencana")
    assert "Isi dari data tahun ini" in perencana.get(URL).content.decode()

    perencana.post(URL + "aksi/", {"aksi": "isi"})
    page = perencana.get(URL).content.decode()
    assert "Status: <strong>Draf</strong>" in page and "IKU1" in page
    perencana.post(URL + "aksi/", {"aksi": "ajukan"})

    camat = login("camat")
    r = camat.post(URL + "aksi/", {"aksi": "putuskan", "keputusan": "ditolak"}, follow=True)
    assert "tulis catatan alasan penolakan" in r.content.decode()
    camat.post(
        URL + "aksi/", {"aksi": "putuskan", "keputusan": "ditolak", "catatan": "Lengkapi IKU3."}
    )
    page = perencana.get(URL).content.decode()
    assert "Status: <strong>Ditolak</strong>" in page and "Lengkapi IKU3." in page
    assert PohonKinerja.objects.get(tahun=TAHUN).status == "ditolak"


def test_a_reader_without_a_planning_role_cannot_fill_the_tree(
    login: Callable[[str], Client],
) -> None:
    PohonKinerja.objects.filter(tahun=TAHUN).delete()
    r = login("op-kanaan").post(URL + "aksi/", {"aksi": "isi"})
    assert r.status_code in (302, 403)
    assert not PohonKinerja.objects.filter(tahun=TAHUN).exists()
