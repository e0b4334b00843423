"""The control room of the Bagian Organisasi: every OPD of a Pemda and the state of its year.

Read in a fixed number of queries whatever the number of OPDs (one per kind of record, for all
the OPDs at once); the figures come from the core's functions (capaian, aggregation, percent,
deadlines, LKE scores, ranking). Missing data stays None: the page shows it as missing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Min
from django.utils import timezone

from sakip.alur.models import DokumenTertanda, Periode
from sakip.core import anggaran, tenggat
from sakip.core import format as fmt
from sakip.core import pemda as cp
from sakip.core.lke import skor
from sakip.core.numbers import percent
from sakip.kinerja import models as m

from .anggaran import pohon_opd
from .iku import iku_numbers
from .kelengkapan import kekurangan
from .models import TenggatPemda

TRIWULAN = (1, 2, 3, 4)


@dataclass
class BarisOpd:
    """One OPD's row of the matrix."""

    opd: m.PerangkatDaerah
    unit: list[m.UnitKerja]
    status: dict[tuple[int, int], str]
    """(unit id, quarter) -> workflow status (Draf when never submitted)."""
    pk_ditandatangani: date | None = None
    pk_tepat_waktu: bool | None = None
    lkjip_ditandatangani: date | None = None
    tepat_waktu: bool | None = None
    """Whether the LKjIP was signed by its deadline (None: not signed and not yet due)."""
    kurang: int | None = None
    """Entries still empty in the quarters due; None when the OPD has nothing to fill."""
    triwulan_jatuh_tempo: int = 0
    lke_total: Decimal | None = None
    lke_predikat: str | None = None
    capaian: dict[str, Decimal | None] = field(default_factory=dict)
    """IKU kode -> the year's capaian."""
    pagu: Decimal | None = None
    realisasi: Decimal | None = None
    peringkat: int | None = None

    @property
    def capaian_rata(self) -> Decimal | None:
        """Return the average capaian of the OPD's IKU (None when any is missing)."""
        if not self.capaian:
            return None
        return cp.rata_capaian(list(self.capaian.values()))

    @property
    def serapan(self) -> Decimal | None:
        """Return the year's serapan of the budget stage in force."""
        return percent(self.realisasi, self.pagu)

    @property
    def lengkap(self) -> bool | None:
        """Return whether every entry of the quarters due is filled (None: nothing to judge)."""
        return None if self.kurang is None else self.kurang == 0

    def status_triwulan(self, q: int) -> list[tuple[m.UnitKerja, str]]:
        """Return each unit's workflow status in a quarter."""
        return [(u, self.status.get((u.id, q), Periode.DRAFT)) for u in self.unit]

    @property
    def per_triwulan(self) -> list[list[tuple[m.UnitKerja, str, str]]]:
        """Return, per quarter, each unit with its status and the status's name."""
        nama = dict(Periode.STATUS)
        return [[(u, s, nama[s]) for u, s in self.status_triwulan(q)] for q in TRIWULAN]


@dataclass
class RuangKendali:
    """The matrix of one Pemda and year, with the deadlines it was judged by."""

    pemda: m.Pemda
    tahun: int
    hari_ini: date
    tenggat: dict[str, tenggat.Tenggat]
    baris: list[BarisOpd]
    aturan_peringkat: str = cp.ATURAN_PERINGKAT


def tenggat_pemda(pemda: m.Pemda, tahun: int) -> dict[str, tenggat.Tenggat]:
    """Return the deadlines of a year for a Pemda: its own dates where set, else the defaults."""
    sendiri = {
        t.dokumen: (t.tanggal, t.dasar)
        for t in TenggatPemda.objects.filter(pemda=pemda, tahun=tahun)
    }
    return tenggat.berlaku(tahun, sendiri)


def susun(pemda: m.Pemda, tahun: int, hari_ini: date | None = None) -> RuangKendali:
    """Return the control room of a Pemda's year."""
    hari_ini = hari_ini or timezone.localdate()
    limit = tenggat_pemda(pemda, tahun)
    opd = list(m.PerangkatDaerah.objects.filter(pemda=pemda).order_by("kode"))
    unit = defaultdict(list)
    for u in m.UnitKerja.objects.filter(opd__in=opd).order_by("opd_id", "urutan", "kode"):
        unit[u.opd_id].append(u)
    status: dict[int, dict[tuple[int, int], str]] = defaultdict(dict)
    for opd_id, unit_id, q, st in Periode.objects.filter(
        unit__opd__in=opd, tahun=tahun
    ).values_list("unit__opd_id", "unit_id", "triwulan", "status"):
        status[opd_id][(unit_id, q)] = st
    baris = {o.id: BarisOpd(o, unit[o.id], status[o.id]) for o in opd}
    _tanda(baris, tahun, limit, hari_ini)
    jatuh_tempo = _triwulan_jatuh_tempo(limit, hari_ini)
    for opd_id, n in kekurangan(list(baris), tahun, jatuh_tempo).items():
        baris[opd_id].kurang = n
        baris[opd_id].triwulan_jatuh_tempo = jatuh_tempo
    _lke(baris, tahun)
    _capaian(baris, tahun)
    _anggaran(baris, tahun)
    urut = cp.peringkat([(str(b.opd.id), b.capaian_rata, b.serapan) for b in baris.values()])
    for b in baris.values():
        b.peringkat = urut[str(b.opd.id)]
    return RuangKendali(pemda, tahun, hari_ini, limit, list(baris.values()))


