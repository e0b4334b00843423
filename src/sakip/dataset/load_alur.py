"""The `alur_kerja` list of an OPD: the workflow state of each unit's quarters.

A dataset may say where each quarter stands (a synthetic Pemda with late OPDs needs it). It
only sets a quarter the database has no state for: a state already there (a quarter submitted
or locked through the workflow) is never moved by a load, so a reload cannot bypass the
workflow's steps and their roles (decision 0007).
"""

from __future__ import annotations

from typing import Any

from sakip.alur.models import Periode
from sakip.kinerja import models as m

from .reader import DatasetError, Node, choice, quarter
from .yamlio import Kode


def load(opd: m.PerangkatDaerah, node: Node) -> None:
    """Create the quarter states the dataset names and the database does not hold yet."""
    unit = {u.kode: u for u in opd.unit_kerja.all()}
    ada = set(Periode.objects.filter(unit__opd=opd).values_list("unit_id", "tahun", "triwulan"))
    new = []
    for a in node.items("alur_kerja"):
        kode = a.code("unit")
        if kode not in unit:
            raise DatasetError(f"{a.where}.unit: unit {kode} bukan milik {opd.kode}")
        tahun = a.integer("tahun")
        assert tahun is not None
        for q, status in a.mapping("status").items():
            triwulan = quarter(q, f"{a.where}.status.{q}")
            choice(status, Periode.STATUS, f"{a.where}.status.{q}")
            if (unit[kode].pk, tahun, triwulan) not in ada:
                new.append(Periode(unit=unit[kode], tahun=tahun, triwulan=triwulan, status=status))
        a.finish()
    Periode.objects.bulk_create(new)


def dump(opd: m.PerangkatDaerah) -> list[dict[str, Any]]:
    """Return the OPD's quarter states past Draf in the dataset form, per unit and year."""
    result: dict[tuple[str, int], dict[int, str]] = {}
    for kode, tahun, triwulan, status in (
        Periode.objects.filter(unit__opd=opd)
        .exclude(status=Periode.DRAFT)
        .order_by("unit__urutan", "tahun", "triwulan")
        .values_list("unit__kode", "tahun", "triwulan", "status")
    ):
        result.setdefault((kode, tahun), {})[triwulan] = status
    return [
        {"unit": Kode(kode), "tahun": tahun, "status": status}
        for (kode, tahun), status in result.items()
    ]
