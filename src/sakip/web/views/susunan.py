"""The page of a report made in the background: its steps until it ends, then the file."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from sakip.alur import akses
from sakip.laporan import latar
from sakip.laporan.models import SusunanDokumen

from .laporan import akhir_tanda, laporan_file, query_opsi


def _susunan(request: HttpRequest, kode: str, tahun: int, pk: int) -> SusunanDokumen:
    opd, _ = akses.opd_for_user(request, kode)
    # A job is its requester's: another person asks for the same document anew.
    return get_object_or_404(
        SusunanDokumen.objects.select_related("opd"),
        pk=pk,
        opd=opd,
        tahun=tahun,
        oleh=request.user,
    )


@login_required
def page(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    """Show the job's steps; a signing that ended goes back to the report with its outcome."""
    s = _susunan(request, kode, tahun, pk)
    if s.tanda and s.berakhir:
        return akhir_tanda(request, s)
    return render(
        request,
        "web/susunan.html",
        {
            "opd": s.opd,
            "tahun": tahun,
            "s": s,
            "judul": latar.nama_jenis(s.jenis),
            "langkah": latar.keadaan_langkah(s),
            "detik": latar.detik(s),
            "segarkan": None if s.berakhir else latar.SEGARKAN,
            "unduh": reverse("web:susunan-unduh", args=(kode, tahun, s.pk)),
            "kembali": (
                reverse("web:laporan", args=(kode, tahun, s.jenis))
                + (f"?{query_opsi(s.opsi)}" if s.opsi else ""),
                f"Kembali ke halaman {latar.nama_jenis(s.jenis)}",
            ),
            "page": "laporan",
        },
    )


@login_required
def download(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    """Return the file the job made."""
    s = _susunan(request, kode, tahun, pk)
    if s.status != s.SELESAI or s.tanda or s.isi is None:
        teks = "Berkas ini belum selesai disusun."
        return HttpResponse(teks, status=404, content_type="text/plain; charset=utf-8")
    return laporan_file(bytes(s.isi), s.opd, s.jenis, s.tahun, s.format, s.opsi)
