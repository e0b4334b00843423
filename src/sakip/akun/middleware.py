"""Send a user whose password was reset to the change-password page before anything else."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from .sinyal import SESSION_KEY

Handler = Callable[[HttpRequest], HttpResponse]


def wajib_ganti_sandi(get_response: Handler) -> Handler:
    """Redirect every page but the password change and logout while a change is required."""

    def middleware(request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        if session is not None and session.get(SESSION_KEY):
            allowed = {reverse("akun:sandi"), reverse("web:keluar")}
            if request.path not in allowed and not request.path.startswith("/static/"):
                return redirect("akun:sandi")
        return get_response(request)

    return middleware
