"""Switch how a budget line's realisation is recorded: by year, by quarter or by month."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.aturan import NAMA_JENIS_PERIODE
from sakip.alur.layanan import Ditolak, perubahan
from sakip.core.periode import JenisPeriode, change_cara
from sakip.kinerja import models as m


@login_required
@require_POST
def change(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    """Move the line's amounts to the chosen kind of period, the sum kept, through the service."""
    opd, allowed = akses.opd_for_user(request, kode)
    if not allowed:
        raise PermissionDenied("Hanya perencana yang mengubah cara pencatatan baris anggaran.")
    baris = get_object_or_404(m.BarisAnggaran.objects.select_related("unit"), pk=pk, unit__opd=opd)
    kembali = request.POST.get("kembali", "")
    tw = kembali if kembali in ("1", "2", "3", "4") else "4"
    try:
        ke = JenisPeriode(request.POST.get("cara", ""))
    except ValueError:
        messages.error(request, "Pilih cara pencatatan: setahun, per triwulan atau per bulan.")
        return redirect("web:entri", kode, tahun, baris.unit.kode, tw)
    old = list(baris.realisasi.all())
    moved = change_cara({r.periode: r.nilai for r in old}, ke)
    # Every amount moved is a stored one, so none is missing.
    new = {key: nilai for key, nilai in moved.items() if nilai is not None}
    try:
        with perubahan(
            request.user,
            f"Cara pencatatan {baris.kode_sumber}: {NAMA_JENIS_PERIODE[ke]}",
            opd_id=opd.pk,
            hak=akses.hak(request),
        ) as sesi:
            for r in old:
                if r.periode not in new:
                    sesi.delete(r)
            tetap = {r.periode: r for r in old}
            for key, nilai in new.items():
                r = tetap.get(key) or m.RealisasiAnggaran(baris=baris, periode=key)
                if r.pk is None or r.nilai != nilai:
                    r.nilai = nilai
                    sesi.save(r)
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"Baris {baris.kode_sumber} kini dicatat {NAMA_JENIS_PERIODE[ke]}."
        )
    return redirect("web:entri", kode, tahun, baris.unit.kode, tw)
