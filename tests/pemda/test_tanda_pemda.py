"""The Pemda's own documents kept as signed: the Admin Pemda keeps the Pemda's LKjIP and the
Kepala Daerah's PK on their recorded date; the signed LKjIP locks the Pemda's records of its
year until reopened with a reason; the register, the publication and the bundle carry them."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

from sakip.alur.layanan import Ditolak, perubahan
from sakip.alur.models import DokumenTertanda, Peran
from sakip.kinerja import models as m
from sakip.pemda import tanda
from sakip.pemda.models import PengesahanLkjipPemda, PerjanjianKinerjaPemda, TargetIndikatorPemda
from sakip.publik import bundle, register
from tests.helpers import jalankan_pekerja

ISI = {"html": b"<html>LKjIP Pemda</html>", "pdf": b"%PDF-1.7 LKjIP Pemda"}


def _orang(nama: str, jenis: str, pemda: m.Pemda) -> Any:
    user = get_user_model().objects.create_user(nama)
    opd = m.PerangkatDaerah.objects.filter(pemda=pemda).first()
    Peran.objects.create(
        user=user, jenis=jenis, pemda=pemda, opd=opd if jenis == Peran.PERENCANA else None
    )
    return user


def _sahkan(pemda: m.Pemda, **isian: object) -> None:
    with perubahan(None, "uji", pemda_id=pemda.id) as sesi:
        sesi.save(PengesahanLkjipPemda(pemda=pemda, tahun=2023, **isian))


def _change_target(pemda: m.Pemda, tahun: int, nilai: D) -> None:
    t = TargetIndikatorPemda.objects.get(indikator__kode="IKD1", tahun=tahun)
    t.nilai = nilai
    with perubahan(None, "uji", pemda_id=pemda.id) as sesi:
        sesi.save(t)


@pytest.fixture
def pemda(dinas: Path) -> m.Pemda:
    return m.Pemda.objects.get(kode="99.01")


def test_only_the_admin_keeps_it_and_only_once_its_date_is_recorded(pemda: m.Pemda) -> None:
    admin = _orang("admin-contoh", Peran.ADMIN, pemda)
    perencana = _orang("perencana-contoh", Peran.PERENCANA, pemda)
    with pytest.raises(Ditolak, match="tanggal penandatanganannya belum diisi"):
        tanda.save_tertanda(pemda, 2023, tanda.LKJIP, ISI, admin)
    _sahkan(pemda, tanggal=date(2024, 3, 20))
    with pytest.raises(Ditolak, match="hanya Admin Pemda yang dapat menyimpan dokumen Pemda"):
        tanda.save_tertanda(pemda, 2023, tanda.LKJIP, ISI, perencana)
    kept = tanda.save_tertanda(pemda, 2023, tanda.LKJIP, ISI, admin)
    assert sorted(d.format for d in kept) == ["html", "pdf"]
    assert {bytes(d.isi) for d in kept} == set(ISI.values())
    assert all(d.pemda_id == pemda.pk and d.opd_id is None for d in kept)
    with pytest.raises(Ditolak, match="sudah tersimpan sebagai tertanda"):
        tanda.save_tertanda(pemda, 2023, tanda.LKJIP, ISI, admin)
    with pytest.raises(Ditolak, match="jenis dokumen Pemda tidak dikenal"):
        tanda.save_tertanda(pemda, 2023, "renstra", ISI, admin)


def test_the_signed_lkjip_locks_the_pemdas_year_until_reopened(pemda: m.Pemda) -> None:
    admin = _orang("admin-contoh", Peran.ADMIN, pemda)
    _sahkan(pemda, tanggal=date(2024, 3, 20))
    tanda.save_tertanda(pemda, 2023, tanda.LKJIP, ISI, admin)
    with pytest.raises(Ditolak, match="LKjIP Pemda tahun 2023 sudah ditandatangani"):
        _change_target(pemda, 2023, D(119))
    pk = PerjanjianKinerjaPemda.objects.get(pemda=pemda, tahun=2023)
    pk.tanggal = date(2023, 2, 7)
    with (
        pytest.raises(Ditolak, match="LKjIP Pemda tahun 2023"),
        perubahan(None, "uji", pemda_id=pemda.id) as sesi,
    ):
        sesi.save(pk)
    # Another year of the Pemda, and the OPDs' own data, are not locked by it.
    _change_target(pemda, 2022, D(124))
    assert TargetIndikatorPemda.objects.get(indikator__kode="IKD1", tahun=2022).nilai == D(124)
    opd = m.PerangkatDaerah.objects.get(pemda=pemda)
    from sakip.alur.layanan import tahun_terkunci

    assert 2023 not in tahun_terkunci(opd.pk)
    with pytest.raises(Ditolak, match="tulis alasan membuka kembali"):
        tanda.buka_tahun(pemda, 2023, "  ", admin)
    assert tanda.buka_tahun(pemda, 2023, "Salah ketik target IKD1", admin) == 2
    _change_target(pemda, 2023, D(119))
    assert TargetIndikatorPemda.objects.get(indikator__kode="IKD1", tahun=2023).nilai == D(119)
    # A document withdrawn stays kept; the year may be kept as signed again.
    assert DokumenTertanda.objects.filter(pemda=pemda, dicabut=True).count() == 2
    tanda.save_tertanda(pemda, 2023, tanda.LKJIP, ISI, admin)


def test_a_pk_version_needs_its_own_date(pemda: m.Pemda) -> None:
    admin = _orang("admin-contoh", Peran.ADMIN, pemda)
    with pytest.raises(Ditolak, match="versi Perjanjian Kinerja ini tidak ada"):
        tanda.save_tertanda(pemda, 2023, tanda.PK, ISI, admin, versi=9)
    pk = PerjanjianKinerjaPemda.objects.get(pemda=pemda, tahun=2023, versi=1)
    pk.tanggal = None
    with perubahan(None, "uji", pemda_id=pemda.id) as sesi:
        sesi.save(pk)
    with pytest.raises(Ditolak, match="belum diisi .*Perjanjian Kinerja Kepala Daerah"):
        tanda.save_tertanda(pemda, 2023, tanda.PK, ISI, admin, versi=1)
    pk.tanggal = date(2023, 2, 6)
    with perubahan(None, "uji", pemda_id=pemda.id) as sesi:
        sesi.save(pk)
    tanda.save_tertanda(pemda, 2023, tanda.PK, ISI, admin, versi=1)
    [lkjip, pk_doc] = tanda.dokumen_tahun(pemda, 2023)
    assert (lkjip.nama, lkjip.tanggal, lkjip.berlaku) == ("LKjIP Pemda 2023", None, ())
    assert pk_doc.nama == "Perjanjian Kinerja Kepala Daerah 2023 versi 1"
    assert len(pk_doc.berlaku) == 2 and pk_doc.tanggal == date(2023, 2, 6)


def test_the_register_publication_and_bundle_carry_them(pemda: m.Pemda, tmp_path: Path) -> None:
    admin = _orang("admin-contoh", Peran.ADMIN, pemda)
    _sahkan(pemda, tanggal=date(2024, 3, 20), status="Plt.", nama="NAMA PELAKSANA TUGAS")
    tanda.save_tertanda(pemda, 2023, tanda.LKJIP, ISI, admin)
    milik_pemda = [e for e in register.entri(pemda, 2023) if e.opd_kode is None]
    pdf = next(e for e in milik_pemda if e.format == "pdf")
    assert pdf.judul == "Laporan Kinerja 2023 Pemerintah Kabupaten Contoh"
    assert pdf.nama_berkas == "laporan-kinerja-pemda-99.01-2023.pdf"
    assert (pdf.tanggal_tanda, pdf.penandatangan) == (date(2024, 3, 20), "NAMA PELAKSANA TUGAS")
    assert pdf.ditandatangani and not pdf.terbit
    tertanda = DokumenTertanda.objects.get(pk=pdf.tertanda_id)
    register.atur_publik_tertanda(admin, tertanda, True)
    assert next(e for e in register.entri(pemda, 2023) if e.tertanda_id == pdf.tertanda_id).terbit
    result = bundle.write(pemda, 2023, register.entri(pemda, 2023), tmp_path / "bundel")
    manifest = json.loads((tmp_path / "bundel" / "manifest.json").read_text(encoding="utf-8"))
    jalur = "pemda-99.01/laporan-kinerja/laporan-kinerja-pemda-99.01-2023.pdf"
    assert jalur in {b["berkas"] for b in manifest["dokumen"]}
    assert (tmp_path / "bundel" / jalur).read_bytes() == ISI["pdf"]
    assert [b for b in result.baris if b["berkas"] == jalur][0]["opd"] is None


def test_the_page_keeps_renders_and_serves_them_for_the_admin(pemda: m.Pemda) -> None:
    admin, inspektorat = Client(), Client()
    admin.force_login(_orang("admin-contoh", Peran.ADMIN, pemda))
    inspektorat.force_login(_orang("inspektorat-contoh", Peran.INSPEKTORAT, pemda))
    page = admin.get("/kendali/99.01/2023/").content.decode()
    assert "/kendali/99.01/2023/dokumen-tertanda/" in page
    isi = admin.get("/kendali/99.01/2023/dokumen-tertanda/").content.decode()
    assert "belum diisi" in isi and "disabled" in isi
    _sahkan(pemda, tanggal=date(2024, 3, 20))
    # Laid out in the background on the database queue: the job's page shows its steps until
    # the worker has kept it, then returns to the page with the outcome.
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        r = admin.post("/kendali/99.01/2023/dokumen-tertanda/simpan/", {"jenis": "lkjip"})
        assert re.fullmatch(r"/kendali/99\.01/2023/susunan/\d+/", r["Location"])
        isi = admin.get(r["Location"]).content.decode()
        assert "Menyimpan dokumen tertanda" in isi and "Membuat berkas PDF" in isi
        assert inspektorat.get(r["Location"]).status_code == 404
        jalankan_pekerja()
        r = admin.get(r["Location"], follow=True)
    assert r.redirect_chain[-1][0] == "/kendali/99.01/2023/dokumen-tertanda/"
    assert "LKjIP Pemda 2023 tersimpan sebagai dokumen tertanda." in r.content.decode()
    kept = {d.format: d for d in DokumenTertanda.objects.filter(pemda=pemda)}
    assert sorted(kept) == ["docx", "html", "pdf"]
    assert bytes(kept["pdf"].isi).startswith(b"%PDF")
    assert "Kabupaten Contoh" in bytes(kept["html"].isi).decode()
    isi = admin.get("/kendali/99.01/2023/dokumen-tertanda/").content.decode()
    assert "tersimpan sebagai tertanda" in isi and "Buka kembali" in isi
    r = admin.get(f"/kendali/99.01/dokumen-tertanda/{kept['pdf'].pk}/")
    assert r.content == bytes(kept["pdf"].isi) and r["X-Sakip-Sha256"] == kept["pdf"].sha256
    dilihat = inspektorat.get("/kendali/99.01/2023/dokumen-tertanda/").content.decode()
    assert "Buka kembali" not in dilihat and "tersimpan sebagai tertanda" in dilihat
    r = inspektorat.post("/kendali/99.01/2023/dokumen-tertanda/simpan/", {"jenis": "lkjip"})
    assert r.status_code == 403
    assert inspektorat.post("/kendali/99.01/2023/dokumen-tertanda/buka/").status_code == 403
    r = admin.post("/kendali/99.01/2023/dokumen-tertanda/buka/", {"alasan": "Revisi target"})
    assert r.status_code == 302
    assert not DokumenTertanda.objects.filter(pemda=pemda, dicabut=False).exists()
