"""The quarterly entry form of a unit, its evidence files and its workflow."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from sakip.alur import akses, kelengkapan
from sakip.alur.aturan import NAMA_JENIS_PERIODE
from sakip.alur.hak import Hak
from sakip.alur.langkah import BelumLengkap, aksi_allowed, jalankan_aksi
from sakip.alur.layanan import Ditolak, Sesi, perubahan
from sakip.alur.models import AKSI, CATATAN_REQUIRED, Periode, TransisiTidakSah
from sakip.kinerja import models as m
from sakip.riwayat.recorder import KonflikEdit

from .. import entri, layanan, page_cache
from ..konflik import page_token, pastikan_tidak_bentrok
from ..models import Bukti
from ..page_cache import CSRF

TIPE_BUKTI = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# The first bytes of each accepted type: the name alone does not make a PDF.
_TANDA = {
    ".pdf": (b"%PDF",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".xlsx": (b"PK\x03\x04",),
    ".docx": (b"PK\x03\x04",),
}


def _triwulan(tw: int) -> int:
    if tw not in (1, 2, 3, 4):
        raise Http404("Triwulan adalah 1 sampai 4.")
    return tw


def _periode_for_user(
    request: HttpRequest, kode: str, tahun: int, unit_kode: str, tw: int
) -> tuple[entri.Isian, bool]:
    """Return the unit's quarter and whether the user may change its figures now."""
    opd, _ = akses.opd_for_user(request, kode)
    unit, can_edit = akses.unit_for_user(request, opd, unit_kode)
    isian = entri.load(unit, tahun, _triwulan(tw))
    terbuka = isian.periode.dapat_diubah and not akses.tahun_ditandatangani(opd, tahun)
    return isian, can_edit and terbuka


class BuktiForm(forms.Form):
    berkas = forms.FileField(label="Berkas bukti dukung")
    keterangan = forms.CharField(label="Keterangan", max_length=255, required=False)

    def clean_berkas(self) -> object:
        berkas = self.cleaned_data["berkas"]
        akhiran = PurePosixPath(berkas.name).suffix.lower()
        if akhiran not in TIPE_BUKTI:
            raise forms.ValidationError(
                "Jenis berkas tidak diterima. Unggah PDF, JPG, PNG, XLSX atau DOCX."
            )
        limit = settings.SAKIP_BUKTI_MAKS_MB
        if berkas.size > limit * 1024 * 1024:
            raise forms.ValidationError(f"Ukuran berkas melebihi {limit} MB.")
        awal = berkas.read(8)
        berkas.seek(0)
        if not any(awal.startswith(t) for t in _TANDA[akhiran]):
            raise forms.ValidationError("Isi berkas tidak sesuai dengan jenisnya.")
        return berkas


def _konteks(request: HttpRequest, isian: entri.Isian, can_edit: bool) -> dict[str, object]:
    unit = isian.unit
    h = akses.hak(request)
    periode = isian.periode
    ditandatangani = akses.tahun_ditandatangani(unit.opd, isian.tahun)
    # A signed year refuses every step: offer none.
    aksi = [
        (nama, label, nama in CATATAN_REQUIRED)
        for nama, (dari, _, label) in AKSI.items()
        if periode.status in dari and _aksi_allowed(h, unit, periode, nama) and not ditandatangani
    ]
    transisi = list(periode.transisi.select_related("oleh")) if periode.pk else []
    kembali = [t for t in transisi if t.ke == Periode.DIKEMBALIKAN]
    return {
        "opd": unit.opd,
        "tahun": isian.tahun,
        "unit": unit,
        "isian": isian,
        "can_edit": can_edit,
        "aksi": aksi,
        "bukti": Bukti.objects.filter(unit=unit, tahun=isian.tahun, triwulan=isian.triwulan),
        "bukti_form": BuktiForm(),
        "transisi": transisi,
        "alasan_kembali": kembali[-1]
        if kembali and periode.status == Periode.DIKEMBALIKAN
        else None,
        "triwulan_lain": range(1, 5),
        "unit_lain": [u for u in unit.opd.unit_kerja.all() if h.membuka_entri(u)],
        "ditandatangani": ditandatangani,
        "riwayat": entri.riwayat_isian(isian),
        # The planning officer may switch a line between yearly, quarterly and monthly entry.
        "ubah_cara": can_edit and h.merencanakan(unit.opd),
        "pilihan_cara": list(NAMA_JENIS_PERIODE.items()),
        "page": "entri",
    }


