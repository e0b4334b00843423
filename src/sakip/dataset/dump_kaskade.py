"""Write an OPD's cascade in the dataset form (key `kaskade`, docs/dataset-format.md)."""

from __future__ import annotations

from typing import Any

from sakip.kaskade import models as k
from sakip.kinerja import models as m

from .dump import nilai
from .yamlio import Kode


def kaskade_dict(opd: m.PerangkatDaerah) -> dict[str, Any] | None:
    """Return the OPD's positions and PKs per position; None when it holds no position."""
    jabatan = list(
        k.Jabatan.objects.filter(opd=opd)
        .select_related("induk", "unit")
        .prefetch_related("pemegang")
    )
    if not jabatan:
        return None
    pk = k.PerjanjianKinerjaJabatan.objects.filter(jabatan__opd=opd)
    terakhir: dict[tuple[int, int], int] = {}
    for jabatan_id, tahun, versi in pk.values_list("jabatan_id", "tahun", "versi"):
        terakhir[(jabatan_id, tahun)] = max(terakhir.get((jabatan_id, tahun), 0), versi)
    return {
        "jabatan": [_jabatan(j) for j in jabatan],
        "perjanjian": [
            _pk(p, terakhir)
            for p in pk.select_related("jabatan", "pihak_pertama", "pihak_kedua").order_by(
                "jabatan__urutan", "jabatan_id", "tahun", "versi"
            )
        ],
    }


def _jabatan(j: k.Jabatan) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kode": Kode(j.kode),
        "nama": j.nama,
        "tingkat": j.tingkat,
        "induk": Kode(j.induk.kode) if j.induk else None,
    }
    if j.unit is not None:
        data["unit"] = Kode(j.unit.kode)
    data["pemegang"] = [
        {
            "nama": p.nama,
            "nip": Kode(p.nip) if p.nip else None,
            "status": p.status,
            "mulai": p.mulai,
            "selesai": p.selesai,
        }
        for p in j.pemegang.all()
    ]
    return data


def _pk(p: k.PerjanjianKinerjaJabatan, terakhir: dict[tuple[int, int], int]) -> dict[str, Any]:
    return {
        "jabatan": Kode(p.jabatan.kode),
        "tahun": p.tahun,
        "versi": p.versi,
        "tanggal": p.tanggal,
        "alasan_revisi": p.alasan_revisi or None,
        "pihak_pertama": p.pihak_pertama.nama if p.pihak_pertama else None,
        "pihak_kedua": p.pihak_kedua.nama if p.pihak_kedua else None,
        "indikator": [
            _indikator(i, terakhir)
            for i in p.indikator.select_related("induk__pk_jabatan__jabatan").prefetch_related(
                "periode", "rencana_aksi__jabatan", "rencana_aksi__periode"
            )
        ],
    }


def _indikator(i: k.IndikatorPKJabatan, terakhir: dict[tuple[int, int], int]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kode": Kode(i.kode),
        "jenis": i.jenis,
        "sasaran": i.sasaran or None,
        "uraian": i.uraian,
        "satuan": i.satuan,
        **({"polaritas": i.polaritas} if i.polaritas != "naik" else {}),
        "induk": _induk(i.induk, terakhir) if i.induk else None,
        "periode": [_periode(b) for b in i.periode.all()],
    }
    aksi = [
        {
            "uraian": a.uraian,
            "jabatan": Kode(a.jabatan.kode),
            "bobot": nilai(a.bobot),
            "satuan": a.satuan,
            "periode": [_periode(b) | _bukti(b) for b in a.periode.all()],
        }
        for a in i.rencana_aksi.all()
    ]
    return data | {"rencana_aksi": aksi} if aksi else data


def _induk(induk: k.IndikatorPKJabatan, terakhir: dict[tuple[int, int], int]) -> dict[str, Any]:
    """Return the parent indicator's key; its version only when not the latest of its year."""
    pk = induk.pk_jabatan
    data: dict[str, Any] = {"jabatan": Kode(pk.jabatan.kode), "kode": Kode(induk.kode)}
    if pk.versi != terakhir.get((pk.jabatan_id, pk.tahun)):
        data["versi"] = pk.versi
    return data


def _periode(b: k.TargetIndikatorJabatan | k.PeriodeRencanaAksi) -> dict[str, Any]:
    data: dict[str, Any] = {"periode": b.periode, "target": nilai(b.target)}
    if b.realisasi is not None:
        data["realisasi"] = nilai(b.realisasi)
    for key in ("catatan", "catatan_verifikasi"):
        if getattr(b, key):
            data[key] = getattr(b, key)
    if b.status != k.StatusIsian.DIISI:
        data["status"] = b.status
    return data


def _bukti(b: k.PeriodeRencanaAksi) -> dict[str, Any]:
    return {"bukti": b.bukti} if b.bukti else {}
