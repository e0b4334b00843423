"""At login, note in the session whether the user must first choose a new password."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in

SESSION_KEY = "sakip_wajib_ganti_sandi"


def _saat_masuk(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    from .models import StatusAkun

    session = getattr(request, "session", None)
    if session is None:
        return
    if StatusAkun.objects.filter(user=user, wajib_ganti_sandi=True).exists():
        session[SESSION_KEY] = True
    else:
        session.pop(SESSION_KEY, None)


def connect() -> None:
    """Connect the login hook."""
    user_logged_in.connect(_saat_masuk, dispatch_uid="akun_wajib_ganti_sandi")
