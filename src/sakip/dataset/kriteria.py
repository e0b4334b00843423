"""The `kriteria_capaian` list of a Pemda: its own criteria of capaian, dated."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sakip.dataset.reader import Node
from sakip.kinerja import models as m
from sakip.laporan.models import KriteriaCapaianPemda


def load(pemda: m.Pemda, node: Node) -> None:
    """Replace the Pemda's own criteria with the dataset's."""
    KriteriaCapaianPemda.objects.filter(pemda=pemda).delete()
    baris = []
    for skala in node.items("kriteria_capaian"):
        mulai = skala.integer("berlaku_mulai")
        dasar = skala.text("dasar_hukum")
        for band in skala.items("bands"):
            baris.append(
                KriteriaCapaianPemda(
                    pemda=pemda,
                    berlaku_mulai=mulai,
                    dasar_hukum=dasar,
                    kode=band.code("kode"),
                    label=band.text("label"),
                    batas_bawah=band.decimal("batas_bawah"),
                )
            )
            band.finish()
        skala.finish()
    KriteriaCapaianPemda.objects.bulk_create(baris)


def dump(pemda: m.Pemda) -> list[dict[str, Any]]:
    """Return the Pemda's own criteria in the dataset form, one entry per `berlaku_mulai`."""
    from sakip.dataset.dump import nilai  # here: dump imports this module

    result: dict[int, dict[str, Any]] = {}
    baris = KriteriaCapaianPemda.objects.filter(pemda=pemda)
    # Highest band first; sorted here, as databases put NULL at different ends.
    for b in sorted(baris, key=lambda b: (b.berlaku_mulai, -(b.batas_bawah or Decimal("-1e9")))):
        skala = result.setdefault(
            b.berlaku_mulai,
            {"berlaku_mulai": b.berlaku_mulai, "dasar_hukum": b.dasar_hukum, "bands": []},
        )
        skala["bands"].append(
            {"kode": b.kode, "label": b.label, "batas_bawah": nilai(b.batas_bawah)}
        )
    return list(result.values())
