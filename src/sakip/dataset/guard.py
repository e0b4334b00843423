"""What a dataset load must not change, and the rules every loaded record passes.

The loader writes in bulk; these checks make it one more door of the change service
(decision 0007): it refuses to change an OPD holding signed or approved data, and checks
every record it loaded with the rules a form's save applies.
"""

from __future__ import annotations

from typing import Any

from django.db import router
from django.db.models.deletion import Collector

from sakip.alur.layanan import Ditolak, Penolakan, Sesi
from sakip.alur.models import DokumenTertanda, Periode
from sakip.alur.rekaman import jenis_dari
from sakip.kinerja import models as m

from .reader import Node


def loaded_roots(key: str, root: Node) -> list[Any]:
    """Return the rows a loaded document names, whose records are checked as one."""
    kode = root.data[key].get("kode") if isinstance(root.data[key], dict) else None
    if key == "perangkat_daerah":
        return list(m.PerangkatDaerah.objects.filter(kode=kode))
    if key == "pemda":
        return list(m.Rpjmd.objects.filter(pemda__kode=kode))
    return list(m.NomenklaturVersi.objects.filter(kode=kode))


def check_loaded(sesi: Sesi, induk: list[Any]) -> None:
    """Check every record loaded with the rules every door applies (the change service's).

    The loader writes in bulk; its records are found afterwards as everything that belongs to
    what it loaded (what a delete of it would take along), and each is checked as a form's save
    would be, its budget lines with the line rules when the change ends.
    """
    if not induk:
        return
    collector = Collector(using=router.db_for_write(m.PerangkatDaerah))
    for model in {type(obj) for obj in induk}:
        collector.collect([obj for obj in induk if type(obj) is model])
    penolakan = []
    for model, instances in collector.data.items():
        sesi.kenali(model, (obj.pk for obj in instances))
    for model, instances in collector.data.items():
        if jenis_dari(model) is None:
            continue
        for obj in instances:
            penolakan += sesi.alasan_nilai(obj)
            sesi.record(obj)
    if penolakan:
        raise Ditolak(penolakan)


def locked_content() -> dict[int, tuple[str, list[str], dict[str, Any]]]:
    """Return, per OPD with a signed year or a quarter past Draf, its locks and its content."""
    from .dump import opd_dict

    tertanda: dict[int, set[int]] = {}
    for opd_id, tahun in DokumenTertanda.objects.filter(
        opd__isnull=False, jenis="lkjip", dicabut=False
    ).values_list("opd_id", "tahun"):
        tertanda.setdefault(opd_id, set()).add(tahun)
    triwulan: dict[int, list[str]] = {}
    for p in Periode.objects.exclude(status__in=Periode.DAPAT_DIUBAH).select_related("unit"):
        triwulan.setdefault(p.unit.opd_id, []).append(
            f"triwulan {p.triwulan} {p.tahun} {p.unit.nama} ({p.get_status_display()})"
        )
    result = {}
    for opd in m.PerangkatDaerah.objects.filter(pk__in=set(tertanda) | set(triwulan)):
        key = [f"LKjIP {t} ditandatangani" for t in sorted(tertanda.get(opd.pk, ()))]
        result[opd.pk] = (opd.kode, key + triwulan.get(opd.pk, []), opd_dict(opd))
    return result


def refuse_changed_locks(terkunci: dict[int, tuple[str, list[str], dict[str, Any]]]) -> None:
    """Refuse a load that changes anything of an OPD holding signed or approved data.

    A dataset replaces an OPD as a whole, so what it changes is found by comparing the OPD's
    content before and after; an unchanged reload (`sakip demo` again) passes.
    """
    from .dump import opd_dict

    ditolak = []
    for opd_id, (kode, key, sebelum) in terkunci.items():
        opd = m.PerangkatDaerah.objects.filter(pk=opd_id).first()
        if opd is None or opd_dict(opd) != sebelum:
            ditolak.append(
                Penolakan(
                    f"Perangkat daerah {kode}",
                    "dataset mengubah data yang terkunci (" + "; ".join(key) + "); buka kunci "
                    "itu lebih dahulu melalui alur kerja",
                )
            )
    if ditolak:
        raise Ditolak(ditolak)
