"""Account changes in the history (sakip.riwayat), which records only domain apps by itself."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models

from sakip.riwayat.models import Perubahan
from sakip.riwayat.recorder import entri, write_many

KOLOM_PENGGUNA = ("username", "first_name", "last_name", "email", "is_active")
"""The user's fields kept in the history; never the password hash."""


def data_pengguna(user: AbstractBaseUser, **tambahan: Any) -> dict[str, Any]:
    """Return the user's recorded fields, with extra facts (a password reset, a forced change)."""
    return {k: getattr(user, k) for k in KOLOM_PENGGUNA} | tambahan


def record(
    aksi: str,
    obj: models.Model,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
    oleh: Any,
    alasan: str,
) -> None:
    """Store one account change: what changed, by whom, and why."""
    write_many([entri(aksi, obj, old, new)], oleh, alasan)


def data_peran(peran: models.Model) -> dict[str, Any]:
    """Return a role's recorded fields."""
    return {f.attname: getattr(peran, f.attname) for f in peran._meta.concrete_fields}


def riwayat_akun(user: AbstractBaseUser) -> models.QuerySet[Perubahan]:
    """Return the changes of an account and of its roles, newest first."""
    return Perubahan.objects.filter(
        models.Q(model="auth.User", objek_id=str(user.pk))
        | models.Q(model="alur.Peran", data_baru__user_id=user.pk)
        | models.Q(model="alur.Peran", data_lama__user_id=user.pk)
    ).select_related("pengguna")
