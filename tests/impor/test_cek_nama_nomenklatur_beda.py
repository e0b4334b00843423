from sakip.impor.cek import nama_nomenklatur_beda
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.errors import Tempat
from sakip.spreadsheet.lembar import Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Nomenklatur", Kolom("kode", "Kode"), Kolom("nama", "Nama"))
KONTEKS = Konteks(
    nomenklatur_db={"v2022": ("Kepmendagri 050-5889/2021", {"7.01.01": "PROGRAM PENUNJANG"})}
)


def _error(*rows: object) -> list:  # type: ignore[type-arg]
    d = data(
        SPEC,
        *rows,
        nomenklatur_lembar="Nomenklatur",  # type: ignore[arg-type]
        identitas={"nomenklatur": ("v2022", Tempat("Versi Nomenklatur", 2, "A"))},
    )
    return list(nama_nomenklatur_beda.check(d, KONTEKS))


def test_a_stored_code_renamed_in_the_workbook_is_refused() -> None:
    error = _error(rekaman("Nomenklatur", 3, kode="7.01.01", nama="PROGRAM LAIN"))
    assert tempat(error) == [("Nomenklatur", 3, "B")]
    assert '"PROGRAM PENUNJANG"' in error[0].diharapkan


def test_the_same_name_and_a_new_code_pass() -> None:
    assert (
        _error(
            rekaman("Nomenklatur", 3, kode="7.01.01", nama="PROGRAM PENUNJANG"),
            rekaman("Nomenklatur", 4, kode="7.01.02", nama="PROGRAM BARU"),
        )
        == []
    )
