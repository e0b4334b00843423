"""A DOCX table's merged cells: a merge longer than a part is cut into parts of about equal
size, each later part writing the text again with "(lanjutan)", each part kept on one page,
and the columns merged inside it cut where it is."""

from __future__ import annotations

from lxml import etree

from sakip.core.tables.base import Gaya, Kolom, Tabel
from sakip.render.docx_xml import BARIS_LANJUTAN, W, gabungan_dipotong, tabel


def _tabel() -> Tabel:
    # 20 rows of one sasaran; its strategi changes after row 9; the sub kegiatan all differ.
    t = Tabel("uji", "Uji", [Kolom("Sasaran"), Kolom("Strategi"), Kolom("Sub Kegiatan")])
    t.gabung = (0, 1)
    for i in range(20):
        t.add(["Sasaran A", "Strategi x" if i < 9 else "Strategi y", f"Sub {i}"])
    return t


def test_a_long_merge_is_cut_into_equal_parts_each_later_one_continued() -> None:
    gabung, lanjutan = gabungan_dipotong(_tabel())

    assert BARIS_LANJUTAN == 8
    # 20 rows in parts of at most 8: 7 + 7 + 6.
    assert [(r, gabung[(r, 0)]) for r in range(20) if gabung.get((r, 0), 1) > 1] == [
        (0, 7),
        (7, 7),
        (14, 6),
    ]
    # The strategi are cut where the sasaran is: 0-6, 7-8 (continued), 9-13, 14-19 (continued).
    assert [(r, gabung[(r, 1)]) for r in range(20) if gabung.get((r, 1), 1) > 1] == [
        (0, 7),
        (7, 2),
        (9, 5),
        (14, 6),
    ]
    assert lanjutan == {(7, 0), (14, 0), (7, 1), (14, 1)}
    assert all((r, 2) not in gabung for r in range(20))


def test_a_merge_that_fits_a_part_is_left_whole() -> None:
    t = _tabel()
    del t.baris[8:], t.gaya[8:]

    gabung, lanjutan = gabungan_dipotong(t)

    assert gabung[(0, 0)] == 8
    assert lanjutan == set()


def _baris(t: Tabel) -> list[tuple[list[str], bool]]:
    """Return each body row's cell texts and whether all its paragraphs keep with the next."""
    tbl = etree.fromstring(tabel(t, [2000, 2000, 2000], 9.0))
    ns = {"w": W.split('"')[1]}
    result = []
    for tr in tbl.findall("w:tr", ns)[1:]:
        teks = ["".join(tc.itertext()) for tc in tr.findall("w:tc", ns)]
        paragraf = tr.findall(".//w:p", ns)
        result.append((teks, all(p.find("w:pPr/w:keepNext", ns) is not None for p in paragraf)))
    return result


def test_each_part_is_kept_on_one_page_and_a_continued_part_names_its_cells() -> None:
    baris = _baris(_tabel())

    assert baris[7][0] == ["Sasaran A (lanjutan)", "Strategi x (lanjutan)", "Sub 7"]
    assert baris[9][0] == ["", "Strategi y", "Sub 9"]
    assert baris[14][0] == ["Sasaran A (lanjutan)", "Strategi y (lanjutan)", "Sub 14"]
    # A page may break only where a part ends: after rows 6, 13 and at the table's end.
    assert [r for r, (_, tetap) in enumerate(baris) if not tetap] == [6, 13, 19]
    assert sum("(lanjutan)" in " ".join(teks) for teks, _ in baris) == 2


def _tabel_kegiatan() -> Tabel:
    # Tabel 7's shape: one sasaran of 13 rows, its program row, then kegiatan A of 9 sub
    # kegiatan and kegiatan B of 3, each kegiatan on each of its rows as the data has it.
    t = Tabel("uji", "Uji", [Kolom("Sasaran"), Kolom("Program/Kegiatan"), Kolom("Sub Kegiatan")])
    t.gabung = (0, 1)
    t.add(["Sasaran A", "PROGRAM P", ""], Gaya.PROGRAM)
    for kegiatan, n in (("Kegiatan A", 9), ("Kegiatan B", 3)):
        for i in range(n):
            t.add(["Sasaran A", kegiatan, f"Sub {kegiatan[-1]}{i}"], Gaya.SUB_KEGIATAN)
    return t


def test_a_kegiatan_cut_with_its_sasaran_is_named_again_on_the_later_part() -> None:
    baris = _baris(_tabel_kegiatan())

    # 13 rows in parts of 7 and 6: kegiatan A runs over the cut, so the part on row 7 begins
    # with it again; the program row is its own cell, never continued.
    assert [teks for teks, _ in baris[:2]] == [
        ["Sasaran A", "PROGRAM P", ""],
        ["", "Kegiatan A", "Sub A0"],
    ]
    assert baris[7][0] == ["Sasaran A (lanjutan)", "Kegiatan A (lanjutan)", "Sub A6"]
    assert baris[10][0] == ["", "Kegiatan B", "Sub B0"]
    # Every row of each part knows its kegiatan: written on the part's first row or on the
    # first row of the kegiatan inside it.
    kegiatan = [teks[1] or None for teks, _ in baris[1:]]
    assert kegiatan == ["Kegiatan A"] + [None] * 5 + ["Kegiatan A (lanjutan)", None, None] + [
        "Kegiatan B",
        None,
        None,
    ]
    assert [r for r, (_, tetap) in enumerate(baris) if not tetap] == [6, 12]
