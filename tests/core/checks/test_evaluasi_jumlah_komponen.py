from dataclasses import replace
from decimal import Decimal

from sakip.core.checks import evaluasi_jumlah_komponen as rule
from sakip.core.model import EvaluasiSakip, KomponenEvaluasi, OpdTahun

from .conftest import EVALUASI_2021, findings, make_snapshot

D = Decimal

# Tabel 9, Nilai 2020, scored under PermenPAN-RB 12/2015.
EVALUASI_2020 = EvaluasiSakip(
    tahun=2020,
    regulasi="permenpanrb-12-2015",
    nilai=D("64.14"),
    predikat=None,
    komponen=(
        KomponenEvaluasi("perencanaan", D("21.76")),
        KomponenEvaluasi("pengukuran", D("16.88")),
        KomponenEvaluasi("pelaporan", D("9.13")),
        KomponenEvaluasi("evaluasi_internal", D("3.50")),
        KomponenEvaluasi("capaian_kinerja", D("12.88")),
    ),
)


def _evaluasi(*evaluasi: EvaluasiSakip) -> OpdTahun:
    return make_snapshot(evaluasi=evaluasi)


def test_it_flags_the_2020_total_of_the_reference_report() -> None:
    (f,) = findings(rule, _evaluasi(EVALUASI_2020, EVALUASI_2021))

    assert (f.severity, f.tabel, f.lokasi) == ("error", 9, "Evaluasi AKIP 2020")
    assert "21,76 + 16,88 + 9,13 + 3,50 + 12,88 = 64,15" in f.pesan
    assert "64,14" in f.pesan
    assert f.ref == {"tahun": "2020", "regulasi": "permenpanrb-12-2015"}


def test_it_flags_a_component_foreign_to_the_regulation() -> None:
    # Capaian Kinerja is a component of 12/2015 only; 88/2021 has four.
    asing = replace(
        EVALUASI_2021,
        nilai=D("83.24"),
        komponen=(*EVALUASI_2021.komponen, KomponenEvaluasi("capaian_kinerja", D("12.88"))),
    )

    (f,) = findings(rule, _evaluasi(asing))

    assert '"capaian_kinerja" (nilai 12,88)' in f.pesan
    assert "Peraturan Menteri PANRB Nomor 88 Tahun 2021" in f.pesan


def test_it_flags_a_component_of_the_regulation_left_out() -> None:
    tanpa_pelaporan = replace(
        EVALUASI_2021,
        komponen=tuple(k for k in EVALUASI_2021.komponen if k.kode != "pelaporan"),
    )

    hilang, jumlah = findings(rule, _evaluasi(tanpa_pelaporan))

    assert "Pelaporan Kinerja (bobot 15%)" in hilang.pesan
    assert "= 55,86" in jumlah.pesan and "70,36" in jumlah.pesan


def test_it_flags_an_unknown_regulation() -> None:
    (f,) = findings(rule, _evaluasi(replace(EVALUASI_2021, regulasi="permenpanrb-99-2030")))
    assert "permenpanrb-99-2030" in f.pesan


def test_it_accepts_a_sum_equal_at_two_decimals() -> None:
    # 20,654 + 22,706 + 14,5 + 12,5 = 70,36.
    komponen = (
        KomponenEvaluasi("perencanaan", D("20.654")),
        KomponenEvaluasi("pengukuran", D("22.706")),
        KomponenEvaluasi("pelaporan", D("14.5")),
        KomponenEvaluasi("evaluasi_internal", D("12.5")),
    )
    assert findings(rule, _evaluasi(replace(EVALUASI_2021, komponen=komponen))) == []


def test_it_counts_a_component_without_score_as_nothing() -> None:
    # Printed "-": 21,76 + 16,88 + 9,13 + 3,50 = 51,27.
    tanpa_skor = replace(
        EVALUASI_2020,
        nilai=D("51.27"),
        komponen=(*EVALUASI_2020.komponen[:4], KomponenEvaluasi("capaian_kinerja", None)),
    )
    assert findings(rule, _evaluasi(tanpa_skor)) == []
