"""The checklist before signing: every unit-quarter, the checks, and the reason for open items."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from sakip.alur import akses, sebelum_tanda
from sakip.kinerja import models as m
from sakip.kinerja.snapshot import DataTidakAda

from .. import layanan
from .page import tautan_temuan

JENIS = {"lkjip": "LKjIP", "pk": "Perjanjian Kinerja"}


@login_required
def check(request: HttpRequest, kode: str, tahun: int, jenis: str) -> HttpResponse:
    """Show what is still open before the head signs the year's LKjIP or Perjanjian Kinerja."""
    if jenis not in JENIS:
        raise Http404("Dokumen ini tidak ditandatangani.")
    opd, _ = akses.opd_for_user(request, kode)
    if not akses.hak(request).menyetujui(opd):
        raise PermissionDenied("Hanya kepala perangkat daerah yang menandatangani dokumen.")
    versi = layanan.versi_data(opd)
    info = layanan.info_opd(opd, versi)
    try:
        _, r = layanan.snapshot_dan_ringkasan(opd, tahun, versi)
        temuan = list(r.temuan)
    except DataTidakAda:
        temuan = []
    triwulan = sebelum_tanda.status_triwulan(opd, tahun)
    terbuka = sebelum_tanda.butir_terbuka(jenis, tahun, triwulan, temuan)
    iku = dict(m.Indikator.objects.filter(sasaran__renstra__opd=opd).values_list("kode", "id"))
    error = [(f, tautan_temuan(f, opd, tahun, iku)) for f in temuan if f.severity == "error"]
    peringatan = [(f, tautan_temuan(f, opd, tahun, iku)) for f in temuan if f.severity != "error"]
    terakhir, berubah = sebelum_tanda.perubahan_sejak_tanda(opd, tahun, jenis)
    baris: dict[int, list[sebelum_tanda.StatusTriwulan]] = {}
    for s in triwulan:
        baris.setdefault(s.unit.id, []).append(s)
    return render(
        request,
        "web/tanda.html",
        {
            "opd": opd,
            "tahun": tahun,
            "jenis": jenis,
            "judul_dokumen": JENIS[jenis],
            "daftar_tahun": info.tahun,
            "ditandatangani": tahun in info.tertanda,
            "sudah": jenis == "lkjip" and tahun in info.tertanda,
            "baris": [(v[0].unit, v) for v in baris.values()],
            "belum_kunci": sum(1 for s in triwulan if not s.terkunci),
            "galat": error,
            "peringatan": peringatan,
            "terbuka": terbuka,
            "tanda_terakhir": terakhir,
            "berubah": berubah,
            "versi_pk": request.GET.get("versi", ""),
            "page": "laporan",
        },
    )
