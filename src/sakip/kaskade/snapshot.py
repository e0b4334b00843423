"""Build the core's picture of an OPD's cascade (`sakip.core.kaskade.Kaskade`) for a year.

Five queries, however many positions, indicators and actions: the snapshot of every page and
check pays them, so they are kept flat (positions, holders, indicators with their PK, the
periods of indicators and actions in one union, the actions).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import CharField, F, Value

from sakip.core import kaskade as c
from sakip.core.model import Polaritas
from sakip.core.periode import Periode
from sakip.kinerja import models as m

from . import models as k


def pemegang(p: k.PemegangJabatan | None) -> c.Pemegang | None:
    """Return the core's holder of a stored one."""
    if p is None:
        return None
    return c.Pemegang(p.nama, p.nip, p.status, p.mulai, p.selesai)


def _periode(opd: m.PerangkatDaerah, tahun: int) -> dict[tuple[str, int], list[c.NilaiPeriode]]:
    """Return the periods of the year's indicators ("i", id) and actions ("a", id), in order."""
    kolom = ("periode", "target", "realisasi", "status")
    indikator = (
        k.TargetIndikatorJabatan.objects.filter(
            indikator__pk_jabatan__jabatan__opd=opd, indikator__pk_jabatan__tahun=tahun
        )
        .annotate(jenis=Value("i", output_field=CharField()), induk=F("indikator_id"))
        .values_list("jenis", "induk", *kolom)
    )
    aksi = (
        k.PeriodeRencanaAksi.objects.filter(
            rencana_aksi__indikator__pk_jabatan__jabatan__opd=opd,
            rencana_aksi__indikator__pk_jabatan__tahun=tahun,
        )
        .annotate(jenis=Value("a", output_field=CharField()), induk=F("rencana_aksi_id"))
        .values_list("jenis", "induk", *kolom)
    )
    result: dict[tuple[str, int], list[c.NilaiPeriode]] = defaultdict(list)
    for jenis, induk, periode, target, realisasi, status in indikator.union(aksi, all=True):
        result[(jenis, induk)].append(c.NilaiPeriode(periode, target, realisasi, status))
    for listing in result.values():
        listing.sort(key=lambda p: Periode.parse(p.periode).sort_key)
    return result


def kaskade(opd: m.PerangkatDaerah, tahun: int) -> c.Kaskade | None:
    """Return the OPD's positions and every version of their PKs of the year; None: none."""
    jabatan = list(k.Jabatan.objects.filter(opd=opd).select_related("induk", "unit"))
    if not jabatan:
        return None
    holders: dict[int, list[c.Pemegang]] = defaultdict(list)
    for p in k.PemegangJabatan.objects.filter(jabatan__opd=opd):
        holders[p.jabatan_id].append(pemegang(p))  # type: ignore[arg-type]
    indikator = list(
        k.IndikatorPKJabatan.objects.filter(pk_jabatan__jabatan__opd=opd, pk_jabatan__tahun=tahun)
        .select_related(
            "pk_jabatan__jabatan",
            "pk_jabatan__pihak_pertama",
            "pk_jabatan__pihak_kedua",
            "induk__pk_jabatan__jabatan",
        )
        .order_by(
            "pk_jabatan__jabatan__urutan",
            "pk_jabatan__jabatan_id",
            "pk_jabatan__versi",
            "urutan",
            "id",
        )
    )
    periode = _periode(opd, tahun)
    aksi: dict[int, list[c.Aksi]] = defaultdict(list)
    for a in k.RencanaAksiKinerja.objects.filter(
        indikator__pk_jabatan__jabatan__opd=opd, indikator__pk_jabatan__tahun=tahun
    ).select_related("jabatan"):
        aksi[a.indikator_id].append(
            c.Aksi(a.uraian, a.jabatan.kode, a.bobot, tuple(periode.get(("a", a.pk), ())))
        )
    return c.Kaskade(
        tahun=tahun,
        jabatan=tuple(
            c.Jabatan(
                j.kode,
                j.nama,
                j.tingkat,
                j.induk.kode if j.induk else None,
                j.unit.kode if j.unit else None,
                tuple(holders.get(j.pk, ())),
            )
            for j in jabatan
        ),
        pk=_pk(indikator, periode, aksi),
    )


def _pk(
    indikator: list[k.IndikatorPKJabatan],
    periode: dict[tuple[str, int], list[c.NilaiPeriode]],
    aksi: dict[int, list[c.Aksi]],
) -> tuple[c.PerjanjianJabatan, ...]:
    # A PK is known through its indicators: one without any has nothing to cascade.
    per_pk: dict[int, tuple[k.PerjanjianKinerjaJabatan, list[c.Indikator]]] = {}
    for i in indikator:
        per_pk.setdefault(i.pk_jabatan_id, (i.pk_jabatan, []))[1].append(
            _indikator(i, periode, aksi)
        )
    return tuple(
        c.PerjanjianJabatan(
            p.jabatan.kode,
            p.tahun,
            p.versi,
            p.tanggal,
            pemegang(p.pihak_pertama),
            pemegang(p.pihak_kedua),
            tuple(listing),
            p.alasan_revisi,
        )
        for p, listing in per_pk.values()
    )


def _indikator(
    i: k.IndikatorPKJabatan,
    periode: dict[tuple[str, int], list[c.NilaiPeriode]],
    aksi: dict[int, list[Any]],
) -> c.Indikator:
    induk = (i.induk.pk_jabatan.jabatan.kode, i.induk.kode) if i.induk else None
    return c.Indikator(
        i.kode,
        i.uraian,
        i.satuan,
        i.jenis,
        induk,
        tuple(periode.get(("i", i.pk), ())),
        tuple(aksi.get(i.pk, ())),
        i.sasaran,
        Polaritas(i.polaritas),
    )
