"""What is still open before the head signs a document: quarters not locked, check errors.

The signing step (`langkah.tandatangani`) asks here, so every door needs the same written
reason to sign with open items; the web's checklist page shows the same list first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sakip.core.checks import Finding, run_checks
from sakip.core.periode import ROMAWI
from sakip.kinerja import models as m
from sakip.kinerja import snapshot

from .models import Periode

_TRIWULAN = (1, 2, 3, 4)


@dataclass(frozen=True)
class StatusTriwulan:
    """One unit's quarter and where its workflow stands."""

    unit: m.UnitKerja
    triwulan: int
    status: str
    label: str

    @property
    def terkunci(self) -> bool:
        """Return whether the quarter is approved and locked."""
        return self.status == Periode.DIKUNCI


def status_triwulan(opd: m.PerangkatDaerah, tahun: int) -> list[StatusTriwulan]:
    """Return every unit-quarter of the OPD's year with its status, in two queries."""
    periode = {
        (p.unit_id, p.triwulan): p for p in Periode.objects.filter(unit__opd=opd, tahun=tahun)
    }
    label = dict(Periode.STATUS)
    hasil = []
    for u in opd.unit_kerja.all():
        for q in _TRIWULAN:
            p = periode.get((u.id, q))
            status = p.status if p else Periode.DRAFT
            hasil.append(StatusTriwulan(u, q, status, label[status]))
    return hasil


def temuan(opd: m.PerangkatDaerah, tahun: int) -> list[Finding]:
    """Return the consistency findings of the OPD's year (none when it holds no data)."""
    try:
        return run_checks(snapshot.build(opd, tahun))
    except snapshot.DataTidakAda:
        return []


def butir_terbuka(
    jenis: str,
    tahun: int,
    triwulan: Sequence[StatusTriwulan],
    hasil_periksa: Sequence[Finding],
) -> list[str]:
    """Return the open items that signing the document needs a written reason for.

    The LKjIP reports the whole year: every quarter not locked is open. Both documents are open
    while a consistency check finds an error; warnings are shown, not counted.
    """
    butir = []
    if jenis == "lkjip":
        butir += [
            f"{s.unit.nama} triwulan {ROMAWI[s.triwulan]} {tahun}: {s.label}"
            for s in triwulan
            if not s.terkunci
        ]
    butir += [f"{f.lokasi}: {f.pesan}" for f in hasil_periksa if f.severity == "error"]
    return butir
