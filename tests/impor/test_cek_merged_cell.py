from decimal import Decimal

from sakip.impor.cek import merged_cell
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec("Realisasi", Kolom("unit", "Unit", Jenis.KODE_UNIT), Kolom("pagu", "Pagu", Jenis.UANG))


def test_it_refuses_an_amount_filled_from_a_merged_range() -> None:
    r = rekaman(
        "Realisasi", 6, gabungan={"pagu": "B5:B6"}, unit="7.01.0.00.0.00.30.0000", pagu=Decimal(100)
    )
    error = list(merged_cell.check(data(SPEC, r), Konteks()))
    assert tempat(error) == [("Realisasi", 6, "B")]
    assert "B5:B6" in error[0].diharapkan


def test_it_accepts_a_code_merged_over_its_rows() -> None:
    r = rekaman(
        "Realisasi", 6, gabungan={"unit": "A5:A6"}, unit="7.01.0.00.0.00.30.0000", pagu=Decimal(100)
    )
    assert list(merged_cell.check(data(SPEC, r), Konteks())) == []
