from sakip.impor.cek import pihak_jabatan
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks

from .helpers import rekaman, spec, tempat

SPEC = {n: spec(n) for n in ("Jabatan", "Pemegang Jabatan", "PK Jabatan")}
DB = {"atasan": {("camat", None), ("kasi-pm", "camat")}, "pemegang": {("camat", "ANWAR SADAT, SP")}}


def test_the_parties_are_holders_of_the_position_and_of_its_superior() -> None:
    d = DataImpor(
        spec=SPEC,
        lembar={
            "Pemegang Jabatan": [rekaman("Pemegang Jabatan", 2, jabatan="kasi-pm", nama="BUDI")],
            "PK Jabatan": [
                rekaman(
                    "PK Jabatan",
                    2,
                    jabatan="kasi-pm",
                    pihak_pertama="BUDI",
                    pihak_kedua="ANWAR SADAT, SP",
                ),
                rekaman(
                    "PK Jabatan",
                    3,
                    jabatan="kasi-pm",
                    pihak_pertama="ANWAR SADAT, SP",
                    pihak_kedua="BUDI",
                ),
                rekaman("PK Jabatan", 4, jabatan="camat", pihak_pertama=None, pihak_kedua=None),
            ],
        },
        tahun=2022,
    )
    error = list(pihak_jabatan.check(d, Konteks(kode_db=DB)))
    assert tempat(error) == [("PK Jabatan", 3, "B"), ("PK Jabatan", 3, "C")]
    assert (
        error[0].diharapkan
        == 'nama salah satu pemegang jabatan kasi-pm (lembar "Pemegang Jabatan")'
    )
    assert "camat" in error[1].diharapkan


def test_the_superior_is_the_sheets_when_it_moves_a_position() -> None:
    d = DataImpor(
        spec=SPEC,
        lembar={
            "Jabatan": [rekaman("Jabatan", 2, kode="kasi-pm", induk=None)],
            "PK Jabatan": [
                rekaman("PK Jabatan", 2, jabatan="kasi-pm", pihak_kedua="ANWAR SADAT, SP")
            ],
        },
    )
    error = list(pihak_jabatan.check(d, Konteks(kode_db=DB)))
    assert "atasan (tidak ada)" in error[0].diharapkan
