from decimal import Decimal

import pytest

from sakip.core.scales import (
    SkalaTidakDitemukan,
    load_evaluasi_regulasi,
    load_scale,
)

D = Decimal


@pytest.mark.parametrize(
    ("capaian", "label"),
    [
        # docs/rules.md#kriteria-capaian: lower bounds; the gaps (90–91) go to the band below.
        (D("120"), "Sangat Tinggi"),
        (D("99.17"), "Sangat Tinggi"),  # the reference report's SKM capaian
        (D("91"), "Sangat Tinggi"),
        (D("90.99"), "Tinggi"),
        (D("76"), "Tinggi"),
        (D("75.99"), "Sedang"),
        (D("66"), "Sedang"),
        (D("65.99"), "Rendah"),
        (D("51"), "Rendah"),
        (D("50.99"), "Sangat Rendah"),
        (D("0"), "Sangat Rendah"),
        (D("-50"), "Sangat Rendah"),  # polaritas turun can go below zero
    ],
)
def test_it_classifies_capaian_criteria(capaian: Decimal, label: str) -> None:
    band = load_scale("kriteria-capaian", 2022).classify(capaian)
    assert band is not None
    assert band.label == label


def test_it_classifies_a_missing_capaian_as_nothing() -> None:
    assert load_scale("kriteria-capaian", 2022).classify(None) is None


def test_it_applies_a_pemda_s_own_labels() -> None:
    skala = load_scale("kriteria-capaian", 2022).with_labels(
        {"sangat_tinggi": "Sangat Baik", "sangat_rendah": "Sangat Kurang"}
    )
    assert [b.label for b in skala.bands] == [
        "Sangat Baik",
        "Tinggi",
        "Sedang",
        "Rendah",
        "Sangat Kurang",
    ]
    band = skala.classify(D("91"))
    assert band is not None
    assert band.label == "Sangat Baik"
    # The loaded scale itself is untouched.
    assert load_scale("kriteria-capaian", 2022).bands[0].label == "Sangat Tinggi"


def test_it_rejects_a_label_for_an_unknown_band() -> None:
    with pytest.raises(ValueError, match="sangat_bagus"):
        load_scale("kriteria-capaian", 2022).with_labels({"sangat_bagus": "Sangat Bagus"})


@pytest.mark.parametrize(
    ("nilai", "kode", "label"),
    [
        (D("70.36"), "BB", "Sangat Baik"),  # the reference report, Evaluasi AKIP 2021
        (D("100"), "AA", "Sangat Memuaskan"),
        (D("90.01"), "AA", "Sangat Memuaskan"),
        (D("90"), "A", "Memuaskan"),  # lower bounds are exclusive
        (D("80"), "BB", "Sangat Baik"),
        (D("70"), "B", "Baik"),
        (D("60"), "CC", "Cukup"),
        (D("50"), "C", "Kurang"),
        (D("30"), "D", "Sangat Kurang"),
        (D("0"), "D", "Sangat Kurang"),
    ],
)
def test_it_gives_the_predikat_under_88_2021(nilai: Decimal, kode: str, label: str) -> None:
    band = load_scale("predikat-sakip", 2021).classify(nilai)
    assert band is not None
    assert (band.kode, band.label) == (kode, label)


def test_it_gives_no_predikat_below_zero() -> None:
    assert load_scale("predikat-sakip", 2021).classify(D("-1")) is None


@pytest.mark.parametrize(
    ("nilai", "kode", "label"),
    [
        (D("86.28"), "B", "Baik"),  # the reference report, SKM 2022
        (D("88.30"), "B", "Baik"),
        (D("88.31"), "A", "Sangat Baik"),
        (D("100"), "A", "Sangat Baik"),
        (D("76.61"), "B", "Baik"),
        (D("76.60"), "C", "Kurang Baik"),
        (D("65.00"), "C", "Kurang Baik"),
        (D("64.99"), "D", "Tidak Baik"),
        (D("25.00"), "D", "Tidak Baik"),
    ],
)
def test_it_gives_the_mutu_pelayanan(nilai: Decimal, kode: str, label: str) -> None:
    band = load_scale("mutu-skm", 2022).classify(nilai)
    assert band is not None
    assert (band.kode, band.label) == (kode, label)


