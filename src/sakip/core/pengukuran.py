"""The measured values of an indicator: its year value, its targets, its capaian."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.capaian import agregasi, agregasi_bulan, akumulasi, capaian, rasio
from sakip.core.model import Agregasi, Indikator, JenisIndikator, Kinerja, OpdTahun
from sakip.core.numbers import round_half_up
from sakip.core.periode import TRIWULAN, JenisPeriode, Periode

DESIMAL_NILAI = 4
"""The decimals an indicator value is stored with (the database column's scale)."""


def nilai_tahun(k: Kinerja | None, ind: Indikator, sampai_triwulan: int = 4) -> Decimal | None:
    """Return the indicator's value for the year: entered directly, or from its periods."""
    if k is None:
        return None
    if k.realisasi_tahun_diisi and sampai_triwulan == 4:
        return k.realisasi_tahun
    if bulanan(ind):
        return _gabung(k, ind, 1, 3 * sampai_triwulan)
    return _gabung(k, ind, 1, sampai_triwulan)


def nilai_per_triwulan(k: Kinerja | None, ind: Indikator) -> dict[int, Decimal | None]:
    """Return each quarter's own value; a quarter absent from the result has no entry at all.

    A monthly indicator's quarter combines its three months by the indicator's method.
    """
    if k is None:
        return {}
    if not bulanan(ind):
        return dict(k.realisasi_triwulan)
    result: dict[int, Decimal | None] = {}
    for q in TRIWULAN:
        if any(b in k.realisasi_bulan for b in bulan_triwulan(q)):
            result[q] = _gabung(k, ind, 3 * q - 2, 3 * q)
    return result


def bulanan(ind: Indikator) -> bool:
    """Return whether the indicator's realisation is entered per month."""
    return ind.periode_ukur is JenisPeriode.BULAN


def bulan_triwulan(triwulan: int) -> range:
    """Return the months of a quarter."""
    return range(3 * triwulan - 2, 3 * triwulan + 1)


def nilai_rasio(
    pembilang: Decimal | None, penyebut: Decimal | None, pengali: Decimal
) -> Decimal | None:
    """Return the figure a ratio indicator stores for its parts, at the stored precision."""
    return round_half_up(rasio(pembilang, penyebut, pengali), DESIMAL_NILAI)


def _gabung(k: Kinerja, ind: Indikator, dari: int, sampai: int) -> Decimal | None:
    """Combine the indicator's own periods dari..sampai (months or quarters) by its method."""
    if ind.jenis is JenisIndikator.RASIO and ind.agregasi is Agregasi.JUMLAH:
        return _rasio_total(k, ind, dari, sampai)
    if bulanan(ind):
        return agregasi_bulan(k.realisasi_bulan, ind.agregasi, sampai, dari)
    if dari != 1:
        raise ValueError("Agregasi triwulan selalu dimulai dari triwulan 1.")
    return agregasi(k.realisasi_triwulan, ind.agregasi, sampai)


def _rasio_total(k: Kinerja, ind: Indikator, dari: int, sampai: int) -> Decimal | None:
    """Return Σ pembilang / Σ penyebut × pengali over the periods (docs/rules.md#indikator-rasio).

    Summing the percentages of the periods would mean nothing; the span's ratio is the ratio of
    its summed parts, and needs the parts of every period.
    """
    jenis = JenisPeriode.BULAN if bulanan(ind) else JenisPeriode.TRIWULAN
    bagian = [k.bagian.get(Periode(jenis, n).key) for n in range(dari, sampai + 1)]
    if any(b is None or b.pembilang is None or b.penyebut is None for b in bagian):
        return None
    pembilang = sum((b.pembilang for b in bagian if b and b.pembilang is not None), Decimal(0))
    penyebut = sum((b.penyebut for b in bagian if b and b.penyebut is not None), Decimal(0))
    return rasio(pembilang, penyebut, ind.pengali)


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
