from dataclasses import replace
from decimal import Decimal

from sakip.core.checks import realisasi_tanpa_target as rule
from sakip.core.model import Kinerja, OpdTahun

from .conftest import IKU_ZI, findings, with_iku, with_kinerja

D = Decimal


def _zi_tanpa_target(snapshot: OpdTahun, tahun: int) -> OpdTahun:
    target = {t: v for t, v in IKU_ZI.target.items() if t != tahun}
    return with_iku(snapshot, replace(IKU_ZI, target=target))


def test_it_flags_a_realisation_of_a_year_without_renstra_target(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _zi_tanpa_target(snapshot, 2022))

    assert (f.severity, f.tabel) == ("warning", 5)
    assert f.lokasi == "IKU3 Nilai Zona Integritas, tahun 2022"
    assert "tahun 2022 sebesar 64,50" in f.pesan
    assert f.ref == {"indikator": "IKU3", "tahun": "2022"}


def test_it_takes_a_yearly_value_entered_directly(snapshot: OpdTahun) -> None:
    # Tabel 13: Zona Integritas 62,43 in 2021.
    zi_2021 = Kinerja("IKU3", 2021, realisasi_tahun=D("62.43"), realisasi_tahun_diisi=True)
    (f,) = findings(rule, with_kinerja(_zi_tanpa_target(snapshot, 2021), zi_2021))
    assert "62,43" in f.pesan and f.ref["tahun"] == "2021"


def test_it_accepts_years_outside_the_renstra_and_values_not_available(
    snapshot: OpdTahun,
) -> None:
    # Tabel 13: SKM 84,56 in 2020, before the Renstra 2021-2026.
    skm_2020 = Kinerja("IKU1", 2020, realisasi_tahun=D("84.56"), realisasi_tahun_diisi=True)
    assert findings(rule, with_kinerja(snapshot, skm_2020)) == []
    na = Kinerja("IKU3", 2022, {4: D("64.50")}, {4: None})
    assert findings(rule, with_kinerja(_zi_tanpa_target(snapshot, 2022), na)) == []
