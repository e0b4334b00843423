from collections.abc import Callable

import pytest

from sakip.core.codes import (
    KodeTidakValid,
    Level,
    ancestors,
    display,
    is_penunjang,
    is_sub_unit,
    kegiatan_of,
    level,
    normalize,
    parent,
    program_of,
    skpd_of,
    validate_kode_organisasi,
)


@pytest.mark.parametrize(
    ("kode", "normal", "tingkat"),
    [
        ("7", "7", Level.URUSAN),
        ("7.01", "7.01", Level.BIDANG),
        ("7.01.01", "7.01.01", Level.PROGRAM),
        ("7.01.01.2.01", "7.01.01.2.01", Level.KEGIATAN),
        # 2-digit (2019–2022) and 4-digit (since 2023) sub kegiatan are one code.
        ("7.01.01.2.01.01", "7.01.01.2.01.0001", Level.SUB_KEGIATAN),
        ("7.01.01.2.01.0001", "7.01.01.2.01.0001", Level.SUB_KEGIATAN),
        ("7.01.03.2.03.04", "7.01.03.2.03.0004", Level.SUB_KEGIATAN),
        ("1.02.02.2.01.0123", "1.02.02.2.01.0123", Level.SUB_KEGIATAN),
        ("  7.01.02 \t", "7.01.02", Level.PROGRAM),
    ],
)
def test_it_normalises_program_tree_codes(kode: str, normal: str, tingkat: Level) -> None:
    assert normalize(kode) == normal
    assert level(kode) is tingkat


def test_it_treats_both_sub_kegiatan_forms_as_one_code() -> None:
    assert normalize("7.01.01.2.01.01") == normalize("7.01.01.2.01.0001")


@pytest.mark.parametrize(
    "kode",
    [
        "7.01.01.2.08.0",  # truncated in the reference report's Tabel 19
        "7.01.01.2.01.001",
        "7.01.01.2.01.00001",
        "7.1.01",
        "07.01",
        "7.01.01.2",
        "7.01.01.02.01",
        "7.01.01.2.1",
        "7.01.a1",
        "X.XX.01",
        "",
        "7..01",
        "7.01.",
        "٧.٠١",  # Arabic-Indic digits are digits to \d, not to a budget code
    ],
)
def test_it_rejects_invalid_codes(kode: str) -> None:
    with pytest.raises(KodeTidakValid) as info:
        normalize(kode)
    assert f'Kode "{kode}" tidak valid' in str(info.value)
    assert info.value.kode == kode


def test_an_invalid_code_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        level("7.1")


@pytest.mark.parametrize(
    ("kode", "digits", "shown"),
    [
        ("7.01.01.2.01.0001", 2, "7.01.01.2.01.01"),
        ("7.01.01.2.01.01", 4, "7.01.01.2.01.0001"),
        ("7.01.01.2.01.01", 2, "7.01.01.2.01.01"),
        ("7.01.01.2.01.0001", 4, "7.01.01.2.01.0001"),
        ("7.01.01.2.01", 2, "7.01.01.2.01"),
        ("7.01", 4, "7.01"),
    ],
)
def test_it_displays_the_sub_kegiatan_segment_with_2_or_4_digits(
    kode: str, digits: int, shown: str
) -> None:
    assert display(kode, digits) == shown


def test_it_displays_4_digits_by_default() -> None:
    assert display("7.01.01.2.01.01") == "7.01.01.2.01.0001"


@pytest.mark.parametrize(("kode", "digits"), [("1.02.02.2.01.0123", 2), ("7.01.01.2.01.01", 3)])
def test_it_refuses_a_display_that_would_lose_digits(kode: str, digits: int) -> None:
    with pytest.raises(ValueError):
        display(kode, digits)


@pytest.mark.parametrize(
    ("kode", "induk", "leluhur"),
    [
        ("7.01.03.2.02.01", "7.01.03.2.02", ["7", "7.01", "7.01.03", "7.01.03.2.02"]),
        ("7.01.03.2.02", "7.01.03", ["7", "7.01", "7.01.03"]),
        ("7.01.03", "7.01", ["7", "7.01"]),
        ("7.01", "7", ["7"]),
        ("7", None, []),
    ],
)
def test_it_finds_parents_and_ancestors(kode: str, induk: str | None, leluhur: list[str]) -> None:
    assert parent(kode) == induk
    assert ancestors(kode) == leluhur


@pytest.mark.parametrize(
    ("kode", "program", "kegiatan"),
    [
        ("7.01.03.2.02.01", "7.01.03", "7.01.03.2.02"),
        ("7.01.03.2.02.0001", "7.01.03", "7.01.03.2.02"),
        ("7.01.03.2.02", "7.01.03", "7.01.03.2.02"),
    ],
)
def test_it_finds_the_program_and_kegiatan(kode: str, program: str, kegiatan: str) -> None:
    assert program_of(kode) == program
    assert kegiatan_of(kode) == kegiatan


def test_it_finds_the_program_of_a_program() -> None:
    assert program_of("7.01.03") == "7.01.03"


@pytest.mark.parametrize(
    ("fungsi", "kode"), [(program_of, "7.01"), (kegiatan_of, "7.01.03"), (kegiatan_of, "7")]
)
def test_it_refuses_to_cut_a_code_below_its_level(fungsi: Callable[[str], str], kode: str) -> None:
    with pytest.raises(KodeTidakValid):
        fungsi(kode)


@pytest.mark.parametrize(
    ("kode", "penunjang"),
    [
        ("7.01.01", True),  # PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
        ("7.01.01.2.06", True),
        ("7.01.01.2.06.04", True),
        ("7.01.02", False),
        ("7.01.03.2.02.01", False),
        ("7.01", False),
        ("7", False),
    ],
)
def test_it_recognises_the_support_program(kode: str, penunjang: bool) -> None:
    assert is_penunjang(kode) is penunjang


@pytest.mark.parametrize(
    ("kode", "skpd", "sub_unit"),
    [
        ("7.01.0.00.0.00.30.0000", "7.01.0.00.0.00.30.0000", False),  # Kecamatan Bontang Barat
        ("7.01.0.00.0.00.30.0001", "7.01.0.00.0.00.30.0000", True),  # Kelurahan Kanaan
        ("7.01.0.00.0.00.30.0002", "7.01.0.00.0.00.30.0000", True),  # Kelurahan Gunung Telihan
        (" 7.01.0.00.0.00.30.0003 ", "7.01.0.00.0.00.30.0000", True),  # Kelurahan Belimbing
    ],
)
def test_it_reads_organisation_codes(kode: str, skpd: str, sub_unit: bool) -> None:
    assert validate_kode_organisasi(kode) == kode.strip()
    assert skpd_of(kode) == skpd
    assert is_sub_unit(kode) is sub_unit


@pytest.mark.parametrize(
    "kode",
    [
        "7.01.0.00.0.00.30",
        "7.01.0.00.0.00.30.01",
        "7.1.0.00.0.00.30.0000",
        "7.01.01.2.01.0001",
        "7.01.0.00.0.00.30.000A",
    ],
)
def test_it_rejects_invalid_organisation_codes(kode: str) -> None:
    with pytest.raises(KodeTidakValid, match="U.BB.U2.B2.U3.B3.NN.SSSS"):
        validate_kode_organisasi(kode)
    with pytest.raises(KodeTidakValid):
        skpd_of(kode)
