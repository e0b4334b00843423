"""Scores of an LKE from its answers, the predikat, and the logic rule (docs/lke.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.lke.template import Subkomponen, TemplateLke
from sakip.core.scales import load_scale

Jawaban = Mapping[str, str | None]
"""Criterion kode -> answer kode (None or absent: not answered)."""


@dataclass(frozen=True)
class NilaiLke:
    """The scores of one set of answers: per sub-component, per component, the total, predikat."""

    subkomponen: dict[str, Decimal | None]
    komponen: dict[str, Decimal | None]
    total: Decimal | None
    predikat: str | None


@dataclass(frozen=True)
class TemuanLogika:
    """An answer worth more than what it builds on (kerangka logis)."""

    kriteria: str
    dasar: str
    nilai: Decimal
    nilai_dasar: Decimal
    pesan: str


def _nilai(t: TemplateLke, sub: Subkomponen, jawaban: Jawaban) -> list[Decimal | None]:
    return [t.jenis(kr).nilai(jawaban.get(kr.kode)) for kr in sub.kriteria]


def rata_rata(t: TemplateLke, sub: Subkomponen, jawaban: Jawaban) -> Decimal | None:
    """Return the mean answer value of a sub-component, None unless every criterion is answered."""
    nilai = _nilai(t, sub, jawaban)
    if any(n is None for n in nilai):
        return None
    return sum((n for n in nilai if n is not None), Decimal(0)) / len(nilai)


def nilai_subkomponen(t: TemplateLke, sub: Subkomponen, jawaban: Jawaban) -> Decimal | None:
    """Return a sub-component's score: mean value × weight, or the sum of values (`jumlah`)."""
    nilai = _nilai(t, sub, jawaban)
    if any(n is None for n in nilai):
        return None
    jumlah = sum((n for n in nilai if n is not None), Decimal(0))
    if sub.metode == "jumlah":
        return jumlah
    return jumlah / len(nilai) * sub.bobot


def _total(nilai: list[Decimal | None]) -> Decimal | None:
    if not nilai or any(n is None for n in nilai):
        return None
    return sum((n for n in nilai if n is not None), Decimal(0))


def compute(t: TemplateLke, jawaban: Jawaban) -> NilaiLke:
    """Return every score of a set of answers; a part with an unanswered criterion is None."""
    sub = {s.kode: nilai_subkomponen(t, s, jawaban) for s in t.subkomponen()}
    komponen = {k.kode: _total([sub[s.kode] for s in k.subkomponen]) for k in t.komponen}
    total = _total(list(komponen.values()))
    band = load_scale("predikat-sakip", kode=t.predikat).classify(total)
    return NilaiLke(sub, komponen, total, band.kode if band else None)


def temuan_logika(t: TemplateLke, jawaban: Jawaban) -> list[TemuanLogika]:
    """Return every answer above the criterion or the sub-component mean it builds on."""
    sub = {s.kode: s for s in t.subkomponen()}
    kriteria = {kr.kode: kr for kr in t.kriteria()}
    result = []
    for s in t.subkomponen():
        for kr in s.kriteria:
            nilai = t.jenis(kr).nilai(jawaban.get(kr.kode))
            if nilai is None:
                continue
            if kr.dasar is not None:
                dasar_kr = kriteria[kr.dasar]
                limit = t.jenis(dasar_kr).nilai(jawaban.get(kr.dasar))
                dasar, apa = kr.dasar, f"nilai kriteria {kr.dasar}"
            elif s.dasar is not None:
                limit = rata_rata(t, sub[s.dasar], jawaban)
                dasar, apa = s.dasar, f"nilai rata-rata subkomponen {s.dasar}"
            else:
                continue
            if limit is not None and nilai > limit:
                result.append(
                    TemuanLogika(
                        kr.kode,
                        dasar,
                        nilai,
                        limit,
                        f"Jawaban kriteria {kr.kode} lebih tinggi dari {apa}.",
                    )
                )
    return result
