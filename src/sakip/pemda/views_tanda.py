"""The page of the Pemda's own signed documents: keep them as signed (in the background), reopen,
download."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.layanan import Ditolak
from sakip.alur.models import DokumenTertanda
from sakip.laporan import latar
from sakip.laporan.models import SusunanDokumen

from . import latar as latar_pemda
from . import tanda
from .views import FILES, _pemda


@login_required
def dokumen_tertanda(request: HttpRequest, pemda: str, tahun: int) -> HttpResponse:
    """List the Pemda's documents of the year with their signing date and signed copies."""
    obj, h = _pemda(request, pemda)
    return render(
        request,
        "pemda/dokumen_tertanda.html",
        {
            "pemda": obj,
            "tahun": tahun,
            "dokumen": tanda.dokumen_tahun(obj, tahun),
            "boleh": h.mengelola_pemda(obj.pk),
            "page": "kendali",
        },
    )


@login_required
@require_POST
def save(request: HttpRequest, pemda: str, tahun: int) -> HttpResponse:
    """Keep the document as signed, laid out in the background (the Admin Pemda only)."""
    obj, h = _pemda(request, pemda)
    akses.required(h.mengelola_pemda(obj.pk), "Hanya Admin Pemda yang menyimpan dokumen tertanda.")
    jenis = request.POST.get("jenis", "")
    versi_teks = request.POST.get("versi", "")
    versi = int(versi_teks) if versi_teks.isdigit() else None
    if jenis not in tanda.NAMA or (jenis == tanda.PK and versi is None):
        raise Http404("Jenis dokumen tidak dikenal.")
    s = latar_pemda.minta(request.user, obj, tahun, jenis, versi)
    if not s.berakhir:
        return redirect("pemda:susunan", obj.kode, tahun, s.pk)
    return _akhir(request, s)


def _akhir(request: HttpRequest, s: SusunanDokumen) -> HttpResponse:
    (messages.success if s.status == s.SELESAI else messages.error)(request, s.pesan)
    return redirect("pemda:dokumen-tertanda", s.pemda.kode, s.tahun)  # type: ignore[union-attr]


@login_required
def susunan(request: HttpRequest, pemda: str, tahun: int, pk: int) -> HttpResponse:
    """Show the steps of keeping a document as signed; when it ends, return with its outcome."""
    obj, _ = _pemda(request, pemda)
    s = get_object_or_404(SusunanDokumen, pk=pk, pemda=obj, tahun=tahun, oleh=request.user)
    if s.berakhir:
        return _akhir(request, s)
    return render(
        request,
        "web/susunan.html",
        {
            "pemda": obj,
            "tahun": tahun,
            "s": s,
            "judul": tanda.NAMA.get(s.jenis, s.jenis),
            "langkah": latar.keadaan_langkah(s),
            "detik": latar.detik(s),
            "segarkan": latar.SEGARKAN,
            "kembali": (
                reverse("pemda:dokumen-tertanda", args=(obj.kode, tahun)),
                "Kembali ke dokumen tertanda Pemda",
            ),
            "page": "kendali",
        },
    )


@login_required
@require_POST
def buka(request: HttpRequest, pemda: str, tahun: int) -> HttpResponse:
    """Withdraw the Pemda LKjIP's signature with a written reason (the Admin Pemda only)."""
    obj, h = _pemda(request, pemda)
    akses.required(h.mengelola_pemda(obj.pk), "Hanya Admin Pemda yang dapat membuka kembali.")
    try:
        tanda.buka_tahun(obj, tahun, request.POST.get("alasan", ""), request.user, hak=h)
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"Tahun {tahun} LKjIP Pemda dibuka kembali. Dokumen tertanda tetap tersimpan."
        )
    return redirect("pemda:dokumen-tertanda", obj.kode, tahun)


@login_required
def download(request: HttpRequest, pemda: str, pk: int) -> HttpResponse:
    """Serve a signed document of the Pemda exactly as it was kept."""
    obj, _ = _pemda(request, pemda)
    dok = get_object_or_404(DokumenTertanda, pk=pk, pemda=obj)
    jawaban = HttpResponse(bytes(dok.isi), content_type=FILES[dok.format])
    nama = f"{dok.jenis}-pemda-{obj.kode}-{dok.tahun}-tertanda-{dok.sha256[:8]}.{dok.format}"
    cara = "inline" if dok.format == "html" else "attachment"
    jawaban["Content-Disposition"] = f'{cara}; filename="{nama}"'
    jawaban["X-Sakip-Sha256"] = dok.sha256
    return jawaban
