"""The report pages: preview, narrative paragraphs, downloads, signing and the signed copies."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from sakip.alur import akses, langkah
from sakip.alur import layanan as alur
from sakip.alur.models import DokumenTertanda
from sakip.laporan import latar, pengesahan
from sakip.laporan import services as svc
from sakip.riwayat.recorder import KonflikEdit

from .. import page_cache
from ..konflik import page_token, pastikan_tidak_bentrok
from ..layanan import versi_data

JENIS = {"lkjip": "LKjIP", "pk": "Perjanjian Kinerja", "triwulan": "Laporan Triwulan"}
FORMAT = {
    "html": ("text/html; charset=utf-8", False),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", True),
    "pdf": ("application/pdf", True),
}


def _dokumen_error(exc: Exception) -> bool:
    """Return whether an exception says the report cannot be made from the data (not a bug)."""
    return isinstance(exc, LookupError | ValueError)


def _jenis(jenis: str) -> str:
    if jenis not in JENIS:
        raise Http404("Jenis laporan tidak dikenal.")
    return jenis


def _opsi(request: HttpRequest, jenis: str) -> dict[str, Any]:
    opsi: dict[str, Any] = {}
    if jenis == "triwulan":
        tw = request.GET.get("tw") or request.POST.get("tw") or "4"
        if tw not in ("1", "2", "3", "4"):
            raise Http404("Triwulan adalah 1 sampai 4.")
        opsi["triwulan"] = int(tw)
    versi = request.GET.get("versi") or request.POST.get("versi")
    if jenis == "pk" and versi:
        if not versi.isdigit():
            raise Http404("Versi tidak dikenal.")
        opsi["versi"] = int(versi)
    return opsi


def query_opsi(opsi: dict[str, Any]) -> str:
    """Return the query string naming a report's quarter or version (empty for neither)."""
    return urlencode({("tw" if k == "triwulan" else k): v for k, v in opsi.items()})


def _file_name(opd: Any, jenis: str, tahun: int, fmt: str, opsi: dict[str, Any]) -> str:
    akhir = f"-tw{opsi['triwulan']}" if "triwulan" in opsi else ""
    akhir += f"-v{opsi['versi']}" if "versi" in opsi else ""
    return f"{jenis}-{opd.kode}-{tahun}{akhir}.{fmt}"


@login_required
def page(request: HttpRequest, kode: str, tahun: int, jenis: str) -> HttpResponse:
    opd, can_edit = akses.opd_for_user(request, kode)
    jenis = _jenis(jenis)
    opsi = _opsi(request, jenis)
    # The page builds the whole document to list its paragraphs (about a second): it is kept
    # per data version of the OPD and per person's name and rights, like the dashboard. A
    # paragraph's form carries the version it was opened at; a cached one carries an older
    # id, which finds the same conflicts (a change of this OPD's paragraph changes the key).
    key = _key_laporan(opd, tahun, jenis, opsi) + f":{can_edit}"
    return page_cache.cached_page(
        request, key, lambda extra: _page(request, opd, can_edit, tahun, jenis, opsi, extra)
    )


def _key_laporan(opd: Any, tahun: int, jenis: str, opsi: dict[str, Any]) -> str:
    """Return the cache key of what a report's pages show of the data (its data version)."""
    return f"sakip:laporan:{opd.id}:{tahun}:{jenis}:{query_opsi(opsi)}:{versi_data(opd)}"


def _page(
    request: HttpRequest,
    opd: Any,
    can_edit: bool,
    tahun: int,
    jenis: str,
    opsi: dict[str, Any],
    extra: dict[str, str],
) -> HttpResponse:
    paragraf: list[Any] = []
    rujukan: list[tuple[str, str]] = []
    error = ""
    try:
        paragraf, rujukan = svc.penyunting(opd, tahun, jenis, **opsi)
    except Exception as exc:
        if not _dokumen_error(exc):
            raise
        error = str(exc)
    tertanda = (
        DokumenTertanda.objects.filter(opd=opd, tahun=tahun, jenis=jenis)
        .select_related("oleh")
        .defer("isi")
    )
    h = akses.hak(request)
    ditandatangani = akses.tahun_ditandatangani(opd, tahun)
    ctx = {
        "form_pengesahan": _form_pengesahan(opd, tahun, jenis, opsi),
        "boleh_sahkan": h.merencanakan(opd) and not ditandatangani,
        "opd": opd,
        "tahun": tahun,
        "jenis": jenis,
        "judul": JENIS[jenis],
        "opsi": opsi,
        "query": query_opsi(opsi),
        "galat": error,
        "token": page_token(),
        "paragraf": paragraf,
        "rujukan": rujukan,
        "can_edit": can_edit and not ditandatangani,
        "boleh_tanda": h.menyetujui(opd)
        and jenis in ("lkjip", "pk")
        and not (jenis == "lkjip" and ditandatangani),
        "boleh_buka": h.menyetujui(opd) and jenis == "lkjip" and ditandatangani,
        "tertanda": tertanda,
        "ditandatangani": ditandatangani,
        "page": "laporan",
        "semua_jenis": JENIS,
        **extra,
    }
    return render(request, "web/laporan.html", ctx)


