"""The dashboard's figures, warnings and pohon kinerja of one OPD and year.

Built on the same roll-up (`sakip.core.anggaran`) and the same lag rule (`sakip.core.serapan`) as
the LKjIP and the quarterly report, so a serapan on the screen is the one in the documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core import anggaran
from sakip.core import format as fmt
from sakip.core.anggaran import Node, bulan_terakhir
from sakip.core.capaian import capaian
from sakip.core.checks import Finding, run_checks
from sakip.core.model import BarisAnggaran, Indikator, OpdTahun
from sakip.core.numbers import percent
from sakip.core.pengukuran import capaian_tahun, nilai_per_triwulan, realisasi, target_tahun
from sakip.core.periode import BULAN, TRIWULAN
from sakip.core.serapan import SELISIH_SERAPAN, ambang_serapan, unit_lambat


@dataclass(frozen=True)
class TitikTriwulan:
    """An IKU's target, realisation and capaian in one quarter."""

    triwulan: int
    target: Decimal | None
    realisasi: Decimal | None
    diisi: bool
    """Whether a realisation row exists (it may say "not available")."""
    capaian: Decimal | None


@dataclass(frozen=True)
class BarisIku:
    """An IKU with its year figures and its quarters."""

    indikator: Indikator
    sasaran: str
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    triwulan: tuple[TitikTriwulan, ...]


@dataclass(frozen=True)
class Serapan:
    """Pagu, the year's realisation and the cumulative serapan (%) at the end of each month."""

    kode: str
    nama: str
    pagu: Decimal
    realisasi: Decimal | None
    per_bulan: tuple[Decimal | None, ...]

    @property
    def persen(self) -> Decimal | None:
        """Return the year's serapan: realisasi / pagu × 100."""
        return percent(self.realisasi, self.pagu)


@dataclass(frozen=True)
class ProgramUnit:
    """A program's figures in each unit of the OPD, beside its OPD total."""

    program: Serapan
    unit: tuple[Node | None, ...]
    """In the order of `Ringkasan.unit`; None where the unit has no line of the program."""


@dataclass(frozen=True)
class Peringatan:
    """One early warning: its kind, its message and what the screen links it to."""

    jenis: str
    pesan: str
    ref: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Ringkasan:
    """Everything the dashboard shows of one OPD and year."""

    tahun: int
    iku: tuple[BarisIku, ...]
    program: tuple[Serapan, ...]
    unit: tuple[Serapan, ...]
    opd: Serapan
    """The OPD's total: its own unit and every sub-unit."""
    program_unit: tuple[ProgramUnit, ...]
    bulan_terakhir: int | None
    """The last month with any realisation recorded, None when nothing is recorded."""
    peringatan: tuple[Peringatan, ...]
    temuan: tuple[Finding, ...]


def compute(s: OpdTahun, selisih_serapan: int = SELISIH_SERAPAN) -> Ringkasan:
    """Return the dashboard's figures of the snapshot's OPD and year."""
    iku = _iku(s)
    program = [
        _serapan(kode, anggaran.nama(s, kode), baris)
        for kode, baris in anggaran.baris_per_program(s).items()
    ]
    per_unit = anggaran.baris_per_unit(s)
    unit = [_serapan(u.kode, u.nama_singkat, per_unit.get(u.kode, [])) for u in s.opd.unit_kerja]
    pohon_unit = [{n.kode: n for n in nodes} for _, nodes, _ in anggaran.per_unit(s)]
    bulan = bulan_terakhir(b.realisasi for b in s.anggaran)
    peringatan = [
        *_peringatan_iku(iku, bulan),
        *_peringatan_serapan(s, bulan, selisih_serapan),
        *_empty_peringatan(s),
    ]
    return Ringkasan(
        tahun=s.tahun,
        iku=tuple(iku),
        program=tuple(program),
        unit=tuple(unit),
        opd=_serapan(s.opd.kode, s.opd.nama, s.anggaran),
        program_unit=tuple(
            ProgramUnit(p, tuple(program_ini.get(p.kode) for program_ini in pohon_unit))
            for p in program
        ),
        bulan_terakhir=bulan,
        peringatan=tuple(peringatan),
        temuan=tuple(run_checks(s)),
    )


def _serapan(kode: str, nama: str, baris: Sequence[BarisAnggaran]) -> Serapan:
    """Return a program's or unit's figures from the roll-up, at each month's end."""
    per_bulan = [anggaran.total_s_d_bulan(baris, b) for b in BULAN]
    tahun = per_bulan[-1]
    return Serapan(kode, nama, tahun.pagu, tahun.realisasi, tuple(j.serapan for j in per_bulan))


def _iku(s: OpdTahun) -> list[BarisIku]:
    result = []
    for sasaran in s.renstra.sasaran if s.renstra else ():
        for ind in sasaran.indikator:
            k = s.kinerja.get((ind.kode, s.tahun))
            per_triwulan = nilai_per_triwulan(k, ind)
            titik = []
            for q in TRIWULAN:
                t = k.target_triwulan.get(q) if k else None
                r = per_triwulan.get(q)
                diisi = q in per_triwulan
                titik.append(TitikTriwulan(q, t, r, diisi, capaian(t, r, ind.polaritas)))
            result.append(
                BarisIku(
                    ind,
                    sasaran.kode,
                    target_tahun(s, ind),
                    realisasi(s, ind),
                    capaian_tahun(s, ind),
                    tuple(titik),
                )
            )
    return result


