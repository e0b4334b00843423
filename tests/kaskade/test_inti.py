"""The cascade's pure computations: progress of actions, roll-up, and the consistency rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sakip.core import kaskade as c

D = Decimal


def _aksi(bobot: str, bulan: dict[int, tuple[str, str | None]], jabatan: str = "kasi") -> c.Aksi:
    return c.Aksi(
        "Aksi",
        jabatan,
        D(bobot),
        tuple(
            c.NilaiPeriode(str(b), D(t), None if r is None else D(r)) for b, (t, r) in bulan.items()
        ),
    )


PASANG = _aksi("60", {3: ("10", "8"), 4: ("10", "10"), 11: ("10", None), 12: ("5", "5")})
RAWAT = _aksi("40", {3: ("100", "95"), 6: ("100", "100")})


def test_it_measures_an_action_as_realised_over_planned_to_the_month() -> None:
    assert c.progres_aksi(PASANG, sampai_bulan=4) == D(90)  # (8 + 10) / (10 + 10)


def test_it_leaves_an_action_unknown_when_a_month_with_a_target_has_no_entry() -> None:
    # November has a target and nothing entered: the progress to December is unknown, not 23/35.
    assert c.progres_aksi(PASANG, sampai_bulan=12) is None
    assert c.progres_aksi(PASANG, sampai_bulan=10) == D(90)


def test_it_tells_a_measured_zero_from_a_missing_month() -> None:
    nol = _aksi("100", {1: ("5", "0")})
    assert c.progres_aksi(nol, 1) == D(0)
    empty = _aksi("100", {1: ("5", None)})
    assert c.progres_aksi(empty, 1) is None


def test_it_weighs_the_actions_of_a_target() -> None:
    # Pasang 90 % (weight 60), rawat 97,5 % (weight 40): (60 × 90 + 40 × 97,5) / 100 = 93.
    assert c.progres_tertimbang([PASANG, RAWAT], sampai_bulan=6) == D(93)
    assert c.progres_tertimbang([PASANG, RAWAT], sampai_bulan=12) is None


def test_it_caps_an_action_done_beyond_its_plan_at_100() -> None:
    assert c.progres_aksi(_aksi("1", {2: ("4", "6")}), 2) == D(100)


LENGKAP = (_aksi("60", {3: ("10", "9")}), _aksi("40", {6: ("100", "100")}))


def _kaskade(induk_kasi: tuple[str, str] | None, aksi: tuple[c.Aksi, ...] = LENGKAP) -> c.Kaskade:
    tahun = (c.NilaiPeriode("tahun", D(100), D(80)),)
    kepala = c.PerjanjianJabatan(
        "kepala",
        2023,
        1,
        None,
        None,
        None,
        (c.Indikator("IKU1", "Indikator utama", "%", "sasaran", None, tahun),),
    )
    kabid = c.PerjanjianJabatan(
        "kabid",
        2023,
        1,
        None,
        None,
        None,
        (c.Indikator("P1", "Program", "%", "program", ("kepala", "IKU1"), tahun),),
    )
    kasi = c.PerjanjianJabatan(
        "kasi",
        2023,
        1,
        None,
        None,
        None,
        (c.Indikator("K1", "Kegiatan", "Unit", "kegiatan", induk_kasi, (), aksi),),
    )
    return c.Kaskade(
        2023,
        (
            c.Jabatan("kepala", "Kepala", "jpt", None),
            c.Jabatan("kabid", "Kabid", "administrator", "kepala"),
            c.Jabatan("kasi", "Kasi", "pengawas", "kabid"),
        ),
        (kepala, kabid, kasi),
    )


def test_it_accepts_a_parent_in_the_parent_positions_pk() -> None:
    assert c.induk_di_luar_pk_atasan(_kaskade(("kabid", "P1"))) == []


def test_it_finds_a_parent_outside_the_parent_positions_pk() -> None:
    # The Kasi answers to the Kabid, but names the head's IKU: the cascade skips a level.
    salah = c.induk_di_luar_pk_atasan(_kaskade(("kepala", "IKU1")))
    assert salah == [c.IndukSalah("kasi", 1, "K1", ("kepala", "IKU1"), "kabid")]
    assert c.induk_di_luar_pk_atasan(_kaskade(None))[0].induk is None


def test_it_finds_an_indicator_above_the_one_it_supports() -> None:
    assert c.tingkat_terbalik(_kaskade(("kabid", "P1"))) == []
    k = _kaskade(("kabid", "P1"))
    kasi = k.pk[2]
    program = c.Indikator("P9", "Program Kasi", "%", "program", ("kasi", "K1"))
    terbalik = c.Kaskade(
        k.tahun, k.jabatan, (*k.pk[:2], replace(kasi, indikator=(*kasi.indikator, program)))
    )
    assert c.tingkat_terbalik(terbalik) == [
        c.TingkatTerbalik("kasi", 1, "P9", "program", ("kasi", "K1"), "kegiatan")
    ]


def test_it_rolls_capaian_up_the_tree_and_keeps_missing_as_missing() -> None:
    result = c.rollup(_kaskade(("kabid", "P1")))
    # Kegiatan from its actions by the dated rule: (60 × 90 + 40 × 100) / 100 = 94.
    assert result["kasi"].sendiri == D(94)
    assert result["kabid"].sendiri == D(80)  # a program measured directly: 80 / 100
    assert result["kabid"].bersama_bawahan == D(87)  # (80 + 94) / 2
    assert result["kepala"].bersama_bawahan == D(254) / 3
    # November entered nothing: the Kasi's capaian and every sum above it are unknown.
    akhir = c.rollup(_kaskade(("kabid", "P1"), (PASANG, RAWAT)))
    assert akhir["kasi"].sendiri is None and akhir["kasi"].kurang == ("K1",)
    assert akhir["kepala"].bersama_bawahan is None
    assert akhir["kepala"].sendiri == D(80)


def test_it_reads_the_dated_rule_naming_its_source() -> None:
    aturan = c.aturan_progres(2023)
    assert aturan.cara["kegiatan"] == c.RENCANA_AKSI
    assert aturan.cara["sasaran"] == c.LANGSUNG
    assert "53 Tahun 2014" in aturan.dasar_hukum


def test_it_finds_the_days_without_any_holder() -> None:
    old = c.Pemegang("A", None, "definitif", date(2020, 1, 1), date(2023, 6, 14))
    new = c.Pemegang("B", None, "definitif", date(2023, 7, 10), None)
    plt = c.Pemegang("C", None, "plt", date(2023, 6, 15), date(2023, 7, 9))
    j = c.Jabatan("kepala", "Kepala", "jpt", None, pemegang=(old, new))
    assert c.hari_tanpa_pemegang(j, 2023) == [(date(2023, 6, 15), date(2023, 7, 9))]
    j = c.Jabatan("kepala", "Kepala", "jpt", None, pemegang=(old, plt, new))
    assert c.hari_tanpa_pemegang(j, 2023) == []
    assert c.pemegang_pada(j, date(2023, 7, 1)) == plt
