"""Bulk workflow steps: the perencana verifies, the kepala approves several quarters at once.

Each quarter goes through `jalankan_aksi` on its own, so one refused quarter does not hold back
the others: the page lists the result of every one (per item, not all-or-nothing).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.langkah import aksi_allowed, jalankan_aksi
from sakip.alur.layanan import Ditolak
from sakip.alur.models import AKSI, Periode, TransisiTidakSah
from sakip.core.periode import ROMAWI
from sakip.kinerja import models as m

MASSAL = {"verifikasi": "Verifikasi", "setujui": "Setujui dan kunci"}
"""The steps that may be taken on several quarters at once (neither needs a note)."""


def _pilihan(
    request: HttpRequest, opd: m.PerangkatDaerah, tahun: int, aksi: str
) -> list[tuple[m.UnitKerja, int, str]]:
    """Return the chosen quarters the person may take the step on: (unit, quarter, name)."""
    unit = {u.kode: u for u in opd.unit_kerja.all()}
    status = {
        (p.unit_id, p.triwulan): p.status
        for p in Periode.objects.filter(unit__opd=opd, tahun=tahun)
    }
    h = akses.hak(request)
    result = []
    for nilai in request.POST.getlist("periode"):
        kode, _, tw = nilai.rpartition(":")
        u = unit.get(kode)
        if u is None or tw not in ("1", "2", "3", "4"):
            continue
        q = int(tw)
        s = status.get((u.id, q), Periode.DRAFT)
        if s in AKSI[aksi][0] and aksi_allowed(h, u, s, aksi):
            result.append((u, q, f"{u.nama} triwulan {ROMAWI[q]} {tahun}"))
    return result


@login_required
@require_POST
def massal(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Confirm, then take one step on every chosen quarter, each on its own."""
    opd, _ = akses.opd_for_user(request, kode)
    aksi = request.POST.get("aksi", "")
    if aksi not in MASSAL:
        raise PermissionDenied("Tindakan ini tidak dapat dilakukan sekaligus.")
    pilihan = _pilihan(request, opd, tahun, aksi)
    if not pilihan:
        return redirect("web:alur", kode, tahun)
    ctx = {
        "opd": opd,
        "tahun": tahun,
        "aksi": aksi,
        "label": MASSAL[aksi],
        "pilihan": pilihan,
        "page": "alur",
    }
    if request.POST.get("konfirmasi") != "ya":
        return render(request, "web/alur_massal.html", ctx)
    result = []
    for u, q, nama in pilihan:
        try:
            p = jalankan_aksi(u, tahun, q, aksi, request.user, hak=akses.hak(request))
        except (Ditolak, TransisiTidakSah) as exc:
            result.append((nama, False, str(exc)))
        else:
            result.append((nama, True, p.get_status_display()))
    return render(request, "web/alur_massal.html", {**ctx, "hasil": result})
