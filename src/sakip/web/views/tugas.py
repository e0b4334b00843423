"""The "Tugas saya" page: what waits for the person, per role, for the latest year with data."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from sakip.alur import akses

from .. import tugas


@login_required
def tugas_saya(request: HttpRequest) -> HttpResponse:
    h = akses.hak(request)
    tahun_ada = tugas.tahun_listing(h)
    diminta = request.GET.get("tahun", "")
    tahun = int(diminta) if diminta.isdigit() and int(diminta) in tahun_ada else None
    if tahun is None and tahun_ada:
        tahun = tahun_ada[0]
    peran = tugas.all_items(h, tahun) if tahun is not None else []
    jumlah = sum(len(k.tugas) for _, kelompok in peran for k in kelompok)
    return render(
        request,
        "web/tugas.html",
        {
            "tahun_tugas": tahun,
            "tahun_ada": tahun_ada,
            "peran": peran,
            "jumlah": jumlah,
            "page": "tugas",
        },
    )
