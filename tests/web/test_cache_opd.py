"""A Pemda of many OPDs: a save in one OPD leaves the other OPDs' cached pages warm, and the
home page of an admin costs the same queries whatever the number of OPDs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.alur.layanan import perubahan
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from sakip.web import layanan
from tests.conftest import KODE_DINAS

from .conftest import OPD, url_opd


def _kueri(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as q:
        assert client.get(url).status_code == 200, url
    return len(q.captured_queries)


def _ganti_nama_iku(kode_opd: str, nama: str) -> None:
    """Rename the OPD's first IKU through the change service, as a data screen does."""
    iku = m.Indikator.objects.filter(sasaran__renstra__opd__kode=kode_opd).order_by("id").first()
    assert iku is not None
    iku.nama = nama
    with perubahan(None, "uji", opd_id=iku.sasaran.renstra.opd_id) as sesi:
        sesi.save(iku, ["nama"])


@pytest.fixture
def dua_opd(login: Callable[[str], Client], dinas: Path) -> Client:
    """The Kecamatan with its personas and the synthetic Dinas; the admin's client."""
    return login("admin")


def test_a_save_in_one_opd_leaves_the_others_dashboard_warm(dua_opd: Client) -> None:
    bontang = m.PerangkatDaerah.objects.get(kode=OPD)
    dinas = m.PerangkatDaerah.objects.get(kode=KODE_DINAS)
    dua_opd.get(url_opd())
    hangat = _kueri(dua_opd, url_opd())
    versi = layanan.versi_data(bontang)

    _ganti_nama_iku(KODE_DINAS, "Angka kecelakaan lalu lintas jalan kabupaten")

    assert Perubahan.objects.order_by("-id").first().opd_id == dinas.pk  # type: ignore[union-attr]
    assert layanan.versi_data(bontang) == versi
    assert _kueri(dua_opd, url_opd()) == hangat


def test_a_save_in_the_opd_itself_makes_its_dashboard_cold(dua_opd: Client) -> None:
    dua_opd.get(url_opd())
    hangat = _kueri(dua_opd, url_opd())

    _ganti_nama_iku(OPD, "Nilai SKM Kecamatan")

    assert _kueri(dua_opd, url_opd()) > hangat
    assert "Nilai SKM Kecamatan" in dua_opd.get(url_opd()).content.decode()


def test_a_change_of_no_single_opd_makes_every_dashboard_cold(dua_opd: Client) -> None:
    bontang = m.PerangkatDaerah.objects.get(kode=OPD)
    dinas = m.PerangkatDaerah.objects.get(kode=KODE_DINAS)
    sebelum = (layanan.versi_data(bontang), layanan.versi_data(dinas))
    pemda = m.Pemda.objects.get(kode="64.74")
    pemda.tempat = "Kota Bontang"
    with perubahan(None, "uji", pemda_id=pemda.pk) as sesi:
        sesi.save(pemda, ["tempat"])
    sesudah = (layanan.versi_data(bontang), layanan.versi_data(dinas))
    assert sesudah[0] != sebelum[0] and sesudah[1] != sebelum[1]


def _new_opd(i: int) -> None:
    """Add a Kecamatan to the demo's Pemda with a Renstra and one budget line, as a copy."""
    contoh = m.BarisAnggaran.objects.filter(unit__opd__kode=OPD).order_by("id").first()
    assert contoh is not None
    kode = f"7.01.0.00.0.00.{40 + i}.0000"
    opd = m.PerangkatDaerah.objects.create(
        pemda=m.Pemda.objects.get(kode="64.74"), kode=kode, nama=f"Kecamatan {i}", jenis="Kecamatan"
    )
    unit = m.UnitKerja.objects.create(opd=opd, kode=kode, nama=opd.nama, nama_singkat=opd.nama)
    m.Renstra.objects.create(opd=opd, periode_awal=2021, periode_akhir=2026)
    m.BarisAnggaran.objects.create(
        unit=unit, tahun=2022, tahap=contoh.tahap, sub_kegiatan=contoh.sub_kegiatan, pagu=1000
    )


@pytest.mark.parametrize("persona", ["admin", "inspektorat"])
def test_the_home_page_costs_the_same_queries_for_2_and_4_opds(
    login: Callable[[str], Client], persona: str
) -> None:
    # With a single OPD the home page sends its user to that OPD's dashboard; from two up it
    # lists them, each with its years.
    client = login(persona)
    _new_opd(1)
    dua = _kueri(client, "/")
    _new_opd(2)
    _new_opd(3)
    empat = _kueri(client, "/")
    assert empat == dua
    page = client.get("/").content.decode()
    assert page.count('href="/opd/7.01.0.00.0.00.43.0000/2026/"') == 1