def _triwulan_jatuh_tempo(limit: dict[str, tenggat.Tenggat], hari_ini: date) -> int:
    """Return the last quarter whose realisation deadline has passed (0: none yet)."""
    lewat = [q for q in TRIWULAN if f"realisasi_{q}" in limit]
    return max((q for q in lewat if limit[f"realisasi_{q}"].tanggal < hari_ini), default=0)


def _tanda(
    baris: dict[int, BarisOpd], tahun: int, limit: dict[str, tenggat.Tenggat], hari_ini: date
) -> None:
    """Fill the dates the PK and the LKjIP were first signed (standing signatures only)."""
    for opd_id, jenis, waktu in (
        DokumenTertanda.objects.filter(opd_id__in=baris, tahun=tahun, dicabut=False)
        .values("opd_id", "jenis")
        .annotate(awal=Min("waktu"))
        .values_list("opd_id", "jenis", "awal")
    ):
        tanggal = timezone.localtime(waktu).date()
        if jenis == "pk":
            baris[opd_id].pk_ditandatangani = tanggal
        elif jenis == "lkjip":
            baris[opd_id].lkjip_ditandatangani = tanggal
    for b in baris.values():
        pk, lkjip = limit.get("pk"), limit.get("lkjip")
        b.pk_tepat_waktu = tenggat.tepat_waktu(
            b.pk_ditandatangani, pk.tanggal if pk else None, hari_ini
        )
        b.tepat_waktu = tenggat.tepat_waktu(
            b.lkjip_ditandatangani, lkjip.tanggal if lkjip else None, hari_ini
        )


def _lke(baris: dict[int, BarisOpd], tahun: int) -> None:
    """Fill the final LKE score and predikat of the year (the Inspektorat's answers)."""
    from sakip.lke.layanan import template_dari
    from sakip.lke.models import EvaluasiLke

    for e in EvaluasiLke.objects.filter(opd_id__in=baris, tahun=tahun).prefetch_related(
        "penetapan"
    ):
        n = skor.compute(template_dari(e), {p.kriteria: p.jawaban for p in e.penetapan.all()})
        baris[e.opd_id].lke_total = n.total
        baris[e.opd_id].lke_predikat = n.predikat


def _capaian(baris: dict[int, BarisOpd], tahun: int) -> None:
    """Fill each IKU's capaian of the year."""
    for a in iku_numbers(tahun, opd_ids=list(baris)):
        baris[a.opd_id].capaian[a.kode] = a.capaian


def _anggaran(baris: dict[int, BarisOpd], tahun: int) -> None:
    """Fill the pagu and the year's realisation of the budget stage each OPD's figures use."""
    for opd_id, program in pohon_opd(baris, tahun).items():
        jumlah = anggaran.total(program)
        baris[opd_id].pagu, baris[opd_id].realisasi = jumlah.pagu, jumlah.realisasi


def tenggat_per_pemda(pemda_ids: set[int], tahun: int) -> dict[int, dict[str, tenggat.Tenggat]]:
    """Return, per Pemda, the deadlines of a year (its own dates where set), in one query."""
    sendiri: dict[int, dict[str, tuple[date, str | None]]] = defaultdict(dict)
    for t in TenggatPemda.objects.filter(pemda_id__in=pemda_ids, tahun=tahun):
        sendiri[t.pemda_id][t.dokumen] = (t.tanggal, t.dasar)
    return {p: tenggat.berlaku(tahun, sendiri.get(p)) for p in pemda_ids}


def limit_teks(t: tenggat.Tenggat | None, hari_ini: date) -> str:
    """Return how a task names its deadline: "batas 28 Februari 2023", "(terlambat)" when past."""
    if t is None:
        return ""
    lewat = " (terlambat)" if hari_ini > t.tanggal else ""
    return f" · batas {fmt.tanggal(t.tanggal)}{lewat}"
