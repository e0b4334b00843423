"""The Admin Pemda's page of the API's client tokens: list, make (shown once), revoke.

Reached from the control room. The writes are `token.create` and `token.cabut`, the functions of
`sakip api-token`: the same rules and the same refusals at both doors.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from sakip.alur import akses
from sakip.alur.hak import Hak
from sakip.alur.layanan import Ditolak
from sakip.kinerja.models import Pemda, PerangkatDaerah

from . import token as tokens
from .models import TokenApi

ALL_OPD = ""


class TokenForm(forms.Form):
    # Not required here: an empty name is refused by `token.create`, in the command's words.
    nama = forms.CharField(
        label="Nama klien",
        max_length=128,
        required=False,
        help_text="Program atau instansi yang memakai token ini, mis. Dasbor Provinsi.",
    )
    lingkup = forms.ChoiceField(label="Data yang dapat dibaca", required=False)

    def __init__(self, *args: object, pemda: Pemda, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.opd = {
            str(o.pk): o for o in PerangkatDaerah.objects.filter(pemda=pemda).order_by("kode")
        }
        self.fields["lingkup"].choices = [  # type: ignore[attr-defined]
            (ALL_OPD, "Semua perangkat daerah"),
            *((pk, f"Hanya {o.nama}") for pk, o in self.opd.items()),
        ]

    def opd_terpilih(self) -> PerangkatDaerah | None:
        return self.opd.get(self.cleaned_data["lingkup"])


def _pemda(request: HttpRequest, kode: str) -> tuple[Pemda, Hak]:
    """Return the Pemda and the user's rights; only its Admin Pemda may go on."""
    pemda = get_object_or_404(Pemda, kode=kode)
    h = akses.hak(request)
    akses.required(h.mengelola_pemda(pemda.pk), "Hanya Admin Pemda yang dapat mengelola token API.")
    return pemda, h


def _tahun(request: HttpRequest) -> int | None:
    """Return the control room's year the page was opened from (for the way back), if any."""
    nilai = request.GET.get("tahun", "")
    return int(nilai) if nilai.isdigit() and 2000 <= int(nilai) <= 2100 else None


def _kueri(tahun: int | None) -> str:
    """Return the query that carries the control room's year from page to page."""
    return f"?tahun={tahun}" if tahun else ""


def _to_listing(pemda: Pemda, tahun: int | None) -> str:
    return reverse("publik:token-api", args=[pemda.kode]) + _kueri(tahun)


@login_required
@require_http_methods(["GET", "POST"])
def listing(request: HttpRequest, pemda: str) -> HttpResponse:
    """List the Pemda's tokens; a POST makes one and shows it in this response only."""
    obj, h = _pemda(request, pemda)
    form = TokenForm(request.POST or None, pemda=obj)
    new: tuple[TokenApi, str] | None = None
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            new = tokens.create(
                form.cleaned_data["nama"], obj, form.opd_terpilih(), request.user, hak=h
            )
        except Ditolak as exc:
            error = str(exc)
        else:
            form = TokenForm(pemda=obj)
    tahun = _tahun(request)
    jawaban = render(
        request,
        "publik/token_api.html",
        {
            "pemda": obj,
            "baris": tokens.listing(obj),
            "form": form,
            "baru": new,
            "galat": error,
            "tahun": tahun,
            "kueri": _kueri(tahun),
            "lingkup": {"pemda": obj},
            "page": "token-api",
        },
        status=400 if request.method == "POST" and new is None else 200,
    )
    # The new token is in this page only: no browser or proxy may keep a copy.
    jawaban["Cache-Control"] = "no-store"
    return jawaban


@login_required
@require_http_methods(["GET", "POST"])
def cabut(request: HttpRequest, pemda: str, pk: int) -> HttpResponse:
    """Ask to confirm revoking a token (GET), then revoke it (POST)."""
    obj, h = _pemda(request, pemda)
    token = get_object_or_404(TokenApi.objects.select_related("opd"), pk=pk, pemda=obj)
    tahun = _tahun(request)
    if request.method == "POST":
        return _cabut(request, obj, token, h, tahun)
    return render(
        request,
        "publik/token_cabut.html",
        {
            "pemda": obj,
            "token": token,
            "kembali": _to_listing(obj, tahun),
            "kueri": _kueri(tahun),
            "lingkup": {"pemda": obj},
            "page": "token-api",
        },
    )


def _cabut(
    request: HttpRequest, pemda: Pemda, token: TokenApi, h: Hak, tahun: int | None
) -> HttpResponse:
    try:
        tokens.cabut(token, request.user, hak=h)
    except Ditolak as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"Token {token} dicabut: setiap permintaan dengan token ini kini ditolak."
        )
    return redirect(_to_listing(pemda, tahun))
