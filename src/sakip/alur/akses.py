"""Who may see and change what: every web view asks here, and refuses on the server.

A user's roles are read once per request (`hak(request)`); the helpers return the object with
`can_edit`, in the manner of healthchecks' `_get_check_for_user`.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from sakip.alur.hak import Hak, hak_pengguna
from sakip.alur.models import DokumenTertanda
from sakip.kinerja.models import PerangkatDaerah, UnitKerja


def hak(request: HttpRequest) -> Hak:
    """Return the current user's rights, read once per request."""
    cached: Hak | None = getattr(request, "_sakip_hak", None)
    if cached is not None:
        return cached
    h = hak_pengguna(request.user) if request.user.is_authenticated else Hak()
    request._sakip_hak = h  # type: ignore[attr-defined]
    return h


def tahun_ditandatangani(opd: PerangkatDaerah, tahun: int) -> bool:
    """Return whether the year's LKjIP is signed (and not reopened): its data is then locked."""
    return DokumenTertanda.objects.filter(
        opd=opd, tahun=tahun, jenis="lkjip", dicabut=False
    ).exists()


def opd_for_user(request: HttpRequest, kode: str) -> tuple[PerangkatDaerah, bool]:
    """Return the OPD and whether the user may change its plan; refuse a user who may not see it."""
    opd = get_object_or_404(PerangkatDaerah.objects.select_related("pemda"), kode=kode)
    h = hak(request)
    if not h.melihat_opd(opd):
        raise PermissionDenied("Anda tidak berhak membuka data perangkat daerah ini.")
    return opd, h.merencanakan(opd)


def unit_for_user(request: HttpRequest, opd: PerangkatDaerah, kode: str) -> tuple[UnitKerja, bool]:
    """Return a unit of the OPD and whether the user may enter its realisations."""
    unit = get_object_or_404(UnitKerja.objects.select_related("opd"), opd=opd, kode=kode)
    h = hak(request)
    if not h.membuka_entri(unit):
        raise PermissionDenied("Anda hanya dapat membuka formulir isian unit Anda sendiri.")
    return unit, h.mengisi(unit)


def required(allowed: bool, pesan: str = "Anda tidak berhak melakukan tindakan ini.") -> None:
    """Refuse the request unless the condition holds."""
    if not allowed:
        raise PermissionDenied(pesan)


def context_processor(request: HttpRequest) -> dict[str, Any]:
    """Give templates the user's rights."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {"hak": hak(request)}
