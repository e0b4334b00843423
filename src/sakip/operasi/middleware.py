"""Middleware of the server: a request id for the logs, and a cap on the request body."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from .catatan import permintaan_sekarang

Handler = Callable[[HttpRequest], HttpResponse]


def request_id(get_response: Handler) -> Handler:
    """Give every request a short id, kept for the log lines and shown on the error page."""

    def middleware(request: HttpRequest) -> HttpResponse:
        request.request_id = secrets.token_hex(6)  # type: ignore[attr-defined]
        token = permintaan_sekarang.set(request)
        try:
            response = get_response(request)
        finally:
            permintaan_sekarang.reset(token)
        response["X-Request-Id"] = request.request_id  # type: ignore[attr-defined]
        return response

    return middleware


def size_limit(get_response: Handler) -> Handler:
    """Refuse a request whose declared body is too large before a byte of it is read."""

    def middleware(request: HttpRequest) -> HttpResponse:
        try:
            panjang = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            panjang = 0
        limit = settings.SAKIP_BATAS_PERMINTAAN
        if panjang > limit:
            isi = render_to_string(
                "operasi/413.html", {"batas_mb": limit // (1024 * 1024)}, request=None
            )
            response = HttpResponse(isi, status=413)
            # The body is not read: the connection cannot be reused for another request.
            response["Connection"] = "close"
            return response
        return get_response(request)

    return middleware
