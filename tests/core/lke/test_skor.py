"""Scores, predikat and the logic rule of the LKE (docs/lke.md), with worked examples."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.lke import skor
from sakip.core.lke.template import find

T = find("permenpanrb-88-2021-opd")


def _all_items(tinggi: bool) -> dict[str, str | None]:
    return {kr.kode: T.jenis(kr).kode_pilihan[0 if tinggi else -1] for kr in T.kriteria()}


def test_all_highest_answers_score_100_and_aa() -> None:
    n = skor.compute(T, _all_items(True))
    assert n.total == 100
    assert n.komponen == {"1": 30, "2": 30, "3": 15, "4": 25}
    assert n.predikat == "AA"
    assert skor.temuan_logika(T, _all_items(True)) == []


def test_all_lowest_answers_score_0_and_d() -> None:
    n = skor.compute(T, _all_items(False))
    assert n.total == 0
    assert n.predikat == "D"


def test_a_mixed_case_computed_by_hand() -> None:
    # 1.a: Y, Y, T, T          -> mean 0.5   x 6  = 3
    # 1.b: eight times B       -> mean 0.75  x 9  = 6.75
    # 1.c: A, B, C, D          -> mean 0.625 x 15 = 9.375
    # Komponen 1 = 3 + 6.75 + 9.375 = 19.125; komponen 2, 3, 4 all highest = 30 + 15 + 25 = 70
    # Total 89.125: above 80 and not above 90 -> A.
    jawaban = _all_items(True)
    jawaban.update({"1.a.1": "Y", "1.a.2": "Y", "1.a.3": "T", "1.a.4": "T"})
    jawaban.update({f"1.b.{i}": "B" for i in range(1, 9)})
    jawaban.update({"1.c.1": "A", "1.c.2": "B", "1.c.3": "C", "1.c.4": "D"})
    n = skor.compute(T, jawaban)
    assert n.subkomponen["1.a"] == Decimal("3")
    assert n.subkomponen["1.b"] == Decimal("6.75")
    assert n.subkomponen["1.c"] == Decimal("9.375")
    assert n.komponen["1"] == Decimal("19.125")
    assert n.total == Decimal("89.125")
    assert n.predikat == "A"
    # Logic: every 1.b answer (0.75) is above the 1.a mean (0.5); 1.c.1 (A = 1) above the 1.b mean.
    temuan = skor.temuan_logika(T, jawaban)
    assert [(t.kriteria, t.dasar) for t in temuan] == [
        *((f"1.b.{i}", "1.a") for i in range(1, 9)),
        ("1.c.1", "1.b"),
    ]
    assert temuan[-1].pesan == (
        "Jawaban kriteria 1.c.1 lebih tinggi dari nilai rata-rata subkomponen 1.b."
    )


def test_an_unanswered_criterion_leaves_its_parts_without_score() -> None:
    jawaban = _all_items(True)
    jawaban["2.b.3"] = None
    n = skor.compute(T, jawaban)
    assert n.subkomponen["2.b"] is None
    assert n.komponen["2"] is None
    assert n.komponen["1"] == 30
    assert n.total is None
    assert n.predikat is None


def test_exactly_90_is_a_not_aa() -> None:
    # Lose exactly 10 points from 100: 4.a all T (-5); 1.a two of four T (mean 0.5 x 6 = 3, -3);
    # 3.a four of six T (mean 1/3 x 3 = 1, -2). 90 is not above 90 -> A (lower bounds exclusive).
    jawaban = _all_items(True)
    jawaban.update({"4.a.1": "T", "4.a.2": "T", "4.a.3": "T"})
    jawaban.update({"1.a.1": "T", "1.a.2": "T"})
    jawaban.update({f"3.a.{i}": "T" for i in range(1, 5)})
    n = skor.compute(T, jawaban)
    assert n.total == 90
    assert n.predikat == "A"
