from sakip.impor.cek import kaskade_tidak_ada
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import rekaman, spec, tempat

TARGET = spec(
    "Target Jabatan",
    Kolom("jabatan", "Kode Jabatan"),
    Kolom("indikator", "Kode Indikator"),
)
AKSI = spec(
    "Rencana Aksi",
    Kolom("jabatan", "Kode Jabatan"),
    Kolom("indikator", "Kode Indikator"),
    Kolom("aksi", "No Aksi", Jenis.BULAT),
)
DB = {
    "indikator_jabatan": {("kasi-pm", "7.01.03.2.03")},
    "rencana_aksi": {("kasi-pm", "7.01.03.2.03", 1)},
}


def _data(target: list[object], aksi: list[object]) -> DataImpor:
    return DataImpor(
        spec={s.nama: s for s in (TARGET, AKSI)},
        lembar={"Target Jabatan": target, "Rencana Aksi": aksi},  # type: ignore[dict-item]
        tahun=2022,
    )


def test_a_row_names_an_indicator_and_action_of_the_years_pks() -> None:
    d = _data(
        [
            rekaman("Target Jabatan", 2, jabatan="kasi-pm", indikator="7.01.03.2.03"),
            rekaman("Target Jabatan", 3, jabatan="kasi-pm", indikator="7.01.03.2.99"),
        ],
        [
            rekaman("Rencana Aksi", 2, jabatan="kasi-pm", indikator="7.01.03.2.03", aksi=1),
            rekaman("Rencana Aksi", 3, jabatan="kasi-pm", indikator="7.01.03.2.03", aksi=2),
            rekaman("Rencana Aksi", 4, jabatan="lurah-x", indikator="7.01.03.2.03", aksi=1),
        ],
    )
    error = list(kaskade_tidak_ada.check(d, Konteks(kode_db=DB)))
    assert tempat(error) == [
        ("Target Jabatan", 3, "B"),
        ("Rencana Aksi", 3, "C"),
        ("Rencana Aksi", 4, "C"),
    ]
    assert (
        error[0].diharapkan
        == "indikator jabatan yang ada pada Perjanjian Kinerja jabatan tahun 2022"
    )
    assert error[1].ditemukan == '"kasi-pm / 7.01.03.2.03 / 2"'
    assert error[1].diharapkan == "rencana aksi yang ada pada Perjanjian Kinerja jabatan tahun 2022"


def test_an_empty_database_holds_no_position_to_fill() -> None:
    d = _data([rekaman("Target Jabatan", 2, jabatan="kasi-pm", indikator="7.01.03.2.03")], [])
    assert len(list(kaskade_tidak_ada.check(d, Konteks()))) == 1


def test_the_workbooks_own_pk_sheets_hold_indicators_and_actions() -> None:
    d = _data(
        [
            rekaman("Target Jabatan", 2, jabatan="kasi-x", indikator="7.01.02.2.01"),
            rekaman("Target Jabatan", 3, jabatan="kasi-x", indikator="7.01.02.2.09"),
            rekaman("Target Jabatan", 4, jabatan="kasi-x", indikator="7.01.02.2.09", versi=1),
        ],
        [rekaman("Rencana Aksi", 2, jabatan="kasi-x", indikator="7.01.02.2.01", aksi=1)],
    )
    d.lembar["Indikator PK Jabatan"] = [
        rekaman("Indikator PK Jabatan", 2, jabatan="kasi-x", versi=1, indikator="7.01.02.2.09"),
        rekaman("Indikator PK Jabatan", 3, jabatan="kasi-x", versi=2, indikator="7.01.02.2.01"),
    ]
    d.lembar["Daftar Rencana Aksi"] = [
        rekaman("Daftar Rencana Aksi", 2, jabatan="kasi-x", indikator="7.01.02.2.01", aksi=1)
    ]
    error = list(kaskade_tidak_ada.check(d, Konteks()))
    # Version 2 is the latest: an indicator only of version 1 is filled by naming its version.
    assert tempat(error) == [("Target Jabatan", 3, "B")]
