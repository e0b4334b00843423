"""API tokens: made once and shown once, kept only as their SHA-256, revoked by date.

The command `sakip api-token` and the Admin Pemda's page call these functions alike: the same
rules, the same refusals, the same history entries.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from sakip.alur.hak import Hak
from sakip.alur.layanan import Ditolak, Penolakan, perubahan
from sakip.core import format as fmt
from sakip.kinerja.models import Pemda, PerangkatDaerah
from sakip.riwayat.models import Perubahan
from sakip.riwayat.recorder import entri, write_many

from .models import TokenApi

AWALAN = "sakip_"
REKAMAN = "Token API"

KOLOM_RIWAYAT = ("nama", "awalan", "pemda_id", "opd_id", "dibuat", "dicabut")
"""The token's fields kept in the history; never its hash."""


def create(
    nama: str,
    pemda: Pemda,
    opd: PerangkatDaerah | None = None,
    pengguna: Any = None,
    hak: Hak | None = None,
) -> tuple[TokenApi, str]:
    """Make a token for a client, scoped to the Pemda or one of its OPDs; return it once."""
    nama = nama.strip()
    if not nama:
        raise Ditolak([Penolakan(REKAMAN, "tulis nama klien")])
    if opd is not None and opd.pemda_id != pemda.pk:
        raise Ditolak([Penolakan(REKAMAN, f"{opd.nama} bukan perangkat daerah {pemda.nama}")])
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
    alasan = f"Buat token API {token.nama}"
    with perubahan(pengguna, alasan, pemda_id=pemda.pk, hak=hak) as sesi:
        sesi.save(token)
        _record("tambah", token, None, pengguna, alasan)
    return token, rahasia


def cabut(token: TokenApi, pengguna: Any = None, hak: Hak | None = None) -> None:
    """Revoke a token from now on; a revoked token stays listed and cannot be revoked again."""
    alasan = f"Cabut token API {token.nama}"
    with perubahan(pengguna, alasan, pemda_id=token.pemda_id, hak=hak) as sesi:
        # Read again under the Pemda's lock: of two revocations at once, the second is refused.
        token.dicabut = TokenApi.objects.values_list("dicabut", flat=True).get(pk=token.pk)
        if token.dicabut is not None:
            kapan = fmt.tanggal(timezone.localtime(token.dicabut).date())
            raise Ditolak([Penolakan(REKAMAN, f"token {token} sudah dicabut pada {kapan}")])
        old = _data(token)
        token.dicabut = timezone.now()
        sesi.save(token, ["dicabut"])
        _record("ubah", token, old, pengguna, alasan)


def find(rahasia: str) -> TokenApi | None:
    """Return the valid (not revoked) token a client presents, or None."""
    if not rahasia.startswith(AWALAN):
        return None
    return (
        TokenApi.objects.select_related("pemda", "opd")
        .filter(hash_rahasia=TokenApi.hash(rahasia), dicabut__isnull=True)
        .first()
    )


@dataclass(frozen=True)
class Pelaku:
    """Who made or revoked a token, as the history records it."""

    pengguna: Any
    """The user, or None for the system (the command line)."""

    @property
    def nama(self) -> str:
        if self.pengguna is None:
            return "sistem"
        return str(self.pengguna.get_full_name() or self.pengguna.username)


@dataclass(frozen=True)
class BarisToken:
    """One token on the Admin Pemda's list, with who made and revoked it."""

    token: TokenApi
    pembuat: Pelaku | None
    pencabut: Pelaku | None
    """None when the history holds no entry (a token older than its history)."""


def listing(pemda: Pemda) -> list[BarisToken]:
    """Return the Pemda's tokens, newest first, with who made and revoked each."""
    all_items = list(
        TokenApi.objects.filter(pemda=pemda).select_related("opd").order_by("-dibuat", "-id")
    )
    pelaku: dict[tuple[str, str], Pelaku] = {}
    riwayat = Perubahan.objects.filter(
        model=TokenApi._meta.label, objek_id__in=[str(t.pk) for t in all_items]
    ).select_related("pengguna")
    # Oldest first: the latest entry of each kind wins.
    for p in riwayat.order_by("id"):
        pelaku[(p.objek_id, p.aksi)] = Pelaku(p.pengguna)
    return [
        BarisToken(
            t,
            pelaku.get((str(t.pk), "tambah")),
            pelaku.get((str(t.pk), "ubah")) if t.dicabut else None,
        )
        for t in all_items
    ]


def _data(token: TokenApi) -> dict[str, Any]:
    nilai = {k: getattr(token, k) for k in KOLOM_RIWAYAT}
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in nilai.items()}


def _record(
    aksi: str, token: TokenApi, old: dict[str, Any] | None, pengguna: Any, alasan: str
) -> None:
    # The history records only the domain apps by itself; a token is recorded like an account
    # change (sakip.akun.riwayat), without its hash.
    write_many([entri(aksi, token, old, _data(token))], pengguna, alasan)
