"""What a consistency check reports, and what a rule module provides."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, Protocol

from sakip.core.model import OpdTahun

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One inconsistency, pointing at the table and the place where a reader would see it."""

    rule: str
    severity: Severity
    tabel: int | None
    """Number of the LKjIP table that shows the figure (see `Tabel`), None when no table does."""
    lokasi: str
    """Where, in words a report writer recognises (unit, code, indicator, year)."""
    pesan: str
    """What is wrong, in Bahasa Indonesia, naming the figures involved."""
    ref: dict[str, str] = field(default_factory=dict, hash=False)
    """Machine-readable pointers for linking: "unit", "kode", "indikator", "tahun", ..."""


class Rule(Protocol):
    """A rule module: its id, its usual severity and its check."""

    RULE_ID: str
    SEVERITY: Severity

    def check(self, s: OpdTahun) -> Iterator[Finding]: ...
