from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.anggaran import (
    Node,
    compute_total,
    realisasi_s_d_triwulan,
    realisasi_total,
    rollup,
    total,
)
from sakip.core.codes import KodeTidakValid, Level
from sakip.core.numbers import round_half_up, sum_or_none

D = Decimal

# The reference report's Tabel 19, Kelurahan Kanaan (7.01.0.00.0.00.30.0001), as printed.
KANAAN = [
    ("7.01.02.2.02.03", D("798778426.00"), D("783211912.00")),
    ("7.01.03.2.02.01", D("13500000.00"), D("13012550.00")),
    ("7.01.03.2.02.02", D("0.00"), D("0.00")),
    ("7.01.03.2.02.03", D("60206008.00"), D("26075000.00")),
    ("7.01.03.2.03.01", D("507432904.00"), D("491667200.00")),
    ("7.01.03.2.03.04", D("367999850.00"), D("358246260.00")),
    ("7.01.04.2.01.01", D("24000000.00"), D("24000000.00")),
    ("7.01.05.2.01.01", D("15000000.00"), D("13317780.00")),
]


def _find(nodes: list[Node], kode: str) -> Node:
    for node in nodes:
        if node.kode == kode:
            return node
        if kode.startswith(node.kode + "."):
            return _find(node.children, kode)
    raise AssertionError(f"{kode} tidak ada")


def test_it_rolls_up_kanaan_as_printed() -> None:
    program = rollup((kode, pagu, realisasi) for kode, pagu, realisasi in KANAAN)
    assert [p.kode for p in program] == ["7.01.02", "7.01.03", "7.01.04", "7.01.05"]
    assert all(p.level is Level.PROGRAM for p in program)

    pemberdayaan = _find(program, "7.01.03")
    assert (pemberdayaan.pagu, pemberdayaan.realisasi) == (D("949138762"), D("889001010"))
    assert pemberdayaan.sisa == D("60137752")
    assert round_half_up(pemberdayaan.serapan) == D("93.66")
    assert round_half_up(pemberdayaan.efisiensi) == D("6.34")
    assert [k.kode for k in pemberdayaan.children] == ["7.01.03.2.02", "7.01.03.2.03"]

    kelurahan = _find(program, "7.01.03.2.02")
    assert kelurahan.level is Level.KEGIATAN
    assert (kelurahan.pagu, kelurahan.realisasi) == (D("73706008"), D("39087550"))
    assert round_half_up(kelurahan.serapan) == D("53.03")
    assert [s.kode for s in kelurahan.children] == [
        "7.01.03.2.02.0001",
        "7.01.03.2.02.0002",
        "7.01.03.2.02.0003",
    ]
    assert kelurahan.children[0].level is Level.SUB_KEGIATAN

    jumlah = total(program)
    assert (jumlah.pagu, jumlah.realisasi) == (D("1786917188"), D("1709530702"))
    assert jumlah.sisa == D("77386486")
    assert round_half_up(jumlah.serapan) == D("95.67")


def test_it_shows_no_serapan_for_a_zero_pagu() -> None:
    # Tabel 19 prints 0,00 for Pembangunan Sarana dan Prasarana Kelurahan: it is not available.
    sarpras = _find(rollup(KANAAN), "7.01.03.2.02.0002")
    assert sarpras.sisa == D("0")
    assert sarpras.serapan is None
    assert sarpras.efisiensi is None


def test_it_sums_a_sub_kegiatan_that_appears_twice() -> None:
    program = rollup(
        [
            ("7.01.02.2.02.03", D("100"), D("80")),
            ("7.01.02.2.02.0003", D("50"), None),
            ("7.01.02.2.02.04", D("10"), None),
        ]
    )
    kegiatan = program[0].children[0]
    assert [(s.kode, s.pagu, s.realisasi) for s in kegiatan.children] == [
        ("7.01.02.2.02.0003", D("150"), D("80")),
        ("7.01.02.2.02.0004", D("10"), None),
    ]
    assert (kegiatan.pagu, kegiatan.realisasi) == (D("160"), D("80"))


def test_it_keeps_realisasi_unknown_only_when_every_child_is() -> None:
    program = rollup([("7.01.02.2.02.03", D("100"), None), ("7.01.02.2.02.04", D("10"), None)])
    assert program[0].realisasi is None
    assert program[0].sisa is None
    assert program[0].serapan is None
    assert total(program).realisasi is None


@pytest.mark.parametrize("kode", ["7.01.02.2.02", "7.01.02", "7.01"])
def test_it_rejects_a_line_that_is_not_a_sub_kegiatan(kode: str) -> None:
    with pytest.raises(ValueError, match=kode.replace(".", r"\.")):
        rollup([(kode, D("1"), D("1"))])


