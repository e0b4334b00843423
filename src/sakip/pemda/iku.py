"""The year's figures of many IKU at once, and the Pemda's indicators rolled up from them.

Both in a fixed number of queries. An OPD indicator's figures follow the dashboard's rules
(`sakip.core.pengukuran`): the latest PK's target, else the Renstra's; the year's value entered
or aggregated from its quarters; capaian by its polarity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q

from sakip.core import pemda as cp
from sakip.core.capaian import capaian
from sakip.core.model import Agregasi, Indikator, Kinerja, Polaritas
from sakip.core.pengukuran import nilai_tahun
from sakip.kinerja import models as m

from .models import IndikatorPemda, KontribusiOpd, PerjanjianKinerjaPemda


@dataclass(frozen=True)
class IkuNumbers:
    """One OPD indicator's figures of the year."""

    id: int
    opd_id: int
    kode: str
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    opd_kode: str
    nama: str = ""
    satuan: str = ""


def iku_numbers(
    tahun: int, opd_ids: Sequence[int] | None = None, opd_kode: Sequence[str] | None = None
) -> list[IkuNumbers]:
    """Return the figures of the IKU of these OPDs (by id or by code) in a year."""
    saring = Q(
        sasaran__renstra__periode_awal__lte=tahun, sasaran__renstra__periode_akhir__gte=tahun
    )
    if opd_ids is not None:
        saring &= Q(sasaran__renstra__opd_id__in=opd_ids)
    if opd_kode is not None:
        saring &= Q(sasaran__renstra__opd__kode__in=opd_kode)
    indikator = list(
        m.Indikator.objects.filter(saring)
        .order_by("sasaran__urutan", "urutan", "id")
        .values_list(
            "id",
            "sasaran__renstra__opd_id",
            "kode",
            "polaritas",
            "agregasi",
            "sasaran__renstra__opd__kode",
            "nama",
            "satuan",
        )
    )
    ids = [i[0] for i in indikator]
    renstra = dict(
        m.TargetRenstra.objects.filter(indikator_id__in=ids, tahun=tahun).values_list(
            "indikator_id", "nilai"
        )
    )
    pk = _target_pk({i[1] for i in indikator}, tahun)
    triwulan: dict[int, dict[int, Decimal | None]] = defaultdict(dict)
    setahun: dict[int, Decimal | None] = {}
    for ind_id, q, nilai in m.Realisasi.objects.filter(
        indikator_id__in=ids, tahun=tahun
    ).values_list("indikator_id", "triwulan", "nilai"):
        if q is None:
            setahun[ind_id] = nilai
        else:
            triwulan[ind_id][q] = nilai
    result = []
    for ind_id, opd_id, kode, polaritas, agregasi, opd_kode_, nama, satuan in indikator:
        target = pk[ind_id] if ind_id in pk else renstra.get(ind_id)
        ind = Indikator(kode, "", kode, "", Polaritas(polaritas), Agregasi(agregasi))
        k = None
        if ind_id in setahun or ind_id in triwulan:
            k = Kinerja(
                kode,
                tahun,
                realisasi_triwulan=triwulan.get(ind_id, {}),
                realisasi_tahun=setahun.get(ind_id),
                realisasi_tahun_diisi=ind_id in setahun,
            )
        real = nilai_tahun(k, ind)
        result.append(
            IkuNumbers(
                ind_id,
                opd_id,
                kode,
                target,
                real,
                capaian(target, real, ind.polaritas),
                opd_kode_,
                nama,
                satuan,
            )
        )
    return result


def _target_pk(opd_ids: set[int], tahun: int) -> dict[int, Decimal | None]:
    """Return indicator id -> target of the latest version of each OPD's PK of the year."""
    terakhir: dict[int, int] = {}
    for pk_id, opd_id in (
        m.PerjanjianKinerja.objects.filter(opd_id__in=opd_ids, tahun=tahun)
        .order_by("opd_id", "versi")
        .values_list("id", "opd_id")
    ):
        terakhir[opd_id] = pk_id
    return dict(
        m.TargetPK.objects.filter(pk_dokumen_id__in=terakhir.values()).values_list(
            "indikator_id", "nilai"
        )
    )


@dataclass
class BarisIkuPemda:
    """A Pemda indicator with its figures of the year and the OPDs responsible."""

    indikator: IndikatorPemda
    result: cp.IndikatorResult
    opd: list[str] = field(default_factory=list)
    """Codes of the OPDs responsible."""
    rincian: list[tuple[KontribusiOpd, IkuNumbers | None]] = field(default_factory=list)
    """Each OPD responsible with the figures of its feeding IKU (None: no IKU, or not found)."""


def iku_pemda(pemda: m.Pemda, tahun: int) -> list[BarisIkuPemda]:
    """Return the Pemda's indicators with their target, realisation and capaian of a year."""
    listing = list(
        IndikatorPemda.objects.filter(sasaran__tujuan__misi__rpjmd__pemda=pemda)
        .select_related("sasaran__tujuan__misi")
        .prefetch_related("kontribusi", "target", "realisasi")
        .order_by("sasaran__tujuan__misi__urutan", "sasaran__urutan", "urutan", "kode")
    )
    pk = (
        PerjanjianKinerjaPemda.objects.filter(pemda=pemda, tahun=tahun)
        .order_by("-versi")
        .prefetch_related("target")
        .first()
    )
    target_pk = {t.indikator_id: t.nilai for t in pk.target.all()} if pk else {}
    opd = sorted({k.opd_kode for i in listing for k in i.kontribusi.all() if k.indikator_kode})
    number = {(a.opd_kode, a.kode): a for a in iku_numbers(tahun, opd_kode=opd)} if opd else {}
    result = []
    for ind in listing:
        target = (
            target_pk[ind.id]
            if ind.id in target_pk
            else next((t.nilai for t in ind.target.all() if t.tahun == tahun), None)
        )
        diisi = next((r.nilai for r in ind.realisasi.all() if r.tahun == tahun), None)
        sumbangan = [
            _sumbangan(k.opd_kode, number.get((k.opd_kode, k.indikator_kode)), k.bobot)
            for k in ind.kontribusi.all()
            if k.indikator_kode
        ]
        h = cp.compute(cp.Aturan(ind.aturan), target, Polaritas(ind.polaritas), diisi, sumbangan)
        rincian = [
            (k, number.get((k.opd_kode, k.indikator_kode)) if k.indikator_kode else None)
            for k in ind.kontribusi.all()
        ]
        result.append(BarisIkuPemda(ind, h, [k.opd_kode for k in ind.kontribusi.all()], rincian))
    return result


def _sumbangan(kode: str, a: IkuNumbers | None, bobot: Decimal | None) -> cp.Sumbangan:
    if a is None:
        return cp.Sumbangan(kode, None, None, bobot)
    return cp.Sumbangan(kode, a.realisasi, a.capaian, bobot)
