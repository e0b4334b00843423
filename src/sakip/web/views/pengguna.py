"""User accounts of a Pemda (Admin Pemda): create, reset a password, see roles."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.alur import akses
from sakip.alur.models import Peran

from ..lingkup import lingkup_pemda


class PenggunaForm(forms.Form):
    username = forms.RegexField(
        label="Nama pengguna",
        regex=r"^[a-z0-9._-]{3,150}$",
        max_length=150,
        error_messages={
            "invalid": "Gunakan huruf kecil, angka, titik, garis bawah atau tanda hubung."
        },
    )
    nama = forms.CharField(label="Nama lengkap", max_length=150, required=False)
    password = forms.CharField(label="Kata sandi", widget=forms.PasswordInput, min_length=8)

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username=username).exists():
            raise forms.ValidationError("Nama pengguna ini sudah dipakai.")
        return str(username)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        validate_password(password)
        return str(password)


@login_required
def pengguna(request: HttpRequest, kode: str) -> HttpResponse:
    lingkup = lingkup_pemda(request, kode)
    can_edit = akses.hak(request).mengelola_pemda(lingkup.pemda.id)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied("Hanya Admin Pemda yang mengelola pengguna.")
        form = PenggunaForm(request.POST)
        if form.is_valid():
            get_user_model().objects.create_user(
                form.cleaned_data["username"],
                password=form.cleaned_data["password"],
                first_name=form.cleaned_data["nama"],
            )
            messages.success(request, "Pengguna dibuat. Tetapkan perannya di halaman Peran.")
            return redirect("web:pengguna", kode)
    else:
        form = PenggunaForm()
    peran = Peran.objects.filter(pemda=lingkup.pemda).select_related("user", "opd", "unit")
    per_user: dict[int, list[Peran]] = {}
    for p in peran:
        per_user.setdefault(p.user_id, []).append(p)
    users = get_user_model().objects.filter(id__in=per_user).order_by("username")
    ctx = {
        "lingkup": lingkup,
        "baris": [(u, per_user[u.id]) for u in users],
        "form": form,
        "can_edit": can_edit,
        "page": "pemda",
    }
    return render(request, "web/pengguna.html", ctx)
