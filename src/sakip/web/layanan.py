"""What several views share: the cached dashboard figures, the Pemda's scale, the periods."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from sakip.alur.models import DokumenTertanda, Periode, Transisi
from sakip.core import ringkasan
from sakip.core.model import OpdTahun
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.laporan.models import LabelSkala
from sakip.riwayat.models import Perubahan

from .models import Bukti

KRITERIA = "kriteria-capaian"


def versi_data(opd: m.PerangkatDaerah | None = None) -> str:
    """Return a key that changes whenever anything a cached page shows may have changed.

    Every save of the domain's records is recorded by sakip.riwayat (its latest id, and its time:
    ids can start again after a database is reloaded); every workflow step adds a Transisi; a
    signature adds a DokumenTertanda and a reopening withdraws one; labels and evidence files
    change their own counts and times. With an OPD, only its own changes and those of every OPD
    (the Pemda's records, a dataset load) count, so a save in one OPD leaves the cached pages of
    the others warm. One query.
    """
    t = {
        "perubahan": Perubahan._meta.db_table,
        "transisi": Transisi._meta.db_table,
        "periode": Periode._meta.db_table,
        "unit": m.UnitKerja._meta.db_table,
        "dokumen": DokumenTertanda._meta.db_table,
        "label": LabelSkala._meta.db_table,
        "bukti": Bukti._meta.db_table,
    }
    params: list[int]
    if opd is None:
        sql, params = _SQL_VERSI.format(**t), [False]
    else:
        sql, params = _SQL_VERSI_OPD.format(**t), [opd.pk] * 4 + [False] + [opd.pk] * 3
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        baris = cursor.fetchone()
    return hashlib.sha256("|".join(str(x or 0) for x in baris).encode()).hexdigest()[:24]


_SQL_VERSI = (
    "SELECT (SELECT MAX(id) FROM {perubahan}),"
    " (SELECT waktu FROM {perubahan} ORDER BY id DESC LIMIT 1),"
    " (SELECT MAX(id) FROM {transisi}),"
    " (SELECT MAX(id) FROM {dokumen}),"
    " (SELECT COUNT(*) FROM {dokumen} WHERE dicabut = %s),"
    " (SELECT COUNT(*) FROM {label}),"
    " (SELECT MAX(diubah) FROM {label}),"
    " (SELECT COUNT(*) FROM {bukti}),"
    " (SELECT MAX(id) FROM {bukti})"
)
# The same per OPD: its own history entries and those of no single OPD (each read from the
# (opd_id, id) index), the steps and evidence of its units, its documents.
_SQL_VERSI_OPD = (
    "SELECT (SELECT MAX(id) FROM {perubahan} WHERE opd_id = %s),"
    " (SELECT waktu FROM {perubahan} WHERE opd_id = %s ORDER BY id DESC LIMIT 1),"
    " (SELECT MAX(id) FROM {perubahan} WHERE opd_id IS NULL),"
    " (SELECT waktu FROM {perubahan} WHERE opd_id IS NULL ORDER BY id DESC LIMIT 1),"
    " (SELECT MAX(t.id) FROM {transisi} t JOIN {periode} p ON p.id = t.periode_id"
    "  JOIN {unit} u ON u.id = p.unit_id WHERE u.opd_id = %s),"
    " (SELECT MAX(id) FROM {dokumen} WHERE opd_id = %s),"
    " (SELECT COUNT(*) FROM {dokumen} WHERE dicabut = %s AND opd_id = %s),"
    " (SELECT COUNT(*) FROM {label}),"
    " (SELECT MAX(diubah) FROM {label}),"
    " (SELECT COUNT(*) FROM {bukti} b JOIN {unit} u ON u.id = b.unit_id WHERE u.opd_id = %s),"
    " (SELECT MAX(b.id) FROM {bukti} b JOIN {unit} u ON u.id = b.unit_id WHERE u.opd_id = %s)"
)


@dataclass(frozen=True)
class InfoOpd:
    """What every page of an OPD shows around its content, cached per data version."""

    tahun: tuple[int, ...]
    """Years with data, newest first."""
    tertanda: frozenset[int]
    """Years whose LKjIP is signed and not reopened."""
    unit: tuple[int, ...]
    """Ids of the OPD's units, in display order."""
    label: tuple[tuple[str, str], ...]
    """The Pemda's own labels of the capaian criteria."""


def info_opd(opd: m.PerangkatDaerah, versi: str) -> InfoOpd:
    """Return the OPD's years, signed years, units and labels for this data version."""
    key = f"sakip:info:{opd.id}:{versi}"
    info: InfoOpd | None = cache.get(key)
    if info is None:
        info = InfoOpd(
            tahun=tuple(tahun_tersedia(opd)),
            tertanda=frozenset(
                DokumenTertanda.objects.filter(opd=opd, jenis="lkjip", dicabut=False)
                .values_list("tahun", flat=True)
                .distinct()
            ),
            unit=tuple(opd.unit_kerja.values_list("id", flat=True)),
            label=tuple(sorted(label_capaian(opd.pemda).items())),
        )
        cache.set(key, info, timeout=600)
    return info


def snapshot_dan_ringkasan(
    opd: m.PerangkatDaerah, tahun: int, versi: str | None = None
) -> tuple[OpdTahun, ringkasan.Ringkasan]:
    """Return the OPD-year snapshot and its dashboard figures, computed once per data version.

    Every save is recorded by sakip.riwayat, so the latest history id tells when the cached
    figures are stale; the cache is shared by the server processes (decision 0018).
    """
    key = f"sakip:ringkasan:{opd.id}:{tahun}:{versi or versi_data(opd)}"
    result: tuple[OpdTahun, ringkasan.Ringkasan] | None = cache.get(key)
    if result is None:
        s = snapshot.build(opd, tahun)
        result = (s, ringkasan.compute(s, settings.SAKIP_SERAPAN_SELISIH))
        cache.set(key, result, timeout=600)
    return result


def label_capaian(pemda: m.Pemda) -> dict[str, str]:
    """Return the Pemda's own labels of the capaian criteria (band kode -> label)."""
    return dict(LabelSkala.objects.filter(pemda=pemda, jenis=KRITERIA).values_list("kode", "label"))


def status_periode(opd: m.PerangkatDaerah, tahun: int) -> dict[tuple[int, int], Periode]:
    """Return (unit id, quarter) -> the period's workflow record, for those that have one."""
    return {(p.unit_id, p.triwulan): p for p in Periode.objects.filter(unit__opd=opd, tahun=tahun)}


def all_tahun_tersedia(opds: list[m.PerangkatDaerah]) -> dict[int, list[int]]:
    """Return, per OPD id, the years it has budget lines or a Renstra for, newest first.

    Two queries whatever the number of OPDs (a Pemda's home page lists dozens).
    """
    tahun: dict[int, set[int]] = {o.pk: set() for o in opds}
    for opd_id, t in (
        m.BarisAnggaran.objects.filter(unit__opd__in=opds)
        .values_list("unit__opd_id", "tahun")
        .distinct()
    ):
        tahun[opd_id].add(t)
    for opd_id, awal, akhir in m.Renstra.objects.filter(opd__in=opds).values_list(
        "opd_id", "periode_awal", "periode_akhir"
    ):
        tahun[opd_id].update(range(awal, akhir + 1))
    return {k: sorted(v, reverse=True) for k, v in tahun.items()}


def tahun_tersedia(opd: m.PerangkatDaerah) -> list[int]:
    """Return the years the OPD has budget lines or a Renstra for, newest first."""
    tahun = set(
        m.BarisAnggaran.objects.filter(unit__opd=opd).values_list("tahun", flat=True).distinct()
    )
    for awal, akhir in opd.renstra.values_list("periode_awal", "periode_akhir"):
        tahun.update(range(awal, akhir + 1))
    return sorted(tahun, reverse=True)
