"""The control room is computed once per data version: every kind of record it shows, changed
through the change service, makes it cold; a change of another Pemda (its OPDs' records or its
own) or another year does not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.alur import langkah
from sakip.alur.hak import Hak
from sakip.alur.layanan import perubahan
from sakip.alur.models import Peran, Periode
from sakip.kinerja import models as m
from sakip.lke import layanan as lke
from sakip.lke.models import EvaluasiLke, JendelaLke
from sakip.pemda.models import TenggatPemda
from sakip.pemda.versi import kendali_key, versi_pemda
from sakip.riwayat.models import Perubahan
from sakip.riwayat.recorder import oleh, record_load
from tests.conftest import KODE_BONTANG, KODE_DINAS

URL = "/kendali/64.74/2022/"
SISTEM = Hak(superuser=True)


def _pemda() -> m.Pemda:
    return m.Pemda.objects.get(kode="64.74")


def _opd() -> m.PerangkatDaerah:
    return m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)


def _orang() -> Any:
    return get_user_model().objects.get_or_create(username="kepala-uji")[0]


def _versi(tahun: int = 2022) -> str:
    return versi_pemda(_pemda(), tahun)


def _klien(jenis: str) -> Client:
    user = get_user_model().objects.create_user(f"orang-{jenis}")
    Peran.objects.create(
        user=user, jenis=jenis, pemda=_pemda(), opd=_opd() if jenis == Peran.PERENCANA else None
    )
    c = Client()
    c.force_login(user)
    return c


def _kueri(c: Client) -> int:
    with CaptureQueriesContext(connection) as q:
        assert c.get(URL).status_code == 200
    return len(q.captured_queries)


def _ganti_nama_opd(nama: str) -> None:
    opd = _opd()
    opd.nama = nama
    with perubahan(None, "uji", opd_id=opd.pk) as sesi:
        sesi.save(opd, ["nama"])


def test_its_version_costs_one_query(demo: Path) -> None:
    pemda = _pemda()
    with CaptureQueriesContext(connection) as q:
        versi_pemda(pemda, 2022)
    assert len(q.captured_queries) == 1


def test_a_warm_page_computes_nothing_and_shows_a_saved_change(demo: Path) -> None:
    admin = _klien(Peran.ADMIN)
    dingin = _kueri(admin)
    hangat = _kueri(admin)
    assert hangat < dingin
    # Session, user, Pemda, roles and the version: nothing of the matrix is read again.
    assert hangat == 5

    _ganti_nama_opd("Kecamatan Bontang Barat Baru")

    assert _kueri(admin) == dingin
    assert "Kecamatan Bontang Barat Baru" in admin.get(URL).content.decode()


def test_the_role_is_checked_on_every_request_of_a_warm_page(demo: Path) -> None:
    admin = _klien(Peran.ADMIN)
    inspektorat = _klien(Peran.INSPEKTORAT)
    assert admin.get(URL).status_code == 200
    assert _klien(Peran.PERENCANA).get(URL).status_code == 403
    # The cached part holds the figures only: the Admin Pemda's button is drawn per person.
    assert "Susun draf tahun 2023" in admin.get(URL).content.decode()
    assert "Susun draf tahun 2023" not in inspektorat.get(URL).content.decode()


def test_an_opd_record_makes_it_cold(demo: Path) -> None:
    sebelum = _versi()
    realisasi = m.Realisasi.objects.filter(
        indikator__sasaran__renstra__opd=_opd(), tahun=2022, nilai__isnull=False
    ).first()
    assert realisasi is not None
    realisasi.nilai += 1
    with perubahan(None, "uji", opd_id=_opd().pk) as sesi:
        sesi.save(realisasi, ["nilai"])
    assert _versi() != sebelum


def test_a_record_of_another_pemdas_opd_leaves_it_warm(demo: Path, dinas: Path) -> None:
    sebelum = _versi()
    iku = m.Indikator.objects.filter(sasaran__renstra__opd__kode=KODE_DINAS).first()
    assert iku is not None
    iku.nama = "Indikator lain"
    with perubahan(None, "uji", opd_id=iku.sasaran.renstra.opd_id) as sesi:
        sesi.save(iku, ["nama"])
    assert _versi() == sebelum


def test_a_save_in_another_pemda_leaves_its_page_warm(demo: Path, dinas: Path) -> None:
    admin = _klien(Peran.ADMIN)
    dingin = _kueri(admin)
    assert _kueri(admin) == 5
    lain = m.Pemda.objects.get(kode="99.01")
    with perubahan(None, "uji", pemda_id=lain.pk, hak=SISTEM) as sesi:
        sesi.save(TenggatPemda(pemda=lain, tahun=2022, dokumen="lkjip", tanggal=date(2023, 3, 31)))
        lain.nama = "Pemerintah Kabupaten Contoh (uji)"
        sesi.save(lain, ["nama"])
    # The other Pemda's own records, written with no OPD, carry their Pemda in the history.
    assert set(Perubahan.objects.filter(alasan="uji").values_list("opd_id", "pemda_id")) == {
        (None, lain.pk)
    }
    assert _kueri(admin) == 5

    _ganti_nama_opd("Kecamatan Bontang Barat Baru")

    assert _kueri(admin) == dingin
    assert Perubahan.objects.filter(alasan="uji", opd_id=_opd().pk).get().pemda_id == _pemda().pk


def test_an_entry_of_no_known_pemda_makes_it_cold(demo: Path) -> None:
    sebelum = _versi()
    with oleh(None, "muat"):
        record_load("Dataset uji")
    assert Perubahan.objects.get(aksi="muat", alasan="muat").pemda_id is None
    assert _versi() != sebelum


def test_a_new_opd_of_the_pemda_makes_it_cold(demo: Path, salin_opd: Callable[[int], str]) -> None:
    sebelum = _versi()
    salin_opd(1)
    assert _versi() != sebelum


@pytest.mark.parametrize("jenis", ["tenggat", "pemda"])
def test_a_record_of_the_pemda_itself_makes_it_cold(demo: Path, jenis: str) -> None:
    sebelum = _versi()
    pemda = _pemda()
    with perubahan(None, "uji", pemda_id=pemda.pk, hak=SISTEM) as sesi:
        if jenis == "tenggat":
            sesi.save(
                TenggatPemda(pemda=pemda, tahun=2022, dokumen="lkjip", tanggal=date(2023, 3, 31))
            )
        else:
            pemda.nama = "Pemerintah Kota Bontang (uji)"
            sesi.save(pemda, ["nama"])
    assert _versi() != sebelum


def _periode(tahun: int) -> Periode:
    unit = _opd().unit_kerja.order_by("id").first()
    assert unit is not None
    return Periode.objects.update_or_create(
        unit=unit, tahun=tahun, triwulan=1, defaults={"status": Periode.DIKUNCI}
    )[0]


@pytest.mark.parametrize("tahun, berubah", [(2022, True), (2023, False)])
def test_a_workflow_step_makes_its_year_cold(demo: Path, tahun: int, berubah: bool) -> None:
    periode = _periode(tahun)
    sebelum = _versi()
    langkah.jalankan_aksi(periode.unit, tahun, 1, "buka", _orang(), "Salah isi.", hak=SISTEM)
    assert (_versi() != sebelum) is berubah


@pytest.mark.parametrize("tahun, berubah", [(2022, True), (2023, False)])
def test_a_signature_and_its_withdrawal_make_its_year_cold(
    demo: Path, tahun: int, berubah: bool
) -> None:
    sebelum = _versi()
    isi = {"html": b"<p>LKjIP</p>"}
    langkah.tandatangani(_opd(), tahun, "lkjip", isi, _orang(), hak=SISTEM, alasan="Uji coba.")
    ditandatangani = _versi()
    assert (ditandatangani != sebelum) is berubah
    langkah.buka_tahun(_opd(), tahun, "Perlu perbaikan.", _orang(), hak=SISTEM)
    assert (_versi() != ditandatangani) is berubah


def _buka_penilaian(tahun: int) -> EvaluasiLke:
    pemda = _pemda()
    with perubahan(None, "uji", pemda_id=pemda.pk, hak=SISTEM) as sesi:
        lke.atur_jendela(sesi, pemda, tahun, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA)
        return lke.buka_evaluasi(sesi, _opd(), tahun)


def _tetapkan(evaluasi: EvaluasiLke, jawaban: str) -> None:
    with perubahan(None, "uji", opd_id=evaluasi.opd_id, hak=SISTEM) as sesi:
        lke.save_penetapan(sesi, evaluasi, "1.a.2", jawaban)


def test_an_lke_answer_changed_or_published_makes_it_cold(demo: Path) -> None:
    evaluasi = _buka_penilaian(2022)
    versi = [_versi()]
    _tetapkan(evaluasi, "Y")
    versi.append(_versi())
    _tetapkan(evaluasi, "T")  # the same row, another answer
    versi.append(_versi())
    with perubahan(None, "uji", opd_id=evaluasi.opd_id, hak=SISTEM) as sesi:
        lke.terbitkan(sesi, evaluasi)
    versi.append(_versi())
    assert len(set(versi)) == 4


def test_an_lke_of_another_year_leaves_it_warm(demo: Path) -> None:
    sebelum = _versi()
    evaluasi = _buka_penilaian(2023)
    _tetapkan(evaluasi, "Y")
    assert _versi() == sebelum


def test_the_key_follows_the_date(demo: Path) -> None:
    # "Late" and the quarters due are judged by today: a new day is a new key.
    pemda = _pemda()
    assert kendali_key(pemda, 2022, date(2023, 3, 1)) != kendali_key(pemda, 2022, date(2023, 3, 2))


def test_the_cached_content_is_what_the_command_computes(demo: Path) -> None:
    from sakip.pemda import keluaran
    from sakip.pemda.iku import iku_pemda
    from sakip.pemda.kendali import susun
    from sakip.pemda.versi import isi_kendali

    pemda, hari = _pemda(), date(2023, 6, 1)
    isi_kendali(pemda, 2022, hari)
    isi = isi_kendali(pemda, 2022, hari)  # from the cache, through pickle
    dihitung = keluaran.data(susun(pemda, 2022, hari), iku_pemda(pemda, 2022))
    assert keluaran.data(isi.ruang, isi.iku) == dihitung
