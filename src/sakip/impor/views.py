"""The import page of one Perangkat Daerah and year: download the entry workbook or the tables,
upload a file, see what it would change (added, changed, unchanged, deleted rows), confirm."""

from __future__ import annotations

import io
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.models import DokumenTertanda
from sakip.kinerja import models as m
from sakip.kinerja.snapshot import DataTidakAda

from .anggaran.profil import ProfilTidakValid
from .buku.susunan import create_buku
from .export import export_tabel_xlsx
from .forms import UploadForm
from .models import Unggahan, delete_abandoned, find_profil
from .pipeline import Result, ditolak, impor_anggaran, impor_buku, read_or_reject

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_TIDAK_BERHAK = "Hanya perencana Perangkat Daerah ini yang dapat mengimpor data."


def _konteks(opd: m.PerangkatDaerah, tahun: int, allowed: bool) -> dict[str, Any]:
    return {
        "opd": opd,
        "tahun": tahun,
        "can_edit": allowed,
        "ditandatangani": akses.tahun_ditandatangani(opd, tahun),
    }


def _tahun_terkunci(opd: m.PerangkatDaerah) -> frozenset[int]:
    """Return the years whose LKjIP the head of the OPD has signed (their data is locked)."""
    return frozenset(
        DokumenTertanda.objects.filter(opd=opd, jenis="lkjip", dicabut=False).values_list(
            "tahun", flat=True
        )
    )


@login_required
def page(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    opd, allowed = akses.opd_for_user(request, kode)
    if request.method == "POST":
        akses.required(allowed, _TIDAK_BERHAK)
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            delete_abandoned()
            return _upload(request, opd, tahun, form.cleaned_data)
    else:
        form = UploadForm()
    return render(request, "impor/unggah.html", {**_konteks(opd, tahun, allowed), "form": form})


def _upload(
    request: HttpRequest, opd: m.PerangkatDaerah, tahun: int, isian: dict[str, Any]
) -> HttpResponse:
    """Read the uploaded file once and keep its sheets; a file refused is shown at once."""
    berkas = isian["berkas"]
    unggahan = Unggahan(
        opd=opd,
        # Signed in (login_required): an anonymous person reaches no upload.
        pengguna=request.user if request.user.is_authenticated else None,
        jenis=isian["jenis"],
        profil=isian.get("profil") or "",
        nama_berkas=berkas.name[:255],
    )
    try:
        pemisah = find_profil(unggahan.profil).pemisah_csv if unggahan.jenis != "buku" else None
    except ProfilTidakValid as exc:
        messages.error(request, f"Profil tidak dapat dipakai: {exc}")
        return redirect("impor:unggah", opd.kode, tahun)
    lembar = read_or_reject(berkas.read(), unggahan.nama_berkas, pemisah)
    if not isinstance(lembar, list):
        result = ditolak(unggahan.jenis, unggahan.nama_berkas, lembar)
        konteks = {**_konteks(opd, tahun, True), "unggahan": unggahan, "hasil": result}
        return render(request, "impor/pratinjau.html", konteks, status=400)
    unggahan.save_lembar(lembar)
    unggahan.save()
    request.session[f"impor-alasan-{unggahan.pk}"] = isian.get("alasan") or ""
    return redirect("impor:pratinjau", opd.kode, tahun, unggahan.pk)


def _impor(request: HttpRequest, unggahan: Unggahan, save: bool) -> Result:
    isi = unggahan.read_sheet()
    alasan = request.session.get(f"impor-alasan-{unggahan.pk}") or None
    terkunci = _tahun_terkunci(unggahan.opd)
    if unggahan.jenis == "buku":
        return impor_buku(
            isi,
            unggahan.nama_berkas,
            pengguna=request.user,
            alasan=alasan,
            save=save,
            opd=unggahan.opd.kode,
            tahun_terkunci=terkunci,
            hak=akses.hak(request),
        )
    return impor_anggaran(
        isi,
        unggahan.nama_berkas,
        find_profil(unggahan.profil),
        pengguna=request.user,
        alasan=alasan,
        save=save,
        opd=unggahan.opd.kode,
        tahun_terkunci=terkunci,
        hak=akses.hak(request),
    )


def _unggahan(request: HttpRequest, kode: str, pk: int) -> tuple[Unggahan, bool]:
    opd, allowed = akses.opd_for_user(request, kode)
    akses.required(allowed, _TIDAK_BERHAK)
    unggahan = get_object_or_404(
        Unggahan, pk=pk, opd=opd, pengguna=request.user, disimpan__isnull=True
    )
    return unggahan, allowed


@login_required
def pratinjau(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    unggahan, allowed = _unggahan(request, kode, pk)
    try:
        result = _impor(request, unggahan, save=False)
    except ProfilTidakValid as exc:
        messages.error(request, f"Profil tidak dapat dipakai: {exc}")
        return redirect("impor:unggah", kode, tahun)
    return render(
        request,
        "impor/pratinjau.html",
        {**_konteks(unggahan.opd, tahun, allowed), "unggahan": unggahan, "hasil": result},
    )


@login_required
@require_POST
def save(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    unggahan, allowed = _unggahan(request, kode, pk)
    try:
        result = _impor(request, unggahan, save=True)
    except ProfilTidakValid as exc:
        messages.error(request, f"Profil tidak dapat dipakai: {exc}")
        return redirect("impor:unggah", kode, tahun)
    if not result.berhasil:
        return render(
            request,
            "impor/pratinjau.html",
            {**_konteks(unggahan.opd, tahun, allowed), "unggahan": unggahan, "hasil": result},
            status=400,
        )
    unggahan.disimpan = timezone.now()
    unggahan.lembar = b""
    unggahan.save(update_fields=["disimpan", "lembar"])
    messages.success(
        request,
        f"{unggahan.nama_berkas} disimpan: {result.jumlah('tambah')} baris ditambah, "
        f"{result.jumlah('ubah')} diubah, {result.jumlah('hapus')} dihapus.",
    )
    return redirect("impor:unggah", kode, tahun)


@login_required
def buku(request: HttpRequest, kode: str, tahun: int) -> FileResponse:
    opd, _ = akses.opd_for_user(request, kode)
    out = io.BytesIO()
    create_buku(opd, tahun).save(out)
    out.seek(0)
    nama = f"buku-isian-{opd.kode}-{tahun}.xlsx"
    return FileResponse(out, as_attachment=True, filename=nama, content_type=XLSX)


@login_required
def tabel(request: HttpRequest, kode: str, tahun: int) -> HttpResponse | FileResponse:
    opd, _ = akses.opd_for_user(request, kode)
    try:
        out = export_tabel_xlsx(opd, tahun)
    except DataTidakAda as exc:
        messages.error(request, str(exc))
        return redirect("impor:unggah", kode, tahun)
    nama = f"tabel-lkjip-{opd.kode}-{tahun}.xlsx"
    return FileResponse(out, as_attachment=True, filename=nama, content_type=XLSX)