def _aksi_allowed(h: Hak, unit: m.UnitKerja, periode: Periode, aksi: str) -> bool:
    return aksi_allowed(h, unit, periode.status, aksi)


@login_required
def isian(request: HttpRequest, kode: str, tahun: int, unit: str, tw: int) -> HttpResponse:
    if request.method != "POST":
        return _read_isian(request, kode, tahun, unit, tw)
    data, can_edit = _periode_for_user(request, kode, tahun, unit, tw)
    if not can_edit:
        raise PermissionDenied("Isian periode ini tidak dapat diubah.")
    form = entri.IsianForm(data, request.POST)
    if form.is_valid():
        try:
            with perubahan(
                request.user,
                f"Isian triwulan {tw} {tahun}",
                opd_id=data.unit.opd_id,
                hak=akses.hak(request),
            ) as sesi:
                diubah = entri.perubahan(form)
                pastikan_tidak_bentrok(
                    form.cleaned_data.get("token") or 0, [(k, n) for k, n, _ in diubah]
                )
                entri.terapkan(data, diubah, sesi)
                _save_catatan(data, form.cleaned_data, sesi)
        except (KonflikEdit, Ditolak) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"Isian tersimpan ({len(diubah)} angka diubah)."
                if diubah
                else "Tidak ada angka yang berubah.",
            )
            return redirect(request.path)
    return _show(request, data, can_edit, form)


def _show(
    request: HttpRequest, data: entri.Isian, can_edit: bool, form: entri.IsianForm
) -> HttpResponse:
    if not can_edit:
        for field in form.fields.values():
            field.disabled = True
    ctx = {**_konteks(request, data, can_edit), "form": form, "tw": data.triwulan}
    isi = render_to_string("web/_entri_isi.html", ctx, request=request)
    return render(request, "web/entri.html", {**ctx, "isi": isi})


def _read_isian(
    request: HttpRequest, kode: str, tahun: int, unit_kode: str, tw: int
) -> HttpResponse:
    """Show the form, rendered once per data version, status, rights and evidence list.

    Every recorded save changes the data version (sakip.riwayat), every workflow step adds a
    Transisi, a signature adds a DokumenTertanda; the period's own note has its version.
    """
    opd, _ = akses.opd_for_user(request, kode)
    unit, allowed = akses.unit_for_user(request, opd, unit_kode)
    tw = _triwulan(tw)
    h = akses.hak(request)
    periode = Periode.objects.filter(unit=unit, tahun=tahun, triwulan=tw).first() or Periode(
        unit=unit, tahun=tahun, triwulan=tw
    )
    versi = layanan.versi_data(opd)
    info = layanan.info_opd(opd, versi)
    ditandatangani = tahun in info.tertanda
    can_edit = allowed and periode.dapat_diubah and not ditandatangani
    aksi = [
        n
        for n, (dari, _, _) in AKSI.items()
        if periode.status in dari and _aksi_allowed(h, unit, periode, n) and not ditandatangani
    ]
    terlihat = [u for u in info.unit if h.membuka_entri_unit(u, opd)]
    key = hashlib.sha256(
        repr(
            (
                unit.id,
                tahun,
                tw,
                versi,
                periode.status,
                periode.versi,
                can_edit,
                ditandatangani,
                aksi,
                terlihat,
                h.merencanakan(opd),
            )
        ).encode()
    ).hexdigest()
    ctx: dict[str, object] = {"opd": opd, "tahun": tahun, "unit": unit, "tw": tw, "page": "entri"}

    def build(extra: dict[str, str]) -> HttpResponse:
        isi = cache.get(f"sakip:isian:{key}")
        if isi is None:
            data = entri.load(unit, tahun, tw)
            form = entri.IsianForm(data, initial={"token": page_token()})
            if not can_edit:
                for field in form.fields.values():
                    field.disabled = True
            ctx_isi = {**_konteks(request, data, can_edit), "form": form, "csrf_token": CSRF}
            isi = render_to_string("web/_entri_isi.html", ctx_isi)
            cache.set(f"sakip:isian:{key}", isi, timeout=600)
        token = extra.get("csrf_token") or get_token(request)
        isi = mark_safe(isi.replace(CSRF, token))  # noqa: S308 - our own rendering
        return render(request, "web/entri.html", {**ctx, **extra, "isi": isi})

    return page_cache.cached_page(request, f"sakip:isian:{key}", build)


