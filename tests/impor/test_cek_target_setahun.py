from decimal import Decimal

from sakip.impor.cek import target_setahun
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import data, rekaman, spec, tempat

SPEC = spec(
    "Kinerja Triwulan",
    Kolom("iku", "Kode IKU"),
    Kolom("triwulan", "Triwulan", Jenis.PILIHAN),
    Kolom("target", "Target", Jenis.NILAI),
)


def test_a_yearly_row_with_a_target_is_refused() -> None:
    r = rekaman("Kinerja Triwulan", 8, iku="IKU1", triwulan="tahun", target=Decimal(87))
    assert tempat(list(target_setahun.check(data(SPEC, r), Konteks()))) == [
        ("Kinerja Triwulan", 8, "C")
    ]


def test_a_quarter_with_a_target_passes() -> None:
    r = rekaman("Kinerja Triwulan", 8, iku="IKU1", triwulan="4", target=Decimal(87))
    assert list(target_setahun.check(data(SPEC, r), Konteks())) == []
