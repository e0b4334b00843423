from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from sakip.core.dokumen import triwulan
from sakip.core.dokumen.model import TabelDok
from sakip.core.model import Analisis, OpdTahun, Pengesahan
from sakip.core.tables.base import Tabel
from sakip.core.tables.export import teks

TANGGAL = date(2023, 7, 10)


def _tabel(s: OpdTahun, q: int, key: str) -> Tabel:
    dok = triwulan.build(s, {}, triwulan=q, tanggal=TANGGAL)
    return next(b.tabel for b, _ in dok.telusuri() if isinstance(b, TabelDok) and b.key == key)


def _baris(t: Tabel, nama: str) -> list[str]:
    baris = next(r for r in t.baris if nama in r)
    return [teks(v, k.jenis) for v, k in zip(baris, t.kolom, strict=True)]


@pytest.mark.parametrize(
    ("indikator", "target", "realisasi", "capaian"),
    [
        ("Angka kecelakaan lalu lintas", "60", "58", "103,33"),  # turun, jumlah
        ("Jumlah penumpang angkutan umum", "235.000", "234.305", "99,70"),  # jumlah
        ("Persentase perlengkapan jalan kabupaten dalam kondisi baik", "75", "74,25", "99,00"),
        ("Rata-rata faktor muat (load factor) angkutan umum perkotaan", "60", "56,8", "94,67"),
        ("Nilai Survei Kepuasan Masyarakat (SKM)", "n/a", "n/a", "n/a"),  # no TW II target
    ],
)
def test_it_measures_each_iku_up_to_the_quarter_by_its_own_method(
    dinas: OpdTahun, indikator: str, target: str, realisasi: str, capaian: str
) -> None:
    baris = _baris(_tabel(dinas, 2, "tw_capaian"), indikator)

    assert baris[4:7] == [target, realisasi, capaian]


def test_it_sums_the_budget_realised_up_to_the_quarter(dinas: OpdTahun) -> None:
    jumlah = _baris(_tabel(dinas, 2, "tw_serapan_unit"), "Jumlah")

    assert jumlah[2:5] == ["10.095.737.350,00", "4.611.208.600,00", "45,67"]


def test_it_lists_indicators_below_target_and_missing_realisations(dinas: OpdTahun) -> None:
    peringatan = _tabel(dinas, 4, "tw_peringatan")
    uraian = {(r[1], r[2]): r[3] for r in peringatan.baris}

    assert (
        uraian[
            (
                "Indikator di bawah target",
                "Rata-rata faktor muat (load factor) angkutan umum perkotaan",
            )
        ]
        == "capaian 99,33%; TW III: 97,06%"
    )
    assert (
        uraian[
            (
                "Realisasi indikator belum tersedia",
                "Jumlah kunjungan kapal di pelabuhan pengumpan lokal",
            )
        ]
        == "TW III belum diisi dan TW IV n/a"
    )


def test_it_flags_units_without_any_realisation_yet(bontang: OpdTahun) -> None:
    peringatan = _tabel(bontang, 2, "tw_peringatan")

    assert [
        "Realisasi anggaran belum dicatat",
        "Kelurahan Kanaan",
        "7 dari 7 sub kegiatan berpagu",
    ] in [r[1:] for r in peringatan.baris]


def test_it_flags_a_unit_absorbing_less_than_the_threshold(bontang: OpdTahun) -> None:
    dok = triwulan.build(
        bontang,
        {},
        triwulan=4,
        tanggal=TANGGAL,
        ambang_serapan={q: Decimal(96) for q in range(1, 5)},
    )
    peringatan = next(
        b.tabel for b, _ in dok.telusuri() if isinstance(b, TabelDok) and b.key == "tw_peringatan"
    )

    assert ["Unit kerja dengan serapan rendah", "Kelurahan Kanaan", "serapan 95,67% (< 96%)"] in [
        r[1:] for r in peringatan.baris
    ]


def test_its_paragraph_keys_carry_the_quarter(dinas: OpdTahun) -> None:
    dok = triwulan.build(dinas, {}, triwulan=3, tanggal=TANGGAL)

    assert all(t.key.startswith("tw3.") for t, _ in dok.paragraf_berkunci() if t.key)


def test_it_is_signed_on_the_date_set_for_its_quarter(bontang: OpdTahun) -> None:
    sah = Pengesahan("triwulan", 2, tanggal=date(2022, 7, 8))
    dok = triwulan.build(replace(bontang, pengesahan={("triwulan", 2): sah}), {}, triwulan=2)
    empty = triwulan.build(bontang, {}, triwulan=3)

    assert next(t.sumber for t in dok.all_teks() if t.key == "tw2.tanggal") == (
        "Bontang, 8 Juli 2022"
    )
    assert next(t.sumber for t in empty.all_teks() if t.key == "tw3.tanggal") == (
        "Bontang, ...................."
    )


def test_it_warns_of_each_units_sub_kegiatan_below_the_threshold(bontang: OpdTahun) -> None:
    peringatan = _tabel(bontang, 4, "tw_peringatan")
    sub = [(r[2], r[3]) for r in peringatan.baris if r[1] == "Sub kegiatan dengan serapan rendah"]

    keterangan = [k for _, k in sub]
    assert "serapan 13,69% (< 85%)" in keterangan
    assert "serapan 43,31% (< 85%)" in keterangan
    assert "serapan 79,50% (< 85%)" in keterangan
    assert any("(Kelurahan Kanaan)" in u for u, k in sub if k.startswith("serapan 43,31%"))


def test_its_kegiatan_table_keeps_each_unit_apart(bontang: OpdTahun) -> None:
    t = _tabel(bontang, 4, "tw_serapan_program")
    unit = [r[1] for r, g in zip(t.baris, t.gaya, strict=True) if g.value == "subtotal"]

    assert "KELURAHAN KANAAN" in unit
    assert "53,03" in [teks(r[4], t.kolom[4].jenis) for r in t.baris]


def test_it_compares_with_the_previous_quarter(dinas: OpdTahun) -> None:
    t = _tabel(dinas, 3, "tw_peringatan")
    assert any("; TW II: " in str(r[3]) for r in t.baris)


def test_it_prints_the_analysis_entered_with_the_quarter(bontang: OpdTahun) -> None:
    k = bontang.kinerja[("IKU2", 2022)]
    a = Analisis(faktor_penghambat="Pokmas belum seluruhnya menyampaikan laporan")
    s = replace(
        bontang, kinerja={**bontang.kinerja, ("IKU2", 2022): replace(k, analisis_triwulan={2: a})}
    )
    teks_tw2 = "\n".join(t.sumber for t in triwulan.build(s, {}, triwulan=2).all_teks())
    teks_tw1 = "\n".join(t.sumber for t in triwulan.build(s, {}, triwulan=1).all_teks())
    teks_tw4 = "\n".join(t.sumber for t in triwulan.build(s, {}, triwulan=4).all_teks())

    assert "Faktor penghambat:\n- Pokmas belum seluruhnya menyampaikan laporan" in teks_tw2
    assert "Pokmas belum seluruhnya" not in teks_tw1 and "Faktor" not in teks_tw1
    # The fourth quarter's analysis is the year's, as the LKjIP prints it.
    assert "Faktor pendukung:\n- Program Stimulan RT dilaksanakan" in teks_tw4
