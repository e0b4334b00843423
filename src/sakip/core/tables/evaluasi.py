"""Tabel 9 (SAKIP evaluation results) and Tabel 10 (follow-up of recommendations)."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.model import EvaluasiSakip, OpdTahun
from sakip.core.numbers import sum_or_none
from sakip.core.scales import (
    EvaluasiRegulasi,
    KomponenRegulasi,
    SkalaTidakDitemukan,
    load_evaluasi_regulasi,
    load_scale,
)
from sakip.core.tables.base import Cell, Gaya, Jenis, Kolom, Tabel

STATUS = {"belum": "Belum ditindaklanjuti", "dalam_proses": "Dalam proses", "selesai": "Selesai"}


def komponen_total(e: EvaluasiSakip) -> Decimal | None:
    """Return the evaluation total as the sum of its component scores."""
    return sum_or_none(k.nilai for k in e.komponen)


def regulasi_dikenal(kode: str) -> EvaluasiRegulasi | None:
    """Return the evaluation regulation, None when no scale file has it (a check names it)."""
    try:
        return load_evaluasi_regulasi(kode)
    except SkalaTidakDitemukan:
        return None


def predikat(e: EvaluasiSakip) -> tuple[str, str] | None:
    """Return (predikat, label) of the computed total on the regulation's scale."""
    regulasi = regulasi_dikenal(e.regulasi)
    if regulasi is None:
        return None
    band = load_scale("predikat-sakip", kode=regulasi.predikat).classify(komponen_total(e))
    return (band.kode, band.label) if band else None


def evaluasi(s: OpdTahun) -> Tabel:
    """Return Tabel 9: components, weights and scores per year evaluated, by its own regulation."""
    evaluations = sorted(s.evaluasi, key=lambda e: e.tahun)
    regulasi: dict[int, EvaluasiRegulasi | None] = {
        e.tahun: regulasi_dikenal(e.regulasi) for e in evaluations
    }
    kolom = [Kolom("No"), Kolom("Komponen yang dinilai")]
    for e in evaluations:
        # Scores with two decimals throughout (14,50 beside 20,65), as the evaluation letter.
        kolom += [
            Kolom(f"Bobot {e.tahun} (%)", Jenis.PERSEN),
            Kolom(f"Nilai {e.tahun}", Jenis.PERSEN),
        ]
    t = Tabel("evaluasi", "Nilai Hasil Evaluasi Akuntabilitas Kinerja", kolom)
    components: dict[str, str] = {}
    for e in evaluations:
        for kr in _komponen(regulasi[e.tahun]):
            components.setdefault(kr.kode, kr.nama)
        for ke in e.komponen:
            components.setdefault(ke.kode, ke.kode)
    for no, (kode, nama) in enumerate(components.items(), 1):
        row: list[Cell] = [str(no), nama]
        for e in evaluations:
            bobot = next((k.bobot for k in _komponen(regulasi[e.tahun]) if k.kode == kode), None)
            nilai = next((k.nilai for k in e.komponen if k.kode == kode), None)
            row += [bobot, nilai]
        t.add(row)
    total: list[Cell] = ["", "Nilai hasil evaluasi"]
    pred: list[Cell] = ["", "Predikat"]
    for e in evaluations:
        r = regulasi[e.tahun]
        total += [
            sum((k.bobot for k in r.komponen), Decimal(0)) if r else None,
            komponen_total(e),
        ]
        p = predikat(e)
        pred += ["", f"{p[0]} ({p[1]})" if p else None]
    t.add(total, Gaya.TOTAL)
    t.add(pred, Gaya.TOTAL)
    for e in evaluations:
        r = regulasi[e.tahun]
        t.catatan.append(
            f"Nilai {e.tahun} dievaluasi menurut {r.dasar_hukum}."
            if r
            else f"Regulasi evaluasi nilai {e.tahun} ({e.regulasi}) tidak dikenal: bobot tidak"
            " ditampilkan."
        )
    return t


def _komponen(regulasi: EvaluasiRegulasi | None) -> tuple[KomponenRegulasi, ...]:
    return tuple(regulasi.komponen) if regulasi else ()


def tindak_lanjut(s: OpdTahun) -> Tabel:
    """Return Tabel 10: the recommendations of the last evaluation and their follow-up."""
    last = max((r.tahun_evaluasi for r in s.rekomendasi), default=None)
    t = Tabel(
        "tindak_lanjut",
        f"Tindak Lanjut Evaluasi SAKIP Tahun {last}" if last else "Tindak Lanjut Evaluasi SAKIP",
        [
            Kolom("No"),
            Kolom("Rekomendasi"),
            Kolom("Tindak Lanjut"),
            Kolom("Rencana Aksi"),
            Kolom("Status"),
        ],
    )
    names: dict[str, str] = {}
    for e in s.evaluasi:
        for k in _komponen(regulasi_dikenal(e.regulasi)):
            names.setdefault(k.kode, k.nama)
    group = None
    no = 0
    for r in (r for r in s.rekomendasi if r.tahun_evaluasi == last):
        if r.komponen != group:
            group, no = r.komponen, 0
            t.add(["", names.get(r.komponen, r.komponen).upper(), "", "", ""], Gaya.KELOMPOK)
        no += 1
        aksi = (
            r.rencana_aksi[0]
            if len(r.rencana_aksi) == 1
            else "\n".join(f"{i}. {a}" for i, a in enumerate(r.rencana_aksi, 1))
        )
        t.add([str(no), r.uraian, r.tindak_lanjut or "", aksi, STATUS.get(r.status, r.status)])
    return t
