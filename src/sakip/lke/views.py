"""The LKE pages: the OPD answers, the Inspektorat scores and publishes, the Pemda's recap."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.layanan import Ditolak, perubahan
from sakip.alur.models import Peran
from sakip.core.lke import kertas, saran
from sakip.core.lke import template as tpl
from sakip.kinerja import models as m

from . import layanan
from .models import EvaluasiLke, JendelaLke, PenugasanPenilai
from .result import LkeTidakAda, data_lke, data_saran, evaluasi_dari, kertas_awal, rekap_pemda


def _evaluasi(request: HttpRequest, kode: str, tahun: int) -> tuple[EvaluasiLke, bool, bool]:
    """Return the OPD's LKE, whether the user proposes answers, whether the user scores."""
    opd, merencanakan = akses.opd_for_user(request, kode)
    h = akses.hak(request)
    evaluasi = evaluasi_dari(opd, tahun)
    menilai = h.superuser or opd.pemda_id in h.inspektorat
    return evaluasi, merencanakan, menilai


def _konteks(
    evaluasi: EvaluasiLke, merencanakan: bool, menilai: bool, data: saran.Data | None = None
) -> dict[str, Any]:
    pemda_id = evaluasi.opd.pemda_id
    jendela_opd = layanan.status_jendela(pemda_id, evaluasi.tahun, JendelaLke.OPD)
    jendela_insp = layanan.status_jendela(pemda_id, evaluasi.tahun, JendelaLke.INSPEKTORAT)
    terlihat = menilai or evaluasi.diterbitkan
    return {
        "opd": evaluasi.opd,
        "tahun": evaluasi.tahun,
        "page": "lke",
        "evaluasi": evaluasi,
        "lke": data_lke(evaluasi, penetapan_terlihat=terlihat, data=data),
        "penetapan_terlihat": terlihat,
        "mengusulkan": merencanakan and jendela_opd == JendelaLke.DIBUKA,
        "menilai": menilai,
        "menetapkan": menilai and jendela_insp == JendelaLke.DIBUKA,
        "jendela_opd": dict(JendelaLke.STATUS)[jendela_opd],
        "jendela_inspektorat": dict(JendelaLke.STATUS)[jendela_insp],
        "status_jendela": JendelaLke.STATUS,
    }


def _or_empty(request: HttpRequest, kode: str, tahun: int) -> Any:
    """Return the LKE and the user's rights, or the page saying the OPD has no LKE that year."""
    try:
        return _evaluasi(request, kode, tahun)
    except LkeTidakAda as exc:
        opd = get_object_or_404(m.PerangkatDaerah, kode=kode)
        return render(
            request, "lke/kosong.html", {"opd": opd, "tahun": tahun, "pesan": str(exc)}, status=404
        )


