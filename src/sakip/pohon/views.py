"""The pohon kinerja page: the tree, its review, crosscutting; every change through the service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.layanan import Ditolak, Penolakan
from sakip.kaskade import rujukan
from sakip.kinerja import models as m

from . import layanan
from .models import JAWABAN, JENIS_SIMPUL, KEPUTUSAN, PermintaanCrosscutting, PohonKinerja

Aksi = Callable[[HttpRequest, m.PerangkatDaerah, int], str]


@login_required
def page(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    opd, can_edit = akses.opd_for_user(request, kode)
    h = akses.hak(request)
    pohon = PohonKinerja.objects.filter(opd=opd, tahun=tahun).first()
    simpul = list(pohon.simpul.prefetch_related("permintaan__jawaban")) if pohon else []
    anak: dict[int | None, list[Any]] = {}
    for s in simpul:
        anak.setdefault(s.induk_id, []).append(s)
    masuk = PermintaanCrosscutting.objects.filter(
        opd_tujuan=opd, simpul__pohon__tahun=tahun
    ).select_related("simpul__pohon__opd", "jawaban")
    aksi = {rujukan.teks(n): a for n, a in rujukan.aksi_bernomor(opd, tahun).items()}
    ctx = {
        "opd": opd,
        "tahun": tahun,
        "pohon": pohon,
        "baris": [
            (s, t, aksi.get(s.rujukan) if s.jenis == "rencana_aksi" else None)
            for s, t in _baris(anak, None, 0)
        ],
        "simpul": simpul,
        "can_edit": can_edit and (pohon is None or pohon.dapat_diubah),
        "merencanakan": can_edit,
        "kepala": h.menyetujui(opd),
        "ada_tahun_lalu": PohonKinerja.objects.filter(opd=opd, tahun=tahun - 1).exists(),
        "jenis_simpul": JENIS_SIMPUL,
        "keputusan": KEPUTUSAN,
        "jawaban": JAWABAN,
        "opd_lain": m.PerangkatDaerah.objects.filter(pemda=opd.pemda).exclude(pk=opd.pk),
        "masuk": masuk,
        "reviu": pohon.reviu.order_by("-id") if pohon else [],
        "aksi_tahun": sorted(aksi.items()),
    }
    return render(request, "pohon/halaman.html", ctx)


def _baris(anak: dict[int | None, list[Any]], induk: int | None, tingkat: int) -> list[Any]:
    """Return the nodes depth first, each with its depth, as the page lists them."""
    result = []
    for s in anak.get(induk, []):
        result.append((s, tingkat))
        result += _baris(anak, s.id, tingkat + 1)
    return result


@login_required
@require_POST
def aksi(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    opd, _ = akses.opd_for_user(request, kode)
    langkah = _AKSI.get(request.POST.get("aksi", ""))
    if langkah is None:
        messages.error(request, "Tindakan tidak dikenal.")
    else:
        try:
            messages.success(request, langkah(request, opd, tahun))
        except Ditolak as exc:
            messages.error(request, str(exc))
    return redirect("pohon:halaman", kode=opd.kode, tahun=tahun)


def _tidak_dikenal() -> Ditolak:
    return Ditolak([Penolakan("Isian", "pilihan tidak dikenal")])


def _pohon(opd: m.PerangkatDaerah, tahun: int) -> PohonKinerja:
    return get_object_or_404(PohonKinerja, opd=opd, tahun=tahun)


def _isi(request: HttpRequest, opd: m.PerangkatDaerah, tahun: int) -> str:
    layanan.isi_dari_data(opd, tahun, request.user, akses.hak(request))
    return "Pohon kinerja diisi dari data tahun ini."


def _salin(request: HttpRequest, opd: m.PerangkatDaerah, tahun: int) -> str:
    layanan.salin(opd, tahun - 1, tahun, request.user, akses.hak(request))
    return f"Pohon kinerja disalin dari tahun {tahun - 1}."


def _simpul(request: HttpRequest, opd: m.PerangkatDaerah, tahun: int) -> str:
    pohon = _pohon(opd, tahun)
    p = request.POST
    ada = p.get("simpul")
    simpul = get_object_or_404(pohon.simpul, pk=ada) if ada else pohon.simpul.model(pohon=pohon)
    if not ada:
        simpul.jenis = p.get("jenis", "")
        if simpul.jenis not in dict(JENIS_SIMPUL):
            raise _tidak_dikenal()
    simpul.uraian = p.get("uraian", "").strip() or simpul.uraian
    simpul.rujukan = p.get("rujukan", "").strip()
    induk = p.get("induk")
    simpul.induk = get_object_or_404(pohon.simpul, pk=induk) if induk else None
    fields = None if not ada else ["uraian", "rujukan", "induk"]
    layanan.save_simpul(simpul, fields, request.user, akses.hak(request))
    return "Simpul tersimpan."


def _ajukan(request: HttpRequest, opd: m.PerangkatDaerah, tahun: int) -> str:
    layanan.ajukan(_pohon(opd, tahun), request.user, akses.hak(request))
    return "Pohon kinerja diajukan kepada kepala perangkat daerah."


def _putuskan(request: HttpRequest, opd: m.PerangkatDaerah, tahun: int) -> str:
    keputusan = request.POST.get("keputusan", "")
    if keputusan not in dict(KEPUTUSAN):
        raise _tidak_dikenal()
    layanan.putuskan(
        _pohon(opd, tahun),
        keputusan,
        request.POST.get("catatan", ""),
        request.user,
        akses.hak(request),
    )
    return f"Pohon kinerja {dict(KEPUTUSAN)[keputusan].lower()}."


def _minta(request: HttpRequest, opd: m.PerangkatDaerah, tahun: int) -> str:
    pohon = _pohon(opd, tahun)
    simpul = get_object_or_404(pohon.simpul, pk=request.POST.get("simpul"))
    tujuan = get_object_or_404(m.PerangkatDaerah, pk=request.POST.get("opd_tujuan"))
    p = layanan.minta_crosscutting(
        simpul, tujuan, request.POST.get("catatan", ""), request.user, akses.hak(request)
    )
    return f"Permintaan crosscutting dikirim kepada {p.opd_tujuan.nama}."


def _jawab(request: HttpRequest, opd: m.PerangkatDaerah, tahun: int) -> str:
    permintaan = get_object_or_404(
        PermintaanCrosscutting, pk=request.POST.get("permintaan"), opd_tujuan=opd
    )
    status = request.POST.get("status", "")
    if status not in dict(JAWABAN):
        raise _tidak_dikenal()
    layanan.jawab_crosscutting(
        permintaan, status, request.POST.get("catatan", ""), request.user, akses.hak(request)
    )
    return f"Permintaan crosscutting {dict(JAWABAN)[status].lower()}."


_AKSI: dict[str, Aksi] = {
    "isi": _isi,
    "salin": _salin,
    "simpul": _simpul,
    "ajukan": _ajukan,
    "putuskan": _putuskan,
    "minta": _minta,
    "jawab": _jawab,
}
