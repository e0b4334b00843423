"""The Pemda indicator roll-up rules, the ranking and the code mapping of a new year (pure core)."""

from __future__ import annotations

from decimal import Decimal as D

from sakip.core import tahun_baru as tb
from sakip.core.model import Polaritas
from sakip.core.pemda import Aturan, Sumbangan, compute, peringkat

NAIK = Polaritas.NAIK


def _s(realisasi: str | None, capaian: str | None, bobot: str | None = None) -> Sumbangan:
    return Sumbangan(
        "OPD",
        D(realisasi) if realisasi else None,
        D(capaian) if capaian else None,
        D(bobot) if bobot else None,
    )


def test_it_sums_the_opd_realisations_and_divides_by_the_target() -> None:
    h = compute(Aturan.JUMLAH, D(200), NAIK, None, [_s("120", None), _s("60", None)])
    assert (h.realisasi, h.capaian) == (D(180), D(90))
    assert h.rincian == "120,00 + 60,00 = 180,00"


def test_it_averages_the_opd_realisations() -> None:
    h = compute(Aturan.RATA_REALISASI, D(80), NAIK, None, [_s("70", None), _s("90", None)])
    assert (h.realisasi, h.capaian) == (D(80), D(100))
    assert h.rincian == "(70,00 + 90,00) / 2 = 80,00"


def test_it_averages_the_opd_capaian_without_a_realisation() -> None:
    h = compute(Aturan.RATA_CAPAIAN, D(10), NAIK, None, [_s(None, "99.06"), _s(None, "100")])
    assert (h.realisasi, h.capaian) == (None, D("99.53"))


def test_it_weights_the_opd_capaian() -> None:
    h = compute(Aturan.TERTIMBANG, None, NAIK, None, [_s(None, "80", "3"), _s(None, "100", "1")])
    assert h.capaian == D(85)
    assert h.rincian == "(3,00 × 80,00 + 1,00 × 100,00) / (3,00 + 1,00) = 85,00"


def test_a_zero_capaian_counts_in_the_weighted_rule() -> None:
    h = compute(Aturan.TERTIMBANG, None, NAIK, None, [_s(None, "0", "1"), _s(None, "100", "1")])
    assert h.capaian == D(50)


def test_it_uses_the_entered_value_with_the_polarity() -> None:
    h = compute(Aturan.DIISI, D(10), Polaritas.TURUN, D(8), [])
    assert (h.realisasi, h.capaian) == (D(8), D(120))


def test_one_missing_opd_value_makes_the_figure_missing_not_partial() -> None:
    for aturan in (Aturan.JUMLAH, Aturan.RATA_REALISASI):
        h = compute(aturan, D(100), NAIK, None, [_s("50", None), _s(None, None)])
        assert (h.realisasi, h.capaian) == (None, None)
        assert "n/a" in h.rincian
    h = compute(Aturan.RATA_CAPAIAN, D(100), NAIK, None, [_s(None, "90"), _s(None, None)])
    assert h.capaian is None
    h = compute(Aturan.TERTIMBANG, D(100), NAIK, None, [_s(None, "90", "1"), _s(None, "80")])
    assert h.capaian is None


def test_no_linked_indicator_is_missing() -> None:
    h = compute(Aturan.JUMLAH, D(100), NAIK, None, [])
    assert (h.realisasi, h.capaian) == (None, None)
    assert h.rincian == "tidak ada indikator perangkat daerah yang ditautkan"
    assert compute(Aturan.DIISI, D(100), NAIK, None, []).capaian is None


def test_every_rule_has_an_indonesian_label_and_wording() -> None:
    for a in Aturan:
        assert a.label and a.uraian.endswith(".")
    assert dict(Aturan.choices())["rata_capaian"] == "Rata-rata capaian perangkat daerah"


def test_the_ranking_orders_by_capaian_then_serapan_and_leaves_missing_unranked() -> None:
    result = peringkat(
        [
            ("A", D(90), D(80)),
            ("B", D(95), None),
            ("C", D(90), D(85)),
            ("D", None, D(99)),
            ("E", D(90), D(85)),
        ]
    )
    assert result == {"B": 1, "C": 2, "E": 2, "A": 4, "D": None}


def _versi(lengkap: bool, item: dict[str, str], digit: int = 4) -> tb.Versi:
    return tb.Versi("Versi uji", lengkap, digit, item)


def test_a_code_the_new_version_holds_is_carried_in_its_format() -> None:
    p = tb.petakan(
        "7.01.01.2.01.01", "Penyusunan", _versi(True, {"7.01.01.2.01.0001": "Penyusunan"})
    )
    assert (p.nasib, p.kode, p.kode_sumber, p.disalin, p.dicatat) == (
        tb.Nasib.SAMA,
        "7.01.01.2.01.0001",
        "7.01.01.2.01.0001",
        True,
        False,
    )


def test_a_renamed_code_is_carried_and_listed() -> None:
    p = tb.petakan("7.01.01", "PROGRAM A", _versi(True, {"7.01.01": "PROGRAM B"}))
    assert (p.nasib, p.disalin, p.dicatat, p.new_nama) == (
        tb.Nasib.NAMA_BERUBAH,
        True,
        True,
        "PROGRAM B",
    )
    # Case and spacing are not a change of name.
    assert tb.petakan("7.01.01", "Program  a", _versi(True, {"7.01.01": "PROGRAM A"})).nasib is (
        tb.Nasib.SAMA
    )


def test_a_vanished_code_is_listed_and_never_replaced() -> None:
    p = tb.petakan("7.01.01.2.01.01", "X", _versi(True, {"7.01.01.2.01.0002": "X"}))
    assert (p.nasib, p.disalin, p.kode_sumber) == (tb.Nasib.HILANG, False, None)


def test_a_code_a_partial_version_lacks_is_carried_unverified() -> None:
    p = tb.petakan("7.01.01.2.01.01", "X", _versi(False, {}, digit=2))
    assert (p.nasib, p.disalin, p.dicatat, p.kode_sumber) == (
        tb.Nasib.TIDAK_TERDAFTAR,
        True,
        True,
        "7.01.01.2.01.01",
    )
    assert tb.petakan("7.01.01", None, None).nasib is tb.Nasib.TANPA_NOMENKLATUR
