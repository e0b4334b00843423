from sakip.impor.cek import jabatan_tidak_dikenal
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Kolom

from .helpers import rekaman, spec, tempat

REKOMENDASI = spec(
    "Rekomendasi", Kolom("uraian", "Rekomendasi"), Kolom("jabatan", "Jabatan Penanggung Jawab")
)
KONTEKS = Konteks(
    kode_db={"jabatan": {"lurah", "kasubag-renkeu"}},
    nama_opd={"7.01.0.00.0.00.30.0000": "Kecamatan Bontang Barat"},
)


def _data(*rows: object) -> DataImpor:
    return DataImpor(
        spec={"Rekomendasi": REKOMENDASI},
        lembar={"Rekomendasi": list(rows)},  # type: ignore[arg-type]
        tahun=2022,
        identitas={"opd_lembar": ("7.01.0.00.0.00.30.0000", None)},
    )


def test_a_recommendation_names_a_position_of_its_opd() -> None:
    d = _data(
        rekaman("Rekomendasi", 2, uraian="Reviu IKU", jabatan="kasubag-renkeu"),
        rekaman("Rekomendasi", 3, uraian="Reviu PK", jabatan=None),
        rekaman("Rekomendasi", 4, uraian="Reviu Renstra", jabatan="kadis-pu"),
    )
    error = list(jabatan_tidak_dikenal.check(d, KONTEKS))
    assert tempat(error) == [("Rekomendasi", 4, "B")]
    assert error[0].ditemukan == '"kadis-pu"'
    assert error[0].diharapkan == (
        "kode jabatan pada kaskade Kecamatan Bontang Barat (lihat halaman Kaskade)"
    )


def test_an_opd_without_positions_refuses_every_position() -> None:
    d = _data(rekaman("Rekomendasi", 2, uraian="Reviu IKU", jabatan="lurah"))
    assert tempat(list(jabatan_tidak_dikenal.check(d, Konteks()))) == [("Rekomendasi", 2, "B")]


def test_a_position_the_workbook_adds_in_its_jabatan_sheet_is_known() -> None:
    d = _data(
        rekaman("Rekomendasi", 2, uraian="Reviu IKU", jabatan="staf-renkeu"),
        rekaman("Rekomendasi", 3, uraian="Reviu PK", jabatan="kadis-pu"),
    )
    d.lembar["Jabatan"] = [rekaman("Jabatan", 9, kode="staf-renkeu", nama="Analis Perencanaan")]
    error = list(jabatan_tidak_dikenal.check(d, KONTEKS))
    assert tempat(error) == [("Rekomendasi", 3, "B")]
    assert error[0].ditemukan == '"kadis-pu"'
