"""The three efficiency measures, each named beside its figure (docs/rules.md#efficiency)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.numbers import percent

_SERATUS = Decimal(100)


@dataclass(frozen=True)
class MetodeEfisiensi:
    """How an efficiency figure was computed, for the label beside it."""

    kode: str
    nama: str
    rumus: str


EFISIENSI_SASARAN = MetodeEfisiensi(
    kode="efisiensi-sasaran",
    nama="Tingkat Efisiensi",
    rumus="% capaian kinerja − % realisasi anggaran",
)
EFISIENSI_ANGGARAN = MetodeEfisiensi(
    kode="efisiensi-anggaran",
    nama="Efisiensi Anggaran",
    rumus="sisa anggaran / pagu × 100",
)
EFISIENSI_BIAYA_SATUAN = MetodeEfisiensi(
    kode="efisiensi-biaya-satuan",
    nama="Efisiensi Biaya per Satuan Keluaran (PMK 22/2021)",
    rumus="rata-rata [1 − (realisasi anggaran / realisasi volume) / (pagu / target volume)] × 100",
)


def efisiensi_sasaran(
    capaian_persen: Decimal | None, serapan_persen: Decimal | None
) -> Decimal | None:
    """Return % capaian − % realisasi anggaran of a sasaran (EFISIENSI_SASARAN)."""
    if capaian_persen is None or serapan_persen is None:
        return None
    return capaian_persen - serapan_persen


def efisiensi_anggaran(pagu: Decimal | None, realisasi: Decimal | None) -> Decimal | None:
    """Return sisa / pagu × 100 of a program, kegiatan or sub kegiatan (EFISIENSI_ANGGARAN)."""
    if pagu is None or realisasi is None:
        return None
    return percent(pagu - realisasi, pagu)


def efisiensi_biaya_satuan(
    keluaran: Iterable[tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None]],
) -> Decimal | None:
    """Return the mean unit-cost efficiency over outputs (EFISIENSI_BIAYA_SATUAN)."""
    nilai: list[Decimal] = []
    for pagu, realisasi_anggaran, target_volume, realisasi_volume in keluaran:
        # An output without a planned or an actual unit cost has nothing to compare.
        if realisasi_anggaran is None or not (pagu and target_volume and realisasi_volume):
            continue
        # (RA / RV) / (P / TV) rearranged to one division, so no intermediate quotient is rounded.
        rasio = realisasi_anggaran * target_volume / (realisasi_volume * pagu)
        nilai.append((1 - rasio) * _SERATUS)
    if not nilai:
        return None
    return sum(nilai, Decimal(0)) / len(nilai)
