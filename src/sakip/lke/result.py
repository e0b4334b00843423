"""The LKE of one OPD and year read from the database and scored by the core."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils import timezone

from sakip.alur.models import DokumenTertanda
from sakip.core.lke import kertas, result, saran, skor
from sakip.kinerja import models as m
from sakip.kinerja import snapshot

from .layanan import template_dari
from .models import EvaluasiLke


class LkeTidakAda(LookupError):
    """The OPD has no LKE for the year."""


def evaluasi_dari(opd: m.PerangkatDaerah, tahun: int) -> EvaluasiLke:
    """Return the OPD's LKE of the year, or raise with a message in Indonesian."""
    evaluasi = EvaluasiLke.objects.filter(opd=opd, tahun=tahun).first()
    if evaluasi is None:
        raise LkeTidakAda(
            f"{opd.nama} belum memiliki LKE tahun {tahun}: Inspektorat membukanya dengan "
            "membuka jendela pengisian."
        )
    return evaluasi


def lkjip_ditandatangani(opd: m.PerangkatDaerah, tahun: int) -> date | None:
    """Return the date the year's LKjIP was signed (the standing signature), or None."""
    dok = (
        DokumenTertanda.objects.filter(opd=opd, tahun=tahun, jenis="lkjip", dicabut=False)
        .order_by("waktu")
        .first()
    )
    return timezone.localtime(dok.waktu).date() if dok is not None else None


def data_saran(evaluasi: EvaluasiLke) -> saran.Data:
    """Return what the suggestions and working notes are computed from (one snapshot)."""
    s = snapshot.build(evaluasi.opd, evaluasi.tahun)
    return saran.Data(s, lkjip_ditandatangani(evaluasi.opd, evaluasi.tahun))


def data_lke(
    evaluasi: EvaluasiLke, penetapan_terlihat: bool = True, data: saran.Data | None = None
) -> dict[str, Any]:
    """Return the whole LKE as data; the final answers, the evaluator's notes and the working
    papers only when the reader may see them."""
    t = template_dari(evaluasi)
    d = data or data_saran(evaluasi)
    usulan = {u.kriteria: u for u in evaluasi.usulan.all()}
    penetapan = {p.kriteria: p for p in evaluasi.penetapan.all()} if penetapan_terlihat else {}
    kertas_kerja = {k.kriteria: k for k in evaluasi.kertas.all()} if penetapan_terlihat else {}
    result_ = result.susun(
        t,
        {k: u.jawaban for k, u in usulan.items()},
        {k: p.jawaban for k, p in penetapan.items()},
        saran.saran(t, d),
        {k: [b for b in u.bukti.splitlines() if b] for k, u in usulan.items()},
    )
    for k in result_["komponen"]:
        for sub in k["subkomponen"]:
            for kr in sub["kriteria"]:
                kode = kr["kode"]
                u, p, kk = usulan.get(kode), penetapan.get(kode), kertas_kerja.get(kode)
                kr["catatan_usulan"] = (u.catatan or None) if u else None
                kr["catatan_penetapan"] = (p.catatan or None) if p else None
                kr["kertas_kerja"] = (
                    {
                        "catatan": kk.catatan or None,
                        "bukti": [b for b in kk.bukti.splitlines() if b],
                    }
                    if kk
                    else None
                )
    return result_


def kertas_awal(evaluasi: EvaluasiLke, data: saran.Data | None = None) -> dict[str, kertas.Kertas]:
    """Return the pre-filled working notes by criterion (docs/lke.md#kertas-kerja)."""
    return kertas.kertas(template_dari(evaluasi), data or data_saran(evaluasi))


def _nilai(evaluasi: EvaluasiLke) -> skor.NilaiLke:
    t = template_dari(evaluasi)
    return skor.compute(t, {p.kriteria: p.jawaban for p in evaluasi.penetapan.all()})


def rekap_pemda(pemda: m.Pemda, tahun: int) -> list[dict[str, Any]]:
    """Return every OPD's final LKE scores of the year, with the change of the total since last."""
    lalu = {
        e.opd_id: _nilai(e).total
        for e in EvaluasiLke.objects.filter(opd__pemda=pemda, tahun=tahun - 1)
    }
    result = []
    for e in EvaluasiLke.objects.filter(opd__pemda=pemda, tahun=tahun).select_related("opd"):
        n = _nilai(e)
        sebelum = lalu.get(e.opd_id)
        result.append(
            {
                "opd": e.opd,
                "evaluasi": e,
                "komponen": [n.komponen[k.kode] for k in template_dari(e).komponen],
                "total": n.total,
                "predikat": n.predikat,
                "total_lalu": sebelum,
                "perubahan": n.total - sebelum
                if n.total is not None and sebelum is not None
                else None,
            }
        )
    return sorted(result, key=lambda r: r["opd"].kode)