@login_required
def page(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    return render(request, "lke/halaman.html", _konteks(*result))


@login_required
def subkomponen(request: HttpRequest, kode: str, tahun: int, sub: str) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, merencanakan, menilai = result
    # One snapshot of the OPD's year for the suggestions and the working notes alike.
    data = data_saran(evaluasi)
    konteks = _konteks(evaluasi, merencanakan, menilai, data)
    bagian = next(
        (s for k in konteks["lke"]["komponen"] for s in k["subkomponen"] if s["kode"] == sub), None
    )
    if bagian is None:
        return render(request, "lke/kosong.html", konteks | {"pesan": "Subkomponen tidak ada."})
    if request.method == "POST" and "tugaskan" in request.POST:
        akses.required(menilai, "Hanya Inspektorat yang menugaskan penilai.")
        _tugaskan(request, evaluasi, sub)
        return redirect("lke:subkomponen", kode, tahun, sub)
    awal = kertas_awal(evaluasi, data) if konteks["menetapkan"] else {}
    if request.method == "POST" and _save(request, evaluasi, bagian, konteks, awal):
        return redirect("lke:subkomponen", kode, tahun, sub)
    tugas = PenugasanPenilai.objects.filter(evaluasi=evaluasi, subkomponen=sub).first()
    return render(
        request,
        "lke/subkomponen.html",
        konteks
        | {
            "sub": _baris(evaluasi, bagian, awal),
            "tugas": tugas,
            "calon_penilai": _calon_penilai(evaluasi) if menilai else [],
        },
    )


def _calon_penilai(evaluasi: EvaluasiLke) -> list[Any]:
    """Return the users holding the Inspektorat role of the OPD's Pemda."""
    return [
        p.user
        for p in Peran.objects.filter(jenis=Peran.INSPEKTORAT, pemda_id=evaluasi.opd.pemda_id)
        .select_related("user")
        .order_by("user__username")
    ]


def _tugaskan(request: HttpRequest, evaluasi: EvaluasiLke, sub: str) -> None:
    """Assign the chosen evaluator to the sub-component (none chosen: remove it)."""
    calon = {str(u.pk): u for u in _calon_penilai(evaluasi)}
    penilai = calon.get(request.POST.get("penilai", ""))
    try:
        with perubahan(
            request.user, "Penugasan penilai LKE", opd_id=evaluasi.opd_id, hak=akses.hak(request)
        ) as sesi:
            layanan.tugaskan(sesi, evaluasi, sub, penilai, request.POST.get("unit_penilai", ""))
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Penugasan penilai subkomponen {sub} tersimpan.")


def _baris(
    evaluasi: EvaluasiLke, bagian: dict[str, Any], awal: dict[str, kertas.Kertas]
) -> dict[str, Any]:
    """Return a sub-component's data with each criterion's allowed answers and the OPD's note.

    A criterion without a stored working note gets the note pre-filled from the data (`awal`).
    """
    t = layanan.template_dari(evaluasi)
    jenis = {kr.kode: t.jenis(kr).kode_pilihan for kr in t.kriteria()}
    catatan = dict(evaluasi.usulan.values_list("kriteria", "catatan"))
    catatan_penetapan = dict(evaluasi.penetapan.values_list("kriteria", "catatan"))
    tersimpan = {k.kriteria: k for k in evaluasi.kertas.all()}
    kriteria = [
        kr
        | {
            "pilihan": jenis[kr["kode"]],
            "catatan_usulan": catatan.get(kr["kode"], ""),
            "catatan_penetapan": catatan_penetapan.get(kr["kode"], ""),
            "kertas": tersimpan.get(kr["kode"]),
            "kertas_awal": None if kr["kode"] in tersimpan else _awal(awal.get(kr["kode"])),
        }
        for kr in bagian["kriteria"]
    ]
    return bagian | {"kriteria": kriteria}


def _awal(k: kertas.Kertas | None) -> dict[str, str] | None:
    """Return a pre-filled working note as the form's text: the note and one evidence a line."""
    return {"catatan": k.catatan, "bukti": "\n".join(k.bukti), "label": kertas.LABEL} if k else None


def _save(
    request: HttpRequest,
    evaluasi: EvaluasiLke,
    bagian: dict[str, Any],
    konteks: dict[str, Any],
    awal: dict[str, kertas.Kertas],
) -> bool:
    """Save the answers of one sub-component (or accept one suggestion); return success."""
    terima = request.POST.get("terima")
    try:
        with perubahan(request.user, "LKE", opd_id=evaluasi.opd_id, hak=akses.hak(request)) as sesi:
            for kr in bagian["kriteria"]:
                k = kr["kode"]
                if terima is not None:
                    if k == terima and kr["saran"] and kr["saran"]["jawaban"]:
                        catatan = "Saran diterima: " + " ".join(kr["saran"]["bukti"])
                        layanan.save_usulan(sesi, evaluasi, k, kr["saran"]["jawaban"], catatan)
                    continue
                if konteks["mengusulkan"] and request.POST.get(f"usulan-{k}"):
                    layanan.save_usulan(
                        sesi,
                        evaluasi,
                        k,
                        request.POST[f"usulan-{k}"],
                        request.POST.get(f"catatan-{k}", ""),
                        request.POST.get(f"bukti-{k}", ""),
                    )
                if konteks["menetapkan"] and request.POST.get(f"penetapan-{k}"):
                    layanan.save_penetapan(
                        sesi,
                        evaluasi,
                        k,
                        request.POST[f"penetapan-{k}"],
                        request.POST.get(f"catatan-penetapan-{k}", ""),
                    )
                if konteks["menetapkan"]:
                    _save_kertas(request, sesi, evaluasi, k, _awal(awal.get(k)))
    except Ditolak as exc:
        messages.error(request, str(exc))
        return False
    messages.success(request, f"Jawaban subkomponen {bagian['kode']} tersimpan.")
    return True


def _teks(t: str) -> str:
    return t.replace("\r\n", "\n").strip()


def _save_kertas(
    request: HttpRequest, sesi: Any, evaluasi: EvaluasiLke, k: str, awal: dict[str, str] | None
) -> None:
    """Keep the evaluator's working note of a criterion when it is written or changed.

    A pre-filled note sent back unchanged is not stored: it stays a pre-fill from the data until
    the evaluator edits it, as a suggestion stays one until a person accepts it.
    """
    catatan = request.POST.get(f"kertas-{k}", "")
    bukti = request.POST.get(f"kertas-bukti-{k}", "")
    ada = evaluasi.kertas.filter(kriteria=k).first()
    sama = awal is not None and (_teks(catatan), _teks(bukti)) == (
        _teks(awal["catatan"]),
        _teks(awal["bukti"]),
    )
    if ada is None and sama:
        return
    if (ada is None and (catatan.strip() or bukti.strip())) or (
        ada is not None and (ada.catatan, ada.bukti) != (catatan, bukti)
    ):
        layanan.save_kertas(sesi, evaluasi, k, catatan, bukti)


@login_required
@require_POST
def jendela(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    akses.required(menilai, "Hanya Inspektorat yang dapat membuka atau menutup jendela LKE.")
    jenis, status = request.POST.get("jenis", ""), request.POST.get("status", "")
    if jenis not in dict(JendelaLke.JENIS) or status not in dict(JendelaLke.STATUS):
        messages.error(request, "Pilihan jendela tidak dikenal.")
        return redirect("lke:halaman", kode, tahun)
    pemda = evaluasi.opd.pemda
    try:
        with perubahan(request.user, "Jendela LKE", pemda_id=pemda.pk, hak=akses.hak(request)) as s:
            layanan.atur_jendela(s, pemda, tahun, jenis, status)
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Jendela LKE tersimpan.")
    return redirect("lke:halaman", kode, tahun)


@login_required
@require_POST
def terbit(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    akses.required(menilai, "Hanya Inspektorat yang dapat menerbitkan hasil LKE.")
    try:
        with perubahan(
            request.user, "Terbitkan LKE", opd_id=evaluasi.opd_id, hak=akses.hak(request)
        ) as sesi:
            layanan.terbitkan(sesi, evaluasi, request.POST.get("terbit") == "1")
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Status penerbitan hasil LKE tersimpan.")
    return redirect("lke:halaman", kode, tahun)


def _komponen(tahun: int) -> tuple[Any, ...]:
    """Return the components of the template in force for a year (none when there is none)."""
    try:
        return tpl.berlaku(tahun, layanan.folder_tambahan()).komponen
    except tpl.TemplateTidakDitemukan:
        return ()


@login_required
def rekap(request: HttpRequest, pemda: str, tahun: int) -> HttpResponse:
    obj = get_object_or_404(m.Pemda, kode=pemda)
    h = akses.hak(request)
    akses.required(
        h.superuser or obj.pk in h.admin | h.inspektorat,
        "Hanya Admin Pemda dan Inspektorat yang dapat membuka rekap LKE.",
    )
    return render(
        request,
        "lke/rekap.html",
        {
            "pemda": obj,
            "tahun": tahun,
            "tahun_lalu": tahun - 1,
            "rekap": rekap_pemda(obj, tahun),
            "komponen": _komponen(tahun),
            "page": "lke",
        },
    )
