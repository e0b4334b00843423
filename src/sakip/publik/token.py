"""API tokens: made once and shown once, kept only as their SHA-256, revoked by date."""

from __future__ import annotations

import secrets
from typing import Any

from django.utils import timezone

from sakip.alur.hak import Hak
from sakip.alur.layanan import Ditolak, Penolakan, perubahan
from sakip.kinerja.models import Pemda, PerangkatDaerah

from .models import TokenApi

AWALAN = "sakip_"


def buat(
    nama: str,
    pemda: Pemda,
    opd: PerangkatDaerah | None = None,
    pengguna: Any = None,
    hak: Hak | None = None,
) -> tuple[TokenApi, str]:
    """Make a token for a client, scoped to the Pemda or one of its OPDs; return it once."""
    nama = nama.strip()
    if not nama:
        raise Ditolak([Penolakan("Token API", "tulis nama klien")])
    if opd is not None and opd.pemda_id != pemda.pk:
        raise Ditolak([Penolakan("Token API", f"{opd.nama} bukan perangkat daerah {pemda.nama}")])
    # Hexadecimal: the prefix named on the command line (`sakip api-token cabut AWALAN`) never
    # starts with "-", which a URL-safe token does one time in 64.
    rahasia = AWALAN + secrets.token_hex(32)
    token = TokenApi(
        nama=nama[:128],
        awalan=rahasia[len(AWALAN) : len(AWALAN) + 8],
        hash_rahasia=TokenApi.hash(rahasia),
        pemda=pemda,
        opd=opd,
    )
    with perubahan(pengguna, f"Buat token API {nama}", pemda_id=pemda.pk, hak=hak) as sesi:
        sesi.simpan(token)
    return token, rahasia


def cabut(token: TokenApi, pengguna: Any = None, hak: Hak | None = None) -> None:
    """Revoke a token from now on; a revoked token stays listed."""
    if token.dicabut is not None:
        return
    token.dicabut = timezone.now()
    with perubahan(
        pengguna, f"Cabut token API {token.nama}", pemda_id=token.pemda_id, hak=hak
    ) as sesi:
        sesi.simpan(token, ["dicabut"])


def cari(rahasia: str) -> TokenApi | None:
    """Return the valid (not revoked) token a client presents, or None."""
    if not rahasia.startswith(AWALAN):
        return None
    return (
        TokenApi.objects.select_related("pemda", "opd")
        .filter(hash_rahasia=TokenApi.hash(rahasia), dicabut__isnull=True)
        .first()
    )
