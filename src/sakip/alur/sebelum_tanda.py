"""What is still open before the head signs a document: quarters not locked, check errors.

The signing step (`langkah.tandatangani`) asks here, so every door needs the same written
reason to sign with open items; the web's checklist page shows the same list first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.apps import apps

from sakip.core.checks import Finding, run_checks
from sakip.core.periode import ROMAWI
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.riwayat.models import Perubahan

from .hak import Hak
from .layanan import Sesi
from .models import DokumenTertanda, Periode
from .rekaman import jenis_dari

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
    result = []
    for u in opd.unit_kerja.all():
        for q in _TRIWULAN:
            p = periode.get((u.id, q))
            status = p.status if p else Periode.DRAFT
            result.append(StatusTriwulan(u, q, status, label[status]))
    return result


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
    check_result: Sequence[Finding],
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
    butir += [f"{f.lokasi}: {f.pesan}" for f in check_result if f.severity == "error"]
    return butir


def perubahan_sejak_tanda(
    opd: m.PerangkatDaerah, tahun: int, jenis: str, limit: int = 2000
) -> tuple[DokumenTertanda | None, list[Perubahan]]:
    """Return the document's last signed copy and the history entries of the OPD's year since.

    An entry belongs to the year when its record's place (the record map) is the OPD and a
    year the LKjIP of `tahun` reports; a deletion is placed by its old values. At most `limit`
    entries after the signing are read, the newest first.
    """
    terakhir = (
        DokumenTertanda.objects.filter(opd=opd, tahun=tahun, jenis=jenis)
        .select_related("oleh")
        .defer("isi")
        .order_by("-waktu")
        .first()
    )
    if terakhir is None:
        return None, []
    sesi = Sesi(None, hak=Hak(superuser=True))
    result = []
    entri = Perubahan.objects.filter(waktu__gt=terakhir.waktu).select_related("pengguna")
    for p in entri.order_by("-id")[:limit]:
        if _milik(p, sesi, opd.id, tahun):
            result.append(p)
    return terakhir, result


def _milik(p: Perubahan, sesi: Sesi, opd_id: int, tahun: int) -> bool:
    try:
        model = apps.get_model(p.model)
    except (LookupError, ValueError):
        return False
    jenis = jenis_dari(model)
    if jenis is None:
        return False
    kolom = {f.attname for f in model._meta.concrete_fields}
    data = p.data_baru or p.data_lama or {}
    obj = model(**{k: v for k, v in data.items() if k in kolom})
    try:
        t = sesi.tempat(obj, jenis)
    except TypeError:
        # A parent deleted since: its place cannot be looked up any more.
        return False
    return t.opd_id == opd_id and (not t.tahun or tahun in t.tahun)
