from sakip.impor.cek import rujukan_tidak_ada
from sakip.impor.data import DataImpor, Rujukan
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import rekaman, spec, tempat

IKU = spec("IKU", Kolom("kode", "Kode IKU"))
TARGET = spec("Target Renstra", Kolom("iku", "Kode IKU"), Kolom("tahun", "Tahun", Jenis.TAHUN))
SASARAN = spec("Sasaran Strategis", Kolom("mendukung", "Mendukung", Jenis.KODE_LISTING))
RPJMD = spec("Sasaran RPJMD", Kolom("kode", "Kode Sasaran"))


def _data(*target: object, mendukung: list[str] | None = None) -> DataImpor:
    return DataImpor(
        spec={s.nama: s for s in (IKU, TARGET, SASARAN, RPJMD)},
        lembar={
            "IKU": [rekaman("IKU", 2, kode="IKU1")],
            "Target Renstra": list(target),  # type: ignore[arg-type]
            "Sasaran Strategis": [rekaman("Sasaran Strategis", 2, mendukung=mendukung or [])],
            "Sasaran RPJMD": [rekaman("Sasaran RPJMD", 2, kode="M1.T1.S1")],
        },
        rujukan=(
            Rujukan("Target Renstra", ("iku",), "IKU", ("kode",), "kode IKU"),
            Rujukan(
                "Sasaran Strategis",
                ("mendukung",),
                "Sasaran RPJMD",
                ("kode",),
                "kode sasaran RPJMD",
                atau_db="sasaran_pemda",
            ),
        ),
    )


def test_it_refuses_a_target_of_an_iku_that_is_not_in_the_iku_sheet() -> None:
    d = _data(
        rekaman("Target Renstra", 5, iku="IKU1", tahun=2022),
        rekaman("Target Renstra", 6, iku="IKU9", tahun=2022),
    )
    error = list(rujukan_tidak_ada.check(d, Konteks()))
    assert tempat(error) == [("Target Renstra", 6, "A")]
    assert error[0].diharapkan == 'kode IKU yang ada di lembar "IKU"'


def test_a_list_of_codes_is_checked_code_by_code_and_may_name_the_database() -> None:
    d = _data(mendukung=["M1.T1.S1", "M9.T1.S1", "M2.T1.S1"])
    error = list(rujukan_tidak_ada.check(d, Konteks(kode_db={"sasaran_pemda": {"M2.T1.S1"}})))
    assert [g.ditemukan for g in error] == ['"M9.T1.S1"']
