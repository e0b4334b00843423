"""Budget figures: realisation by period, the roll-up of sub kegiatan lines over the code tree,
and one OPD's year per unit, for the whole SKPD and per sasaran.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core import codes
from sakip.core.codes import Level, kegiatan_of, level, normalize, program_of
from sakip.core.efficiency import efisiensi_anggaran
from sakip.core.model import BarisAnggaran, OpdTahun, Sasaran, UnitKerja
from sakip.core.numbers import percent, sum_or_none
from sakip.core.periode import TRIWULAN, Periode


def realisasi_s_d_triwulan(realisasi: Mapping[str, Decimal], triwulan: int) -> Decimal | None:
    """Return the realisation from January to the end of a quarter, None when none is recorded."""
    return realisasi_s_d_bulan(realisasi, bulan_akhir_triwulan(triwulan))


def bulan_akhir_triwulan(triwulan: int) -> int:
    """Return the last month of a quarter, raising when there is no such quarter."""
    if triwulan not in TRIWULAN:
        raise ValueError(f"Triwulan {triwulan} tidak ada; triwulan adalah 1 sampai 4.")
    return Periode.triwulan(triwulan).end_month


def realisasi_s_d_bulan(realisasi: Mapping[str, Decimal], bulan: int) -> Decimal | None:
    """Return the realisation from January to the end of a month, None when none is recorded.

    An amount counts from the month its period ends: a quarter's from its last month, the
    year's from December (docs/rules.md#budget-stages).
    """
    return sum_or_none(
        nilai for key, nilai in realisasi.items() if Periode.parse(key).end_month <= bulan
    )


def realisasi_total(realisasi: Mapping[str, Decimal]) -> Decimal | None:
    """Return the realisation of the whole year, None when none is recorded."""
    return realisasi_s_d_triwulan(realisasi, 4)


def bulan_terakhir(realisasi: Iterable[Mapping[str, Decimal]]) -> int | None:
    """Return the last month any realisation is recorded for, None when none is."""
    akhir = [Periode.parse(key).end_month for r in realisasi for key in r]
    return max(akhir) if akhir else None


class _Numbers:
    """The figures derived from a pagu and its realisasi."""

    pagu: Decimal
    realisasi: Decimal | None

    @property
    def sisa(self) -> Decimal | None:
        """Return pagu − realisasi."""
        return None if self.realisasi is None else self.pagu - self.realisasi

    @property
    def serapan(self) -> Decimal | None:
        """Return realisasi / pagu × 100, unrounded."""
        return percent(self.realisasi, self.pagu)

    @property
    def efisiensi(self) -> Decimal | None:
        """Return sisa / pagu × 100 (docs/rules.md#efficiency, efisiensi anggaran)."""
        return efisiensi_anggaran(self.pagu, self.realisasi)


@dataclass
class Node(_Numbers):
    """A program, kegiatan or sub kegiatan with its pagu and realisasi summed from below."""

    kode: str
    level: Level
    pagu: Decimal
    realisasi: Decimal | None
    children: list[Node] = field(default_factory=list)


@dataclass(frozen=True)
class Total(_Numbers):
    """The total of several nodes, with the same derived figures as a node."""

    pagu: Decimal
    realisasi: Decimal | None


def rollup(lines: Iterable[tuple[str, Decimal, Decimal | None]]) -> list[Node]:
    """Return program nodes, sorted by code, holding their kegiatan and sub kegiatan."""
    sub_kegiatan: dict[str, Node] = {}
    for kode_baris, pagu, realisasi in lines:
        kode = _kode_sub_kegiatan(kode_baris)
        ada = sub_kegiatan.get(kode)
        if ada is None:
            sub_kegiatan[kode] = Node(kode, Level.SUB_KEGIATAN, pagu, realisasi)
        else:
            # The same sub kegiatan twice (e.g. split over funding sources) is one line.
            ada.pagu += pagu
            ada.realisasi = sum_or_none([ada.realisasi, realisasi])
    kegiatan = _kelompokkan(sub_kegiatan.values(), kegiatan_of, Level.KEGIATAN)
    return _kelompokkan(kegiatan, program_of, Level.PROGRAM)


def total(nodes: Iterable[Node]) -> Total:
    """Return the summed pagu and realisasi of the nodes (realisasi None only if all are)."""
    listing = list(nodes)
    return Total(
        pagu=sum((n.pagu for n in listing), Decimal(0)),
        realisasi=sum_or_none(n.realisasi for n in listing),
    )


def compute_total(codes: Iterable[str]) -> tuple[int, int, int]:
    """Return how many distinct programs, kegiatan and sub kegiatan the codes cover."""
    program: set[str] = set()
    kegiatan: set[str] = set()
    sub_kegiatan: set[str] = set()
    for kode in codes:
        tingkat = level(kode)
        program.add(program_of(kode))
        if tingkat in (Level.KEGIATAN, Level.SUB_KEGIATAN):
            kegiatan.add(kegiatan_of(kode))
        if tingkat is Level.SUB_KEGIATAN:
            sub_kegiatan.add(normalize(kode))
    return len(program), len(kegiatan), len(sub_kegiatan)


def _kode_sub_kegiatan(kode: str) -> str:
    """Return the normalised code, raising when it is not a sub kegiatan."""
    normal = normalize(kode)
    if level(normal) is not Level.SUB_KEGIATAN:
        raise ValueError(
            f'Kode "{kode}" bukan kode sub kegiatan; anggaran dicatat per sub kegiatan.'
        )
    return normal


def _kelompokkan(
    anak: Iterable[Node], induk_dari: Callable[[str], str], tingkat: Level
) -> list[Node]:
    """Group nodes under their parents of one level up, both sorted by code."""
    kelompok: dict[str, list[Node]] = {}
    for node in sorted(anak, key=lambda n: n.kode):
        kelompok.setdefault(induk_dari(node.kode), []).append(node)
    result = []
    for kode in sorted(kelompok):
        jumlah = total(kelompok[kode])
        result.append(Node(kode, tingkat, jumlah.pagu, jumlah.realisasi, kelompok[kode]))
    return result


def _lines(baris: Iterable[BarisAnggaran], bulan: int) -> list[tuple[str, Decimal, Decimal | None]]:
    return [(b.sub_kegiatan, b.pagu, realisasi_s_d_bulan(b.realisasi, bulan)) for b in baris]


def pohon(baris: Iterable[BarisAnggaran], triwulan: int = 4) -> list[Node]:
    """Return the program → kegiatan → sub kegiatan tree of the lines, realised to a quarter."""
    return rollup(_lines(baris, bulan_akhir_triwulan(triwulan)))


def total_s_d_bulan(baris: Iterable[BarisAnggaran], bulan: int) -> Total:
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


def per_unit(s: OpdTahun, triwulan: int = 4) -> list[tuple[UnitKerja, list[Node], Total]]:
    """Return each unit (SKPD's own unit first) with its tree and total; units without lines too."""
    by_unit = baris_per_unit(s)
    result = []
    for unit in s.opd.unit_kerja:
        nodes = pohon(by_unit.get(unit.kode, []), triwulan)
        result.append((unit, nodes, total(nodes)))
    return result


def skpd_total(s: OpdTahun, triwulan: int = 4) -> Total:
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


def show(s: OpdTahun, kode: str) -> str:
    """Return a code in the form the nomenclature version in force writes it."""
    digits = s.nomenklatur.format_sub_kegiatan if s.nomenklatur else 4
    return codes.display(kode, digits)