def _render(jenis: str, opd: Any, tahun: int, fmt: str, opsi: dict[str, Any]) -> bytes:
    result = svc.render(jenis, opd, tahun, fmt, **opsi)
    return result.encode("utf-8") if isinstance(result, str) else bytes(result)


def _preview(jenis: str, opd: Any, tahun: int, opsi: dict[str, Any]) -> bytes:
    """Return the HTML rendering the report page shows in its frame, kept per data version
    (the rendering of the same content is kept too, but finding it builds the document)."""
    key = _key_laporan(opd, tahun, jenis, opsi) + ":html"
    isi: bytes | None = cache.get(key)
    if isi is None:
        isi = _render(jenis, opd, tahun, "html", opsi)
        cache.set(key, isi, timeout=page_cache.UMUR)
    return isi


@login_required
@xframe_options_sameorigin  # the report page previews the HTML rendering in a frame of its own
def download(request: HttpRequest, kode: str, tahun: int, jenis: str, fmt: str) -> HttpResponse:
    opd, _ = akses.opd_for_user(request, kode)
    jenis = _jenis(jenis)
    if fmt not in FORMAT:
        raise Http404("Format tidak dikenal.")
    opsi = _opsi(request, jenis)
    try:
        if fmt == "html":
            isi: bytes | None = _preview(jenis, opd, tahun, opsi)
        else:
            # A PDF or DOCX already made of the same content is served at once; else it is made
            # in the background while the person sees its steps.
            isi = svc.tersimpan(svc.dokumen(jenis, opd, tahun, **opsi), fmt)
    except Exception as exc:
        if not _dokumen_error(exc):
            raise
        return HttpResponse(str(exc), status=404, content_type="text/plain; charset=utf-8")
    if isi is None:
        s = latar.minta(request.user, opd, tahun, jenis, format=fmt, opsi=opsi)
        if s.status == s.GAGAL:
            return HttpResponse(s.pesan, status=404, content_type="text/plain; charset=utf-8")
        if s.status != s.SELESAI:
            return redirect("web:susunan", opd.kode, tahun, s.pk)
        isi = bytes(s.isi or b"")
    return laporan_file(isi, opd, jenis, tahun, fmt, opsi)


def laporan_file(
    isi: bytes, opd: Any, jenis: str, tahun: int, fmt: str, opsi: dict[str, Any]
) -> HttpResponse:
    """Return a rendered report as the browser shows (HTML) or saves (PDF, DOCX) it."""
    tipe, lampiran = FORMAT[fmt]
    response = HttpResponse(isi, content_type=tipe)
    nama = _file_name(opd, jenis, tahun, fmt, opsi)
    response["Content-Disposition"] = f'{"attachment" if lampiran else "inline"}; filename="{nama}"'
    return response


@login_required
@require_POST
def save_paragraf(request: HttpRequest, kode: str, tahun: int, jenis: str) -> HttpResponse:
    opd, can_edit = akses.opd_for_user(request, kode)
    jenis = _jenis(jenis)
    if not can_edit or akses.tahun_ditandatangani(opd, tahun):
        raise PermissionDenied("Anda tidak berhak mengubah narasi laporan ini.")
    key = request.POST.get("kunci", "")
    teks = request.POST.get("teks", "")
    token = int(request.POST.get("token") or 0)
    try:
        with alur.perubahan(
            request.user, f"Narasi {JENIS[jenis]} {tahun}", opd_id=opd.pk, hak=akses.hak(request)
        ) as sesi:
            pastikan_tidak_bentrok(token, [(("p", opd.id, tahun, jenis, key), f"Paragraf {key}")])
            svc.save_paragraf(opd, tahun, jenis, key, teks, sesi=sesi)
    except (KonflikEdit, alur.Ditolak) as exc:
        messages.error(request, str(exc))
    except ValueError as exc:
        messages.error(request, f"Paragraf tidak disimpan: {exc}")
    else:
        messages.success(
            request,
            "Paragraf tersimpan." if teks.strip() else "Paragraf dikembalikan ke teks bawaan.",
        )
    query = query_opsi(_opsi(request, jenis))
    return redirect(f"{request.path.rsplit('/paragraf/', 1)[0]}/" + (f"?{query}" if query else ""))


def _form_pengesahan(opd: Any, tahun: int, jenis: str, opsi: dict[str, Any]) -> Any:

    return pengesahan.form(opd, tahun, jenis, pengesahan.nomor(opd, tahun, jenis, opsi))


