"""The cascade pages: the OPD's positions, one position's PK and rencana aksi, and its entry."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.layanan import Ditolak, perubahan
from sakip.core.dokumen.pk import PkTidakAda
from sakip.kinerja import models as m
from sakip.laporan import services
from sakip.spreadsheet.nilai import NilaiSalah

from . import models as k
from . import page as h
from .rekaman import jabatan_pengguna

FILES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}


def _opd(request: HttpRequest, kode: str) -> tuple[m.PerangkatDaerah, bool]:
    """Return the OPD and whether the user plans it; its positions' holders may open it too."""
    opd = get_object_or_404(m.PerangkatDaerah.objects.select_related("pemda"), kode=kode)
    hak = akses.hak(request)
    milik = k.Jabatan.objects.filter(opd=opd, pk__in=jabatan_pengguna(request.user))
    if not hak.melihat_opd(opd) and not milik.exists():
        raise PermissionDenied("Anda tidak berhak membuka data perangkat daerah ini.")
    return opd, hak.merencanakan(opd)


@login_required
def pohon(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    opd, _ = _opd(request, kode)
    kas, skala = h.kaskade_opd(opd, tahun)
    ctx = {"opd": opd, "tahun": tahun, "page": "kaskade", "skala": skala}
    ctx["baris"] = h.baris_pohon(kas) if kas else []
    ctx["milik"] = set(
        k.Jabatan.objects.filter(pk__in=jabatan_pengguna(request.user)).values_list(
            "kode", flat=True
        )
    )
    return render(request, "kaskade/pohon.html", ctx)


def _konteks_jabatan(request: HttpRequest, kode: str, tahun: int, jabatan: str) -> dict[str, Any]:
    opd, perencana = _opd(request, kode)
    j = get_object_or_404(k.Jabatan.objects.select_related("induk", "unit"), opd=opd, kode=jabatan)
    kas, skala = h.kaskade_opd(opd, tahun)
    all_pk = list(j.perjanjian.filter(tahun=tahun).select_related("pihak_pertama", "pihak_kedua"))
    pk = all_pk[-1] if all_pk else None
    if "versi" in request.GET:
        pk = next((p for p in all_pk if str(p.versi) == request.GET["versi"]), pk)
    return {
        "opd": opd,
        "tahun": tahun,
        "page": "kaskade",
        "jabatan": j,
        "pemegang": list(j.pemegang.all()),
        "bawahan": list(j.bawahan.all()),
        "pk_semua": all_pk,
        "pk": pk,
        "skala": skala,
        "perencana": perencana,
        "indikator": h.indikator_jabatan(pk, kas, request.user, perencana) if pk and kas else [],
        "pilihan_jabatan": list(k.Jabatan.objects.filter(opd=opd)),
        "bulan": [str(b) for b in range(1, 13)],
    }


@login_required
def jabatan(request: HttpRequest, kode: str, tahun: int, jabatan: str) -> HttpResponse:
    return render(request, "kaskade/jabatan.html", _konteks_jabatan(request, kode, tahun, jabatan))


def _baris(jenis: str, pk_: str) -> k.TargetIndikatorJabatan | k.PeriodeRencanaAksi:
    if jenis == "aksi":
        return get_object_or_404(
            k.PeriodeRencanaAksi.objects.select_related("rencana_aksi__jabatan"), pk=pk_
        )
    return get_object_or_404(
        k.TargetIndikatorJabatan.objects.select_related("indikator__pk_jabatan__jabatan"), pk=pk_
    )


@login_required
@require_POST
def isi(request: HttpRequest, kode: str, tahun: int, jabatan: str) -> HttpResponse:
    """Enter a period's realisation (the holder) or verify it (the holder above)."""
    opd, _ = _opd(request, kode)
    obj = _baris(request.POST.get("jenis", ""), request.POST.get("id", ""))
    aksi = request.POST.get("aksi")
    if aksi == "simpan":
        try:
            obj.realisasi = h.nilai_atau_none(request.POST.get("realisasi", ""))
        except NilaiSalah:
            messages.error(request, "Realisasi harus berupa angka, mis. 12 atau 87,5.")
            return redirect("kaskade:jabatan", kode, tahun, jabatan)
        obj.catatan = request.POST.get("catatan", "").strip()
        fields = ["realisasi", "catatan", "status"]
        if isinstance(obj, k.PeriodeRencanaAksi):
            obj.bukti = request.POST.get("bukti", "").strip()
            fields.append("bukti")
        # A row sent back is entered again: it waits for verification once more.
        obj.status = k.StatusIsian.DIISI
        pesan = "Realisasi disimpan."
    elif aksi in ("verifikasi", "kembalikan"):
        obj.status = (
            k.StatusIsian.DIVERIFIKASI if aksi == "verifikasi" else k.StatusIsian.DIKEMBALIKAN
        )
        obj.catatan_verifikasi = request.POST.get("catatan_verifikasi", "").strip()
        if aksi == "kembalikan" and not obj.catatan_verifikasi:
            messages.error(request, "Tulis catatan pengembalian.")
            return redirect("kaskade:jabatan", kode, tahun, jabatan)
        fields = ["status", "catatan_verifikasi"]
        pesan = "Realisasi diverifikasi." if aksi == "verifikasi" else "Realisasi dikembalikan."
    else:
        raise PermissionDenied("Tindakan tidak dikenal.")
    try:
        with perubahan(
            request.user, "Realisasi jabatan", opd_id=opd.id, hak=akses.hak(request)
        ) as sesi:
            sesi.save(obj, fields)
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, pesan)
    return redirect("kaskade:jabatan", kode, tahun, jabatan)


