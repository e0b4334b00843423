"""The page of a report made in the background: its steps until it ends, then the file."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from sakip.alur import akses
from sakip.laporan import latar
from sakip.laporan.models import SusunanDokumen

from .laporan import akhir_tanda, berkas_laporan

SEGARKAN = 2
"""Seconds between two looks of the page at a job under way (no script needed)."""


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
def halaman(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    """Show the job's steps; a signing that ended goes back to the report with its outcome."""
    s = _susunan(request, kode, tahun, pk)
    if s.tanda and s.berakhir:
        return akhir_tanda(request, s)
    nama = latar.langkah(s)
    selesai = s.status == s.SELESAI
    langkah = [
        (teks, "selesai" if selesai or i < s.langkah else "berjalan" if i == s.langkah else "")
        for i, teks in enumerate(nama)
    ]
    if s.status == s.ANTRE:
        langkah = [(teks, "") for teks in nama]
    return render(
        request,
        "web/susunan.html",
        {
            "opd": s.opd,
            "tahun": tahun,
            "s": s,
            "judul": latar.nama_jenis(s.jenis),
            "langkah": langkah,
            "detik": int((timezone.now() - s.dibuat).total_seconds()),
            "segarkan": None if s.berakhir else SEGARKAN,
            "page": "laporan",
        },
    )


@login_required
def unduh(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    """Return the file the job made."""
    s = _susunan(request, kode, tahun, pk)
    if s.status != s.SELESAI or s.tanda or s.isi is None:
        teks = "Berkas ini belum selesai disusun."
        return HttpResponse(teks, status=404, content_type="text/plain; charset=utf-8")
    return berkas_laporan(bytes(s.isi), s.opd, s.jenis, s.tahun, s.format, s.opsi)
