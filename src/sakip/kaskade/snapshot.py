"""Build the core's picture of an OPD's cascade (`sakip.core.kaskade.Kaskade`) for a year."""

from __future__ import annotations

from django.db.models import Prefetch

from sakip.core import kaskade as c
from sakip.core.model import Polaritas
from sakip.kinerja import models as m

from . import models as k


def pemegang(p: k.PemegangJabatan | None) -> c.Pemegang | None:
    """Return the core's holder of a stored one."""
    if p is None:
        return None
    return c.Pemegang(p.nama, p.nip, p.status, p.mulai, p.selesai)


def _nilai(baris: list[k.TargetIndikatorJabatan] | list[k.PeriodeRencanaAksi]) -> tuple:  # type: ignore[type-arg]
    return tuple(c.NilaiPeriode(b.periode, b.target, b.realisasi, b.status) for b in baris)


def kaskade(opd: m.PerangkatDaerah, tahun: int) -> c.Kaskade | None:
    """Return the OPD's positions and every version of their PKs of the year; None: none."""
    jabatan = list(
        k.Jabatan.objects.filter(opd=opd)
        .select_related("induk", "unit")
        .prefetch_related("pemegang")
    )
    if not jabatan:
        return None
    pk = (
        k.PerjanjianKinerjaJabatan.objects.filter(jabatan__opd=opd, tahun=tahun)
        .select_related("jabatan", "pihak_pertama", "pihak_kedua")
        .order_by("jabatan__urutan", "jabatan_id", "versi")
        .prefetch_related(
            Prefetch(
                "indikator",
                queryset=k.IndikatorPKJabatan.objects.select_related(
                    "induk__pk_jabatan__jabatan"
                ).prefetch_related(
                    "periode",
                    Prefetch(
                        "rencana_aksi",
                        queryset=k.RencanaAksiKinerja.objects.select_related(
                            "jabatan"
                        ).prefetch_related("periode"),
                    ),
                ),
            )
        )
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
                tuple(pemegang(p) for p in j.pemegang.all()),  # type: ignore[misc]
            )
            for j in jabatan
        ),
        pk=tuple(
            c.PerjanjianJabatan(
                p.jabatan.kode,
                p.tahun,
                p.versi,
                p.tanggal,
                pemegang(p.pihak_pertama),
                pemegang(p.pihak_kedua),
                tuple(_indikator(i) for i in p.indikator.all()),
                p.alasan_revisi,
            )
            for p in pk
        ),
    )


def _indikator(i: k.IndikatorPKJabatan) -> c.Indikator:
    induk = (i.induk.pk_jabatan.jabatan.kode, i.induk.kode) if i.induk else None
    return c.Indikator(
        i.kode,
        i.uraian,
        i.satuan,
        i.jenis,
        induk,
        _nilai(sorted(i.periode.all(), key=_urutan_periode)),
        tuple(
            c.Aksi(
                a.uraian,
                a.jabatan.kode,
                a.bobot,
                _nilai(sorted(a.periode.all(), key=_urutan_periode)),
            )
            for a in i.rencana_aksi.all()
        ),
        i.sasaran,
        Polaritas(i.polaritas),
    )


def _urutan_periode(b: k.TargetIndikatorJabatan | k.PeriodeRencanaAksi) -> tuple[int, int]:
    from sakip.core.periode import Periode

    return Periode.parse(b.periode).sort_key
