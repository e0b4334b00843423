from sakip.impor.cek import unit_tidak_dikenal
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Realisasi", Kolom("unit", "Kode Unit", Jenis.KODE_UNIT))
KONTEKS = Konteks(
    unit_opd={
        "7.01.0.00.0.00.30.0001": "7.01.0.00.0.00.30.0000",
        "2.15.0.00.0.00.01.0000": "2.15.0.00.0.00.01.0000",
    },
    nama_opd={"7.01.0.00.0.00.30.0000": "Kecamatan Bontang Barat"},
)


def _error(kode: str, opd: str | None = None) -> list:  # type: ignore[type-arg]
    KONTEKS.opd = opd
    r = rekaman("Realisasi", 9, unit=kode)
    return list(unit_tidak_dikenal.check(data(SPEC, r, unit_dari_db=("Realisasi",)), KONTEKS))


def test_it_refuses_a_unit_that_sakip_does_not_know() -> None:
    error = _error("7.01.0.00.0.00.31.0000")
    assert tempat(error) == [("Realisasi", 9, "A")]
    assert error[0].diharapkan == "kode unit kerja yang terdaftar di sakip"


def test_it_refuses_a_unit_of_another_office_when_the_import_is_limited() -> None:
    error = _error("2.15.0.00.0.00.01.0000", opd="7.01.0.00.0.00.30.0000")
    assert error[0].diharapkan == "kode unit kerja milik Kecamatan Bontang Barat"


def test_it_accepts_a_known_unit() -> None:
    assert _error("7.01.0.00.0.00.30.0001", opd="7.01.0.00.0.00.30.0000") == []
