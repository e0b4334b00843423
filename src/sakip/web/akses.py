"""Who may see and change what: every view asks here, and refuses on the server.

A user's roles are read once per request (`hak(request)`); the helpers return the object with
`can_edit`, in the manner of healthchecks' `_get_check_for_user`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from sakip.kinerja.models import PerangkatDaerah, UnitKerja

from sakip.alur.models import DokumenTertanda, Peran


@dataclass
class Hak:
    """The roles of one user, as sets of ids per scope."""

    admin: set[int] = field(default_factory=set)
    """Pemda ids the user administers."""
    inspektorat: set[int] = field(default_factory=set)
    perencana: set[int] = field(default_factory=set)
    """OPD ids."""
    kepala: set[int] = field(default_factory=set)
    operator: set[int] = field(default_factory=set)
    """Unit ids."""
    opd_operator: set[int] = field(default_factory=set)
    """OPD ids of the units the user operates."""
    superuser: bool = False

    def melihat_opd(self, opd: PerangkatDaerah) -> bool:
        """Return whether the user may read the OPD's pages."""
        return (
            self.superuser
            or opd.pemda_id in self.admin | self.inspektorat
            or opd.id in self.perencana | self.kepala | self.opd_operator
        )

    def merencanakan(self, opd: PerangkatDaerah) -> bool:
        """Return whether the user may change the OPD's plan, budget and profile."""
        return self.superuser or opd.id in self.perencana

    def menyetujui(self, opd: PerangkatDaerah) -> bool:
        """Return whether the user heads the OPD (approves, signs, reopens)."""
        return self.superuser or opd.id in self.kepala

    def mengevaluasi(self, opd: PerangkatDaerah) -> bool:
        """Return whether the user evaluates the OPD (Inspektorat)."""
        return self.superuser or opd.pemda_id in self.inspektorat

    def mengisi(self, unit: UnitKerja) -> bool:
        """Return whether the user may enter the unit's realisations."""
        return self.superuser or unit.id in self.operator or unit.opd_id in self.perencana

    def membuka_entri(self, unit: UnitKerja) -> bool:
        """Return whether the user may open the unit's entry form (read-only or not)."""
        return self.membuka_entri_unit(unit.id, unit.opd)

    def membuka_entri_unit(self, unit_id: int, opd: PerangkatDaerah) -> bool:
        """Return whether the user may open the entry form of a unit of this OPD."""
        return (
            self.superuser
            or unit_id in self.operator
            or opd.id in self.perencana | self.kepala
            or opd.pemda_id in self.admin | self.inspektorat
        )

    def mengelola_pemda(self, pemda_id: int) -> bool:
        """Return whether the user administers the Pemda."""
        return self.superuser or pemda_id in self.admin

    @property
    def adalah_operator_saja(self) -> bool:
        """Return whether the user only operates units."""
        return bool(self.operator) and not (
            self.admin or self.inspektorat or self.perencana or self.kepala or self.superuser
        )


def hak(request: HttpRequest) -> Hak:
    """Return the current user's rights, read once per request."""
    cached = getattr(request, "_sakip_hak", None)
    if cached is not None:
        return cached
    h = Hak(superuser=bool(getattr(request.user, "is_superuser", False)))
    if request.user.is_authenticated:
        for p in Peran.objects.filter(user=request.user).select_related("unit"):
            if p.jenis == Peran.ADMIN:
                h.admin.add(p.pemda_id)
            elif p.jenis == Peran.INSPEKTORAT:
                h.inspektorat.add(p.pemda_id)
            elif p.jenis == Peran.PERENCANA:
                h.perencana.add(p.opd_id)
            elif p.jenis == Peran.KEPALA:
                h.kepala.add(p.opd_id)
            elif p.jenis == Peran.OPERATOR:
                h.operator.add(p.unit_id)
                h.opd_operator.add(p.unit.opd_id)
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


def wajib(boleh: bool, pesan: str = "Anda tidak berhak melakukan tindakan ini.") -> None:
    """Refuse the request unless the condition holds."""
    if not boleh:
        raise PermissionDenied(pesan)


def context_processor(request: HttpRequest) -> dict[str, Any]:
    """Give templates the user's rights."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {"hak": hak(request)}