def _save_catatan(data: entri.Isian, cleaned: dict[str, object], sesi: Sesi) -> None:
    catatan = str(cleaned.get("catatan_operator") or "").strip()
    periode = data.periode
    if catatan == periode.catatan_operator:
        return
    sesi.check_catatan(periode, catatan)
    if periode.pk is not None:
        periode = Periode.objects.select_for_update().get(pk=periode.pk)
    if periode.versi != (cleaned.get("versi") or 0):
        raise KonflikEdit(
            "Catatan triwulan telah diubah orang lain setelah Anda membuka formulir ini. "
            "Tidak ada yang disimpan. Muat ulang halaman, lalu isi kembali."
        )
    periode.catatan_operator = catatan
    periode.versi += 1
    periode.save()


@login_required
def alur(
    request: HttpRequest, kode: str, tahun: int, unit: str, tw: int, aksi: str
) -> HttpResponse:
    data, _ = _periode_for_user(request, kode, tahun, unit, tw)
    if aksi not in AKSI:
        raise Http404("Tindakan tidak dikenal.")
    if not _aksi_allowed(akses.hak(request), data.unit, data.periode, aksi):
        raise PermissionDenied("Anda tidak berhak melakukan tindakan ini.")
    if request.method != "POST":
        if aksi != "ajukan":
            return HttpResponseNotAllowed(["POST"])
        return _konfirmasi_ajukan(request, data)
    try:
        periode = jalankan_aksi(
            data.unit,
            tahun,
            data.triwulan,
            aksi,
            request.user,
            request.POST.get("catatan", ""),
            hak=akses.hak(request),
        )
    except BelumLengkap as exc:
        messages.error(request, str(exc))
        return redirect("web:entri-aksi", kode, tahun, unit, tw, aksi)
    except (TransisiTidakSah, Ditolak) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Status periode kini: {periode.get_status_display()}.")
    return redirect("web:entri", kode, tahun, unit, tw)


def _konfirmasi_ajukan(request: HttpRequest, data: entri.Isian) -> HttpResponse:
    """Show what is still empty in the quarter before it is submitted."""
    unit = data.unit
    ditandatangani = akses.tahun_ditandatangani(unit.opd, data.tahun)
    allowed = data.periode.status in AKSI["ajukan"][0] and not ditandatangani
    kurang = kelengkapan.check(unit, data.tahun, data.triwulan) if allowed else []
    return render(
        request,
        "web/ajukan.html",
        {
            "opd": unit.opd,
            "tahun": data.tahun,
            "unit": unit,
            "isian": data,
            "boleh": allowed,
            "kurang": kurang,
            "tolak": kelengkapan.mode() == kelengkapan.TOLAK,
            "ditandatangani": ditandatangani,
            "page": "entri",
        },
    )


@login_required
@require_POST
def upload_bukti(request: HttpRequest, kode: str, tahun: int, unit: str, tw: int) -> HttpResponse:
    data, can_edit = _periode_for_user(request, kode, tahun, unit, tw)
    if not can_edit:
        raise PermissionDenied("Bukti periode ini tidak dapat diubah.")
    form = BuktiForm(request.POST, request.FILES)
    if form.is_valid():
        berkas = form.cleaned_data["berkas"]
        bukti = Bukti(
            unit=data.unit,
            tahun=tahun,
            triwulan=tw,
            berkas=berkas,
            nama=PurePosixPath(berkas.name).name[:255],
            ukuran=berkas.size,
            keterangan=form.cleaned_data["keterangan"],
            # Signed in (login_required); an anonymous person holds no right to upload.
            diunggah_oleh=request.user if request.user.is_authenticated else None,
        )
        try:
            with perubahan(
                request.user, "Unggah bukti dukung", opd_id=data.unit.opd_id, hak=akses.hak(request)
            ) as sesi:
                sesi.save(bukti)
        except Ditolak as exc:
            messages.error(request, f"Bukti tidak diunggah: {exc}")
        else:
            messages.success(request, "Bukti dukung terunggah.")
    else:
        for pesan in form.errors.get("berkas", []):
            messages.error(request, f"Bukti tidak diunggah: {pesan}")
    return redirect("web:entri", kode, tahun, unit, tw)


