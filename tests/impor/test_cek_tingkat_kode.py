from sakip.core.codes import Level
from sakip.impor.cek import tingkat_kode
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec(
    "Anggaran",
    Kolom("sub", "Kode", Jenis.KODE_ANGGARAN, tingkat=(Level.SUB_KEGIATAN,)),
)


def test_it_refuses_a_kegiatan_code_where_a_sub_kegiatan_is_asked() -> None:
    r = rekaman("Anggaran", 4, sub=("7.01.01.2.01", "7.01.01.2.01"))
    error = list(tingkat_kode.check(data(SPEC, r), Konteks()))
    assert tempat(error) == [("Anggaran", 4, "A")]
    assert error[0].ditemukan == 'kode kegiatan "7.01.01.2.01"'
    assert error[0].diharapkan == "kode sub kegiatan"


def test_it_accepts_a_sub_kegiatan_code() -> None:
    r = rekaman("Anggaran", 4, sub="7.01.01.2.01.0001")
    assert list(tingkat_kode.check(data(SPEC, r), Konteks())) == []
