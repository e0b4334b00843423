"""The figures of the dashboard and the pohon kinerja, computed from one snapshot (no Django)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core import anggaran, codes
from sakip.core.budget import Node
from sakip.core.capaian import capaian
from sakip.core.checks import Finding, run_checks
from sakip.core.model import BarisAnggaran, Indikator, OpdTahun
from sakip.core.numbers import percent, sum_or_none
from sakip.core.pengukuran import capaian_tahun, realisasi, target_tahun

BULAN = range(1, 13)


@dataclass(frozen=True)
class TitikTriwulan:
    triwulan: int
    target: Decimal | None
    realisasi: Decimal | None
    diisi: bool
    capaian: Decimal | None


@dataclass(frozen=True)
class BarisIku:
    indikator: Indikator
    sasaran: str
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    triwulan: tuple[TitikTriwulan, ...]


@dataclass(frozen=True)
class Serapan:
    """Pagu and the cumulative realisation % at the end of each month of one program or unit."""

    kode: str
    nama: str
    pagu: Decimal
    realisasi: Decimal | None
    per_bulan: tuple[Decimal | None, ...]

    @property
    def persen(self) -> Decimal | None:
        return percent(self.realisasi, self.pagu)


@dataclass(frozen=True)
class Peringatan:
    jenis: str
    pesan: str
    ref: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Ringkasan:
    tahun: int
    iku: tuple[BarisIku, ...]
    program: tuple[Serapan, ...]
    unit: tuple[Serapan, ...]
    bulan_terakhir: int | None
    """The last month with any realisation recorded, None when nothing is recorded."""
    peringatan: tuple[Peringatan, ...]
    temuan: tuple[Finding, ...]


def realisasi_s_d_bulan(realisasi_baris: dict[str, Decimal], bulan: int) -> Decimal | None:
    """Return a line's realisation from January to the end of a month.

    A quarterly amount counts from its quarter's last month, a yearly amount from December.
    """
    nilai = []
    for kunci, v in realisasi_baris.items():
        if kunci == "tahun":
            akhir = 12
        elif kunci.startswith("tw"):
            akhir = 3 * int(kunci[2:])
        else:
            akhir = int(kunci)
        if akhir <= bulan:
            nilai.append(v)
    return sum_or_none(nilai)


def _bulan_terakhir(baris: tuple[BarisAnggaran, ...]) -> int | None:
    akhir = [
        12 if k == "tahun" else 3 * int(k[2:]) if k.startswith("tw") else int(k)
        for b in baris
        for k in b.realisasi
    ]
    return max(akhir) if akhir else None


def _serapan(kode: str, nama: str, baris: list[BarisAnggaran]) -> Serapan:
    pagu = sum((b.pagu for b in baris), Decimal(0))
    per_bulan = tuple(
        percent(sum_or_none(realisasi_s_d_bulan(b.realisasi, bln) for b in baris), pagu)
        for bln in BULAN
    )
    return Serapan(
        kode,
        nama,
        pagu,
        sum_or_none(realisasi_s_d_bulan(b.realisasi, 12) for b in baris),
        per_bulan,
    )


def _iku(s: OpdTahun) -> list[BarisIku]:
    hasil = []
    for sasaran in s.renstra.sasaran if s.renstra else ():
        for ind in sasaran.indikator:
            k = s.kinerja.get((ind.kode, s.tahun))
            titik = []
            for q in range(1, 5):
                t = k.target_triwulan.get(q) if k else None
                r = k.realisasi_triwulan.get(q) if k else None
                diisi = bool(k and q in k.realisasi_triwulan)
                titik.append(TitikTriwulan(q, t, r, diisi, capaian(t, r, ind.polaritas)))
            hasil.append(
                BarisIku(
                    ind,
                    sasaran.kode,
                    target_tahun(s, ind),
                    realisasi(s, ind),
                    capaian_tahun(s, ind),
                    tuple(titik),
                )
            )
    return hasil


def _peringatan(
    s: OpdTahun, iku: list[BarisIku], unit: list[Serapan], bulan: int | None, selisih: Decimal
) -> list[Peringatan]:
    hasil = []
    for b in iku:
        terakhir = next((t for t in reversed(b.triwulan) if t.diisi), None)
        if terakhir is not None and terakhir.capaian is not None and terakhir.capaian < 100:
            hasil.append(
                Peringatan(
                    "kinerja",
                    f"{b.indikator.kode} {b.indikator.nama}: di bawah target pada Triwulan "
                    f"{terakhir.triwulan} (capaian {_pct(terakhir.capaian)}).",
                    {"indikator": b.indikator.kode, "triwulan": str(terakhir.triwulan)},
                )
            )
        for t in b.triwulan:
            if t.target is not None and not t.diisi and (bulan or 0) >= 3 * t.triwulan:
                hasil.append(
                    Peringatan(
                        "kosong",
                        f"{b.indikator.kode}: realisasi Triwulan {t.triwulan} belum diisi.",
                        {"indikator": b.indikator.kode, "triwulan": str(t.triwulan)},
                    )
                )
    if bulan is not None:
        laju = Decimal(bulan) / 12 * 100
        for u in unit:
            persen = u.per_bulan[bulan - 1] if u.pagu else None
            if u.pagu and (persen is None or persen < laju - selisih):
                hasil.append(
                    Peringatan(
                        "serapan",
                        f"{u.nama}: serapan s.d. bulan ke-{bulan} {_pct(persen)}, di bawah laju "
                        f"waktu {_pct(laju)}.",
                        {"unit": u.kode},
                    )
                )
    for b in s.anggaran:
        if not b.realisasi:
            hasil.append(
                Peringatan(
                    "kosong",
                    f"Sub kegiatan {anggaran.tampil(s, b.sub_kegiatan)} "
                    f"({_nama_unit(s, b.unit)}): belum ada realisasi anggaran.",
                    {"unit": b.unit, "kode": b.sub_kegiatan},
                )
            )
    return hasil


def _pct(v: Decimal | None) -> str:
    from sakip.core.format import persen

    return persen(v)


def _nama_unit(s: OpdTahun, kode: str) -> str:
    u = s.unit(kode)
    return u.nama_singkat if u else kode


def hitung(s: OpdTahun, selisih_serapan: Decimal = Decimal(15)) -> Ringkasan:
    """Return the dashboard's figures of the snapshot's OPD and year."""
    iku = _iku(s)
    per_program: dict[str, list[BarisAnggaran]] = defaultdict(list)
    per_unit: dict[str, list[BarisAnggaran]] = defaultdict(list)
    for b in s.anggaran:
        per_program[codes.program_of(b.sub_kegiatan)].append(b)
        per_unit[b.unit].append(b)
    program = [
        _serapan(kode, anggaran.nama(s, kode), per_program[kode]) for kode in sorted(per_program)
    ]
    unit = [_serapan(u.kode, u.nama_singkat, per_unit.get(u.kode, [])) for u in s.opd.unit_kerja]
    bulan = _bulan_terakhir(s.anggaran)
    return Ringkasan(
        tahun=s.tahun,
        iku=tuple(iku),
        program=tuple(program),
        unit=tuple(unit),
        bulan_terakhir=bulan,
        peringatan=tuple(_peringatan(s, iku, unit, bulan, selisih_serapan)),
        temuan=tuple(run_checks(s)),
    )


@dataclass(frozen=True)
class CabangSasaran:
    kode: str
    uraian: str
    iku: tuple[BarisIku, ...]
    program: tuple[Node, ...]


@dataclass(frozen=True)
class CabangPemda:
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
    cabang_opd = {
        sas.kode: CabangSasaran(
            sas.kode,
            sas.uraian,
            tuple(iku_per_sasaran[sas.kode]),
            tuple(program_per_sasaran.get(sas.kode, [])),
        )
        for sas in (s.renstra.sasaran if s.renstra else ())
    }
    hasil = []
    terpakai: set[str] = set()
    for misi in s.rpjmd.misi if s.rpjmd else ():
        for tujuan in misi.tujuan:
            for sp in tujuan.sasaran:
                anak = [
                    cabang_opd[sas.kode]
                    for sas in (s.renstra.sasaran if s.renstra else ())
                    if sp.kode in sas.mendukung
                ]
                if anak:
                    terpakai.update(c.kode for c in anak)
                    hasil.append(CabangPemda(sp.kode, sp.uraian, tuple(anak)))
    lepas = [c for k, c in cabang_opd.items() if k not in terpakai]
    if lepas:
        hasil.append(
            CabangPemda(None, "Sasaran yang belum dihubungkan ke sasaran RPJMD", tuple(lepas))
        )
    return hasil, program_per_sasaran.get(None, [])
