from decimal import Decimal

import pytest

from sakip.core.dokumen.model import (
    Bagian,
    Dokumen,
    DokumenTidakSah,
    Grafik,
    Identitas,
    JenisGrafik,
    Potongan,
    TabelDok,
    Teks,
    Ubahan,
    urai,
)
from sakip.core.tables.base import Kolom, Tabel

IDENTITAS = Identitas("LAPORAN", "L", "OPD", "2022", "PEMDA")


def _tabel(key: str) -> TabelDok:
    return TabelDok(Tabel(key, f"Judul {key}", [Kolom("No")]))


def _grafik(key: str) -> Grafik:
    return Grafik(key, f"Judul {key}", JenisGrafik.BATANG, ("a",), (Decimal(1),), "orang")


def _dokumen(*bagian: Bagian) -> Dokumen:
    return Dokumen("lkjip", "Laporan", IDENTITAS, [], list(bagian))


def test_it_numbers_tables_and_figures_in_order_of_appearance() -> None:
    dok = _dokumen(
        Bagian("Satu", [_tabel("a"), _grafik("g1"), Bagian("Sub", [_tabel("b")])]),
        Bagian("Dua", [_grafik("g2"), _tabel("c")]),
    )

    assert [n.label for n in dok.listing("Tabel")] == ["Tabel 1", "Tabel 2", "Tabel 3"]
    assert dok.label("c") == "Tabel 3"
    assert dok.label("g2") == "Grafik 2"


def test_it_rejects_a_table_placed_twice() -> None:
    with pytest.raises(DokumenTidakSah, match="dua kali"):
        _dokumen(Bagian("Satu", [_tabel("a")]), Bagian("Dua", [_tabel("a")]))


def test_it_rejects_generated_text_referring_to_a_table_it_does_not_hold() -> None:
    with pytest.raises(DokumenTidakSah, match="merujuk tidak_ada"):
        _dokumen(Bagian("Satu", [Teks("Lihat [[tidak_ada]].", "k"), _tabel("a")]))


def test_it_keeps_an_unknown_reference_in_a_users_text_as_written() -> None:
    ubahan = Ubahan({"k": "Lihat [[hilang]] dan [[a]]."})
    dok = _dokumen(Bagian("Satu", [ubahan.blok("k", "Lihat [[a]]."), _tabel("a")]))

    assert dok.label("hilang") == "[[hilang]]"
    assert dok.label("a") == "Tabel 1"


def test_it_rejects_two_paragraphs_with_one_key() -> None:
    with pytest.raises(DokumenTidakSah, match="dua kali"):
        _dokumen(Bagian("Satu", [Teks("x", "k"), Teks("y", "k")]))


def test_a_users_text_replaces_the_generated_one_unless_blank() -> None:
    ubahan = Ubahan({"isi": "Teks pengguna.", "kosong": "  "})

    assert ubahan.blok("isi", "Bawaan.").sumber == "Teks pengguna."
    assert ubahan.blok("isi", "Bawaan.").diubah
    assert ubahan.blok("kosong", "Bawaan.").sumber == "Bawaan."
    assert ubahan.blok("lain", "Bawaan.").diubah is False


def test_it_reads_paragraphs_lists_bold_and_references_from_source_text() -> None:
    paragraf = urai("Pembuka **tebal** ([[pegawai]]).\n\n1. Satu;\n   a. Anak\n- Butir")

    assert paragraf[0].potongan == (
        Potongan("Pembuka "),
        Potongan("tebal", tebal=True),
        Potongan(" ("),
        Potongan("", rujukan="pegawai"),
        Potongan(")."),
    )
    assert [(p.butir, p.tingkat) for p in paragraf[1:]] == [("1.", 1), ("a.", 2), ("-", 1)]


def test_the_contents_list_sections_to_the_second_level() -> None:
    dok = _dokumen(Bagian("BAB", [Bagian("A", [Bagian("1", [])], "A.")], "BAB I"))

    assert [(b.judul_lengkap, t) for b, t in dok.judul_daftar_isi()] == [
        ("BAB I BAB", 1),
        ("A. A", 2),
    ]