def _bukti_for_user(request: HttpRequest, pk: int) -> tuple[Bukti, bool]:
    bukti = get_object_or_404(Bukti.objects.select_related("unit__opd__pemda"), pk=pk)
    h = akses.hak(request)
    if not h.membuka_entri(bukti.unit):
        raise PermissionDenied("Anda tidak berhak membuka bukti unit ini.")
    periode = Periode.objects.filter(
        unit=bukti.unit, tahun=bukti.tahun, triwulan=bukti.triwulan
    ).first()
    terbuka = (periode is None or periode.dapat_diubah) and not akses.tahun_ditandatangani(
        bukti.unit.opd, bukti.tahun
    )
    return bukti, h.mengisi(bukti.unit) and terbuka


@login_required
def download_bukti(request: HttpRequest, pk: int) -> FileResponse:
    bukti, _ = _bukti_for_user(request, pk)
    tipe = (
        TIPE_BUKTI.get(PurePosixPath(bukti.nama).suffix.lower())
        or mimetypes.guess_type(bukti.nama)[0]
    )
    return FileResponse(
        bukti.berkas.open("rb"), as_attachment=True, filename=bukti.nama, content_type=tipe
    )


@login_required
@require_POST
def delete_bukti(request: HttpRequest, pk: int) -> HttpResponse:
    bukti, can_edit = _bukti_for_user(request, pk)
    if not can_edit:
        raise PermissionDenied("Bukti periode ini tidak dapat dihapus.")
    u = bukti.unit
    try:
        with perubahan(
            request.user, "Hapus bukti dukung", opd_id=u.opd_id, hak=akses.hak(request)
        ) as sesi:
            sesi.delete(bukti)
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        bukti.berkas.delete(save=False)
        messages.success(request, "Bukti dukung dihapus.")
    return redirect("web:entri", u.opd.kode, bukti.tahun, u.kode, bukti.triwulan)


@login_required
def alur_opd(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The workflow overview: every unit's four quarters, with the latest steps."""
    opd, _ = akses.opd_for_user(request, kode)
    from sakip.alur.models import Transisi

    from ..layanan import status_periode, tahun_tersedia

    periode = status_periode(opd, tahun)
    h = akses.hak(request)
    ditandatangani = akses.tahun_ditandatangani(opd, tahun)
    baris = []
    massal: set[str] = set()
    for u in opd.unit_kerja.all():
        cell = []
        for q in range(1, 5):
            p = periode.get((u.id, q))
            status = p.status if p else Periode.DRAFT
            # Which bulk step this person may take on the quarter, if any.
            bisa = next(
                (
                    a
                    for a in ("verifikasi", "setujui")
                    if not ditandatangani and status in AKSI[a][0] and aksi_allowed(h, u, status, a)
                ),
                "",
            )
            if bisa:
                massal.add(bisa)
            cell.append((q, p, bisa))
        baris.append((u, h.membuka_entri(u), cell))
    langkah = (
        Transisi.objects.filter(periode__unit__opd=opd, periode__tahun=tahun)
        .select_related("oleh", "periode__unit")
        .order_by("-id")[:30]
    )
    return render(
        request,
        "web/alur.html",
        {
            "opd": opd,
            "tahun": tahun,
            "baris": baris,
            "langkah": langkah,
            "page": "alur",
            "daftar_tahun": tahun_tersedia(opd),
            "ditandatangani": ditandatangani,
            "massal": [(a, AKSI[a][2]) for a in ("verifikasi", "setujui") if a in massal],
        },
    )
