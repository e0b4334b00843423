"""The kind of record edited through the generic screens: its shape and the editing roles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import models

PERENCANA = "perencana"
INSPEKTORAT = "inspektorat"
ADMIN = "admin"


@dataclass(frozen=True)
class Jenis:
    slug: str
    model: type[models.Model]
    judul: str
    fields: tuple[str, ...]
    tingkat: str
    """"opd": reached from an OPD page; "pemda": from the Pemda administration."""
    penyunting: str
    """The role that changes these records: perencana, inspektorat or admin."""
    jalur: str
    """Lookup from the model to its PerangkatDaerah (tingkat opd) or Pemda (tingkat pemda)."""
    tahun: str | None = None
    """Lookup of the year the record belongs to, when it has one."""
    kolom: tuple[str, ...] = ()
    """Fields shown in the list (default: the first four of `fields`)."""
    induk: dict[str, str] = field(default_factory=dict)
    """Field set from the page when a record is created: field -> "opd" | "pemda" | "tahun"."""
    related: tuple[str, ...] = ()
    before_save: Callable[[Any], None] | None = None
    grup: str = ""

    @property
    def listing_kolom(self) -> tuple[str, ...]:
        return self.kolom or tuple(f for f in self.fields if f not in self.induk)[:4]


# Lookups from a record to its OPD, shared by the kinds.
JALUR_OPD = "opd"
JALUR_RENSTRA = "renstra__opd"
JALUR_SASARAN = "sasaran__renstra__opd"
JALUR_INDIKATOR = "indikator__sasaran__renstra__opd"
PEJABAT = ("kepala_jabatan", "kepala_nama", "kepala_nip")
