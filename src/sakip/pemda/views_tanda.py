"""The page of the Pemda's own signed documents: keep them as signed, reopen, download."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.layanan import Ditolak
from sakip.alur.models import DokumenTertanda

from . import lkjip, tanda
from .dokumen import dokumen as pk_dokumen
from .views import BERKAS, _pemda

URUTAN_FORMAT = ("html", "pdf", "docx")


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
def simpan(request: HttpRequest, pemda: str, tahun: int) -> HttpResponse:
    """Keep the document as signed: its exact bytes in each format (the Admin Pemda only)."""
    from sakip.laporan.services import render_dokumen

    obj, h = _pemda(request, pemda)
    akses.wajib(h.mengelola_pemda(obj.pk), "Hanya Admin Pemda yang menyimpan dokumen tertanda.")
    jenis = request.POST.get("jenis", "")
    versi_teks = request.POST.get("versi", "")
    versi = int(versi_teks) if versi_teks.isdigit() else None
    kembali = redirect("pemda:dokumen-tertanda", obj.kode, tahun)
    try:
        if jenis == tanda.LKJIP:
            dok = lkjip.dokumen(obj, tahun)
        elif jenis == tanda.PK and versi is not None:
            dok = pk_dokumen(obj, tahun, versi)
        else:
            raise Http404("Jenis dokumen tidak dikenal.")
    except LookupError as exc:
        messages.error(request, str(exc))
        return kembali
    # The PDF before the DOCX: the DOCX's lists of contents take the PDF's page numbers.
    isi = {fmt: render_dokumen(dok, fmt) for fmt in URUTAN_FORMAT}
    try:
        tanda.simpan_tertanda(obj, tahun, jenis, isi, request.user, versi=versi, hak=h)
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{dok.judul} tersimpan sebagai dokumen tertanda.")
    return kembali


@login_required
@require_POST
def buka(request: HttpRequest, pemda: str, tahun: int) -> HttpResponse:
    """Withdraw the Pemda LKjIP's signature with a written reason (the Admin Pemda only)."""
    obj, h = _pemda(request, pemda)
    akses.wajib(h.mengelola_pemda(obj.pk), "Hanya Admin Pemda yang dapat membuka kembali.")
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
def unduh(request: HttpRequest, pemda: str, pk: int) -> HttpResponse:
    """Serve a signed document of the Pemda exactly as it was kept."""
    obj, _ = _pemda(request, pemda)
    dok = get_object_or_404(DokumenTertanda, pk=pk, pemda=obj)
    jawaban = HttpResponse(bytes(dok.isi), content_type=BERKAS[dok.format])
    nama = f"{dok.jenis}-pemda-{obj.kode}-{dok.tahun}-tertanda-{dok.sha256[:8]}.{dok.format}"
    cara = "inline" if dok.format == "html" else "attachment"
    jawaban["Content-Disposition"] = f'{cara}; filename="{nama}"'
    jawaban["X-Sakip-Sha256"] = dok.sha256
    return jawaban
