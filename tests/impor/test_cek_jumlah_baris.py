from sakip.impor.cek import jumlah_baris
from sakip.impor.data import DataImpor, RowLimit
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Kolom

from .helpers import rekaman, spec, tempat

PEMDA = spec("Pemda", Kolom("kode", "Kode Pemda"))
RPJMD = spec("RPJMD", Kolom("visi", "Visi"))
MISI = spec("Misi RPJMD", Kolom("kode", "Kode Misi"))


def _data(pemda: int, rpjmd: int, misi: int) -> DataImpor:
    return DataImpor(
        spec={s.nama: s for s in (PEMDA, RPJMD, MISI)},
        lembar={
            "Pemda": [rekaman("Pemda", n + 2, kode="64.74") for n in range(pemda)],
            "RPJMD": [rekaman("RPJMD", n + 2, visi="x") for n in range(rpjmd)],
            "Misi RPJMD": [rekaman("Misi RPJMD", n + 2, kode=f"M{n}") for n in range(misi)],
        },
        row_limit=(RowLimit("Pemda", 1, 1), RowLimit("RPJMD", 0, 1, ("Misi RPJMD",))),
    )


def test_it_refuses_a_second_pemda_row_at_that_row() -> None:
    error = list(jumlah_baris.check(_data(2, 0, 0), Konteks()))
    assert tempat(error) == [("Pemda", 3, None)]
    assert error[0].diharapkan == "tepat 1 baris data"


def test_misi_rows_need_their_rpjmd() -> None:
    assert [g.tempat.lembar for g in jumlah_baris.check(_data(1, 0, 2), Konteks())] == ["RPJMD"]
    assert list(jumlah_baris.check(_data(1, 0, 0), Konteks())) == []
