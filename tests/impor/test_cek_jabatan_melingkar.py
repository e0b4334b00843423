from sakip.impor.cek import jabatan_melingkar
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks

from .helpers import rekaman, spec, tempat

DB = {"atasan": {("camat", None), ("sekcam", "camat"), ("kasubag", "sekcam")}}


def _data(*rows: object) -> DataImpor:
    return DataImpor(spec={"Jabatan": spec("Jabatan")}, lembar={"Jabatan": list(rows)})  # type: ignore[arg-type]


def test_two_superiors_changed_at_once_cannot_close_a_loop() -> None:
    d = _data(
        rekaman("Jabatan", 2, kode="camat", induk="kasubag"),
        rekaman("Jabatan", 3, kode="lurah", induk="camat"),
    )
    error = list(jabatan_melingkar.check(d, Konteks(kode_db=DB)))
    assert tempat(error) == [("Jabatan", 2, "B")]
    assert "camat → kasubag → sekcam → camat" in error[0].diharapkan


def test_a_position_under_itself_is_a_loop_and_a_tree_is_not() -> None:
    assert (
        len(
            list(
                jabatan_melingkar.check(
                    _data(rekaman("Jabatan", 2, kode="a", induk="a")), Konteks()
                )
            )
        )
        == 1
    )
    assert (
        list(
            jabatan_melingkar.check(
                _data(rekaman("Jabatan", 2, kode="lurah", induk="camat")), Konteks(kode_db=DB)
            )
        )
        == []
    )
