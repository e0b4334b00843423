"""Account screens: one's own password, and one user's page for the Admin Pemda."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.models import Peran
from sakip.web.lingkup import lingkup_pemda

from . import layanan
from .forms import AlasanForm, PeranForm
from .models import StatusAkun
from .riwayat import riwayat_akun
from .sinyal import SESSION_KEY


@login_required
def sandi(request: HttpRequest) -> HttpResponse:
    """Let the user choose a new password (required after a reset by the Admin Pemda)."""
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        layanan.ganti_sandi(request.user, form.cleaned_data["new_password1"])
        update_session_auth_hash(request, form.user)
        request.session.pop(SESSION_KEY, None)
        messages.success(request, "Kata sandi Anda telah diganti.")
        return redirect("web:beranda")
    ctx = {"form": form, "wajib": bool(request.session.get(SESSION_KEY))}
    return render(request, "akun/sandi.html", ctx)


def _pengguna_for_admin(request: HttpRequest, kode: str, pk: int) -> tuple[Any, Any, bool]:
    """Return the Pemda scope, the user and whether the viewer may change the account."""
    lingkup = lingkup_pemda(request, kode)
    user = get_object_or_404(get_user_model(), pk=pk)
    peran = Peran.objects.filter(user=user)
    if user.is_superuser or (peran.exists() and not peran.filter(pemda=lingkup.pemda).exists()):
        raise Http404("Pengguna tidak ditemukan di Pemda ini.")
    return lingkup, user, akses.hak(request).mengelola_pemda(lingkup.pemda.id)


@login_required
def pengguna(request: HttpRequest, kode: str, pk: int) -> HttpResponse:
    """Show one user: roles, state, and the Admin Pemda's actions."""
    lingkup, user, can_edit = _pengguna_for_admin(request, kode, pk)
    return _page(request, lingkup, user, can_edit)


def _page(
    request: HttpRequest,
    lingkup: Any,
    user: Any,
    can_edit: bool,
    peran_form: PeranForm | None = None,
    new_sandi: str = "",
    status: int = 200,
) -> HttpResponse:
    ctx = {
        "lingkup": lingkup,
        "akun": user,
        "peran": Peran.objects.filter(user=user).select_related("opd", "unit"),
        "wajib_ganti": StatusAkun.objects.filter(user=user, wajib_ganti_sandi=True).exists(),
        "can_edit": can_edit,
        "diri_sendiri": user.pk == request.user.pk,
        "peran_form": peran_form or PeranForm(pemda=lingkup.pemda, user=user),
        "sandi_baru": new_sandi,
        "riwayat": riwayat_akun(user)[:50],
        "page": "pemda",
    }
    return render(request, "akun/pengguna.html", ctx, status=status)


@login_required
@require_POST
def aksi(request: HttpRequest, kode: str, pk: int, nama: str) -> HttpResponse:
    """Carry out one action of the Admin Pemda on an account."""
    lingkup, user, can_edit = _pengguna_for_admin(request, kode, pk)
    if not can_edit:
        raise PermissionDenied("Hanya Admin Pemda yang mengelola pengguna.")
    if nama == "tambah-peran":
        form = PeranForm(request.POST, pemda=lingkup.pemda, user=user)
        if not form.is_valid():
            return _page(request, lingkup, user, can_edit, peran_form=form, status=400)
        layanan.add_peran(form.instance, request.user, form.cleaned_data["alasan"])
        messages.success(request, "Peran ditambahkan.")
    elif nama == "setel-ulang":
        new_sandi = layanan.setel_ulang_sandi(user, request.user)
        # Shown in this response only: never stored, never sent again.
        return _page(request, lingkup, user, can_edit, new_sandi=new_sandi)
    elif nama in ("nonaktifkan", "aktifkan", "hapus-peran"):
        alasan = AlasanForm(request.POST)
        if not alasan.is_valid():
            messages.error(request, "Tulis alasan perubahan ini.")
        else:
            _change(request, user, nama, alasan.cleaned_data["alasan"])
    else:
        raise Http404("Tindakan tidak dikenal.")
    return redirect("akun:pengguna", kode, pk)


def _change(request: HttpRequest, user: Any, nama: str, alasan: str) -> None:
    if nama == "hapus-peran":
        peran = get_object_or_404(Peran, pk=request.POST.get("peran"), user=user)
        layanan.delete_peran(peran, request.user, alasan)
        messages.success(request, "Peran dicabut.")
        return
    if user.pk == request.user.pk:
        raise PermissionDenied("Anda tidak dapat menonaktifkan akun Anda sendiri.")
    layanan.atur_aktif(user, nama == "aktifkan", request.user, alasan)
    if nama == "aktifkan":
        messages.success(request, "Akun diaktifkan kembali.")
    else:
        messages.success(request, "Akun dinonaktifkan; semua sesinya diakhiri.")
