"""Load an OPD's positions, holders, PKs per position and rencana aksi (key `kaskade`).

Positions keep their rows across a reload (matched by code), so the users who act for them
keep their link; everything else of the cascade is replaced as a whole.
"""

from __future__ import annotations

import datetime
from typing import Any

from sakip.core.periode import Periode
from sakip.kaskade import models as k
from sakip.kinerja import models as m

from .reader import DatasetError, Node, choice


def load_kaskade(opd: m.PerangkatDaerah, node: Node, units: dict[str, m.UnitKerja]) -> None:
    """Replace the OPD's cascade by the one the dataset holds (none: positions removed)."""
    k.PerjanjianKinerjaJabatan.objects.filter(jabatan__opd=opd).delete()
    k.PemegangJabatan.objects.filter(jabatan__opd=opd).delete()
    isi = node.child("kaskade")
    if isi is None:
        _delete_jabatan(opd, set())
        return
    jabatan = _load_jabatan(opd, isi, units)
    indikator: dict[Key, k.IndikatorPKJabatan] = {}
    induk: list[tuple[k.IndikatorPKJabatan, Key, str]] = []
    for p in isi.items("perjanjian"):
        _load_pk(p, jabatan, indikator, induk)
        p.finish()
    terakhir: dict[tuple[str, int, str], int] = {}
    for j, tahun, versi, kode in indikator:
        terakhir[(j, tahun, kode)] = max(terakhir.get((j, tahun, kode), 0), versi)
    for obj, (j, tahun, versi, kode), where in induk:
        # Without a version: the latest of the parent position's PKs of the year holding it.
        key = (j, tahun, versi or terakhir.get((j, tahun, kode), 0), kode)
        if key not in indikator:
            raise DatasetError(f"{where}.induk: indikator {kode} jabatan {j} tidak ada")
        obj.induk = indikator[key]
        obj.save(update_fields=["induk"])
    isi.finish()


Key = tuple[str, int, int, str]
"""An indicator of a position's PK: (position, year, version, code)."""


def _delete_jabatan(opd: m.PerangkatDaerah, tetap: set[str]) -> None:
    old = k.Jabatan.objects.filter(opd=opd).exclude(kode__in=tetap)
    k.Jabatan.objects.filter(opd=opd).update(induk=None)
    old.delete()


def _load_jabatan(
    opd: m.PerangkatDaerah, isi: Node, units: dict[str, m.UnitKerja]
) -> dict[str, k.Jabatan]:
    jabatan: dict[str, k.Jabatan] = {}
    induk: dict[str, str | None] = {}
    listing = list(isi.items("jabatan"))
    _delete_jabatan(opd, {j.code("kode") or "" for j in listing})
    for i, j in enumerate(listing):
        kode = j.code("kode")
        assert kode is not None
        if kode in jabatan:
            raise DatasetError(f"{j.where}.kode: jabatan {kode} muncul dua kali")
        tingkat = j.text("tingkat")
        choice(tingkat, k.Jabatan.TINGKAT, f"{j.where}.tingkat")
        unit = j.code("unit", required=False)
        if unit is not None and unit not in units:
            raise DatasetError(f"{j.where}.unit: unit {unit} tidak ada")
        jabatan[kode], _ = k.Jabatan.objects.update_or_create(
            opd=opd,
            kode=kode,
            defaults={
                "nama": j.text("nama"),
                "tingkat": tingkat,
                "unit": units.get(unit) if unit else None,
                "urutan": i,
            },
        )
        induk[kode] = j.code("induk", required=False)
        for h in j.items("pemegang"):
            status = h.text("status", required=False) or k.PemegangJabatan.DEFINITIF
            choice(status, k.PemegangJabatan.STATUS, f"{h.where}.status")
            k.PemegangJabatan.objects.create(
                jabatan=jabatan[kode],
                nama=h.text("nama"),
                nip=h.text("nip", required=False),
                status=status,
                mulai=h.date("mulai"),
                selesai=h.date("selesai"),
            )
            h.finish()
        j.finish()
    for kode, kode_induk in induk.items():
        if kode_induk is None:
            continue
        if kode_induk not in jabatan:
            raise DatasetError(f"{isi.where}.jabatan: induk {kode_induk} dari {kode} tidak ada")
        jabatan[kode].induk = jabatan[kode_induk]
        jabatan[kode].save(update_fields=["induk"])
    return jabatan