def test_it_rejects_an_invalid_code_with_its_own_error() -> None:
    with pytest.raises(KodeTidakValid):
        rollup([("7.01.01.2.08.0", D("1"), D("1"))])


def test_it_counts_programs_kegiatan_and_sub_kegiatan() -> None:
    assert compute_total(kode for kode, _, _ in KANAAN) == (4, 5, 8)
    assert compute_total(["7.01.02.2.02.03", "7.01.02.2.02.0003", "7.01.05.2.01"]) == (2, 2, 1)
    assert compute_total([]) == (0, 0, 0)


_segmen = st.sampled_from(["01", "02", "03"])
_kode_sub = st.builds(
    lambda u, b, p, k, s, empat: f"{u}.{b}.{p}.2.{k}.{s.zfill(4) if empat else s}",
    st.sampled_from(["1", "7"]),
    _segmen,
    _segmen,
    _segmen,
    _segmen,
    st.booleans(),
)
_uang = st.decimals(min_value=0, max_value=10**13, places=2, allow_nan=False, allow_infinity=False)
_baris = st.lists(st.tuples(_kode_sub, _uang, st.none() | _uang), max_size=40)


def _check(node: Node) -> None:
    if node.level is Level.SUB_KEGIATAN:
        assert node.children == []
        return
    assert node.children
    assert node.pagu == sum((c.pagu for c in node.children), D(0))
    assert node.realisasi == sum_or_none(c.realisasi for c in node.children)
    assert (node.realisasi is None) == all(c.realisasi is None for c in node.children)
    for child in node.children:
        assert child.kode.startswith(node.kode + ".")
        _check(child)


@given(_baris)
def test_every_parent_holds_the_sum_of_its_children(
    baris: list[tuple[str, Decimal, Decimal | None]],
) -> None:
    program = rollup(baris)
    for node in program:
        assert node.level is Level.PROGRAM
        _check(node)
    assert [p.kode for p in program] == sorted({p.kode for p in program})
    jumlah = total(program)
    assert jumlah.pagu == sum((pagu for _, pagu, _ in baris), D(0))
    assert jumlah.realisasi == sum_or_none(realisasi for _, _, realisasi in baris)


@pytest.mark.parametrize(
    ("realisasi", "triwulan", "expected"),
    [
        ({"tw1": D("10"), "tw2": D("20"), "tw3": D("30"), "tw4": D("40")}, 2, D("30")),
        ({"tw1": D("10"), "tw2": D("20"), "tw3": D("30"), "tw4": D("40")}, 4, D("100")),
        ({"1": D("1"), "3": D("2"), "4": D("4"), "12": D("8")}, 1, D("3")),
        ({"1": D("1"), "3": D("2"), "4": D("4"), "12": D("8")}, 2, D("7")),
        ({"1": D("1"), "3": D("2"), "4": D("4"), "12": D("8")}, 3, D("7")),
        ({"1": D("1"), "3": D("2"), "4": D("4"), "12": D("8")}, 4, D("15")),
        # A yearly amount is known only once the year is over.
        ({"tahun": D("29109889488")}, 3, None),
        ({"tahun": D("29109889488")}, 4, D("29109889488")),
        ({"tw3": D("5")}, 2, None),
        ({}, 4, None),
        ({"tw1": D("0")}, 1, D("0")),
    ],
)
def test_it_sums_realisasi_up_to_a_quarter(
    realisasi: dict[str, Decimal], triwulan: int, expected: Decimal | None
) -> None:
    assert realisasi_s_d_triwulan(realisasi, triwulan) == expected
    assert (realisasi_s_d_triwulan(realisasi, triwulan) is None) == (expected is None)


def test_it_sums_the_whole_year() -> None:
    assert realisasi_total({"tw1": D("10"), "5": D("2"), "9": D("3")}) == D("15")
    assert realisasi_total({"tahun": D("889001010")}) == D("889001010")
    assert realisasi_total({}) is None


@pytest.mark.parametrize("key", ["tw5", "13", "0", "januari", "TW1", "Tahun", "1.5"])
def test_it_rejects_an_unknown_period_key(key: str) -> None:
    with pytest.raises(ValueError, match="tidak dikenal"):
        realisasi_total({key: D("1")})


@pytest.mark.parametrize("triwulan", [0, 5])
def test_it_rejects_a_quarter_outside_1_to_4(triwulan: int) -> None:
    with pytest.raises(ValueError, match="Triwulan"):
        realisasi_s_d_triwulan({"tw1": D("1")}, triwulan)
