from sakip.impor.cek import baris_ganda
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Aset", Kolom("jenis", "Jenis Aset"), Kolom("nilai", "Nilai"), key=("jenis",))


def test_it_refuses_the_second_row_of_the_same_key() -> None:
    rows = [
        rekaman("Aset", 2, jenis="Tanah"),
        rekaman("Aset", 3, jenis="Gedung"),
        rekaman("Aset", 4, jenis="Tanah"),
    ]
    error = list(baris_ganda.check(data(SPEC, *rows), Konteks()))
    assert tempat(error) == [("Aset", 4, "A")]
    assert "baris 2 sudah memuatnya" in error[0].diharapkan


def test_it_skips_rows_whose_key_could_not_be_read() -> None:
    rows = [rekaman("Aset", 2, jenis=None), rekaman("Aset", 3, jenis=None)]
    assert list(baris_ganda.check(data(SPEC, *rows), Konteks())) == []
