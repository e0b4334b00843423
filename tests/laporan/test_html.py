import re
from collections.abc import Callable

import pytest

from sakip.laporan import services

from .conftest import BONTANG, DINAS

Render = Callable[..., bytes]

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def page(laporan: Render) -> str:
    return laporan("lkjip", BONTANG, "html").decode("utf-8")


def test_it_is_one_page_without_external_assets(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert "<link" not in page and "<script" not in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "url(" not in page
    assert "<img" not in page
    assert len(re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" class="grafik"', page)) == 6


def test_every_link_leads_to_an_anchor_of_the_page(page: str) -> None:
    jangkar = set(re.findall(r'id="([^"]+)"', page))
    tautan = re.findall(r'href="#([^"]+)"', page)

    assert len(tautan) > 100
    assert set(tautan) <= jangkar


def test_references_carry_the_tables_number(page: str) -> None:
    assert '<a class="rujukan" href="#tabel-efisiensi_sasaran">Tabel 15</a>' in page
    assert '<p class="keterangan" id="tabel-efisiensi_sasaran">Tabel 15 Efisiensi' in page


def test_it_shows_the_computed_figures(page: str) -> None:
    assert '<td>Kelurahan Kanaan</td><td class="angka">1.786.917.188,00</td>' in page
    assert "<strong>99,17%</strong>" in page
    assert "(perubahan -0,72%)" in page


def test_the_preview_fragment_embeds_in_a_page(dinas: str) -> None:
    potongan = services.pratinjau("triwulan", dinas, 2023, triwulan=2)

    assert potongan.startswith("<style>")
    assert "<html" not in potongan and "<body" not in potongan
    assert 'class="sakip-dokumen"' in potongan
    assert "Sampai dengan Triwulan II tahun 2023" in potongan


def test_a_dinas_report_has_no_unit_chart(laporan: Render) -> None:
    page = laporan("lkjip", DINAS, "html").decode("utf-8")

    assert len(re.findall(r'<svg [^>]*class="grafik"', page)) == 4
    assert "Grafik 5" not in page


def test_tabel_7s_kegiatan_spans_its_sub_kegiatan_rows(page: str) -> None:
    tabel = page.split('data-tabel="strategi"', 1)[1].split("</table>", 1)[0]
    baris = re.findall(r'<tr class="g-(\w+)">(.*?)</tr>', tabel)
    kegiatan = re.findall(r'<td rowspan="(\d+)">([^<]*)</td><td>[^<]*</td></tr>', tabel)

    assert [g for g, _ in baris].count("sub_kegiatan") == 37 and len(baris) == 42
    # 11 kegiatan of more than one sub kegiatan, each one cell over its rows; the program's
    # own name is bold in its row.
    assert [int(n) for n, _ in kegiatan] == [2, 3, 3, 2, 2, 4, 2, 6, 2, 3, 4]
    assert kegiatan[3] == ("2", "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan")
    assert '<td class="tebal">PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA' in tabel
