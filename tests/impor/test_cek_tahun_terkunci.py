from sakip.impor.cek import tahun_terkunci
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.errors import Tempat
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Realisasi", Kolom("tahun", "Tahun", Jenis.TAHUN))


def test_a_budget_row_of_a_signed_year_is_refused_once() -> None:
    d = data(
        SPEC,
        rekaman("Realisasi", 2, tahun=2022),
        rekaman("Realisasi", 3, tahun=2022),
        rekaman("Realisasi", 4, tahun=2023),
    )
    error = list(tahun_terkunci.check(d, Konteks(tahun_terkunci={2022})))
    assert tempat(error) == [("Realisasi", 2, "A")]


def test_a_workbook_of_a_signed_year_is_refused_at_its_year() -> None:
    d = DataImpor(
        spec={}, lembar={}, tahun=2022, identitas={"tahun": ("2022", Tempat("Petunjuk", 4, "B"))}
    )
    assert tempat(list(tahun_terkunci.check(d, Konteks(tahun_terkunci={2022})))) == [
        ("Petunjuk", 4, "B")
    ]
    assert list(tahun_terkunci.check(d, Konteks(tahun_terkunci={2021}))) == []
