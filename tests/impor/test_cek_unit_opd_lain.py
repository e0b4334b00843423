from sakip.impor.cek import unit_opd_lain
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.errors import Tempat
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Unit Kerja", Kolom("kode", "Kode Unit", Jenis.KODE_UNIT))
KONTEKS = Konteks(
    unit_opd={"2.15.0.00.0.00.01.0000": "2.15.0.00.0.00.01.0000"},
    nama_opd={"2.15.0.00.0.00.01.0000": "Dinas Perhubungan"},
)


def _error(kode: str) -> list:  # type: ignore[type-arg]
    d = data(
        SPEC,
        rekaman("Unit Kerja", 3, kode=kode),
        new_unit=("Unit Kerja",),
        identitas={"opd_lembar": ("7.01.0.00.0.00.30.0000", Tempat("Perangkat Daerah", 2, "A"))},
    )
    return list(unit_opd_lain.check(d, KONTEKS))


def test_it_refuses_a_unit_code_held_by_another_office() -> None:
    error = _error("2.15.0.00.0.00.01.0000")
    assert tempat(error) == [("Unit Kerja", 3, "A")]
    assert "milik Dinas Perhubungan" in error[0].diharapkan


def test_it_accepts_a_new_unit() -> None:
    assert _error("7.01.0.00.0.00.30.0004") == []