def _peringatan_iku(iku: list[BarisIku], bulan: int | None) -> list[Peringatan]:
    """Return IKU below target in their last quarter entered, and quarters ended but empty."""
    result = []
    for baris in iku:
        ind = baris.indikator
        terakhir = next((t for t in reversed(baris.triwulan) if t.diisi), None)
        if terakhir is not None and terakhir.capaian is not None and terakhir.capaian < 100:
            result.append(
                Peringatan(
                    "kinerja",
                    f"{ind.kode} {ind.nama}: di bawah target pada Triwulan "
                    f"{terakhir.triwulan} (capaian {fmt.persen(terakhir.capaian)}).",
                    {"indikator": ind.kode, "triwulan": str(terakhir.triwulan)},
                )
            )
        for t in baris.triwulan:
            if t.target is not None and not t.diisi and (bulan or 0) >= 3 * t.triwulan:
                result.append(
                    Peringatan(
                        "kosong",
                        f"{ind.kode}: realisasi Triwulan {t.triwulan} belum diisi.",
                        {"indikator": ind.kode, "triwulan": str(t.triwulan)},
                    )
                )
    return result


def _peringatan_serapan(s: OpdTahun, bulan: int | None, selisih: int) -> list[Peringatan]:
    """Return the units lagging at the last quarter ended with realisation recorded.

    The quarterly thresholds of the LKjIP and the quarterly report (docs/rules.md#serapan-lag).
    """
    triwulan = (bulan or 0) // 3
    if triwulan not in TRIWULAN:
        return []
    ambang = ambang_serapan(selisih)[triwulan]
    return [
        Peringatan(
            "serapan",
            f"{unit.nama_singkat}: serapan s.d. Triwulan {triwulan} "
            f"{fmt.persen(jumlah.serapan)}, di bawah {fmt.persen(ambang, 0)} "
            f"(laju waktu {fmt.persen(Decimal(25 * triwulan), 0)} dikurangi {selisih} poin).",
            {"unit": unit.kode},
        )
        for unit, jumlah in unit_lambat(s, triwulan, ambang)
    ]


def _empty_peringatan(s: OpdTahun) -> list[Peringatan]:
    """Return the budget lines without any realisation recorded."""
    result = []
    for baris in s.anggaran:
        if not baris.realisasi:
            unit = s.unit(baris.unit)
            result.append(
                Peringatan(
                    "kosong",
                    f"Sub kegiatan {anggaran.show(s, baris.sub_kegiatan)} "
                    f"({unit.nama_singkat if unit else baris.unit}): "
                    "belum ada realisasi anggaran.",
                    {"unit": baris.unit, "kode": baris.sub_kegiatan},
                )
            )
    return result


@dataclass(frozen=True)
class CabangSasaran:
    """An OPD sasaran in the pohon kinerja, with its IKU and the programs attributed to it."""

    kode: str
    uraian: str
    iku: tuple[BarisIku, ...]
    program: tuple[Node, ...]


@dataclass(frozen=True)
class CabangPemda:
    """A Pemda sasaran (None: not linked) with the OPD sasaran that support it."""

    kode: str | None
    uraian: str
    sasaran: tuple[CabangSasaran, ...]


def pohon(s: OpdTahun, ringkasan: Ringkasan) -> tuple[list[CabangPemda], list[Node]]:
    """Return the cascade Pemda sasaran → OPD sasaran → IKU → program → kegiatan → sub kegiatan.

    The second value holds the programs attributed to no sasaran.
    """
    program_per_sasaran: dict[str | None, list[Node]] = defaultdict(list)
    for node in anggaran.pohon(s.anggaran):
        program_per_sasaran[s.atribusi_program.get(node.kode)].append(node)
    iku_per_sasaran: dict[str, list[BarisIku]] = defaultdict(list)
    for b in ringkasan.iku:
        iku_per_sasaran[b.sasaran].append(b)
    sasaran_opd = s.renstra.sasaran if s.renstra else ()
    cabang_opd = {
        sas.kode: CabangSasaran(
            sas.kode,
            sas.uraian,
            tuple(iku_per_sasaran[sas.kode]),
            tuple(program_per_sasaran.get(sas.kode, [])),
        )
        for sas in sasaran_opd
    }
    result = []
    terpakai: set[str] = set()
    for misi in s.rpjmd.misi if s.rpjmd else ():
        for tujuan in misi.tujuan:
            for sp in tujuan.sasaran:
                anak = [cabang_opd[sas.kode] for sas in sasaran_opd if sp.kode in sas.mendukung]
                if anak:
                    terpakai.update(c.kode for c in anak)
                    result.append(CabangPemda(sp.kode, sp.uraian, tuple(anak)))
    lepas = [c for k, c in cabang_opd.items() if k not in terpakai]
    if lepas:
        result.append(
            CabangPemda(None, "Sasaran yang belum dihubungkan ke sasaran RPJMD", tuple(lepas))
        )
    return result, program_per_sasaran.get(None, [])
