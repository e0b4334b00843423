"""Capaian kinerja, aggregation over periods and change against last year.

See docs/rules.md#capaian.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from sakip.core.model import Agregasi, Polaritas
from sakip.core.numbers import percent, sum_or_none

_SERATUS = Decimal(100)
_TRIWULAN = range(1, 5)
_BULAN = range(1, 13)


def capaian(
    target: Decimal | None, realisasi: Decimal | None, polaritas: Polaritas
) -> Decimal | None:
    """Return the capaian in percent, uncapped: naik R/T×100, turun (2T−R)/T×100.

    See docs/rules.md#capaian.
    """
    if target is None or realisasi is None or target == 0:
        return None
    if polaritas == Polaritas.TURUN:
        return (2 * target - realisasi) / target * _SERATUS
    return realisasi / target * _SERATUS


def agregasi(
    nilai_triwulan: Mapping[int, Decimal | None], metode: Agregasi, sampai_triwulan: int = 4
) -> Decimal | None:
    """Return the value up to a quarter by the indicator's own method (docs/rules.md#capaian)."""
    if sampai_triwulan not in _TRIWULAN:
        raise ValueError(f"Triwulan {sampai_triwulan} tidak ada; triwulan adalah 1 sampai 4.")
    for triwulan in nilai_triwulan:
        if triwulan not in _TRIWULAN:
            raise ValueError(f"Triwulan {triwulan} tidak ada; triwulan adalah 1 sampai 4.")
    return _agregasi(nilai_triwulan, metode, range(1, sampai_triwulan + 1))


def agregasi_bulan(
    nilai_bulan: Mapping[int, Decimal | None],
    metode: Agregasi,
    sampai_bulan: int = 12,
    dari_bulan: int = 1,
) -> Decimal | None:
    """Return the value of months dari..sampai by the method (docs/rules.md#periode-bulan).

    A month not in the mapping was not entered; a month mapped to None was stated n/a. Both
    leave a sum unknown, while a measured 0 counts.
    """
    for bulan in (dari_bulan, sampai_bulan, *nilai_bulan):
        if bulan not in _BULAN:
            raise ValueError(f"Bulan {bulan} tidak ada; bulan adalah 1 sampai 12.")
    return _agregasi(nilai_bulan, metode, range(dari_bulan, sampai_bulan + 1))


def rasio(
    pembilang: Decimal | None, penyebut: Decimal | None, pengali: Decimal = _SERATUS
) -> Decimal | None:
    """Return pembilang / penyebut × pengali, None when a part is missing or the penyebut is 0.

    See docs/rules.md#indikator-rasio.
    """
    if pembilang is None or penyebut is None or penyebut == 0:
        return None
    return pembilang / penyebut * pengali


def _agregasi(
    nilai: Mapping[int, Decimal | None], metode: Agregasi, rentang: range
) -> Decimal | None:
    """Combine the periods of `rentang` by `metode`; a sum needs every one of them."""
    if metode == Agregasi.JUMLAH and any(nilai.get(p) is None for p in rentang):
        # A count with a period missing is not the count of the span: never a partial sum.
        return None
    return _gabung({p: v for p, v in nilai.items() if p in rentang}, metode, rentang.stop - 1)


def akumulasi(
    nilai_per_tahun: Mapping[int, Decimal | None], metode: Agregasi, sampai_tahun: int
) -> Decimal | None:
    """Return the realisation to date across years by the indicator's method.

    See docs/rules.md#lkjip-layout and #capaian.

    A sum needs every year up to `sampai_tahun` that the mapping names: a missing year makes
    the total unknown, not smaller.
    """
    if metode == Agregasi.JUMLAH and any(
        v is None for tahun, v in nilai_per_tahun.items() if tahun <= sampai_tahun
    ):
        return None
    return _gabung(nilai_per_tahun, metode, sampai_tahun)


def perubahan_persen(sekarang: Decimal | None, sebelumnya: Decimal | None) -> Decimal | None:
    """Return (R_t − R_{t−1}) / R_{t−1} × 100 (docs/rules.md#capaian)."""
    if sekarang is None or sebelumnya is None:
        return None
    return percent(sekarang - sebelumnya, sebelumnya)


def perubahan_poin(sekarang: Decimal | None, sebelumnya: Decimal | None) -> Decimal | None:
    """Return R_t − R_{t−1} in points (docs/rules.md#capaian)."""
    if sekarang is None or sebelumnya is None:
        return None
    return sekarang - sebelumnya


def _gabung(nilai: Mapping[int, Decimal | None], metode: Agregasi, sampai: int) -> Decimal | None:
    """Combine the known values of the periods up to `sampai` by `metode`."""
    number = [v for p in sorted(nilai) if p <= sampai and (v := nilai[p]) is not None]
    if not number:
        return None
    if metode == Agregasi.JUMLAH:
        return sum_or_none(number)
    if metode == Agregasi.TERAKHIR:
        return number[-1]
    if metode == Agregasi.RATA_RATA:
        return sum(number, Decimal(0)) / len(number)
    raise ValueError(f"Metode agregasi {metode!r} tidak dikenal.")
