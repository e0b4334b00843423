"""The Kepala Daerah's Perjanjian Kinerja as a document: the statement, the Lampiran of RPJMD
sasaran, indicators and targets, the revision it is, from `sakip report pk --pemda`."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import docx
import pytest
from django.core.management import CommandError, call_command

from sakip.core.dokumen import pk_pemda
from sakip.core.dokumen.model import TabelDok, TandaTangan, Teks
from sakip.kinerja import models as m
from sakip.pemda.dokumen import dokumen
from sakip.pemda.models import IndikatorPemda, PerjanjianKinerjaPemda, TargetPKPemda

PK = pk_pemda.PkPemda(
    pemda="Pemerintah Kota Contoh",
    tempat="Contoh",
    tahun=2023,
    versi=2,
    tanggal=date(2023, 3, 1),
    alasan_revisi="perubahan APBD",
    jabatan="Wali Kota Contoh",
    nama=None,
    nip=None,
    baris=(
        pk_pemda.BarisPkPemda("Meningkatnya tata kelola", "IKD1", "Indeks RB", "", D("70.5")),
        pk_pemda.BarisPkPemda("Meningkatnya tata kelola", "IKD2", "Nilai SAKIP", "", D(72)),
        pk_pemda.BarisPkPemda("Meningkatnya layanan", "IKD3", "Kepuasan", "%", None),
    ),
)


def test_the_document_states_the_targets_alone_and_lists_them() -> None:
    dok = pk_pemda.build(PK)
    blok = [b for b, _ in dok.telusuri()]
    teks = " ".join(b.sumber for b in blok if isinstance(b, Teks))
    assert "PERJANJIAN KINERJA TAHUN 2023 PEMERINTAH\u00a0KOTA\u00a0CONTOH (REVISI 1)" in [
        b.judul for b in dok.isi
    ]
    assert "Jabatan: Wali Kota Contoh" in teks and "Nama: ......" in teks
    assert "revisi ke-1 atas Perjanjian Kinerja tahun 2023, karena perubahan APBD." in teks
    (tabel,) = [b.tabel for b in blok if isinstance(b, TabelDok)]
    assert tabel.baris == [
        ["1", "Meningkatnya tata kelola", "IKD1 Indeks RB", "70,5"],
        ["2", "Meningkatnya tata kelola", "IKD2 Nilai SAKIP", "72"],
        ["3", "Meningkatnya layanan", "IKD3 Kepuasan", "n/a"],
    ]
    assert tabel.gabung == (1,)
    ttd = [b for b in blok if isinstance(b, TandaTangan)]
    assert len(ttd) == 2 and all(len(t.penanda) == 1 for t in ttd)
    assert ttd[0].tempat_tanggal is not None
    assert ttd[0].tempat_tanggal.sumber == "Contoh, 1 Maret 2023"


def _pk_bontang() -> None:
    pemda = m.Pemda.objects.get(kode="64.74")
    sasaran = m.SasaranPemda.objects.get(kode="M1.T1.S1")
    ind = IndikatorPemda.objects.create(
        sasaran=sasaran, kode="IKD1", uraian="Indeks kepuasan masyarakat", satuan="%"
    )
    for versi, nilai in ((1, D(80)), (2, D(82))):
        pk = PerjanjianKinerjaPemda.objects.create(
            pemda=pemda, tahun=2023, versi=versi, pihak_pertama_jabatan="Wali Kota Bontang"
        )
        TargetPKPemda.objects.create(pk_dokumen=pk, indikator=ind, nilai=nilai)


def test_it_reads_the_latest_version_or_the_one_asked_for(demo: Path) -> None:
    _pk_bontang()
    pemda = m.Pemda.objects.get(kode="64.74")
    (t,) = [b.tabel for b, _ in dokumen(pemda, 2023).telusuri() if isinstance(b, TabelDok)]
    assert t.baris[0][2:] == ["IKD1 Indeks kepuasan masyarakat", "82%"]
    (t,) = [b.tabel for b, _ in dokumen(pemda, 2023, 1).telusuri() if isinstance(b, TabelDok)]
    assert t.baris[0][3] == "80%"


def test_the_command_writes_the_docx_and_names_what_is_missing(demo: Path, tmp_path: Path) -> None:
    _pk_bontang()
    berkas = tmp_path / "pk.docx"
    out = io.StringIO()
    call_command(
        "report", "pk", "--pemda", "64.74", "--year", "2023", "--format", "docx",
        "-o", str(berkas), stdout=out,
    )  # fmt: skip
    d = docx.Document(str(berkas))
    assert "PERJANJIAN KINERJA TAHUN 2023 PEMERINTAH\u00a0KOTA\u00a0BONTANG (REVISI 1)" in [
        p.text for p in d.paragraphs
    ]
    baris = [[c.text for c in r.cells] for t in d.tables for r in t.rows]
    assert ["1", sasaran_bontang(), "IKD1 Indeks kepuasan masyarakat", "82%"] in baris
    with pytest.raises(CommandError, match="Tidak ada Perjanjian Kinerja Kepala Daerah"):
        call_command(
            "report", "pk", "--pemda", "64.74", "--year", "2024", "--format", "html",
            "-o", str(tmp_path / "x.html"), stdout=io.StringIO(),
        )  # fmt: skip
    with pytest.raises(CommandError, match="--pemda hanya untuk LKjIP Pemda dan Perjanjian"):
        call_command(
            "report", "lhe", "--pemda", "64.74", "--year", "2023", "--format", "html",
            "-o", str(tmp_path / "x.html"), stdout=io.StringIO(),
        )  # fmt: skip


def sasaran_bontang() -> str:
    return str(m.SasaranPemda.objects.get(kode="M1.T1.S1").uraian)


def test_the_control_room_offers_it(demo: Path) -> None:
    from django.test import Client

    from tests.web.conftest import PASSWORD, create_pengguna_demo

    _pk_bontang()
    create_pengguna_demo()
    admin = Client()
    assert admin.login(username="admin", password=PASSWORD)
    page = admin.get("/kendali/64.74/2023/").content.decode()
    assert "/kendali/64.74/2023/pk-kepala-daerah.docx" in page
    r = admin.get("/kendali/64.74/2023/pk-kepala-daerah.html?versi=1")
    assert r.status_code == 200 and "80%" in r.content.decode()
    assert admin.get("/kendali/64.74/2024/pk-kepala-daerah.pdf").status_code == 404
    assert "pk-kepala-daerah" not in admin.get("/kendali/64.74/2022/").content.decode()
