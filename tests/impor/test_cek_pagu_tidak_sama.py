from decimal import Decimal

from sakip.impor.cek import pagu_tidak_sama
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Bulanan", Kolom("pagu", "Pagu", Jenis.UANG))


def _baris(n: int, pagu: str) -> object:
    return rekaman(
        "Bulanan",
        n,
        unit="2.15.0.00.0.00.01.0000",
        tahun=2023,
        tahap="perubahan",
        sub_kegiatan="2.15.01.2.01.0001",
        pagu=Decimal(pagu),
    )


def test_rows_of_one_line_with_two_pagu_are_refused() -> None:
    d = data(
        SPEC,
        _baris(2, "42500000"),
        _baris(3, "42500000"),
        _baris(4, "45000000"),  # type: ignore[arg-type]
        periode_anggaran=("Bulanan",),
    )
    error = list(pagu_tidak_sama.check(d, Konteks()))
    assert tempat(error) == [("Bulanan", 4, "E")]
    assert "baris 2 menulis 42.500.000,00" in error[0].diharapkan
