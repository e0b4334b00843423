"""What an entry workbook of one Perangkat Daerah and year covers in the database.

The workbook holds what the LKjIP of that year reads (see `sakip.kinerja.snapshot`): the RPJMD and
Renstra in force, the year's Perjanjian Kinerja, budget and profile, every year's targets and
realisations of the Renstra's IKU, earlier evaluations, SKM results up to the year. Export and
import use the same scope, so that a workbook exported and imported again changes nothing.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from sakip.kinerja import models as m


@dataclass
class Lingkup:
    tahun: int
    pemda: m.Pemda | None = None
    opd: m.PerangkatDaerah | None = None
    rpjmd: m.Rpjmd | None = None
    renstra: m.Renstra | None = None
    versi: m.NomenklaturVersi | None = None
    objek: dict[str, dict[Hashable, Any]] = field(default_factory=dict)
    """Rows stored by each step of an import, by their key: what later steps refer to."""

    def dari(self, nama: str) -> dict[Hashable, Any]:
        """Return the stored rows of an earlier step (empty when it has none)."""
        return self.objek.get(nama, {})


def rpjmd_berlaku(pemda: m.Pemda | None, tahun: int) -> m.Rpjmd | None:
    """Return the RPJMD in force in the year, as the snapshot picks it."""
    if pemda is None or pemda.pk is None:
        return None
    return pemda.rpjmd.filter(periode_awal__lte=tahun, periode_akhir__gte=tahun).first()


def renstra_berlaku(opd: m.PerangkatDaerah | None, tahun: int) -> m.Renstra | None:
    """Return the Renstra in force in the year, as the snapshot picks it."""
    if opd is None or opd.pk is None:
        return None
    return opd.renstra.filter(periode_awal__lte=tahun, periode_akhir__gte=tahun).first()


def versi_berlaku(tahun: int) -> m.NomenklaturVersi | None:
    """Return the nomenclature version in force in the year, as the snapshot picks it."""
    return m.NomenklaturVersi.objects.in_force(tahun).first()


def lingkup_db(opd: m.PerangkatDaerah, tahun: int) -> Lingkup:
    """Return the scope of the workbook of an OPD and year, as the database holds it."""
    return Lingkup(
        tahun=tahun,
        pemda=opd.pemda,
        opd=opd,
        rpjmd=rpjmd_berlaku(opd.pemda, tahun),
        renstra=renstra_berlaku(opd, tahun),
        versi=versi_berlaku(tahun),
    )
