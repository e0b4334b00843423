"""User accounts of a Pemda (Admin Pemda): the list, and creating one; each user's page is akun."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.akun import layanan
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
    password = forms.CharField(label="Kata sandi awal", widget=forms.PasswordInput)

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username=username).exists():
            raise forms.ValidationError("Nama pengguna ini sudah dipakai.")
        return str(username)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        password = data.get("password")
        if password:
            calon = get_user_model()(
                username=data.get("username", ""), first_name=data.get("nama", "")
            )
            try:
                validate_password(str(password), calon)
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return data


@login_required
def pengguna(request: HttpRequest, kode: str) -> HttpResponse:
    lingkup = lingkup_pemda(request, kode)
    can_edit = akses.hak(request).mengelola_pemda(lingkup.pemda.id)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied("Hanya Admin Pemda yang mengelola pengguna.")
        form = PenggunaForm(request.POST)
        if form.is_valid():
            new = layanan.create_pengguna(
                form.cleaned_data["username"],
                form.cleaned_data["nama"],
                form.cleaned_data["password"],
                request.user,
            )
            messages.success(
                request, "Pengguna dibuat; ia wajib mengganti kata sandinya saat pertama masuk."
            )
            return redirect("akun:pengguna", kode, new.pk)
    else:
        form = PenggunaForm()
    peran = Peran.objects.filter(pemda=lingkup.pemda).select_related("user", "opd", "unit")
    per_user: dict[int, list[Peran]] = {}
    for p in peran:
        per_user.setdefault(p.user_id, []).append(p)
    # Users without any role yet belong to no Pemda: they are listed so a role can be given.
    users = (
        get_user_model()
        .objects.filter(Q(id__in=per_user) | Q(peran__isnull=True, is_superuser=False))
        .distinct()
        .order_by("username")
    )
    ctx = {
        "lingkup": lingkup,
        "baris": [(u, per_user.get(u.id, [])) for u in users],
        "form": form,
        "can_edit": can_edit,
        "page": "pemda",
    }
    return render(request, "web/pengguna.html", ctx)
