from dataclasses import replace
from decimal import Decimal

from sakip.core.checks import belanja_beda_pagu as rule
from sakip.core.model import Belanja, OpdTahun

from .conftest import BELANJA, findings

D = Decimal


def _belanja(snapshot: OpdTahun, *belanja: Belanja) -> OpdTahun:
    return replace(snapshot, belanja=belanja)


def test_it_flags_belanja_that_does_not_add_up_to_the_pagu(snapshot: OpdTahun) -> None:
    modal = Belanja("Belanja Modal", "perubahan", D("3091882799.00"))

    (f,) = findings(rule, _belanja(snapshot, BELANJA[0], modal))

    assert (f.severity, f.tabel, f.lokasi) == ("error", None, "Belanja tahap perubahan")
    assert f.pesan == (
        "Belanja Operasi Rp 1.771.802.827,00 + Belanja Modal Rp 3.091.882.799,00 = "
        "Rp 4.863.685.626,00, tidak sama dengan jumlah pagu sub kegiatan tahap perubahan sebesar "
        "Rp 1.843.700.555,00 (selisih Rp 3.019.985.071,00)."
    )


def test_it_accepts_belanja_equal_to_the_pagu(snapshot: OpdTahun) -> None:
    assert findings(rule, snapshot) == []


def test_it_skips_stages_without_lines_unknown_amounts_or_no_belanja(snapshot: OpdTahun) -> None:
    murni = Belanja("Belanja Operasi", "murni", D("1.00"))
    tak_diketahui = replace(BELANJA[1], nilai=None)
    assert findings(rule, _belanja(snapshot, *BELANJA, murni)) == []
    assert findings(rule, _belanja(snapshot, BELANJA[0], tak_diketahui)) == []
    assert findings(rule, _belanja(snapshot)) == []
