from dataclasses import replace
from datetime import date
from decimal import Decimal

from sakip.core.checks import triwulan_tanpa_realisasi as rule
from sakip.core.model import Kinerja, OpdTahun
from sakip.core.periode import JenisPeriode

from .conftest import IKU_TRANTIB, KINERJA, make_snapshot, with_iku, with_kinerja

D = Decimal

# The reference report is signed on 16 January 2023, after the whole of 2022.
DITANDATANGANI = date(2023, 1, 16)
TRANTIB = KINERJA[("IKU4", 2022)]


def _trantib_tanpa(triwulan: int) -> OpdTahun:
    realisasi = {t: v for t, v in TRANTIB.realisasi_triwulan.items() if t != triwulan}
    return with_kinerja(make_snapshot(), replace(TRANTIB, realisasi_triwulan=realisasi))


def test_it_flags_a_past_quarter_with_a_target_but_no_realisation_entered() -> None:
    (f,) = rule.check(_trantib_tanpa(3), hari_ini=DITANDATANGANI)

    assert (f.rule, f.severity, f.tabel) == ("triwulan-tanpa-realisasi", "warning", 12)
    assert f.lokasi == (
        "IKU4 Persentase Laporan Gangguan Ketenteraman dan Ketertiban yang ditindaklanjuti,"
        " Triwulan III"
    )
    assert "Triwulan III 2022" in f.pesan and "100,00" in f.pesan
    assert "belum diisi" in f.pesan
    assert f.ref == {"indikator": "IKU4", "tahun": "2022", "triwulan": "3"}


def test_it_flags_a_realisation_stated_not_available_in_other_words() -> None:
    # Tabel 12: Zona Integritas, Triwulan IV, target 63, realisasi n/a.
    zi = Kinerja("IKU3", 2022, {4: D("63")}, {4: None})

    (f,) = rule.check(with_kinerja(make_snapshot(), zi), hari_ini=DITANDATANGANI)

    assert "Triwulan IV 2022" in f.pesan and "63,00" in f.pesan
    assert "tidak tersedia (n/a)" in f.pesan and "belum diisi" not in f.pesan


def test_it_waits_until_the_quarter_has_ended() -> None:
    s = _trantib_tanpa(3)
    assert list(rule.check(s, hari_ini=date(2022, 9, 30))) == []
    assert len(list(rule.check(s, hari_ini=date(2022, 10, 1)))) == 1


def test_it_takes_today_when_no_date_is_given() -> None:
    assert len(list(rule.check(_trantib_tanpa(1)))) == 1


def test_it_accepts_quarters_without_a_target_and_other_years() -> None:
    tanpa_target = Kinerja("IKU3", 2022, {4: None}, {})
    tahun_lalu = Kinerja("IKU4", 2021, {1: D("100")}, {})
    s = with_kinerja(with_kinerja(make_snapshot(), tanpa_target), tahun_lalu)
    assert list(rule.check(s, hari_ini=DITANDATANGANI)) == []


def test_it_names_the_months_of_a_monthly_indicator_left_empty() -> None:
    bulanan = replace(IKU_TRANTIB, periode_ukur=JenisPeriode.BULAN)
    kinerja = Kinerja("IKU4", 2022, {1: D("100")}, realisasi_bulan={1: D("100"), 3: D("100")})
    s = with_kinerja(with_iku(make_snapshot(), bulanan), kinerja)

    (f,) = rule.check(s, hari_ini=DITANDATANGANI)
    assert f.pesan == (
        "Triwulan I 2022 sudah berakhir dan bertarget 100,00, tetapi realisasi bulan "
        "Februari 2022 belum diisi."
    )
