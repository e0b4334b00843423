"""The control room of the Bagian Organisasi and its new-year button."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.hak import Hak
from sakip.alur.layanan import Ditolak, perubahan
from sakip.alur.models import Peran
from sakip.core import tahun_baru as tb
from sakip.kinerja import models as m

from . import lkjip, versi
from . import organisasi as org
from .dokumen import dokumen as pk_dokumen
from .tahun_baru import susun


def _pemda(request: HttpRequest, kode: str) -> tuple[m.Pemda, Hak]:
    pemda = get_object_or_404(m.Pemda, kode=kode)
    h = akses.hak(request)
    akses.required(
        h.superuser or pemda.pk in h.admin | h.inspektorat,
        "Hanya Admin Pemda dan Inspektorat yang dapat membuka ruang kendali.",
    )
    return pemda, h


@login_required
def kendali(request: HttpRequest, pemda: str, tahun: int) -> HttpResponse:
    obj, h = _pemda(request, pemda)
    # The figures, and the part of the page showing them, are the same for everyone who may
    # open it: both are kept per data version and day. What depends on the person (the
    # Admin Pemda's buttons) is rendered on each request, after the role check above.
    key = versi.kendali_key(obj, tahun)
    page = cache.get(f"{key}:halaman")
    if page is None:
        isi = versi.isi_kendali(obj, tahun, key=key)
        page = render_to_string(
            "pemda/_kendali_isi.html",
            {
                "pemda": obj,
                "tahun": tahun,
                "ruang": isi.ruang,
                "iku": isi.iku,
                "pk_pemda": isi.pk_pemda,
                "triwulan": (1, 2, 3, 4),
            },
        )
        cache.set(f"{key}:halaman", page, timeout=versi.UMUR)
    return render(
        request,
        "pemda/kendali.html",
        {
            "pemda": obj,
            "tahun": tahun,
            "isi": page,
            "boleh_tahun_baru": h.mengelola_pemda(obj.pk),
            "page": "kendali",
        },
    )


@login_required
@require_POST
def tahun_baru(request: HttpRequest, pemda: str, tahun: int) -> HttpResponse:
    """Draft every OPD's year `tahun` + 1 from `tahun` (the Admin Pemda only)."""
    obj, h = _pemda(request, pemda)
    akses.required(h.mengelola_pemda(obj.pk), "Hanya Admin Pemda yang dapat menyusun tahun baru.")
    opd = list(m.PerangkatDaerah.objects.filter(pemda=obj).order_by("kode"))
    # The Admin Pemda drafts the plan for the OPDs' planners: for this step only, it acts as the
    # planner of every OPD of its Pemda (decision 0013); every other rule of the service applies.
    hak = Hak(admin=set(h.admin), perencana={o.id for o in opd}, superuser=h.superuser)
    result, error = [], []
    for o in opd:
        try:
            with perubahan(
                request.user, f"Tahun baru {tahun + 1} dari {tahun}", opd_id=o.id, hak=hak
            ) as sesi:
                result.append(susun(sesi, o, tahun, tahun + 1))
        except Ditolak as exc:
            error.append((o, str(exc)))
    return render(
        request,
        "pemda/tahun_baru.html",
        {
            "pemda": obj,
            "tahun": tahun,
            "tahun_baru": tahun + 1,
            "hasil": result,
            "galat": error,
            "keterangan": tb.KETERANGAN,
            "page": "kendali",
        },
    )


@login_required
def organisasi(request: HttpRequest, pemda: str) -> HttpResponse:
    """Set up OPDs, units and users from one workbook (the Admin Pemda only)."""
    obj, h = _pemda(request, pemda)
    akses.required(
        h.mengelola_pemda(obj.pk), "Hanya Admin Pemda yang dapat mengimpor daftar perangkat daerah."
    )
    konteks: dict[str, object] = {
        "pemda": obj,
        "kolom": org.KOLOM,
        "peran": [label for _, label in Peran.JENIS],
        "page": "kendali",
    }
    if request.method == "POST":
        berkas = request.FILES.get("berkas")
        if berkas is None:
            konteks["galat"] = ["Pilih buku kerja .xlsx yang akan diimpor."]
        else:
            try:
                result = org.impor(obj, berkas.read(), request.user)
            except org.BukuTidakSah as exc:
                konteks["galat"] = [str(exc)]
            else:
                konteks["hasil"] = result
                konteks["galat"] = result.error
    return render(request, "pemda/organisasi.html", konteks)


FILES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}


@login_required
def pk_kepala_daerah(request: HttpRequest, pemda: str, tahun: int, fmt: str) -> HttpResponse:
    """Return the Kepala Daerah's PK of the year (latest version, or ?versi=N)."""
    from sakip.core.dokumen.pk import PkTidakAda
    from sakip.laporan.services import render_dokumen

    obj, _ = _pemda(request, pemda)
    if fmt not in FILES:
        raise Http404("Format tidak dikenal.")
    versi = request.GET.get("versi", "")
    try:
        dok = pk_dokumen(obj, tahun, int(versi) if versi.isdigit() else None)
    except PkTidakAda as exc:
        raise Http404(str(exc)) from exc
    jawaban = HttpResponse(render_dokumen(dok, fmt), content_type=FILES[fmt])
    if fmt != "html":
        jawaban["Content-Disposition"] = f'attachment; filename="pk-kepala-daerah-{tahun}.{fmt}"'
    return jawaban


@login_required
def lkjip_pemda(request: HttpRequest, pemda: str, tahun: int, fmt: str) -> HttpResponse:
    """Return the Pemda's LKjIP of the year."""
    from sakip.laporan.services import render_dokumen

    obj, _ = _pemda(request, pemda)
    if fmt not in FILES:
        raise Http404("Format tidak dikenal.")
    try:
        dok = lkjip.dokumen(obj, tahun)
    except lkjip.LkjipPemdaTidakAda as exc:
        raise Http404(str(exc)) from exc
    jawaban = HttpResponse(render_dokumen(dok, fmt), content_type=FILES[fmt])
    if fmt != "html":
        jawaban["Content-Disposition"] = f'attachment; filename="lkjip-pemda-{tahun}.{fmt}"'
    return jawaban
