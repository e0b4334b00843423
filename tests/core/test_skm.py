from decimal import Decimal

import pytest

from sakip.core.skm import UNSUR, ikm, mutu, nilai_konversi

D = Decimal

# A worked example, by hand:
#   NRR  3,50 + 3,40 + 3,30 + 4,00 + 3,45 + 3,52 + 3,60 + 3,20 + 3,38 = 31,35
#   IKM  = 31,35 × 1/9 = 3,48333...
#   konversi = 3,48333... × 25 = 87,0833... -> 87,08 -> mutu B (Baik).
# With the rounded weight 0,111 it would be 31,35 × 0,111 × 25 = 86,99625 -> 87,00: wrong.
CONTOH = {
    "persyaratan": D("3.50"),
    "prosedur": D("3.40"),
    "waktu": D("3.30"),
    "biaya": D("4.00"),
    "produk": D("3.45"),
    "kompetensi": D("3.52"),
    "perilaku": D("3.60"),
    "sarana": D("3.20"),
    "pengaduan": D("3.38"),
}


def test_it_names_the_nine_unsur() -> None:
    assert list(UNSUR) == list(CONTOH)
    assert UNSUR["biaya"] == "Biaya/Tarif"


def test_it_computes_the_worked_example() -> None:
    indeks = ikm(CONTOH)
    assert indeks == D("31.35") / 9
    assert nilai_konversi(indeks) == D("87.08")
    band = mutu(nilai_konversi(indeks), 2022)
    assert band is not None
    assert (band.kode, band.label) == ("B", "Baik")


@pytest.mark.parametrize(
    ("indeks", "konversi", "kode"),
    [
        # 3,5322 × 25 = 88,305: rounded to 88,31 before classification, so A, not B.
        (D("3.5322"), D("88.31"), "A"),
        (D("3.5318"), D("88.30"), "B"),
        (D("3.0644"), D("76.61"), "B"),
        (D("3.0640"), D("76.60"), "C"),
        (D("2.60"), D("65.00"), "C"),
        (D("2.5996"), D("64.99"), "D"),
        (D("1"), D("25.00"), "D"),
        (D("4"), D("100.00"), "A"),
    ],
)
def test_it_classifies_the_rounded_converted_score(
    indeks: Decimal, konversi: Decimal, kode: str
) -> None:
    assert nilai_konversi(indeks) == konversi
    band = mutu(nilai_konversi(indeks), 2022)
    assert band is not None
    assert band.kode == kode


def test_it_classifies_the_reference_report_s_score() -> None:
    band = mutu(D("86.28"), 2022)
    assert band is not None
    assert (band.kode, band.label) == ("B", "Baik")


def test_it_has_no_mutu_without_a_score() -> None:
    assert mutu(None, 2022) is None


def test_it_rejects_an_incomplete_survey() -> None:
    tanpa_pengaduan = {k: v for k, v in CONTOH.items() if k != "pengaduan"}
    with pytest.raises(ValueError, match="Penanganan Pengaduan"):
        ikm(tanpa_pengaduan)


def test_it_rejects_an_unknown_unsur() -> None:
    with pytest.raises(ValueError, match="keramahan"):
        ikm({**CONTOH, "keramahan": D("3")})