@login_required
@require_POST
def add_aksi(request: HttpRequest, kode: str, tahun: int, jabatan: str) -> HttpResponse:
    """Add a rencana aksi with its monthly targets to one of the position's PK indicators."""
    opd, _ = _opd(request, kode)
    ind = get_object_or_404(
        k.IndikatorPKJabatan, pk=request.POST.get("indikator", ""), pk_jabatan__jabatan__opd=opd
    )
    pj = get_object_or_404(k.Jabatan, opd=opd, kode=request.POST.get("penanggung_jawab", ""))
    uraian = request.POST.get("uraian", "").strip()
    try:
        bobot = h.nilai_atau_none(request.POST.get("bobot", ""))
        target = {
            b: h.nilai_atau_none(request.POST.get(f"target_{b}", ""))
            for b in map(str, range(1, 13))
        }
    except NilaiSalah:
        messages.error(request, "Bobot dan target harus berupa angka.")
        return redirect("kaskade:jabatan", kode, tahun, jabatan)
    if not uraian or bobot is None:
        messages.error(request, "Isi uraian rencana aksi dan bobotnya.")
        return redirect("kaskade:jabatan", kode, tahun, jabatan)
    try:
        with perubahan(request.user, "Rencana aksi", opd_id=opd.id, hak=akses.hak(request)) as sesi:
            aksi = k.RencanaAksiKinerja(
                indikator=ind,
                uraian=uraian,
                jabatan=pj,
                bobot=bobot,
                satuan=request.POST.get("satuan", "").strip(),
                urutan=ind.rencana_aksi.count(),
            )
            sesi.save(aksi)
            for bulan, nilai in target.items():
                if nilai is not None:
                    sesi.save(k.PeriodeRencanaAksi(rencana_aksi=aksi, periode=bulan, target=nilai))
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Rencana aksi ditambahkan.")
    return redirect("kaskade:jabatan", kode, tahun, jabatan)


@login_required
def pk_dokumen(request: HttpRequest, kode: str, tahun: int, jabatan: str, fmt: str) -> HttpResponse:
    """Return the position's Perjanjian Kinerja as DOCX, PDF or HTML."""
    opd, _ = _opd(request, kode)
    if fmt not in FILES:
        raise PermissionDenied("Format tidak dikenal.")
    versi = request.GET.get("versi")
    try:
        isi_ = services.render(
            "pk",
            opd,
            tahun,
            fmt,
            jabatan=jabatan,
            versi=int(versi) if versi and versi.isdigit() else None,
        )
    except PkTidakAda as exc:
        return render(
            request,
            "kaskade/kosong.html",
            {"opd": opd, "tahun": tahun, "pesan": str(exc)},
            status=404,
        )
    jawaban = HttpResponse(isi_, content_type=FILES[fmt])
    if fmt != "html":
        jawaban["Content-Disposition"] = f'attachment; filename="pk-{jabatan}-{tahun}.{fmt}"'
    return jawaban
