"""What the cascade pages show: positions with holders and capaian, a position's PK and actions.

Figures come from the core (`sakip.core.kaskade`) on the snapshot's cascade; who may enter or
verify a row is the change service's rule (`rekaman.hak_isian`), asked here only to show the
right buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sakip.core import kaskade as c
from sakip.core.scales import Scale
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.spreadsheet import nilai as nv

from . import models as k
from .rekaman import ISIAN_PEMEGANG, ISIAN_VERIFIKATOR, hak_isian
from .snapshot import kaskade


@dataclass(frozen=True)
class BarisJabatan:
    """One position of the tree as the page lists it."""

    jabatan: c.Jabatan
    dalam: int
    pemegang: c.Pemegang | None
    capaian: c.CapaianJabatan
    ada_pk: bool


def kaskade_opd(opd: m.PerangkatDaerah, tahun: int) -> tuple[c.Kaskade | None, Scale | None]:
    """Return the OPD's cascade of the year and the capaian criteria in force (None: no data).

    A few queries, whatever the size of the OPD: the pages need the cascade, not the snapshot.
    """
    kas = kaskade(opd, tahun)
    return kas, snapshot.kriteria_tahun(opd.pemda, tahun) if kas else None


def hari_acuan(tahun: int) -> date:
    """Return the day whose holder the tree names: today within the year, else its last day."""
    hari = date.today()
    return hari if hari.year == tahun else date(tahun, 12, 31)


def baris_pohon(kas: c.Kaskade) -> list[BarisJabatan]:
    """Return the positions in tree order with their holder and capaian."""
    capaian = c.rollup(kas)
    hari = hari_acuan(kas.tahun)
    return [
        BarisJabatan(
            j, dalam, c.pemegang_pada(j, hari), capaian[j.kode], bool(kas.pk_jabatan(j.kode))
        )
        for j, dalam in c.pohon(kas)
    ]


def blok_dasbor(opd: m.PerangkatDaerah, tahun: int, kas: c.Kaskade | None, skala: Scale) -> str:
    """Return the dashboard's block of each position's capaian (empty without positions)."""
    from django.template.loader import render_to_string

    if kas is None:
        return ""
    return render_to_string(
        "kaskade/_dasbor.html",
        {"opd": opd, "tahun": tahun, "baris": baris_pohon(kas), "skala": skala},
    )


@dataclass(frozen=True)
class BarisIsian:
    """One period row of an indicator or action, with what the user may do with it."""

    obj: k.TargetIndikatorJabatan | k.PeriodeRencanaAksi
    jenis: str
    mengisi: bool
    memverifikasi: bool


def _allowed(obj: Any, user: Any, fields: frozenset[str], perencana: bool) -> bool:
    return perencana or hak_isian(obj, user, fields) is None


def baris_isian(rows: list[Any], jenis: str, user: Any, perencana: bool) -> list[BarisIsian]:
    """Return the rows with whether the user enters or verifies each."""
    return [
        BarisIsian(
            r,
            jenis,
            _allowed(r, user, frozenset({"realisasi", "catatan"}), perencana)
            and r.status != k.StatusIsian.DIVERIFIKASI,
            _allowed(r, user, ISIAN_VERIFIKATOR, perencana) and r.realisasi is not None,
        )
        for r in rows
    ]


def indikator_jabatan(
    pk: k.PerjanjianKinerjaJabatan, kas: c.Kaskade, user: Any, perencana: bool
) -> list[dict[str, Any]]:
    """Return the PK's indicators with their capaian, periods and actions for the page."""
    inti = {
        i.kode: i
        for p in kas.pk_jabatan(pk.jabatan.kode)
        if p.versi == pk.versi
        for i in p.indikator
    }
    result = []
    for ind in pk.indikator.select_related("induk__pk_jabatan__jabatan").prefetch_related(
        "periode", "rencana_aksi__jabatan", "rencana_aksi__periode"
    ):
        i = inti[ind.kode]
        result.append(
            {
                "obj": ind,
                "target": i.target,
                "capaian": c.capaian_indikator(i, kas.tahun),
                "cara": c.cara_ukur(i, kas.tahun),
                "periode": baris_isian(list(ind.periode.all()), "indikator", user, perencana),
                "aksi": [
                    {
                        "obj": a,
                        "progres": c.progres_aksi(ia),
                        "periode": baris_isian(list(a.periode.all()), "aksi", user, perencana),
                    }
                    for a, ia in zip(ind.rencana_aksi.all(), i.aksi, strict=True)
                ],
            }
        )
    return result


def menunggu(user: Any) -> dict[str, list[Any]]:
    """Return the rows waiting for the user: to enter (holder) and to verify (holder above)."""
    from .rekaman import jabatan_pengguna

    milik = jabatan_pengguna(user)
    if not milik:
        return {"isi": [], "verifikasi": []}
    aksi = k.PeriodeRencanaAksi.objects.select_related(
        "rencana_aksi__jabatan", "rencana_aksi__indikator__pk_jabatan__jabatan__opd"
    )
    return {
        "isi": list(
            aksi.filter(rencana_aksi__jabatan_id__in=milik, realisasi__isnull=True)
            .exclude(target__isnull=True)
            .order_by("rencana_aksi_id", "id")[:20]
        ),
        "verifikasi": list(
            aksi.filter(
                rencana_aksi__jabatan__induk_id__in=milik,
                realisasi__isnull=False,
                status=k.StatusIsian.DIISI,
            ).order_by("rencana_aksi_id", "id")[:20]
        ),
    }


def nilai_atau_none(teks: str) -> Decimal | None:
    """Return the number a person typed (Indonesian form), None for an empty box."""
    teks = teks.strip()
    return None if not teks else nv.number(teks, nv.NumberFormat.ISIAN)


__all__ = ["ISIAN_PEMEGANG", "BarisJabatan", "baris_pohon", "kaskade_opd", "nilai_atau_none"]
