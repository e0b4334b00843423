"""The measured values of an indicator: its year value, its targets, its capaian."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.capaian import agregasi, akumulasi, capaian
from sakip.core.model import Agregasi, Indikator, Kinerja, OpdTahun


def nilai_tahun(k: Kinerja | None, ind: Indikator, sampai_triwulan: int = 4) -> Decimal | None:
    """Return the indicator's value for the year: entered directly, or from its quarters."""
    if k is None:
        return None
    if k.realisasi_tahun_diisi and sampai_triwulan == 4:
        return k.realisasi_tahun
    return agregasi(k.realisasi_triwulan, ind.agregasi, sampai_triwulan)


def target_tahun(s: OpdTahun, ind: Indikator) -> Decimal | None:
    """Return the year's target: the latest Perjanjian Kinerja's, else the Renstra's."""
    pk = s.pk
    if pk is not None and ind.kode in pk.target:
        return pk.target[ind.kode]
    return ind.target.get(s.tahun)


def realisasi(s: OpdTahun, ind: Indikator, tahun: int | None = None) -> Decimal | None:
    """Return the indicator's year value for a year (the snapshot's year by default)."""
    tahun = s.tahun if tahun is None else tahun
    return nilai_tahun(s.kinerja.get((ind.kode, tahun)), ind)


def capaian_tahun(s: OpdTahun, ind: Indikator) -> Decimal | None:
    """Return the year's capaian against the year's target (docs/rules.md#capaian)."""
    return capaian(target_tahun(s, ind), realisasi(s, ind), ind.polaritas)


def realisasi_s_d_tahun(s: OpdTahun, ind: Indikator) -> Decimal | None:
    """Return the realisation to date over the Renstra period, by the indicator's method.

    A level indicator (last value) is its value of this year: an old measurement is not a
    realisation of this year.
    """
    if ind.agregasi is Agregasi.TERAKHIR or s.renstra is None:
        return realisasi(s, ind)
    per_tahun = {
        tahun: realisasi(s, ind, tahun) for tahun in range(s.renstra.periode_awal, s.tahun + 1)
    }
    return akumulasi(per_tahun, ind.agregasi, s.tahun)
