"""The register's screens: the keeper uploads and publishes, others read, every label Indonesian."""

from __future__ import annotations

from collections.abc import Callable

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sakip.kinerja import models as m
from sakip.publik.models import DokumenSakip
from tests.web.test_label import POLA

from .conftest import OPD, PDF, TAHUN, tanda

URL = f"/register/opd/{OPD}/{TAHUN}/"


def _file(nama: str = "renstra.pdf", data: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(nama, data, content_type="application/pdf")


def _upload(client: Client, url: str = URL, jenis: str = "renstra", **lain: str):  # type: ignore[no-untyped-def]
    data = {"jenis": jenis, "judul": "Renstra 2021–2026", "berkas": _file()}
    data |= {"penandatangan": "Camat", "tanggal_tanda": "2022-01-10", **lain}
    return client.post(url + "unggah/", data, follow=True)


def test_the_planning_officer_uploads_a_document(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    r = _upload(login("perencana"), publik="on")
    assert "Dokumen terunggah ke register." in r.content.decode()
    dok = DokumenSakip.objects.get()
    assert (dok.jenis, dok.judul, dok.ukuran, dok.publik, str(dok.tanggal_tanda)) == (
        "renstra",
        "Renstra 2021–2026",
        len(PDF),
        True,
        "2022-01-10",
    )
    assert dok.diunggah_oleh.username == "perencana"  # type: ignore[union-attr]
    assert "Renstra 2021–2026" in Client().get(f"/publik/{OPD}/{TAHUN}/").content.decode()


def test_a_refused_upload_says_why_and_keeps_nothing(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    client = login("perencana")
    data = {"jenis": "renstra", "judul": "X", "berkas": _file("x.pdf", b"bukan pdf")}
    r = client.post(URL + "unggah/", data, follow=True)
    assert "Isi berkas tidak sesuai dengan jenisnya." in r.content.decode()
    r = _upload(client, jenis="rpjmd")
    assert "Dokumen tidak diunggah" in r.content.decode()
    assert not DokumenSakip.objects.exists()


def test_others_read_the_register_but_cannot_write(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    (d,) = tanda(opd)
    for nama in ("op-kanaan", "camat", "inspektorat", "admin"):
        client = login(nama)
        r = client.get(URL)
        assert r.status_code == 200
        assert "Unggah dokumen" not in r.content.decode()
        assert _upload(client).status_code == 403
        r = client.post(URL + "publikasi/", {"tertanda": d.pk, "publik": "1"})
        assert r.status_code == 403
    assert not DokumenSakip.objects.exists()


def test_the_planning_officer_publishes_a_signed_lkjip(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    (d,) = tanda(opd)
    client = login("perencana")
    assert "Publikasikan" in client.get(URL).content.decode()
    r = client.post(URL + "publikasi/", {"tertanda": d.pk, "publik": "1"}, follow=True)
    assert "Dokumen dipublikasikan." in r.content.decode()
    assert DokumenSakip.objects.get().publik is True
    assert Client().get(f"/publik/{OPD}/{TAHUN}/").status_code == 200
    client.post(URL + "publikasi/", {"tertanda": d.pk, "publik": "0"})
    assert Client().get(f"/publik/{OPD}/{TAHUN}/").status_code == 404
    assert client.post(URL + "publikasi/", {"dokumen": "x"}).status_code == 404


def test_the_admin_keeps_the_pemdas_own_documents(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    url = f"/register/pemda/{opd.pemda.kode}/{TAHUN}/"
    assert login("perencana").get(url).status_code == 403
    assert url not in login("perencana").get(URL).content.decode()
    assert url in login("admin").get(URL).content.decode()
    r = _upload(login("admin"), url, jenis="rpjmd")
    assert "Dokumen terunggah ke register." in r.content.decode()
    dok = DokumenSakip.objects.get()
    assert (dok.opd_id, dok.jenis) == (None, "rpjmd")
    assert "Renstra 2021–2026" in login("inspektorat").get(url).content.decode()


def test_the_pages_show_no_english_label(
    opd: m.PerangkatDaerah, login: Callable[[str], Client]
) -> None:
    (d,) = tanda(opd)
    _upload(login("perencana"), publik="on")
    login("perencana").post(URL + "publikasi/", {"tertanda": d.pk, "publik": "1"})
    page = [URL, f"/register/pemda/{opd.pemda.kode}/{TAHUN}/"]
    salah = []
    for nama in ("perencana", "admin"):
        client = login(nama)
        for url in page:
            salah += [
                (nama, url, c.group(0)) for c in POLA.finditer(client.get(url).content.decode())
            ]
    for url in ("/publik/", f"/publik/{OPD}/{TAHUN}/"):
        salah += [(url, c.group(0)) for c in POLA.finditer(Client().get(url).content.decode())]
    assert salah == []
