"""The Admin Pemda sets up OPDs, their units and their users from one workbook, through the
one door: codes validated, every row or none, new users with a one-time password."""

from __future__ import annotations

import io
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from sakip.akun.models import StatusAkun
from sakip.alur.models import Peran
from sakip.kinerja import models as m
from sakip.pemda.organisasi import BukuTidakSah, impor
from sakip.riwayat.models import Perubahan

UTARA = "7.01.0.00.0.00.31.0000"


def _buku(opd: list[list[object]], unit: list[list[object]], pengguna: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Perangkat Daerah"
    for baris in [["Kode", "Nama", "Jenis", "Jabatan kepala", "Nama kepala", "NIP kepala"], *opd]:
        ws.append(baris)
    ws = wb.create_sheet("Unit Kerja")
    for baris in [["Kode perangkat daerah", "Kode", "Nama", "Nama singkat", "Urutan"], *unit]:
        ws.append(baris)
    ws = wb.create_sheet("Pengguna")
    for baris in [
        ["Nama pengguna", "Nama lengkap", "Peran", "Kode perangkat daerah", "Kode unit"],
        *pengguna,
    ]:
        ws.append(baris)
    keluaran = io.BytesIO()
    wb.save(keluaran)
    return keluaran.getvalue()


BUKU = _buku(
    [[UTARA, "Kecamatan Bontang Utara", "Kecamatan", "Camat Bontang Utara", None, None]],
    [
        [UTARA, UTARA, "Kecamatan Bontang Utara", "Kec. Bontang Utara", 0],
        [UTARA, "7.01.0.00.0.00.31.0001", "Kelurahan Bontang Baru", None, 1],
    ],
    [
        ["perencana-utara", "Perencana Bontang Utara", "Perencana OPD", UTARA, None],
        [
            "op-bontang-baru",
            "Operator Bontang Baru",
            "Operator unit",
            None,
            "7.01.0.00.0.00.31.0001",
        ],
    ],
)


def test_the_workbook_sets_up_an_opd_with_its_units_and_users(demo: Path) -> None:
    pemda = m.Pemda.objects.get(kode="64.74")
    sebelum = Perubahan.objects.count()
    result = impor(pemda, BUKU, None)
    assert result.error == []
    assert result.ditambah == {"perangkat daerah": 1, "unit kerja": 2, "pengguna": 2}
    opd = m.PerangkatDaerah.objects.get(kode=UTARA)
    assert (opd.nama, opd.jenis, opd.pemda, opd.kepala_jabatan) == (
        "Kecamatan Bontang Utara",
        "Kecamatan",
        pemda,
        "Camat Bontang Utara",
    )
    new = m.UnitKerja.objects.get(kode="7.01.0.00.0.00.31.0001")
    assert (new.opd, new.nama_singkat, new.urutan) == (opd, "Kelurahan Bontang Baru", 1)
    op = get_user_model().objects.get(username="op-bontang-baru")
    assert op.check_password(result.sandi["op-bontang-baru"])
    assert StatusAkun.objects.get(user=op).wajib_ganti_sandi
    assert Peran.objects.get(user=op).unit == new
    assert Peran.objects.get(user__username="perencana-utara").opd == opd
    assert Perubahan.objects.count() > sebelum  # recorded in the history like every write

    # Run again: nothing new, nothing changed, no new password.
    lagi = impor(pemda, BUKU, None)
    assert (lagi.error, lagi.ditambah, lagi.diubah, lagi.sandi) == ([], {}, {}, {})


def test_one_refused_row_stores_nothing_and_each_reason_is_named_by_its_row(demo: Path) -> None:
    pemda = m.Pemda.objects.get(kode="64.74")
    buku = _buku(
        [
            [UTARA, "Kecamatan Bontang Utara", "Kecamatan", None, None, None],
            ["dinas pendidikan", "Dinas Pendidikan", "Dinas", None, None, None],
        ],
        [[UTARA, "7.01.0.00.0.00.30.0009", "Kelurahan Lain", None, None]],
        [["orang", "Orang", "Juru tulis", UTARA, None]],
    )
    result = impor(pemda, buku, None)
    assert result.error == [
        "Lembar Perangkat Daerah baris 3: kode dinas pendidikan bukan kode organisasi; bentuknya "
        "U.BB.U2.B2.U3.B3.NN.SSSS, misalnya 7.01.0.00.0.00.30.0000",
        "Lembar Unit Kerja baris 2: kode unit 7.01.0.00.0.00.30.0009 bukan bagian dari perangkat "
        f"daerah {UTARA}",
        "Lembar Pengguna baris 2: peran Juru tulis tidak dikenal; pilih Admin Pemda, Perencana "
        "OPD, Kepala OPD, Inspektorat, Operator unit",
    ]
    assert (result.ditambah, result.sandi) == ({}, {})
    assert not m.PerangkatDaerah.objects.filter(kode=UTARA).exists()
    assert not get_user_model().objects.filter(username="orang").exists()


def test_a_file_that_is_not_the_workbook_is_refused_in_words(demo: Path) -> None:
    pemda = m.Pemda.objects.get(kode="64.74")
    with pytest.raises(BukuTidakSah, match="bukan buku kerja Excel"):
        impor(pemda, b"bukan xlsx", None)
    wb = Workbook()
    wb.active.title = "Perangkat Daerah"
    wb.active.append(["Kode", "Nama"])
    wb.create_sheet("Unit Kerja").append(["Kode", "Nama"])
    data = io.BytesIO()
    wb.save(data)
    with pytest.raises(BukuTidakSah, match="Lembar Perangkat Daerah: kolom Jenis tidak ada"):
        impor(pemda, data.getvalue(), None)


def test_the_command_prints_what_it_did_and_the_one_time_passwords(
    demo: Path, tmp_path: Path
) -> None:
    berkas = tmp_path / "organisasi.xlsx"
    berkas.write_bytes(BUKU)
    out = StringIO()
    call_command("organisasi-impor", str(berkas), stdout=out)
    teks = out.getvalue()
    assert "Ditambah: 1 perangkat daerah, 2 unit kerja, 2 pengguna." in teks
    assert "perencana-utara" in teks and "Sandi sekali pakai" in teks
    salah = tmp_path / "salah.xlsx"
    salah.write_bytes(_buku([["7.01.0.00.0.00.31.0001", "X", "X", None, None, None]], [], []))
    with pytest.raises(CommandError, match="kode sub unit"):
        call_command("organisasi-impor", str(salah), stdout=StringIO())


def test_the_admin_uploads_it_on_its_page(demo: Path) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    from tests.web.conftest import PASSWORD, create_pengguna_demo

    create_pengguna_demo()
    admin, perencana = Client(), Client()
    assert admin.login(username="admin", password=PASSWORD)
    assert perencana.login(username="perencana", password=PASSWORD)
    url = "/kendali/64.74/organisasi/"
    assert perencana.get(url).status_code == 403
    page = admin.get(url).content.decode()
    assert "Kode perangkat daerah, Kode, Nama, Nama singkat, Urutan" in page
    r = admin.post(url, {"berkas": SimpleUploadedFile("org.xlsx", BUKU)})
    page = r.content.decode()
    assert "Ditambah: 1 perangkat daerah, 2 unit kerja, 2 pengguna." in page
    assert 'id="sandi"' in page and "op-bontang-baru" in page
    r = admin.post(url, {"berkas": SimpleUploadedFile("org.xlsx", b"bukan")})
    assert "bukan buku kerja Excel" in r.content.decode()
