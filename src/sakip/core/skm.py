"""Indeks Kepuasan Masyarakat and its mutu pelayanan (PermenPAN-RB 14/2017, docs/rules.md#skm)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

from sakip.core.numbers import round_half_up
from sakip.core.scales import Band, load_scale

UNSUR: Mapping[str, str] = MappingProxyType(
    {
        "persyaratan": "Persyaratan",
        "prosedur": "Sistem, Mekanisme, dan Prosedur",
        "waktu": "Waktu Penyelesaian",
        "biaya": "Biaya/Tarif",
        "produk": "Produk Spesifikasi Jenis Pelayanan",
        "kompetensi": "Kompetensi Pelaksana",
        "perilaku": "Perilaku Pelaksana",
        "sarana": "Sarana dan Prasarana",
        "pengaduan": "Penanganan Pengaduan, Saran dan Masukan",
    }
)
_KONVERSI = Decimal(25)


def ikm(nrr: Mapping[str, Decimal]) -> Decimal:
    """Return Σ NRR × 1/9 over the nine unsur (docs/rules.md#skm)."""
    kurang = [UNSUR[k] for k in UNSUR if k not in nrr]
    if kurang:
        raise ValueError(f"NRR unsur SKM belum lengkap; belum ada: {', '.join(kurang)}.")
    asing = sorted(set(nrr) - set(UNSUR))
    if asing:
        raise ValueError(f"Unsur SKM tidak dikenal: {', '.join(asing)}.")
    # The sum over the count, not × a rounded 0.111: the weight is exactly 1/9.
    return sum(nrr.values(), Decimal(0)) / len(UNSUR)


def nilai_konversi(ikm: Decimal) -> Decimal:
    """Return IKM × 25, rounded half-up to 2 decimals as it is classified (docs/rules.md#skm)."""
    return round_half_up(ikm * _KONVERSI)


def mutu(nilai_konversi: Decimal | None, tahun: int) -> Band | None:
    """Return the mutu pelayanan of a converted score under the scale in force in `tahun`."""
    return load_scale("mutu-skm", tahun).classify(nilai_konversi)
