"""The acceptance walk: the perencana plans an action, the Kasubag enters a month, the
Sekretaris verifies, the Camat sees it on the dashboard; a Kasi's PK as DOCX."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from django.test import Client

from sakip.kaskade import models as k
from tests.web.conftest import OPD, PASSWORD, create_pengguna_demo

TAHUN = 2022


@pytest.fixture(autouse=True)
def _cepat(settings) -> None:  # type: ignore[no-untyped-def]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from django.core.cache import cache

    cache.clear()


def _masuk(nama: str) -> Client:
    c = Client()
    assert c.login(username=nama, password=PASSWORD)
    return c


def _url(jabatan: str, akhir: str = "") -> str:
    return f"/kaskade/{OPD}/{TAHUN}/{jabatan}/{akhir}"


def test_a_kasubag_enters_the_sekretaris_verifies_the_camat_sees_it(demo: Path) -> None:
    create_pengguna_demo()
    ind = k.IndikatorPKJabatan.objects.get(
        pk_jabatan__jabatan__kode="kasubag-renkeu", kode="7.01.01.2.01"
    )
    perencana = _masuk("perencana")
    r = perencana.post(
        _url("kasubag-renkeu", "rencana-aksi/"),
        {
            "indikator": ind.pk,
            "uraian": "Penyusunan Renja",
            "penanggung_jawab": "kasubag-renkeu",
            "bobot": "100",
            "target_3": "1",
            "target_6": "1",
        },
    )
    assert r.status_code == 302
    aksi = k.RencanaAksiKinerja.objects.get(uraian="Penyusunan Renja")
    maret = aksi.periode.get(periode="3")

    # The dashboard shows the Kasubag's capaian as missing while nothing is entered.
    camat = _masuk("camat")
    page = camat.get(f"/opd/{OPD}/{TAHUN}/").content.decode()
    assert "Capaian per jabatan" in page and "belum lengkap" in page

    kasubag = _masuk("kasubag-renkeu")
    assert "Menunggu realisasi Anda" in kasubag.get("/tugas/").content.decode()
    for periode, nilai in ((maret, "1"), (aksi.periode.get(periode="6"), "1")):
        r = kasubag.post(
            _url("kasubag-renkeu", "isi/"),
            {
                "jenis": "aksi",
                "id": periode.pk,
                "aksi": "simpan",
                "realisasi": nilai,
                "bukti": "Renja",
            },
        )
        assert r.status_code == 302
    maret.refresh_from_db()
    assert (str(maret.realisasi), maret.bukti, maret.status) == ("1.0000", "Renja", "diisi")

    # The Camat is not the Kasubag's superior: his verification is refused.
    camat.post(
        _url("kasubag-renkeu", "isi/"), {"jenis": "aksi", "id": maret.pk, "aksi": "verifikasi"}
    )
    maret.refresh_from_db()
    assert maret.status == "diisi"
    sekcam = _masuk("sekcam")
    assert "Menunggu verifikasi Anda" in sekcam.get("/tugas/").content.decode()
    r = sekcam.post(
        _url("kasubag-renkeu", "isi/"), {"jenis": "aksi", "id": maret.pk, "aksi": "verifikasi"}
    )
    maret.refresh_from_db()
    assert maret.status == "diverifikasi"

    # The kegiatan is measured from its action: 100 %, shown with its criterion, not missing.
    page = camat.get(f"/opd/{OPD}/{TAHUN}/").content.decode()
    bagian = page[page.index('id="capaian-jabatan"') :]
    baris = bagian[bagian.index("Kepala Sub Bagian Perencanaan dan Keuangan") :][:400]
    assert "100,00%" in baris and "belum lengkap" not in baris
    assert "band-na" in bagian  # the Camat's own IKU3 has no realisation in the report


def test_an_outsider_may_not_open_the_positions(demo: Path) -> None:
    create_pengguna_demo()
    assert _masuk("kasi-tapem").get(f"/kaskade/{OPD}/{TAHUN}/").status_code == 200
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("orang-lain", password=PASSWORD)
    assert _masuk("orang-lain").get(f"/kaskade/{OPD}/{TAHUN}/").status_code == 403


def test_a_kasis_pk_is_a_docx_with_its_indicators(demo: Path) -> None:
    create_pengguna_demo()
    r = _masuk("kasi-tapem").get(_url("kasi-trantib", "pk.docx"))
    assert r.status_code == 200
    d = docx.Document(io.BytesIO(r.content))
    teks = "\n".join(p.text for p in d.paragraphs)
    assert "PERJANJIAN KINERJA TAHUN 2022 KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN" in teks
    assert "Jabatan: Camat Bontang Barat" in teks and "Nama: ANWAR SADAT, SP" in teks
    tabel = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
    # The indicators in the order of the PK (the database returns ties in any order).
    assert tabel[1] == [
        ["No", "Tingkat", "Indikator Kinerja", "Target", "Mendukung Indikator"],
        [
            "1",
            "Kegiatan",
            "7.01.04.2.02 Jumlah Kegiatan Koordinasi",
            "1 Kegiatan",
            "7.01.04 (Camat Bontang Barat)",
        ],
        [
            "2",
            "Sub Kegiatan",
            "7.01.04.2.02.01 Jumlah Kegiatan",
            "2 Kegiatan",
            "7.01.04.2.02 (Kepala Seksi Ketentraman dan Ketertiban)",
        ],
    ]


def test_the_position_page_fits_a_phone(demo: Path) -> None:
    create_pengguna_demo()
    page = _masuk("camat").get(_url("kasi-trantib")).content.decode()
    assert 'class="gulir"' in page and "Kepala Seksi Ketentraman dan Ketertiban" in page
    assert "pk.docx" in page