@pytest.mark.parametrize(
    ("tahun", "kode"),
    [
        # Tabel 9 of the reference report: 2020 scored under 12/2015, 2021 under 88/2021.
        (2020, "permenpanrb-12-2015"),
        (2021, "permenpanrb-88-2021"),
        (2030, "permenpanrb-88-2021"),
        (None, "permenpanrb-88-2021"),
    ],
)
def test_it_picks_the_scale_in_force_in_a_year(tahun: int | None, kode: str) -> None:
    assert load_scale("predikat-sakip", tahun).kode == kode


def test_it_loads_a_scale_by_kode_whatever_the_year() -> None:
    skala = load_scale("predikat-sakip", 2022, kode="permenpanrb-12-2015")
    assert skala.kode == "permenpanrb-12-2015"
    assert skala.berlaku_mulai == 2015


@pytest.mark.parametrize(
    ("jenis", "tahun", "kode", "pesan"),
    [
        ("predikat-sakip", 2014, None, "tahun 2014"),
        ("mutu-skm", None, "permenpanrb-99-2099", "permenpanrb-99-2099"),
        ("zona-integritas-tak-ada", None, None, "zona-integritas-tak-ada"),
        ("evaluasi-akip", None, None, "bukan skala"),
    ],
)
def test_it_says_clearly_when_no_scale_answers(
    jenis: str, tahun: int | None, kode: str | None, pesan: str
) -> None:
    with pytest.raises(SkalaTidakDitemukan, match=pesan):
        load_scale(jenis, tahun, kode)


@pytest.mark.parametrize("jenis", ["kriteria-capaian", "predikat-sakip", "mutu-skm"])
def test_every_scale_names_its_regulation_and_certainty(jenis: str) -> None:
    skala = load_scale(jenis)
    assert skala.jenis == jenis
    assert skala.nama
    assert skala.dasar_hukum
    assert "[C]" in skala.kepastian
    bounds = [b.batas_bawah for b in skala.bands]
    assert bounds == sorted(bounds, reverse=True)
    assert len({b.kode for b in skala.bands}) == len(skala.bands)


def test_the_12_2015_predikat_is_marked_as_seen_only_in_other_software() -> None:
    assert load_scale("predikat-sakip", kode="permenpanrb-12-2015").kepastian == "[C]"


@pytest.mark.parametrize(
    ("kode", "bobot", "subkomponen"),
    [
        (
            "permenpanrb-88-2021",
            {
                "perencanaan": ("Perencanaan Kinerja", D(30)),
                "pengukuran": ("Pengukuran Kinerja", D(30)),
                "pelaporan": ("Pelaporan Kinerja", D(15)),
                "evaluasi_internal": ("Evaluasi Akuntabilitas Kinerja Internal", D(25)),
            },
            {"pemenuhan": D(20), "kualitas": D(30), "pemanfaatan": D(50)},
        ),
        (
            "permenpanrb-12-2015",
            {
                "perencanaan": ("Perencanaan Kinerja", D(30)),
                "pengukuran": ("Pengukuran Kinerja", D(25)),
                "pelaporan": ("Pelaporan Kinerja", D(15)),
                "evaluasi_internal": ("Evaluasi Akuntabilitas Kinerja Internal", D(10)),
                "capaian_kinerja": ("Capaian Kinerja", D(20)),
            },
            {},
        ),
    ],
)
def test_it_loads_the_evaluation_weights(
    kode: str,
    bobot: dict[str, tuple[str, Decimal]],
    subkomponen: dict[str, Decimal],
) -> None:
    regulasi = load_evaluasi_regulasi(kode)
    assert regulasi.kode == kode
    assert {k.kode: (k.nama, k.bobot) for k in regulasi.komponen} == bobot
    assert {k.kode: k.bobot for k in regulasi.subkomponen} == subkomponen
    # Its predikat scale exists.
    assert load_scale("predikat-sakip", kode=regulasi.predikat).kode == regulasi.predikat


def test_it_says_clearly_when_an_evaluation_regulation_is_unknown() -> None:
    with pytest.raises(SkalaTidakDitemukan, match="permenpanrb-1-2030"):
        load_evaluasi_regulasi("permenpanrb-1-2030")
