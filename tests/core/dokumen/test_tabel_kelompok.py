"""A group's text on every row it heads, so that a document can merge it and name it again on a
continued page: the kegiatan of Tabel 7's sub kegiatan."""

from decimal import Decimal

from sakip.core.model import OpdTahun
from sakip.core.tables import Gaya, Tabel, all_tabel
from sakip.render import tata_letak as tl


def _tabel(s: OpdTahun, key: str) -> Tabel:
    return next(t for t in all_tabel(s) if t.key == key)


def test_tabel_7_names_the_kegiatan_on_each_of_its_sub_kegiatan_rows(bontang: OpdTahun) -> None:
    t = _tabel(bontang, "strategi")
    sub = [r for r, gaya in enumerate(t.gaya) if gaya is Gaya.SUB_KEGIATAN]
    program = [r for r, gaya in enumerate(t.gaya) if gaya is Gaya.PROGRAM]

    # The rows are as many as before: 5 program rows and 37 sub kegiatan rows of 15 kegiatan.
    assert (len(t.baris), len(program), len(sub)) == (42, 5, 37)
    assert all(t.baris[r][3] for r in sub)
    assert len({t.baris[r][3] for r in sub}) == 15
    assert [t.baris[r][4] for r in program] == [""] * 5
    assert [r[3:] for r in t.baris[13:16]] == [
        ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ""],
        [
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        ],
        [
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        ],
    ]
    assert t.catatan[-1] == "Jumlah: 5 program, 15 kegiatan dan 37 sub kegiatan."


def test_tabel_7s_kegiatan_merges_over_its_sub_kegiatan_not_the_program_row(
    bontang: OpdTahun,
) -> None:
    t = _tabel(bontang, "strategi")
    gabung = tl.gabungan(t)
    rentang = {r: n for (r, c), n in gabung.items() if c == 3 and n > 1}

    assert 3 in t.gabung
    # Row 13 is the program; its 24-row sasaran holds 7 kegiatan of 2, 4, 2, 6, 2, 3 and 4 rows.
    assert gabung.get((13, 3), 1) == 1
    assert [rentang[r] for r in sorted(rentang) if 13 < r < 37] == [2, 4, 2, 6, 2, 3, 4]
    # Each merged cell covers the rows of one kegiatan only.
    for r, n in rentang.items():
        assert len({t.baris[i][3] for i in range(r, r + n)}) == 1
        assert {t.gaya[i] for i in range(r, r + n)} == {Gaya.SUB_KEGIATAN}


def test_a_program_row_prints_its_own_name_bold_and_the_shared_sasaran_plain(
    bontang: OpdTahun,
) -> None:
    t = _tabel(bontang, "strategi")

    assert [tl.tebal(t, 13, c) for c in range(5)] == [False, False, False, True, True]
    assert not any(tl.tebal(t, 14, c) for c in range(5))


def test_tabel_17_names_the_code_on_each_of_its_indicator_rows(bontang: OpdTahun) -> None:
    t = _tabel(bontang, "keluaran")
    rows = [r for r in t.baris if r[0] == "7.01.03.2.02.02" and r[10] == "Kelurahan Gn. Telihan"]

    # 117 rows as before; a code of four indicators gives four rows, each naming the code
    # and the sub kegiatan, its pagu and realisation once, on the first.
    assert len(t.baris) == 117
    assert [r[2] for r in rows] == [
        "Jumlah Pemasangan Paving Block",
        "Jumlah Perbaikan Drainase",
        "Jumlah Renovasi Jembatan",
        "Jumlah Semenisasi Jalan",
    ]
    assert {r[1] for r in rows} == {"Pembangunan Sarana dan Prasarana Kelurahan"}
    assert [(r[6], r[8]) for r in rows] == [(Decimal("751147800"), Decimal("745025043"))] + [
        ("", "")
    ] * 3
    assert all(
        r[0] and r[1] for r, gaya in zip(t.baris, t.gaya, strict=True) if gaya is not Gaya.TOTAL
    )
    # The merged code and name span exactly the indicator rows of one code.
    gabung = tl.gabungan(t)
    mulai = t.baris.index(rows[0])
    assert (gabung[(mulai, 0)], gabung[(mulai, 1)]) == (4, 4)
    # Four codes have several indicators (Gn. Telihan 4 and 3, Belimbing 6 and 2).
    assert sorted(n for (_, c), n in gabung.items() if c == 0 and n > 1) == [2, 3, 4, 6]
    assert sum(r[6] for r in t.baris if isinstance(r[6], Decimal) and r[0].count(".") == 5) == (
        Decimal("30177653595")
    )
