"""An LKE's final scores as the evaluation result Tabel 9 reports (docs/lke.md#lhe)."""

from __future__ import annotations

from sakip.core.lke import skor
from sakip.core.lke.template import TemplateLke
from sakip.core.model import EvaluasiSakip, KomponenEvaluasi
from sakip.core.tables.evaluasi import regulasi_dikenal


def kode_regulasi(t: TemplateLke) -> dict[str, str]:
    """Return LKE component kode -> the evaluation regulation's component kode, by name.

    The regulation is the one the template's predikat names (data/skala/evaluasi-akip); a
    component the regulation does not name keeps the template's kode.
    """
    regulasi = regulasi_dikenal(t.predikat)
    nama = {k.nama.casefold(): k.kode for k in regulasi.komponen} if regulasi else {}
    return {k.kode: nama.get(k.nama.casefold(), k.kode) for k in t.komponen}


def sebagai_evaluasi(
    t: TemplateLke,
    tahun: int,
    jawaban: skor.Jawaban,
    nomor_surat: str | None = None,
    tanggal_surat: object | None = None,
) -> EvaluasiSakip:
    """Return the final answers' scores as the evaluation result of the year."""
    n = skor.compute(t, jawaban)
    kode = kode_regulasi(t)
    return EvaluasiSakip(
        tahun=tahun,
        regulasi=t.predikat,
        nilai=n.total,
        predikat=n.predikat,
        komponen=tuple(KomponenEvaluasi(kode[k.kode], n.komponen[k.kode]) for k in t.komponen),
        nomor_surat=nomor_surat,
        tanggal_surat=tanggal_surat,
    )
