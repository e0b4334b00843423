"""What a person may do: their roles as sets of ids per scope, read once from their Peran rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sakip.kinerja.models import PerangkatDaerah, UnitKerja

from .models import Peran


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


def hak_pengguna(user: Any) -> Hak:
    """Return the rights of a user; None (a command run without a person) acts as the system."""
    if user is None:
        return Hak(superuser=True)
    h = Hak(superuser=bool(getattr(user, "is_superuser", False)))
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", True):
        return Hak()
    for p in Peran.objects.filter(user=user).select_related("unit"):
        if p.jenis == Peran.ADMIN:
            h.admin.add(p.pemda_id)
        elif p.jenis == Peran.INSPEKTORAT:
            h.inspektorat.add(p.pemda_id)
        elif p.jenis == Peran.PERENCANA and p.opd_id is not None:
            h.perencana.add(p.opd_id)
        elif p.jenis == Peran.KEPALA and p.opd_id is not None:
            h.kepala.add(p.opd_id)
        elif p.jenis == Peran.OPERATOR and p.unit is not None:
            h.operator.add(p.unit.id)
            h.opd_operator.add(p.unit.opd_id)
    return h
