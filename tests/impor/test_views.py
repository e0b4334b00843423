"""The import page: only an office's planners import; everyone who may see the office downloads.

alice plans Kecamatan Bontang Barat; bob heads it (reads, does not import); charlie has no role.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sakip.alur.models import DokumenTertanda, Peran
from sakip.impor.models import Unggahan
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from tests.conftest import KODE_BONTANG

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "spreadsheet"
PAGES = f"/impor/{KODE_BONTANG}/2022/"


@pytest.fixture
def orang(demo: Path) -> dict[str, Any]:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    users = {
        n: get_user_model().objects.create_user(n, password="x")
        for n in ("alice", "bob", "charlie")
    }
    Peran.objects.create(user=users["alice"], jenis=Peran.PERENCANA, pemda=opd.pemda, opd=opd)
    Peran.objects.create(user=users["bob"], jenis=Peran.KEPALA, pemda=opd.pemda, opd=opd)
    return users


def _client(user: Any) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _upload(c: Client, path: Path, jenis: str = "anggaran", **lain: str) -> Any:
    berkas = SimpleUploadedFile(path.name, path.read_bytes())
    return c.post(PAGES, {"jenis": jenis, "profil": "sipd", "berkas": berkas, **lain})


def test_it_asks_anonymous_users_to_log_in(demo: Path) -> None:
    assert Client().get(PAGES).status_code == 302


def test_it_refuses_an_outsider(orang: dict[str, Any]) -> None:
    assert _client(orang["charlie"]).get(PAGES).status_code == 403


def test_a_head_downloads_but_does_not_import(orang: dict[str, Any]) -> None:
    c = _client(orang["bob"])
    page = c.get(PAGES)
    assert page.status_code == 200 and b"hanya perencana" in page.content
    buku = c.get(f"{PAGES}buku-isian.xlsx")
    assert buku.status_code == 200 and buku["Content-Type"].startswith("application/vnd.openxml")
    assert _upload(c, GOLDEN / "should_pass" / "sipd-standar.xlsx").status_code == 403
    assert not Unggahan.objects.exists()


def test_a_planner_previews_then_confirms(orang: dict[str, Any]) -> None:
    c = _client(orang["alice"])
    respon = _upload(c, GOLDEN / "should_pass" / "sipd-standar.xlsx", alasan="realisasi TW IV")
    unggahan = Unggahan.objects.get()
    assert respon.status_code == 302 and respon["Location"] == f"{PAGES}{unggahan.pk}/"
    pratinjau = c.get(respon["Location"])
    assert pratinjau.status_code == 200
    assert b"<strong>2</strong> baris ditambah, <strong>2</strong> diubah" in pratinjau.content
    assert not m.BarisAnggaran.objects.filter(
        unit__kode="7.01.0.00.0.00.30.0001", sub_kegiatan="7.01.01.2.06.0001"
    ).exists()

    save = c.post(f"{PAGES}{unggahan.pk}/simpan/")

    assert save.status_code == 302
    assert m.BarisAnggaran.objects.filter(
        unit__kode="7.01.0.00.0.00.30.0001", sub_kegiatan="7.01.01.2.06.0001"
    ).exists()
    catatan = Perubahan.objects.filter(model="kinerja.BarisAnggaran").first()
    assert (
        catatan is not None
        and catatan.pengguna == orang["alice"]
        and catatan.alasan == "realisasi TW IV"
    )
    unggahan.refresh_from_db()
    assert unggahan.disimpan is not None and bytes(unggahan.lembar) == b""
    assert c.get(f"{PAGES}{unggahan.pk}/").status_code == 404


def test_a_file_with_errors_shows_them_by_cell_and_cannot_be_saved(orang: dict[str, Any]) -> None:
    c = _client(orang["alice"])
    respon = _upload(c, GOLDEN / "should_fail" / "angka-negatif" / "sipd-angka-negatif.xlsx")
    pratinjau = c.get(respon["Location"])
    assert b'id="galat"' in pratinjau.content and b"angka nol atau lebih" in pratinjau.content
    assert b"Simpan perubahan" not in pratinjau.content
    sebelum = m.RealisasiAnggaran.objects.count()
    assert c.post(f"{respon['Location']}simpan/").status_code == 400
    assert m.RealisasiAnggaran.objects.count() == sebelum


def test_a_workbook_of_another_office_is_refused_on_this_page(
    orang: dict[str, Any], dinas: Path
) -> None:
    from io import BytesIO

    from sakip.impor.buku.susunan import create_buku

    out = BytesIO()
    create_buku(m.PerangkatDaerah.objects.get(kode="2.15.0.00.0.00.01.0000"), 2023).save(out)
    c = _client(orang["alice"])
    berkas = SimpleUploadedFile("dinas.xlsx", out.getvalue())
    respon = c.post(PAGES, {"jenis": "buku", "profil": "sipd", "berkas": berkas})
    assert b"Perangkat Daerah halaman ini" in c.get(respon["Location"]).content


def test_a_signed_year_is_locked(orang: dict[str, Any]) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    DokumenTertanda.objects.create(
        opd=opd, tahun=2022, jenis="lkjip", format="pdf", isi=b"%PDF", oleh=orang["bob"]
    )
    c = _client(orang["alice"])
    respon = _upload(c, GOLDEN / "should_pass" / "sipd-standar.xlsx")
    assert b"LKjIP tahun 2022 sudah ditandatangani" in c.get(respon["Location"]).content


def test_the_tables_download(orang: dict[str, Any]) -> None:
    respon = _client(orang["bob"]).get(f"{PAGES}tabel.xlsx")
    assert respon.status_code == 200 and "tabel-lkjip" in respon["Content-Disposition"]


def test_a_file_is_read_once_for_its_preview_and_its_confirmation(
    orang: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sakip.impor import pipeline

    dibaca: list[str] = []
    asli = pipeline.read_file

    def compute(isi: bytes, nama: str, pemisah: str | None = None, aliran: bool = False) -> Any:
        dibaca.append(nama)
        return asli(isi, nama, pemisah, aliran)

    monkeypatch.setattr(pipeline, "read_file", compute)
    c = _client(orang["alice"])
    respon = _upload(c, GOLDEN / "should_pass" / "sipd-standar.xlsx")
    assert c.get(respon["Location"]).status_code == 200
    assert c.get(respon["Location"]).status_code == 200
    assert c.post(f"{respon['Location']}simpan/").status_code == 302
    assert dibaca == ["sipd-standar.xlsx"]
    assert m.BarisAnggaran.objects.filter(sub_kegiatan="7.01.01.2.06.0001").exists()


def test_a_hostile_file_is_refused_at_upload_and_nothing_is_kept(orang: dict[str, Any]) -> None:
    path = GOLDEN / "should_fail" / "gabungan-terlalu-luas" / "sipd-gabungan-seluruh-lembar.xlsx"
    respon = _upload(_client(orang["alice"]), path)
    assert respon.status_code == 400
    assert b"sel gabungan A3:XFD1048576" in respon.content
    assert b"50.000 baris dan 200 kolom pertama" in respon.content
    assert not Unggahan.objects.exists()


def test_an_upload_left_for_a_day_is_removed_at_the_next_upload(orang: dict[str, Any]) -> None:
    import datetime

    c = _client(orang["alice"])
    _upload(c, GOLDEN / "should_pass" / "sipd-standar.xlsx")
    old = Unggahan.objects.get()
    Unggahan.objects.filter(pk=old.pk).update(dibuat=old.dibuat - datetime.timedelta(hours=25))
    _upload(c, GOLDEN / "should_pass" / "sipd-standar.xlsx")
    (new,) = Unggahan.objects.all()
    assert new.pk != old.pk and bytes(new.lembar)


def test_the_preview_warns_of_the_columns_it_does_not_read(orang: dict[str, Any]) -> None:
    c = _client(orang["alice"])
    respon = _upload(c, GOLDEN / "should_pass" / "sipd-standar.xlsx")
    isi = c.get(respon["Location"]).content.decode()
    assert 'id="peringatan"' in isi
    # The shipped SIPD profile reads neither the row number, the unit name, "Sisa" nor "%".
    for kolom, judul in (("A", "No"), ("C", "Nama SKPD"), ("J", "Sisa"), ("K", "%")):
        assert (
            f"Lembar &quot;Realisasi&quot;, baris 4, kolom {kolom} ({judul}): kolom berjudul "
            f"&quot;{judul}&quot; tidak dikenal, sehingga isinya tidak dibaca."
        ) in isi
    assert "kolom B (Kode Unit SKPD)" not in isi


def test_the_preview_names_every_kind_of_row_in_indonesian(orang: dict[str, Any]) -> None:
    c = _client(orang["alice"])
    buku = b"".join(c.get(f"{PAGES}buku-isian.xlsx").streaming_content)
    berkas = SimpleUploadedFile("buku.xlsx", buku)
    respon = c.post(PAGES, {"jenis": "buku", "profil": "sipd", "berkas": berkas})
    page = c.get(respon["Location"]).content.decode()
    for nama in ("target Perjanjian Kinerja", "sasaran RPJMD yang didukung", "tujuan Renstra"):
        assert f"<td>{nama}</td>" in page
    for mentah in ("Hubungan", "sasaranstrategis", "target pks", "rpjmds", "misis"):
        assert mentah not in page
