"""Write an OPD's pohon kinerja the way `load_pohon` reads it."""

from __future__ import annotations

from typing import Any

from sakip.kinerja import models as m
from sakip.pohon.models import JawabanCrosscutting, PohonKinerja, SimpulPohon

from .yamlio import Kode


def dump_pohon(opd: m.PerangkatDaerah) -> dict[str, Any]:
    """Return the dataset keys of the OPD's trees and of the crosscutting answers it gave."""
    result: dict[str, Any] = {}
    pohon = [_pohon(p) for p in PohonKinerja.objects.filter(opd=opd).order_by("tahun")]
    if pohon:
        result["pohon_kinerja"] = pohon
    jawaban = [
        {
            "opd": Kode(j.permintaan.simpul.pohon.opd.kode),
            "tahun": j.permintaan.simpul.pohon.tahun,
            "rujukan": Kode(j.permintaan.simpul.rujukan),
            "status": j.status,
            "catatan": j.catatan,
        }
        for j in JawabanCrosscutting.objects.filter(permintaan__opd_tujuan=opd)
        .select_related("permintaan__simpul__pohon__opd")
        .order_by("id")
    ]
    if jawaban:
        result["jawaban_crosscutting"] = jawaban
    return result


def _pohon(p: PohonKinerja) -> dict[str, Any]:
    all_items = list(p.simpul.prefetch_related("permintaan__opd_tujuan", "permintaan__jawaban"))
    anak: dict[int | None, list[SimpulPohon]] = {}
    for s in all_items:
        anak.setdefault(s.induk_id, []).append(s)

    def simpul(induk_id: int | None) -> list[dict[str, Any]]:
        return [_simpul(s, simpul(s.id)) for s in anak.get(induk_id, [])]

    data: dict[str, Any] = {"tahun": p.tahun}
    if p.putaran:
        data |= {"putaran": p.putaran, "diajukan": p.diajukan}
    data["simpul"] = simpul(None)
    reviu = [
        {"putaran": r.putaran, "keputusan": r.keputusan, "catatan": r.catatan}
        for r in p.reviu.order_by("id")
    ]
    return data | {"reviu": reviu} if reviu else data


def _simpul(s: SimpulPohon, anak: list[dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {"jenis": s.jenis, "rujukan": Kode(s.rujukan), "uraian": s.uraian}
    crosscutting = [_permintaan(p) for p in s.permintaan.all()]
    if crosscutting:
        data["crosscutting"] = crosscutting
    return data | {"anak": anak} if anak else data


def _permintaan(p: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"opd": Kode(p.opd_tujuan.kode), "catatan": p.catatan}
    jawaban = getattr(p, "jawaban", None)
    if jawaban is not None:
        data["jawaban"] = {"status": jawaban.status, "catatan": jawaban.catatan}
    return data