def _pemegang(
    jabatan: k.Jabatan | None, nama: str | None, tanggal: datetime.date | None, where: str
) -> Any:
    """Return the holder of that name; of two terms of one person, the one on the PK's date."""
    if nama is None:
        return None
    if jabatan is None:
        raise DatasetError(f"{where}: jabatan tanpa atasan tidak memiliki pihak kedua")
    sama = list(
        k.PemegangJabatan.objects.filter(jabatan=jabatan, nama=nama).order_by("mulai", "id")
    )
    if not sama:
        raise DatasetError(f"{where}: {nama} bukan pemegang jabatan {jabatan.nama}")
    for obj in sama:
        if (
            tanggal
            and (obj.mulai is None or obj.mulai <= tanggal)
            and (obj.selesai is None or tanggal <= obj.selesai)
        ):
            return obj
    return sama[-1]


def _load_pk(
    p: Node,
    jabatan: dict[str, k.Jabatan],
    indikator: dict[Key, k.IndikatorPKJabatan],
    induk: list[tuple[k.IndikatorPKJabatan, Key, str]],
) -> None:
    kode = p.code("jabatan")
    if kode not in jabatan:
        raise DatasetError(f"{p.where}.jabatan: jabatan {kode} tidak ada")
    j = jabatan[kode]
    tanggal = p.date("tanggal")
    pk = k.PerjanjianKinerjaJabatan.objects.create(
        jabatan=j,
        tahun=p.integer("tahun"),
        versi=p.integer("versi", required=False) or 1,
        tanggal=tanggal,
        alasan_revisi=p.text("alasan_revisi", required=False) or "",
        pihak_pertama=_pemegang(j, p.text("pihak_pertama", required=False), tanggal, p.where),
        pihak_kedua=_pemegang(j.induk, p.text("pihak_kedua", required=False), tanggal, p.where),
    )
    for i, ind in enumerate(p.items("indikator")):
        jenis = ind.text("jenis")
        choice(jenis, k.IndikatorPKJabatan.JENIS, f"{ind.where}.jenis")
        obj = k.IndikatorPKJabatan.objects.create(
            pk_jabatan=pk,
            kode=ind.code("kode"),
            jenis=jenis,
            sasaran=ind.text("sasaran", required=False) or "",
            uraian=ind.text("uraian"),
            satuan=ind.text("satuan", required=False) or "",
            polaritas=_polaritas(ind),
            urutan=i,
        )
        indikator[(j.kode, pk.tahun, pk.versi, obj.kode)] = obj
        ke = ind.child("induk")
        if ke is not None:
            key = (
                ke.code("jabatan") or "",
                pk.tahun,
                ke.integer("versi", required=False) or 0,
                ke.code("kode") or "",
            )
            induk.append((obj, key, ind.where))
            ke.finish()
        target = []
        for b in ind.items("periode"):
            target.append(k.TargetIndikatorJabatan(indikator=obj, **_periode(b)))
            b.finish()
        k.TargetIndikatorJabatan.objects.bulk_create(target)
        for n, a in enumerate(ind.items("rencana_aksi")):
            _load_aksi(obj, a, jabatan, n)
            a.finish()
        ind.finish()


def _polaritas(ind: Node) -> str:
    polaritas = ind.text("polaritas", required=False) or "naik"
    choice(polaritas, k.IndikatorPKJabatan.POLARITAS, f"{ind.where}.polaritas")
    return polaritas


def _periode(b: Node) -> dict[str, Any]:
    key = b.text("periode")
    if Periode.try_parse(key or "") is None:
        raise DatasetError(f"{b.where}.periode: periode {key} tidak dikenal")
    status = b.text("status", required=False) or k.StatusIsian.DIISI
    choice(status, k.StatusIsian.choices, f"{b.where}.status")
    return {
        "periode": key,
        "target": b.decimal("target"),
        "realisasi": b.decimal("realisasi"),
        "catatan": b.text("catatan", required=False) or "",
        "status": status,
        "catatan_verifikasi": b.text("catatan_verifikasi", required=False) or "",
    }


def _load_aksi(
    ind: k.IndikatorPKJabatan, a: Node, jabatan: dict[str, k.Jabatan], urutan: int
) -> None:
    kode = a.code("jabatan")
    if kode not in jabatan:
        raise DatasetError(f"{a.where}.jabatan: jabatan {kode} tidak ada")
    aksi = k.RencanaAksiKinerja.objects.create(
        indikator=ind,
        uraian=a.text("uraian"),
        jabatan=jabatan[kode],
        bobot=a.decimal("bobot"),
        satuan=a.text("satuan", required=False) or "",
        urutan=urutan,
    )
    periode = []
    for b in a.items("periode"):
        periode.append(
            k.PeriodeRencanaAksi(
                rencana_aksi=aksi, bukti=b.text("bukti", required=False) or "", **_periode(b)
            )
        )
        b.finish()
    k.PeriodeRencanaAksi.objects.bulk_create(periode)
