import re
from collections.abc import Callable

import pytest

from sakip.laporan import services

from .conftest import BONTANG, DINAS

Render = Callable[..., bytes]

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def halaman(laporan: Render) -> str:
    return laporan("lkjip", BONTANG, "html").decode("utf-8")


def test_it_is_one_page_without_external_assets(halaman: str) -> None:
    assert halaman.startswith("<!DOCTYPE html>")
    assert "<link" not in halaman and "<script" not in halaman
    assert not re.search(r"(src|href)=\"(https?:)?//", halaman)
    assert "url(" not in halaman
    assert "<img" not in halaman
    assert len(re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" class="grafik"', halaman)) == 6


def test_every_link_leads_to_an_anchor_of_the_page(halaman: str) -> None:
    jangkar = set(re.findall(r'id="([^"]+)"', halaman))
    tautan = re.findall(r'href="#([^"]+)"', halaman)

    assert len(tautan) > 100
    assert set(tautan) <= jangkar


def test_references_carry_the_tables_number(halaman: str) -> None:
    assert '<a class="rujukan" href="#tabel-efisiensi_sasaran">Tabel 15</a>' in halaman
    assert '<p class="keterangan" id="tabel-efisiensi_sasaran">Tabel 15 Efisiensi' in halaman


def test_it_shows_the_computed_figures(halaman: str) -> None:
    assert '<td>Kelurahan Kanaan</td><td class="angka">1.786.917.188,00</td>' in halaman
    assert "<strong>99,17%</strong>" in halaman
    assert "(perubahan -0,72%)" in halaman


def test_the_preview_fragment_embeds_in_a_page(dinas: str) -> None:
    potongan = services.pratinjau("triwulan", dinas, 2023, triwulan=2)

    assert potongan.startswith("<style>")
    assert "<html" not in potongan and "<body" not in potongan
    assert 'class="sakip-dokumen"' in potongan
    assert "Sampai dengan Triwulan II tahun 2023" in potongan


def test_a_dinas_report_has_no_unit_chart(laporan: Render) -> None:
    halaman = laporan("lkjip", DINAS, "html").decode("utf-8")

    assert len(re.findall(r'<svg [^>]*class="grafik"', halaman)) == 4
    assert "Grafik 5" not in halaman
