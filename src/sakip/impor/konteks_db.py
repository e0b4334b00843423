"""Build the checks' `Konteks` from the database."""

from __future__ import annotations

from collections.abc import Iterable

from sakip.impor.konteks import Konteks, VersiNomenklatur
from sakip.kinerja import models as m


def konteks_dari_db(opd: str | None = None) -> Konteks:
    """Return what the database holds that every import is checked against."""
    konteks = Konteks(opd=opd)
    item: dict[int, dict[str, str]] = {}
    for versi_id, kode, nama in m.NomenklaturItem.objects.values_list("versi_id", "kode", "nama"):
        item.setdefault(versi_id, {})[kode] = nama
    for v in m.NomenklaturVersi.objects.all():
        isi = item.get(v.id, {})
        konteks.nomenklatur.append(
            VersiNomenklatur(v.kode, v.nama, v.berlaku_mulai, v.lengkap, dict(isi))
        )
        konteks.nomenklatur_db[v.kode] = (v.nama, isi)
    for kode, nama, pemda in m.PerangkatDaerah.objects.values_list("kode", "nama", "pemda__kode"):
        konteks.nama_opd[kode] = nama
        konteks.pemda_opd[kode] = pemda
    konteks.unit_opd = dict(m.UnitKerja.objects.values_list("kode", "opd__kode"))
    return konteks


def add_periode_ada(konteks: Konteks, unit: Iterable[str], tahun: Iterable[int]) -> None:
    """Add the periods of the stored budget realisation of these units and years."""
    rows = m.RealisasiAnggaran.objects.filter(
        baris__unit__kode__in=list(unit), baris__tahun__in=list(tahun)
    ).values_list(
        "baris__unit__kode", "baris__tahun", "baris__tahap", "baris__sub_kegiatan", "periode"
    )
    for u, t, tahap, sub, periode in rows:
        konteks.periode_ada.setdefault((u, t, tahap, sub), set()).add(periode)