@login_required
@require_POST
def save_pengesahan(request: HttpRequest, kode: str, tahun: int, jenis: str) -> HttpResponse:
    """Save where and when the report is signed (planning officer, before the year is signed)."""
    opd, _ = akses.opd_for_user(request, kode)
    jenis = _jenis(jenis)
    if not akses.hak(request).merencanakan(opd) or akses.tahun_ditandatangani(opd, tahun):
        raise PermissionDenied("Anda tidak berhak mengubah tanggal penandatanganan laporan ini.")

    opsi = _opsi(request, jenis)
    f = pengesahan.form(opd, tahun, jenis, pengesahan.nomor(opd, tahun, jenis, opsi), request.POST)
    if f.is_valid():
        try:
            with alur.perubahan(
                request.user,
                f"Penandatanganan {JENIS[jenis]} {tahun}",
                opd_id=opd.pk,
                hak=akses.hak(request),
            ) as sesi:
                pengesahan.save(f, sesi)
        except alur.Ditolak as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Tempat dan tanggal penandatanganan tersimpan.")
    else:
        error = "; ".join(str(e) for listing in f.errors.values() for e in listing)
        messages.error(request, f"Tidak disimpan: {error}")
    query = query_opsi(opsi)
    return redirect(
        f"{request.path.rsplit('/pengesahan/', 1)[0]}/" + (f"?{query}" if query else "")
    )


@login_required
@require_POST
def tandatangani(request: HttpRequest, kode: str, tahun: int, jenis: str) -> HttpResponse:
    """Sign the document: keep its exact bytes in each format, and lock the year (LKjIP)."""
    opd, _ = akses.opd_for_user(request, kode)
    jenis = _jenis(jenis)
    if not akses.hak(request).menyetujui(opd) or jenis == "triwulan":
        raise PermissionDenied("Hanya kepala perangkat daerah yang menandatangani dokumen.")
    if jenis == "lkjip" and akses.tahun_ditandatangani(opd, tahun):
        messages.error(request, "LKjIP tahun ini sudah ditandatangani.")
        return redirect("web:laporan", kode, tahun, jenis)
    opsi = _opsi(request, jenis)
    # Every format is laid out in the background (seconds); the job's page shows its steps and
    # the change service decides, as the head, when the job reaches the signature.
    s = latar.minta(
        request.user, opd, tahun, jenis, opsi=opsi, alasan=request.POST.get("alasan", "")
    )
    if not s.berakhir:
        return redirect("web:susunan", opd.kode, tahun, s.pk)
    return akhir_tanda(request, s)


def akhir_tanda(request: HttpRequest, s: Any) -> HttpResponse:
    """Tell how a signing ended and return to the report (to its checks when refused)."""
    query = query_opsi(s.opsi)
    if s.status == s.GAGAL:
        messages.error(request, s.pesan)
        tujuan = reverse("web:laporan-periksa", args=(s.opd.kode, s.tahun, s.jenis))
    else:
        messages.success(request, s.pesan)
        tujuan = reverse("web:laporan", args=(s.opd.kode, s.tahun, s.jenis))
    return redirect(tujuan + (f"?{query}" if query else ""))


@login_required
@require_POST
def buka_tahun(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Withdraw the LKjIP signature with a written reason, so the year's data can change again."""
    opd, _ = akses.opd_for_user(request, kode)
    if not akses.hak(request).menyetujui(opd):
        raise PermissionDenied("Hanya kepala perangkat daerah yang dapat membuka kembali.")
    alasan = request.POST.get("alasan", "").strip()
    if not alasan:
        messages.error(request, "Tulis alasan membuka kembali tahun ini.")
        return redirect("web:laporan", kode, tahun, "lkjip")
    try:
        langkah.buka_tahun(opd, tahun, alasan, request.user, hak=akses.hak(request))
    except alur.Ditolak as exc:
        messages.error(request, str(exc))
        return redirect("web:laporan", kode, tahun, "lkjip")
    messages.success(request, f"Tahun {tahun} dibuka kembali. Dokumen tertanda tetap tersimpan.")
    return redirect("web:laporan", kode, tahun, "lkjip")


@login_required
def dokumen_tertanda(request: HttpRequest, pk: int) -> HttpResponse:
    """Serve a signed document exactly as it was signed."""
    # A document of the Pemda itself is served by the Pemda's page (pemda:unduh-tertanda).
    dok = get_object_or_404(
        DokumenTertanda.objects.select_related("opd__pemda"), pk=pk, opd__isnull=False
    )
    assert dok.opd is not None  # the query asks for an OPD's document
    akses.opd_for_user(request, dok.opd.kode)
    tipe, lampiran = FORMAT[dok.format]
    response = HttpResponse(bytes(dok.isi), content_type=tipe)
    nama = f"{dok.jenis}-{dok.opd.kode}-{dok.tahun}-tertanda-{dok.sha256[:8]}.{dok.format}"
    response["Content-Disposition"] = f'{"attachment" if lampiran else "inline"}; filename="{nama}"'
    response["X-Sakip-Sha256"] = dok.sha256
    return response
