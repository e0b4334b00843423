import re
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import BONTANG, DINAS, ENTRI_LISTING, Page, page_rows, pdf_pages

Render = Callable[..., bytes]

# Every test reads reports rendered from the database (the module fixture `laporan`).
pytestmark = pytest.mark.django_db
CM = 72 / 2.54


@pytest.fixture(scope="module")
def lkjip(laporan: Render, tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    return pdf_pages(laporan("lkjip", BONTANG, "pdf"), tmp_path_factory.mktemp("bontang"))


@pytest.fixture(scope="module")
def lkjip_dinas(laporan: Render, tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    return pdf_pages(laporan("lkjip", DINAS, "pdf"), tmp_path_factory.mktemp("dinas"))


def _listing(page: list[Page], judul: str) -> dict[str, str]:
    """Return entry -> page number of a list (Daftar Isi / Tabel / Grafik), wrapped entries
    joined."""
    result: dict[str, str] = {}
    awal = ""
    for baris in page_rows(page, judul).teks.splitlines()[1:]:
        cocok = ENTRI_LISTING.match(baris.strip())
        if cocok:
            result[re.sub(r"\s+", " ", f"{awal} {cocok.group(1)}").strip()] = cocok.group(2)
            awal = ""
        elif baris.strip():
            awal += " " + baris.strip()
    return result


def test_the_contents_give_the_page_each_chapter_starts_on(lkjip: list[Page]) -> None:
    isi = _listing(lkjip, "DAFTAR ISI")

    for bab in ("BAB I PENDAHULUAN", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP"):
        nomor, judul = bab.split(" ", 2)[1:]
        assert isi[bab] == page_rows(lkjip, f"BAB {nomor}", judul).nomor_cetak, bab
    assert isi["BAB I PENDAHULUAN"] == "1"
    assert isi["KATA PENGANTAR"] == "i"


def test_the_list_of_tables_gives_each_tables_page(lkjip: list[Page]) -> None:
    listing = _listing(lkjip, "DAFTAR TABEL")

    nomor = [int(k.split()[1]) for k in listing if k.startswith("Tabel ")]
    assert nomor == list(range(1, 22))
    entri = next(k for k in listing if k.startswith("Tabel 16 "))
    page = page_rows(lkjip, "Tabel 16 Efisiensi Penggunaan Anggaran")
    assert listing[entri] == page.nomor_cetak


def test_the_list_of_figures_gives_each_figures_page(lkjip: list[Page]) -> None:
    listing = _listing(lkjip, "DAFTAR GRAFIK")

    assert [k.split()[1] for k in listing] == ["1", "2", "3", "4", "5", "6"]
    entri = next(k for k in listing if k.startswith("Grafik 4 "))
    assert listing[entri] == page_rows(lkjip, "Grafik 4 Capaian Indikator").nomor_cetak


@pytest.mark.parametrize(
    "keterangan",
    [
        "Tabel 13 Perbandingan Realisasi dan Capaian Kinerja",
        "Tabel 15 Efisiensi Penggunaan Sumber Daya",
        "Tabel 16 Efisiensi Penggunaan Anggaran",
        "Tabel 17 Pencapaian Target Kinerja",
        "Tabel 19 Realisasi Anggaran per Program",
    ],
)
def test_the_widest_tables_are_printed_on_landscape_pages(
    lkjip: list[Page], keterangan: str
) -> None:
    assert page_rows(lkjip, keterangan).lanskap


def test_no_text_runs_into_the_margin(lkjip: list[Page], lkjip_dinas: list[Page]) -> None:
    for h in lkjip + lkjip_dinas:
        for x0, x1, kata in h.kata:
            assert x0 >= 1.5 * CM and x1 <= h.lebar - 1.5 * CM, (h.nomor, kata, x0, x1)


def test_the_tables_show_the_computed_figures(lkjip: list[Page]) -> None:
    tabel18 = page_rows(lkjip, "Tabel 18 Realisasi Anggaran Tahun 2022").teks
    assert re.search(r"Kelurahan Kanaan\s+1\.786\.917\.188,00\s+1\.709\.530\.702,00", tabel18)
    tabel11 = page_rows(lkjip, "Tabel 11 Capaian Kinerja Tahun 2022").teks
    assert re.search(r"86,28\s+99,17\s+Sangat", tabel11)
    tabel13 = page_rows(lkjip, "Tabel 13 Perbandingan Realisasi dan Capaian Kinerja").teks
    assert re.search(r"86,91\s+86,28\s+-0,63\s+-0,72\s+n/a\s+99,90\s+99,17\s+B \(Baik\)", tabel13)


def test_references_in_the_text_name_the_printed_numbers(lkjip: list[Page]) -> None:
    teks = " ".join(re.sub(r"\s+", " ", h.teks) for h in lkjip)

    assert "serapan 95,40%). Efisiensi diukur dengan metode Tingkat Efisiensi" in teks
    assert "realisasi anggaran; Tabel 15)" in teks
    assert "dua puluh sembilan miliar seratus sembilan juta" in teks


def test_the_cover_is_not_numbered(lkjip: list[Page]) -> None:
    assert lkjip[0].nomor_cetak == "TAHUN 2022"


def test_a_dinas_report_stands_on_its_own_data(lkjip_dinas: list[Page]) -> None:
    teks = " ".join(re.sub(r"\s+", " ", h.teks) for h in lkjip_dinas)

    assert "DINAS PERHUBUNGAN KABUPATEN CONTOH" in teks
    assert "Kecamatan" not in teks and "Bontang" not in teks
    assert re.search(r"kejadian\s+120\s+112\s+106,67", page_rows(lkjip_dinas, "Tabel 11 ").teks)
    assert "Grafik 5" not in teks


def test_the_pk_has_its_statement_and_annex(laporan: Render, tmp_path: Path) -> None:
    page = pdf_pages(laporan("pk", DINAS, "pdf", versi=1), tmp_path)
    teks = " ".join(re.sub(r"\s+", " ", h.teks) for h in page)

    assert "PERJANJIAN KINERJA TAHUN 2023 DINAS PERHUBUNGAN KABUPATEN CONTOH" in teks
    assert "Ir. HARTONO CONTOH, M.T." in teks and "NIP. 196905211995031002" in teks
    assert "Contoh, 20 Januari 2023" in teks
    assert "Jumlah 9.788.000.000,00" in teks


def test_the_quarterly_report_lists_what_needs_attention(laporan: Render, tmp_path: Path) -> None:
    page = pdf_pages(laporan("triwulan", DINAS, "pdf", triwulan=4), tmp_path)
    teks = " ".join(re.sub(r"\s+", " ", h.teks) for h in page)

    assert "TRIWULAN IV" in teks
    peringatan_page = page_rows(page, "Tabel 4 Hal yang Perlu Mendapat Perhatian")
    assert re.search(
        r"Jumlah kunjungan kapal.*TW III belum diisi dan TW.*IV n/a",
        peringatan_page.teks,
        flags=re.S,
    )
