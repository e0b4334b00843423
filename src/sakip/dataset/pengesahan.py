"""The `pengesahan` list of an OPD: where and when each report of a year is signed."""

from __future__ import annotations

from typing import Any

from sakip.dataset.reader import DatasetError, Node
from sakip.kinerja import models as m
from sakip.laporan.models import JENIS_DOKUMEN, STATUS_PENANDA, Pengesahan

_DOKUMEN = {kode for kode, _ in JENIS_DOKUMEN}
_STATUS = {kode for kode, _ in STATUS_PENANDA}


def load(opd: m.PerangkatDaerah, node: Node) -> None:
    """Replace the OPD's signing data with the dataset's."""
    Pengesahan.objects.filter(opd=opd).delete()
    baris = []
    for p in node.items("pengesahan"):
        dokumen = p.text("dokumen")
        if dokumen not in _DOKUMEN:
            raise DatasetError(
                f"{p.where}.dokumen: {dokumen!r} tidak dikenal; pilih {', '.join(sorted(_DOKUMEN))}"
            )
        baris.append(
            Pengesahan(
                opd=opd,
                tahun=p.integer("tahun"),
                jenis_dokumen=dokumen,
                nomor=p.integer("nomor", required=False) or 0,
                tempat=p.text("tempat", required=False),
                tanggal=p.date("tanggal"),
                status=_status(p, "status"),
                status_pihak_kedua=_status(p, "status_pihak_kedua"),
            )
        )
        p.finish()
    Pengesahan.objects.bulk_create(baris)


def _status(p: Node, key: str) -> str | None:
    status = p.text(key, required=False)
    if status is not None and status not in _STATUS:
        raise DatasetError(f"{p.where}.{key}: {status!r} tidak dikenal; pilih Plt. atau Plh.")
    return status


def dump(opd: m.PerangkatDaerah) -> list[dict[str, Any]]:
    """Return the OPD's signing data in the dataset form, only the fields that are set."""
    result = []
    for p in Pengesahan.objects.filter(opd=opd).order_by("tahun", "jenis_dokumen", "nomor"):
        baris: dict[str, Any] = {"dokumen": p.jenis_dokumen, "tahun": p.tahun}
        if p.nomor:
            baris["nomor"] = p.nomor
        for key in ("tempat", "tanggal", "status", "status_pihak_kedua"):
            if getattr(p, key):
                baris[key] = getattr(p, key)
        result.append(baris)
    return result
