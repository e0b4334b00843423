from decimal import Decimal

from sakip.impor.cek import angka_negatif
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec(
    "Anggaran",
    Kolom("pagu", "Pagu", Jenis.UANG),
    Kolom("fisik", "Fisik", Jenis.PERSEN),
    Kolom("nilai", "Nilai", Jenis.NILAI),
)


def test_it_refuses_a_negative_amount_at_its_cell() -> None:
    error = list(
        angka_negatif.check(
            data(SPEC, rekaman("Anggaran", 7, pagu=(Decimal("-1500000"), "-1.500.000,00"))),
            Konteks(),
        )
    )
    assert tempat(error) == [("Anggaran", 7, "A")]
    assert error[0].kode == "angka-negatif"
    assert 'ditemukan "-1.500.000,00", seharusnya angka nol atau lebih' in str(error[0])


def test_it_refuses_a_negative_physical_percentage() -> None:
    r = rekaman("Anggaran", 3, pagu=Decimal(0), fisik=Decimal("-5"))
    assert tempat(list(angka_negatif.check(data(SPEC, r), Konteks()))) == [("Anggaran", 3, "B")]


def test_it_accepts_zero_and_a_negative_indicator_value() -> None:
    r = rekaman("Anggaran", 3, pagu=Decimal(0), fisik=Decimal(0), nilai=Decimal("-2.5"))
    assert list(angka_negatif.check(data(SPEC, r), Konteks())) == []
