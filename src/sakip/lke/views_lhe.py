"""The LHE pages: the report and its signing data, recommendations and their follow-up, the
window snapshots (docs/lke.md#lhe)."""

from __future__ import annotations

from datetime import date
from pathlib import PurePosixPath
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.layanan import Ditolak, perubahan
from sakip.kaskade.models import Jabatan
from sakip.kinerja import models as m
from sakip.laporan.models import STATUS_PENANDA
from sakip.render.docx import TemplatRusak

from . import lhe
from . import penanggung_jawab as pj
from . import tindak_lanjut as tl
from .layanan import template_dari
from .models import (
    EvaluasiLke,
    JendelaLke,
    SnapshotJendela,
    TemplatLhe,
    TindakLanjutLke,
    VerifikasiTindakLanjut,
)
from .views import _or_empty

FORMAT = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}
PENGESAHAN = ("nomor", "tempat", "tanggal", "status", "jabatan", "nama", "nip")


def _view_allowed(evaluasi: EvaluasiLke, menilai: bool) -> None:
    akses.required(
        menilai or evaluasi.diterbitkan,
        "Laporan Hasil Evaluasi dapat dibuka setelah Inspektorat menerbitkan hasil penilaian.",
    )


def _rekomendasi(evaluasi: EvaluasiLke) -> list[dict[str, Any]]:
    """Return each recommendation with its deadline and who answers for it, and the OPD's
    latest follow-up report and its state."""
    listing = lhe.rekomendasi(evaluasi)
    laporan = {t.rekomendasi_id: t for t in TindakLanjutLke.objects.filter(rekomendasi__in=listing)}
    penanggung = pj.penanggung_jawab(listing, timezone.localdate())
    result = []
    for r in listing:
        t = laporan.get(r.pk)
        v = t.verifikasi.filter(nomor=t.nomor).order_by("-id").first() if t else None
        result.append(
            {
                "rekomendasi": r,
                "laporan": t,
                "keadaan": tl.KEADAAN[tl.keadaan(t)] if t else None,
                "menunggu": t is not None and v is None,
                "catatan_inspektorat": v.catatan if v else "",
                "rencana_aksi": "\n".join(a.uraian for a in r.rencana_aksi.all()),
                "pj": penanggung[r.pk],
            }
        )
    return result


