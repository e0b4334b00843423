from sakip.impor.cek import kode_tidak_dikenal
from sakip.impor.konteks import Konteks, VersiNomenklatur
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Realisasi", Kolom("sub", "Kode", Jenis.KODE_ANGGARAN))
LENGKAP = VersiNomenklatur(
    "kepmendagri-2023",
    "Kepmendagri 900.1.15.5-1317/2023",
    2023,
    True,
    {"2.15.01.2.01.0001": "Penyusunan Dokumen Perencanaan"},
)
SEBAGIAN = VersiNomenklatur("sebagian-2021", "Kepmendagri 050-5889/2021", 2021, False, {})


def _error(tahun: int, kode: str, *versi: VersiNomenklatur) -> list:  # type: ignore[type-arg]
    r = rekaman("Realisasi", 5, sub=kode, tahun=tahun)
    return list(kode_tidak_dikenal.check(data(SPEC, r), Konteks(nomenklatur=list(versi))))


def test_it_accepts_a_code_of_the_version_in_force_written_with_2_digits() -> None:
    # The reader normalises 2.15.01.2.01.01 to 2.15.01.2.01.0001 before the check.
    assert _error(2024, "2.15.01.2.01.0001", SEBAGIAN, LENGKAP) == []


def test_it_reports_an_unknown_code_against_a_complete_version() -> None:
    error = _error(2023, "2.15.01.2.01.0099", LENGKAP)
    assert tempat(error) == [("Realisasi", 5, "A")]
    assert error[0].kode == "kode-tidak-dikenal"
    assert "Kepmendagri 900.1.15.5-1317/2023 (berlaku tahun 2023)" in error[0].diharapkan


def test_it_says_when_the_version_in_force_is_partial() -> None:
    assert [g.kode for g in _error(2022, "2.15.01.2.01.0001", SEBAGIAN, LENGKAP)] == [
        "kode-tidak-dimuat"
    ]


def test_a_year_without_nomenclature_is_reported_once_per_sheet() -> None:
    rows = [rekaman("Realisasi", n, sub="2.15.01.2.01.0001", tahun=2019) for n in (2, 3)]
    error = list(kode_tidak_dikenal.check(data(SPEC, *rows), Konteks(nomenklatur=[LENGKAP])))
    assert [g.kode for g in error] == ["nomenklatur-tidak-ada"]
