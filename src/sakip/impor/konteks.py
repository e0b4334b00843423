"""What the database holds that a file is checked against, as plain data (see `dari_db`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class VersiNomenklatur:
    kode: str
    nama: str
    berlaku_mulai: int
    lengkap: bool
    item: dict[str, str] = field(default_factory=dict)
    """Normalised code -> name."""


@dataclass
class Konteks:
    nomenklatur: list[VersiNomenklatur] = field(default_factory=list)
    """Versions a code may come from: those stored, with what the file itself adds to them."""
    nomenklatur_db: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    """Version code -> (its name, its stored items code -> name), as the database holds them."""
    unit_opd: dict[str, str] = field(default_factory=dict)
    """Unit code -> code of the Perangkat Daerah it belongs to."""
    nama_opd: dict[str, str] = field(default_factory=dict)
    pemda_opd: dict[str, str] = field(default_factory=dict)
    """OPD code -> code of its Pemda."""
    opd: str | None = None
    """The Perangkat Daerah the import is limited to (the web page's), or None."""
    periode_ada: dict[tuple[str, int, str, str], set[str]] = field(default_factory=dict)
    """(unit, tahun, tahap, sub kegiatan) -> periods of its stored budget realisation."""
    tahun_terkunci: set[int] = field(default_factory=set)
    """Years whose data is locked (their LKjIP is signed): nothing of them may change."""
    kode_db: dict[str, set[Any]] = field(default_factory=dict)
    """Named sets of codes a reference may name when the file does not (sasaran_pemda, ...)."""

    def nomenklatur_untuk(self, tahun: int) -> VersiNomenklatur | None:
        """Return the version in force for a year, chosen as the snapshot chooses it."""
        berlaku = [v for v in self.nomenklatur if v.berlaku_mulai <= tahun]
        if not berlaku:
            return None
        terbaru = max(v.berlaku_mulai for v in berlaku)
        calon = sorted(
            (v for v in berlaku if v.berlaku_mulai == terbaru),
            key=lambda v: (not v.lengkap, v.kode),
        )
        return calon[0]
