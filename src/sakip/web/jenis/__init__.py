"""Every kind of record a person edits through the generic screens, and who edits it.

Each entry names the model, the fields of its form, how a record reaches its OPD (or Pemda),
which year field it has, and which role changes it. The views stay generic; access is decided
here once and enforced on the server for every request.
"""

from __future__ import annotations

from .dasar import ADMIN, INSPEKTORAT, PERENCANA, Jenis
from .indikator_pemda import PEMDA_LISTING
from .jabatan import JABATAN_LISTING
from .pelaksanaan import PELAKSANAAN
from .pemda import PEMDA
from .perencanaan import PERENCANAAN

LISTING: tuple[Jenis, ...] = PERENCANAAN + PELAKSANAAN + PEMDA + JABATAN_LISTING + PEMDA_LISTING

PER_SLUG = {j.slug: j for j in LISTING}
PER_MODEL = {j.model: j for j in LISTING}


def per_tingkat(tingkat: str) -> list[Jenis]:
    """Return the kinds reached from OPD pages or from the Pemda administration."""
    return [j for j in LISTING if j.tingkat == tingkat]


__all__ = [
    "ADMIN",
    "LISTING",
    "INSPEKTORAT",
    "PERENCANA",
    "PER_MODEL",
    "PER_SLUG",
    "Jenis",
    "per_tingkat",
]
