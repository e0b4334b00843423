"""An Evaluasi AKIP's component scores sum to its published total, and are the regulation's.

docs/rules.md#evaluasi-akip: the total is the sum of the weighted components of the regulation the
evaluation was held under (PermenPAN-RB 88/2021, or 12/2015 with its fifth component Capaian
Kinerja). Reference report Tabel 9, 2020: 21,76 + 16,88 + 9,13 + 3,50 + 12,88 = 64,15, printed as
64,14. Sums are compared at the two decimals the scores are published with; a component without a
score ("-") counts for nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import kutipan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import EvaluasiSakip, OpdTahun
from sakip.core.numbers import round_half_up, sum_or_none
from sakip.core.scales import EvaluasiRegulasi, SkalaTidakDitemukan, load_evaluasi_regulasi

RULE_ID = "evaluasi-jumlah-komponen"
SEVERITY: Severity = "error"


def check(s: OpdTahun) -> Iterator[Finding]:
    for evaluasi in s.evaluasi:
        lokasi = f"Evaluasi AKIP {evaluasi.tahun}"
        ref = {"tahun": str(evaluasi.tahun), "regulasi": evaluasi.regulasi}
        for teks in _masalah(evaluasi):
            yield Finding(RULE_ID, SEVERITY, Tabel.EVALUASI_AKIP, lokasi, teks, ref)


def _masalah(evaluasi: EvaluasiSakip) -> Iterator[str]:
    try:
        regulasi = load_evaluasi_regulasi(evaluasi.regulasi)
    except SkalaTidakDitemukan:
        yield pesan.EVALUASI_REGULASI_TIDAK_DIKENAL.format(regulasi=evaluasi.regulasi)
    else:
        yield from _komponen(evaluasi, regulasi)
    jumlah = sum_or_none(k.nilai for k in evaluasi.komponen)
    if evaluasi.nilai is None or jumlah is None:
        return
    if round_half_up(jumlah) != round_half_up(evaluasi.nilai):
        yield pesan.EVALUASI_JUMLAH_BEDA.format(
            rincian=" + ".join(number(k.nilai) for k in evaluasi.komponen if k.nilai is not None),
            jumlah=number(jumlah),
            nilai=number(evaluasi.nilai),
        )


def _komponen(evaluasi: EvaluasiSakip, regulasi: EvaluasiRegulasi) -> Iterator[str]:
    """Yield a message per component foreign to the regulation and per one of it left out."""
    nama_regulasi = kutipan(regulasi.dasar_hukum)
    milik_regulasi = {k.kode for k in regulasi.komponen}
    diisi = {k.kode for k in evaluasi.komponen}
    for komponen in evaluasi.komponen:
        if komponen.kode not in milik_regulasi:
            yield pesan.EVALUASI_KOMPONEN_ASING.format(
                kode=komponen.kode, nilai=number(komponen.nilai), regulasi=nama_regulasi
            )
    for komponen_regulasi in regulasi.komponen:
        if komponen_regulasi.kode not in diisi:
            yield pesan.EVALUASI_KOMPONEN_HILANG.format(
                nama=komponen_regulasi.nama,
                bobot=number(komponen_regulasi.bobot, places=0) + "%",
                regulasi=nama_regulasi,
            )
