"""The register's screens for signed-in users: a year's documents, uploading, publishing.

The OPD's planning officer uploads and publishes its documents, the Admin Pemda the Pemda's
own; everyone who may open the OPD (or the Pemda) reads the list. Every write goes through the
register's functions, that is through the change service; a refusal is shown as a message.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.layanan import Ditolak
from sakip.alur.models import DokumenTertanda
from sakip.kinerja.models import Pemda, PerangkatDaerah

from . import register
from .jenis import listing
from .models import DokumenSakip

OPD = "opd"
PEMDA = "pemda"


class UploadForm(forms.Form):
    jenis = forms.ChoiceField(label="Jenis dokumen")
    judul = forms.CharField(label="Judul", max_length=255)
    berkas = forms.FileField(label="Berkas (PDF, DOCX atau XLSX)")
    penandatangan = forms.CharField(label="Penandatangan", max_length=255, required=False)
    tanggal_tanda = forms.DateField(
        label="Tanggal tanda tangan",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Kosongkan bila belum ditandatangani: dokumen itu belum dapat dipublikasikan.",
    )
    keterangan = forms.CharField(label="Keterangan", max_length=255, required=False)
    publik = forms.BooleanField(label="Publikasikan", required=False)

    def __init__(self, *args: object, pemda: bool, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["jenis"].choices = [  # type: ignore[attr-defined]
            (j.kode, j.nama) for j in listing().jenis if j.untuk(pemda=pemda)
        ]


def _lingkup(
    request: HttpRequest, pemilik: str, kode: str
) -> tuple[Pemda, PerangkatDaerah | None, bool]:
    """Return the Pemda, the OPD (None for the Pemda's own) and whether the user may write."""
    if pemilik == OPD:
        opd, can_edit = akses.opd_for_user(request, kode)
        return opd.pemda, opd, can_edit
    if pemilik != PEMDA:
        raise Http404
    pemda = get_object_or_404(Pemda, kode=kode)
    h = akses.hak(request)
    if not (h.mengelola_pemda(pemda.pk) or pemda.pk in h.inspektorat):
        raise PermissionDenied("Anda tidak berhak membuka register dokumen Pemda ini.")
    return pemda, None, h.mengelola_pemda(pemda.pk)


def _id(request: HttpRequest, nama: str) -> int:
    """Return an id posted by the form; a missing or malformed one names no document."""
    nilai = request.POST.get(nama, "")
    if not nilai.isdigit():
        raise Http404("Dokumen tidak ditemukan.")
    return int(nilai)


@login_required
def page(request: HttpRequest, pemilik: str, kode: str, tahun: int) -> HttpResponse:
    """List the year's register and, for its keeper, the upload form."""
    pemda, opd, can_edit = _lingkup(request, pemilik, kode)
    entri = register.entri(pemda, tahun, opd)
    if opd is None:
        entri = [e for e in entri if e.opd_kode is None]
    konteks = {
        "pemda": pemda,
        "opd": opd,
        "tahun": tahun,
        "pemilik": pemilik,
        "kode": kode,
        "entri": entri,
        "can_edit": can_edit,
        "form": UploadForm(pemda=opd is None) if can_edit else None,
        "lingkup": None if opd else {"pemda": pemda},
        "page": "register",
    }
    return render(request, "publik/register.html", konteks)


@login_required
@require_POST
def upload(request: HttpRequest, pemilik: str, kode: str, tahun: int) -> HttpResponse:
    """Upload a document to the register."""
    pemda, opd, can_edit = _lingkup(request, pemilik, kode)
    akses.required(can_edit, "Anda tidak berhak mengunggah dokumen di sini.")
    form = UploadForm(request.POST, request.FILES, pemda=opd is None)
    if not form.is_valid():
        for error in form.errors.values():
            messages.error(request, f"Dokumen tidak diunggah: {' '.join(map(str, error))}")
        return redirect("publik:register", pemilik, kode, tahun)
    d = form.cleaned_data
    try:
        register.upload(
            request.user,
            pemda=pemda,
            opd=opd,
            tahun=tahun,
            jenis=d["jenis"],
            judul=d["judul"],
            nama=d["berkas"].name,
            berkas=d["berkas"],
            penandatangan=d["penandatangan"],
            tanggal_tanda=d["tanggal_tanda"],
            keterangan=d["keterangan"],
            publik=d["publik"],
            hak=akses.hak(request),
        )
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Dokumen terunggah ke register.")
    return redirect("publik:register", pemilik, kode, tahun)


@login_required
@require_POST
def publikasi(request: HttpRequest, pemilik: str, kode: str, tahun: int) -> HttpResponse:
    """Publish or withdraw one document of the register."""
    pemda, opd, can_edit = _lingkup(request, pemilik, kode)
    akses.required(can_edit, "Anda tidak berhak mempublikasikan dokumen di sini.")
    publik = request.POST.get("publik") == "1"
    try:
        if request.POST.get("tertanda"):
            pemilik_tertanda = {"opd": opd} if opd is not None else {"pemda": pemda}
            tertanda = get_object_or_404(
                DokumenTertanda, pk=_id(request, "tertanda"), tahun=tahun, **pemilik_tertanda
            )
            register.atur_publik_tertanda(request.user, tertanda, publik, hak=akses.hak(request))
        else:
            dok = get_object_or_404(
                DokumenSakip, pk=_id(request, "dokumen"), pemda=pemda, opd=opd, tahun=tahun
            )
            register.atur_publik(request.user, dok, publik, hak=akses.hak(request))
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, "Dokumen dipublikasikan." if publik else "Publikasi dokumen ditarik."
        )
    return redirect("publik:register", pemilik, kode, tahun)
