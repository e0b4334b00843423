from sakip.impor.cek import identitas_beda
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.errors import Tempat

PETUNJUK = Tempat("Petunjuk", 5, "B")
OPD = Tempat("Perangkat Daerah", 2, "A")
PEMDA = Tempat("Pemda", 2, "A")
BONTANG = "7.01.0.00.0.00.30.0000"


def _error(opd: str, opd_lembar: str, pemda: str, konteks: Konteks) -> list:  # type: ignore[type-arg]
    d = DataImpor(
        spec={},
        lembar={},
        identitas={
            "opd": (opd, PETUNJUK),
            "opd_lembar": (opd_lembar, OPD),
            "pemda": (pemda, PEMDA),
        },
    )
    return list(identitas_beda.check(d, konteks))


def test_a_consistent_workbook_passes() -> None:
    assert _error(BONTANG, BONTANG, "64.74", Konteks(pemda_opd={BONTANG: "64.74"})) == []


def test_the_office_sheet_must_name_the_office_of_the_petunjuk() -> None:
    error = _error(BONTANG, "7.01.0.00.0.00.31.0000", "64.74", Konteks())
    assert [g.tempat for g in error] == [OPD]


def test_a_workbook_of_another_office_is_refused_on_its_page() -> None:
    error = _error(BONTANG, BONTANG, "64.74", Konteks(opd="2.15.0.00.0.00.01.0000"))
    assert [g.tempat for g in error] == [OPD]


def test_an_office_does_not_move_to_another_pemda() -> None:
    error = _error(BONTANG, BONTANG, "99.01", Konteks(pemda_opd={BONTANG: "64.74"}))
    assert [g.tempat for g in error] == [PEMDA]
