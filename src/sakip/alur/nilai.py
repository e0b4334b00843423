"""The value rules of a change (what a record's own fields must hold) and a record's name.

`Sesi` (the change service, `layanan`) asks these for every record it writes; the lookups they
need (how an indicator is measured, the nomenclature in force for a year, the bidang urusan)
are made once per change and kept on the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from django.db import models

from sakip.core import periode as per
from sakip.kinerja import models as m

from . import aturan
from .rekaman import Tempat, jenis_dari


def nama_rekaman(obj: models.Model) -> str:
    """Return how a person names a record: its kind and its own description."""
    if isinstance(obj, m.RealisasiAnggaran | m.RealisasiFisik):
        b = m.BarisAnggaran.objects.select_related("unit").filter(pk=obj.baris_id).first()
        if b is not None:
            periode = (
                per.Periode.parse(obj.periode)
                if isinstance(obj, m.RealisasiAnggaran)
                else per.Periode.triwulan(obj.triwulan)
            )
            kapan = periode.nama(b.tahun)
            apa = (
                "Realisasi anggaran" if isinstance(obj, m.RealisasiAnggaran) else "Realisasi fisik"
            )
            return f"{apa} {b.kode_sumber} {b.unit.nama}, {kapan}"
    jenis = str(obj._meta.verbose_name)
    teks = str(obj)
    if teks.lower().startswith(jenis.lower()):
        return teks[:1].upper() + teks[1:]
    return f"{jenis[:1].upper()}{jenis[1:]} {teks}"


class AturanNilai:
    """The field rules of one change, and the lookups they keep for the rest of it."""

    find: Callable[[type[models.Model], Any], tuple[Any, ...]]

    def __init__(self) -> None:
        self._nomenklatur: dict[int, tuple[set[str] | None, str]] = {}
        self._ukuran: dict[int, tuple[str, str, Any]] = {}
        self._bidang: tuple[set[str] | None, str] | None = None

    def _nilai_alasan(self, obj: models.Model, t: Tempat) -> Iterator[tuple[str, str]]:
        yield from aturan.check_field(obj)
        indikator_id = getattr(obj, "indikator_id", None)
        tahun = getattr(obj, "tahun", None)
        # A Renstra's targets lie within its period; realisations of earlier years are kept for
        # comparison (Tabel 11), so only targets are held to it.
        if isinstance(obj, m.TargetRenstra) and isinstance(tahun, int):
            periode = jenis_dari(m.Indikator).tempat(  # type: ignore[union-attr]
                m.Indikator(sasaran_id=self.find(m.Indikator, indikator_id)[0]), self.find
            )
            if periode.tahun:
                alasan = aturan.tahun_renstra(tahun, periode.tahun[0], periode.tahun[-1])
                if alasan:
                    yield "tahun", alasan
        if isinstance(obj, m.Realisasi):
            jenis, periode_ukur, pengali = self.ukuran(obj.indikator_id)
            yield from aturan.realisasi_indikator(obj, jenis, periode_ukur, pengali)
        if isinstance(obj, m.EvaluasiSakip):
            alasan = aturan.regulasi_evaluasi(obj.regulasi)
            if alasan:
                yield "regulasi", alasan
        if isinstance(obj, m.KomponenEvaluasi) and obj.evaluasi_id is not None:
            regulasi = (
                m.EvaluasiSakip.objects.filter(pk=obj.evaluasi_id)
                .values_list("regulasi", flat=True)
                .first()
            )
            alasan = aturan.komponen_evaluasi(obj.kode, regulasi) if regulasi else None
            if alasan:
                yield "kode", alasan
        if isinstance(obj, m.PerangkatDaerah) and obj.kode:
            alasan = aturan.kode_organisasi(obj.kode, *self.bidang_urusan())
            if alasan:
                yield "kode", alasan
        if isinstance(obj, m.UnitKerja) and obj.kode and obj.opd_id is not None:
            kode_opd = (
                m.PerangkatDaerah.objects.filter(pk=obj.opd_id)
                .values_list("kode", flat=True)
                .first()
            )
            alasan = aturan.kode_unit(obj.kode, kode_opd) if kode_opd else None
            if alasan:
                yield "kode", alasan
        if isinstance(obj, m.Rekomendasi):
            opd_unit = self.find(m.UnitKerja, obj.unit_id)[0] if obj.unit_id else None
            yield from aturan.rekomendasi(obj, opd_unit)
        kode_field = {m.BarisAnggaran: "sub_kegiatan", m.AtribusiProgram: "program"}.get(type(obj))
        if kode_field is not None and isinstance(tahun, int):
            item, nama = self.nomenklatur(tahun)
            alasan = aturan.kode_anggaran(getattr(obj, kode_field), tahun, item, nama)
            if alasan:
                yield kode_field, alasan

    def ukuran(self, indikator_id: int) -> tuple[str, str, Any]:
        """Return how an indicator is measured (kind, period, multiplier), once per change."""
        if indikator_id not in self._ukuran:
            self._ukuran[indikator_id] = (
                m.Indikator.objects.filter(pk=indikator_id)
                .values_list("jenis", "periode_ukur", "pengali")
                .get()
            )
        return self._ukuran[indikator_id]

    def bidang_urusan(self) -> tuple[set[str] | None, str]:
        """Return the bidang urusan codes (U.BB) of the complete nomenclature versions, with
        their names; None when no complete version is stored (nothing is guessed)."""
        if self._bidang is None:
            versi = list(m.NomenklaturVersi.objects.filter(lengkap=True).order_by("kode"))
            if not versi:
                self._bidang = (None, "")
            else:
                kode = {
                    k
                    for k in m.NomenklaturItem.objects.filter(versi__in=versi).values_list(
                        "kode", flat=True
                    )
                    if k.count(".") == 1
                }
                self._bidang = (kode, " maupun ".join(v.nama for v in versi))
        return self._bidang

    def nomenklatur(self, tahun: int) -> tuple[set[str] | None, str]:
        """Return the codes of the complete nomenclature in force for a year (None: none)."""
        if tahun not in self._nomenklatur:
            versi = m.NomenklaturVersi.berlaku_untuk(tahun)
            if versi is None or not versi.lengkap:
                self._nomenklatur[tahun] = (None, "")
            else:
                kode = set(versi.item.values_list("kode", flat=True))
                self._nomenklatur[tahun] = (kode, versi.nama)
        return self._nomenklatur[tahun]
