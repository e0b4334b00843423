"""Budget figures of one OPD and year: per unit, for the whole SKPD, per sasaran."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sakip.core import codes
from sakip.core.budget import (
    Jumlah,
    Node,
    bulan_akhir_triwulan,
    realisasi_s_d_bulan,
    realisasi_s_d_triwulan,
    rollup,
    total,
)
from sakip.core.model import BarisAnggaran, OpdTahun, Sasaran, UnitKerja
from sakip.core.numbers import sum_or_none


def _lines(baris: Iterable[BarisAnggaran], bulan: int) -> list[tuple[str, Decimal, Decimal | None]]:
    return [(b.sub_kegiatan, b.pagu, realisasi_s_d_bulan(b.realisasi, bulan)) for b in baris]


def pohon(baris: Iterable[BarisAnggaran], triwulan: int = 4) -> list[Node]:
    """Return the program → kegiatan → sub kegiatan tree of the lines, realised to a quarter."""
    return rollup(_lines(baris, bulan_akhir_triwulan(triwulan)))


def jumlah_s_d_bulan(baris: Iterable[BarisAnggaran], bulan: int) -> Jumlah:
    """Return the total of the lines' tree, realised to the end of a month."""
    return total(rollup(_lines(baris, bulan)))


def baris_per_unit(s: OpdTahun) -> dict[str, list[BarisAnggaran]]:
    """Return the budget lines of each unit code, in the snapshot's order."""
    by_unit: dict[str, list[BarisAnggaran]] = defaultdict(list)
    for b in s.anggaran:
        by_unit[b.unit].append(b)
    return by_unit


def baris_per_program(s: OpdTahun) -> dict[str, list[BarisAnggaran]]:
    """Return the budget lines of each program code, across units, sorted by code."""
    by_program: dict[str, list[BarisAnggaran]] = defaultdict(list)
    for b in s.anggaran:
        by_program[codes.program_of(b.sub_kegiatan)].append(b)
    return dict(sorted(by_program.items()))


def per_unit(s: OpdTahun, triwulan: int = 4) -> list[tuple[UnitKerja, list[Node], Jumlah]]:
    """Return each unit (SKPD's own unit first) with its tree and total; units without lines too."""
    by_unit = baris_per_unit(s)
    result = []
    for unit in s.opd.unit_kerja:
        nodes = pohon(by_unit.get(unit.kode, []), triwulan)
        result.append((unit, nodes, total(nodes)))
    return result


def jumlah_skpd(s: OpdTahun, triwulan: int = 4) -> Jumlah:
    """Return the SKPD total: its own unit and every sub-unit."""
    return total(pohon(s.anggaran, triwulan))


def fisik(baris: Iterable[BarisAnggaran], triwulan: int = 4) -> Decimal | None:
    """Return the physical realisation % of lines: their pagu-weighted mean at a quarter.

    Each line counts with its latest physical % up to the quarter. When the lines have no pagu
    at all, the plain mean is taken, so a zero-pagu line still shows what was reported.
    """
    nilai: list[tuple[Decimal, Decimal]] = []
    for b in baris:
        known = [(q, v) for q, v in b.fisik.items() if q <= triwulan and v is not None]
        if known:
            nilai.append((b.pagu, max(known)[1]))
    if not nilai:
        return None
    bobot = sum((p for p, _ in nilai), Decimal(0))
    if bobot == 0:
        return sum((v for _, v in nilai), Decimal(0)) / len(nilai)
    return sum((p * v for p, v in nilai), Decimal(0)) / bobot


def baris_di_bawah(baris: Iterable[BarisAnggaran], kode: str) -> list[BarisAnggaran]:
    """Return the lines whose sub kegiatan lies under a program, kegiatan or sub kegiatan code."""
    return [b for b in baris if b.sub_kegiatan == kode or kode in codes.ancestors(b.sub_kegiatan)]


@dataclass(frozen=True)
class AnggaranSasaran:
    sasaran: Sasaran | None
    """None collects programs attributed to no sasaran."""
    pagu: Decimal
    realisasi: Decimal | None


def per_sasaran(s: OpdTahun, triwulan: int = 4) -> list[AnggaranSasaran]:
    """Return pagu and realisasi per sasaran through the program attribution.

    See docs/rules.md#budget-per-sasaran.
    """
    pagu: dict[str | None, Decimal] = defaultdict(Decimal)
    realisasi: dict[str | None, list[Decimal | None]] = defaultdict(list)
    for b in s.anggaran:
        kode = s.atribusi_program.get(codes.program_of(b.sub_kegiatan))
        pagu[kode] += b.pagu
        realisasi[kode].append(realisasi_s_d_triwulan(b.realisasi, triwulan))
    result = []
    for sasaran in s.renstra.sasaran if s.renstra else ():
        result.append(
            AnggaranSasaran(
                sasaran,
                pagu.get(sasaran.kode, Decimal(0)),
                sum_or_none(realisasi.get(sasaran.kode, [])),
            )
        )
    if None in pagu:
        result.append(AnggaranSasaran(None, pagu[None], sum_or_none(realisasi[None])))
    return result


def nama(s: OpdTahun, kode: str) -> str:
    """Return the nomenclature's name of a code, or a marker when the version lacks it."""
    if s.nomenklatur is not None and kode in s.nomenklatur.item:
        return s.nomenklatur.item[kode]
    for b in s.anggaran:
        if b.sub_kegiatan == kode and b.uraian:
            return b.uraian
    return f"(uraian kode {kode} tidak ada di nomenklatur)"


def tampil(s: OpdTahun, kode: str) -> str:
    """Return a code in the form the nomenclature version in force writes it."""
    digits = s.nomenklatur.format_sub_kegiatan if s.nomenklatur else 4
    return codes.display(kode, digits)