@login_required
def page(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, merencanakan, menilai = result
    _view_allowed(evaluasi, menilai)
    from sakip.render.html import render_fragment

    sah = getattr(evaluasi, "lhe", None)
    t = template_dari(evaluasi)
    return render(
        request,
        "lke/lhe.html",
        {
            "opd": evaluasi.opd,
            "tahun": tahun,
            "page": "lke",
            "evaluasi": evaluasi,
            "menilai": menilai,
            "melapor": merencanakan,
            "pratinjau": render_fragment(lhe.dokumen(evaluasi)),
            "sah": sah,
            "status_penanda": STATUS_PENANDA,
            "komponen": t.komponen,
            "rekomendasi": _rekomendasi(evaluasi),
            "status_rekomendasi": m.Rekomendasi.STATUS,
            "pilihan_unit": m.UnitKerja.objects.filter(opd=evaluasi.opd),
            "pilihan_jabatan": Jabatan.objects.filter(opd=evaluasi.opd),
            "templat": TemplatLhe.objects.filter(pemda_id=evaluasi.opd.pemda_id)
            .only("nama", "diunggah")
            .first(),
        },
    )


@login_required
def download(request: HttpRequest, kode: str, tahun: int, fmt: str) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    _view_allowed(evaluasi, menilai)
    if fmt not in FORMAT:
        raise Http404("Format tidak dikenal.")
    isi = lhe.render(evaluasi, fmt)
    jawaban = HttpResponse(isi, content_type=FORMAT[fmt])
    jawaban["Content-Disposition"] = f'attachment; filename="lhe-{kode}-{tahun}.{fmt}"'
    return jawaban


def _save(request: HttpRequest, evaluasi: EvaluasiLke, alasan: str, kerja: Any) -> None:
    try:
        with perubahan(
            request.user, alasan, opd_id=evaluasi.opd_id, hak=akses.hak(request)
        ) as sesi:
            kerja(sesi)
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{alasan} tersimpan.")


@login_required
@require_POST
def templat(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Upload the Pemda's own DOCX template of the LHE, or go back to the bundled one."""
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    akses.required(menilai, "Hanya Inspektorat yang mengganti templat LHE.")
    if "hapus" in request.POST:
        _save(
            request,
            evaluasi,
            "Templat LHE bawaan",
            lambda s: lhe.delete_templat(s, evaluasi.opd.pemda_id),
        )
        return redirect("lke:lhe", kode, tahun)
    berkas = request.FILES.get("berkas")
    limit = settings.SAKIP_BUKTI_MAKS_MB
    if berkas is None or not (berkas.name or "").lower().endswith(".docx"):
        messages.error(request, "Unggah templat berupa berkas DOCX.")
    elif berkas.size is not None and berkas.size > limit * 1024 * 1024:
        messages.error(request, f"Ukuran templat melebihi {limit} MB.")
    else:
        isi = berkas.read()
        try:
            _save(
                request,
                evaluasi,
                "Templat LHE",
                lambda s: lhe.save_templat(s, evaluasi, PurePosixPath(berkas.name or "").name, isi),
            )
        except TemplatRusak as exc:
            messages.error(request, f"Templat tidak dapat dipakai: {exc}")
    return redirect("lke:lhe", kode, tahun)


@login_required
@require_POST
def pengesahan(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    akses.required(menilai, "Hanya Inspektorat yang mengisi data penandatanganan LHE.")
    isi: dict[str, Any] = {k: request.POST.get(k, "").strip() for k in PENGESAHAN}
    try:
        isi["tanggal"] = date.fromisoformat(isi["tanggal"]) if isi["tanggal"] else None
    except ValueError:
        messages.error(request, "Tanggal penandatanganan tidak dikenal.")
        return redirect("lke:lhe", kode, tahun)
    isi["jabatan"] = isi["jabatan"] or "Inspektur"
    _save(
        request,
        evaluasi,
        "Data penandatanganan LHE",
        lambda s: lhe.save_pengesahan(s, evaluasi, **isi),
    )
    return redirect("lke:lhe", kode, tahun)


@login_required
@require_POST
def rekomendasi(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    akses.required(menilai, "Hanya Inspektorat yang memberikan rekomendasi.")
    uraian = request.POST.get("uraian", "").strip()
    komponen = request.POST.get("komponen", "")
    if not uraian:
        messages.error(request, "Uraian rekomendasi wajib diisi.")
        return redirect("lke:lhe", kode, tahun)
    isian = _penanggung_jawab(request)
    if isian is None:
        return redirect("lke:lhe", kode, tahun)
    _save(
        request,
        evaluasi,
        "Rekomendasi",
        lambda s: lhe.add_rekomendasi(s, evaluasi, komponen, uraian, *isian),
    )
    return redirect("lke:lhe", kode, tahun)


def _penanggung_jawab(
    request: HttpRequest,
) -> tuple[date | None, m.UnitKerja | None, Jabatan | None] | None:
    """Return the deadline, unit and position a form chose; None (with a message) when one is
    not known. Whether they belong to the OPD is the change service's rule."""
    teks = request.POST.get("tenggat", "").strip()
    try:
        tenggat = date.fromisoformat(teks) if teks else None
    except ValueError:
        messages.error(request, "Tenggat bukan tanggal yang dikenal.")
        return None
    unit_id, jabatan_id = request.POST.get("unit", ""), request.POST.get("jabatan", "")
    unit = m.UnitKerja.objects.filter(pk=unit_id).first() if unit_id.isdigit() else None
    jabatan = Jabatan.objects.filter(pk=jabatan_id).first() if jabatan_id.isdigit() else None
    if (unit_id and unit is None) or (jabatan_id and jabatan is None):
        messages.error(request, "Unit atau jabatan penanggung jawab tidak dikenal.")
        return None
    return tenggat, unit, jabatan


@login_required
@require_POST
def penanggung_jawab(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    akses.required(menilai, "Hanya Inspektorat yang menetapkan tenggat dan penanggung jawab.")
    r = _milik(evaluasi, pk)
    isian = _penanggung_jawab(request)
    if isian is not None:
        _save(
            request,
            evaluasi,
            "Tenggat dan penanggung jawab rekomendasi",
            lambda s: pj.atur(s, r, *isian),
        )
    return redirect("lke:lhe", kode, tahun)


def _milik(evaluasi: EvaluasiLke, pk: int) -> m.Rekomendasi:
    return get_object_or_404(m.Rekomendasi, pk=pk, opd=evaluasi.opd, tahun_evaluasi=evaluasi.tahun)


@login_required
@require_POST
def lapor(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, merencanakan, _ = result
    akses.required(
        merencanakan, "Hanya perencana perangkat daerah ini yang melaporkan tindak lanjut."
    )
    r = _milik(evaluasi, pk)
    uraian = request.POST.get("uraian", "").strip()
    status = request.POST.get("status", "")
    if not uraian or status not in dict(m.Rekomendasi.STATUS):
        messages.error(request, "Uraian tindak lanjut dan status wajib diisi.")
        return redirect("lke:lhe", kode, tahun)
    aksi = request.POST.get("rencana_aksi", "").splitlines()
    bukti = request.POST.get("bukti", "")
    _save(
        request,
        evaluasi,
        "Laporan tindak lanjut",
        lambda s: tl.laporkan(s, r, uraian, status, bukti, aksi),
    )
    return redirect("lke:lhe", kode, tahun)


@login_required
@require_POST
def verifikasi(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    akses.required(menilai, "Hanya Inspektorat yang memverifikasi tindak lanjut.")
    laporan = get_object_or_404(TindakLanjutLke, rekomendasi=_milik(evaluasi, pk))
    keputusan = request.POST.get("keputusan", "")
    if keputusan not in dict(VerifikasiTindakLanjut.KEPUTUSAN):
        messages.error(request, "Keputusan verifikasi tidak dikenal.")
        return redirect("lke:lhe", kode, tahun)
    catatan = request.POST.get("catatan", "")
    _save(
        request,
        evaluasi,
        "Verifikasi tindak lanjut",
        lambda s: tl.verifikasi(s, laporan, keputusan, catatan),
    )
    return redirect("lke:lhe", kode, tahun)


@login_required
def snapshot(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    result = _or_empty(request, kode, tahun)
    if isinstance(result, HttpResponse):
        return result
    evaluasi, _, menilai = result
    akses.required(menilai, "Hanya Inspektorat yang membuka snapshot jendela LKE.")
    listing = [
        {
            "jendela": s.jendela.get_jenis_display(),
            "waktu": s.waktu,
            "isi": s.isi.get(evaluasi.opd.kode, {}),
        }
        for s in SnapshotJendela.objects.filter(
            jendela__pemda_id=evaluasi.opd.pemda_id, jendela__tahun=tahun
        ).select_related("jendela")
    ]
    return render(
        request,
        "lke/snapshot.html",
        {
            "opd": evaluasi.opd,
            "tahun": tahun,
            "page": "lke",
            "daftar": listing,
            "jenis_opd": JendelaLke.OPD,
        },
    )
