"""Login throttling with django-axes: who the client is, and the refusal a locked person sees."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_client_ip_address, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone


def alamat_klien(request: HttpRequest) -> str | None:
    """Return the client's address: behind the proxy, the last hop the proxy added."""
    if settings.SAKIP_PROXY:
        diteruskan: str = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [h.strip() for h in diteruskan.split(",") if h.strip()]
        if hops:
            # The proxy appends the address it saw; earlier entries come from the client itself.
            return hops[-1]
    alamat: str | None = request.META.get("REMOTE_ADDR")
    return alamat


def terkunci_sampai(request: HttpRequest, username: str | None) -> datetime | None:
    """Return when the lock on this account or address ends (None: not known)."""
    cool_off = get_cool_off(request)
    if cool_off is None:
        return None
    syarat = Q(ip_address=get_client_ip_address(request))
    if username:
        syarat |= Q(username=username)
    terakhir = AccessAttempt.objects.filter(syarat).aggregate(t=Max("attempt_time"))["t"]
    return terakhir + cool_off if terakhir else None


def pesan_terkunci(sampai: datetime | None) -> str:
    """Return the refusal of a locked login, saying when to try again."""
    pesan = "Terlalu banyak percobaan masuk yang gagal; akun atau alamat ini dikunci sementara."
    if sampai is None:
        return pesan + " Hubungi Admin Pemda."
    menit = max(1, -(-int((sampai - timezone.now()).total_seconds()) // 60))
    jam = timezone.localtime(sampai).strftime("%H.%M")
    return pesan + f" Coba lagi setelah pukul {jam} ({menit} menit lagi)."


def tanggapan_terkunci(
    request: HttpRequest, original_response: Any = None, credentials: dict[str, Any] | None = None
) -> HttpResponse:
    """Render the login page refusing the attempt (HTTP 429), whatever the password."""
    from sakip.web.forms import FormMasuk

    username = (credentials or {}).get("username") or request.POST.get("username")
    # Unbound: validating the form would authenticate, and count, the attempt once more.
    form = FormMasuk(request, initial={"username": username or ""})
    ctx = {"form": form, "pesan_kunci": pesan_terkunci(terkunci_sampai(request, username))}
    return render(request, "web/masuk.html", ctx, status=429)


class LockoutBackend(AxesStandaloneBackend):
    """Axes' lock check for logins through a request; a call without one is not a web login."""

    def authenticate(self, request: HttpRequest | None, *args: Any, **kwargs: Any) -> None:
        # Django's test client and code that checks a password pass no request; the login page
        # always does, so every attempt from the network is still counted and refused.
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)  # type: ignore[no-any-return]
