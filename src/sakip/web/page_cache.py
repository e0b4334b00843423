"""Whole pages kept in the page cache per data version and per what the person sees around them.

A cached page's content (the dashboard, an entry form) was already kept, but every request still
rendered the base template around it: the header, the menu's links, the person's name. That
frame depends only on the data version the content key holds and on the person's name and
rights, so the whole page is kept under those (decision 0018). The role check, the version and
the CSRF token are still done on every request; a page with flash messages waiting is rendered
afresh and not kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token

from sakip.alur import akses

# Stands for the CSRF token in a cached page; each response puts the person's own token there.
CSRF = "__sakip_csrf_token__"
UMUR = 600


def viewer(request: HttpRequest) -> tuple[object, ...]:
    """Return what the frame of a page shows of the person: their name and their rights."""
    user = request.user
    h = akses.hak(request)
    hak = tuple(sorted(v) if isinstance(v, set) else v for v in vars(h).values())
    return (user.get_full_name() or user.get_username(), hak)  # type: ignore[union-attr]


def cached_page(
    request: HttpRequest, key: str, build: Callable[[dict[str, str]], HttpResponse]
) -> HttpResponse:
    """Return the page kept under the key for this person, building and keeping it when absent.

    `build` renders the page with the extra context it is given (the CSRF placeholder); the key
    must change whenever the page's content may (the data version) and hold nothing personal.
    """
    if len(get_messages(request)):
        return build({})
    sidik = hashlib.sha256(repr((key, viewer(request))).encode()).hexdigest()[:32]
    full_key = f"sakip:halaman:{sidik}"
    isi = cache.get(full_key)
    if isi is None:
        response = build({"csrf_token": CSRF})
        if response.status_code != 200:
            response.content = response.content.replace(CSRF.encode(), get_token(request).encode())
            return response
        isi = response.content.decode()
        cache.set(full_key, isi, timeout=UMUR)
    return HttpResponse(isi.replace(CSRF, get_token(request)))
