from decimal import Decimal

from sakip.impor.cek import periode_campur
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Realisasi", Kolom("periode", "Periode"))
BARIS = ("2.15.0.00.0.00.01.0000", 2023, "perubahan", "2.15.01.2.01.0001")


def _r(n: int, periode: str) -> object:
    unit, tahun, tahap, sub = BARIS
    return rekaman(
        "Realisasi",
        n,
        unit=unit,
        tahun=tahun,
        tahap=tahap,
        sub_kegiatan=sub,
        periode=periode,
        realisasi=Decimal(1),
    )


def _error(*rows: object, ada: set[str] | None = None) -> list:  # type: ignore[type-arg]
    konteks = Konteks(periode_ada={BARIS: ada} if ada else {})
    return list(periode_campur.check(data(SPEC, *rows, periode_anggaran=("Realisasi",)), konteks))  # type: ignore[arg-type]


def test_a_yearly_figure_for_a_line_stored_by_month_is_refused() -> None:
    error = _error(_r(2, "tahun"), ada={"1", "2"})
    assert tempat(error) == [("Realisasi", 2, "E")]
    assert "sudah memuat realisasi bulan" in error[0].diharapkan


def test_months_and_quarters_in_one_file_are_refused() -> None:
    assert tempat(_error(_r(2, "1"), _r(3, "tw1"))) == [("Realisasi", 3, "E")]


def test_more_months_for_a_line_stored_by_month_pass() -> None:
    assert _error(_r(2, "3"), _r(3, "4"), ada={"1", "2"}) == []


def test_it_names_the_year_as_the_dataset_format_does() -> None:
    # One vocabulary with the core check campuran-periode-realisasi: "tahun", not "setahun".
    error = _error(_r(2, "1"), ada={"tahun"})
    assert "sudah memuat realisasi tahun, dan" in error[0].diharapkan
