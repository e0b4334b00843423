"""The account changes, one small function each, every one recorded in the history."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from sakip.alur.models import Peran

from .models import StatusAkun
from .riwayat import data_pengguna, data_peran, record

_HURUF = "abcdefghjkmnpqrstuvwxyz23456789"
"""Letters and digits of one-time passwords: no 0/o, 1/l/i to misread when dictated."""


def sandi_sekali_pakai() -> str:
    """Return a random password to dictate once, e.g. "k7pq-m2xz-9hta"."""
    return "-".join("".join(secrets.choice(_HURUF) for _ in range(4)) for _ in range(3))


def akhiri_sesi(user: AbstractBaseUser) -> int:
    """End every open session of the user; return how many there were."""
    ids = [
        s.session_key
        for s in Session.objects.filter(expire_date__gt=timezone.now())
        if s.get_decoded().get("_auth_user_id") == str(user.pk)
    ]
    Session.objects.filter(session_key__in=ids).delete()
    return len(ids)


@transaction.atomic
def atur_aktif(user: Any, aktif: bool, oleh: Any, alasan: str) -> None:
    """Deactivate (ending the user's sessions) or reactivate an account."""
    old = data_pengguna(user)
    user.is_active = aktif
    user.save(update_fields=["is_active"])
    if not aktif:
        akhiri_sesi(user)
    record("ubah", user, old, data_pengguna(user), oleh, alasan)


@transaction.atomic
def setel_ulang_sandi(user: Any, oleh: Any) -> str:
    """Give the user a one-time password, to be changed at the next login; return it."""
    sandi = sandi_sekali_pakai()
    user.set_password(sandi)
    user.save(update_fields=["password"])
    StatusAkun.objects.update_or_create(user=user, defaults={"wajib_ganti_sandi": True})
    akhiri_sesi(user)
    record(
        "ubah",
        user,
        data_pengguna(user),
        data_pengguna(user, wajib_ganti_sandi=True),
        oleh,
        "Kata sandi disetel ulang oleh Admin Pemda (sandi sekali pakai).",
    )
    return sandi


@transaction.atomic
def ganti_sandi(user: Any, sandi: str) -> None:
    """Set the password the user chose themselves, lifting a forced change."""
    user.set_password(sandi)
    user.save(update_fields=["password"])
    required = StatusAkun.objects.filter(user=user, wajib_ganti_sandi=True).update(
        wajib_ganti_sandi=False
    )
    record(
        "ubah",
        user,
        data_pengguna(user, wajib_ganti_sandi=bool(required)),
        data_pengguna(user, wajib_ganti_sandi=False),
        user,
        "Kata sandi diganti oleh penggunanya.",
    )


@transaction.atomic
def create_pengguna(username: str, nama: str, sandi: str, oleh: Any) -> Any:
    """Create an account whose first login must choose a new password."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username, password=sandi, first_name=nama)
    StatusAkun.objects.create(user=user, wajib_ganti_sandi=True)
    record(
        "tambah", user, None, data_pengguna(user, wajib_ganti_sandi=True), oleh, "Pengguna baru."
    )
    return user


@transaction.atomic
def add_peran(peran: Peran, oleh: Any, alasan: str) -> None:
    """Give the user a role."""
    peran.save()
    record("tambah", peran, None, data_peran(peran), oleh, alasan)


@transaction.atomic
def delete_peran(peran: Peran, oleh: Any, alasan: str) -> None:
    """Take a role away from the user."""
    old = data_peran(peran)
    peran.delete()
    record("hapus", peran, old, None, oleh, alasan)
