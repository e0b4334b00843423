"""Where every kind of record belongs, and which role changes it: the map the change service reads.

Each record type names how it reaches its Pemda, OPD, unit, year and quarter (`Tempat`), so the
service can apply the signed-year lock and the quarter lock to it; and the role that changes it.
A model of a recorded app without an entry here is refused by the service (and fails a test).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import models

from sakip.core.periode import Periode
from sakip.kinerja import models as m

ADMIN = "admin"
"""The Admin Pemda: the Pemda, its RPJMD, its OPDs and units, the nomenclature, scale labels."""
PERENCANA = "perencana"
"""The OPD's planning officer: plan, budget, profile, report paragraphs."""
ISIAN = "isian"
"""The unit's operator or the OPD's planning officer: a quarter's realisations."""
INSPEKTORAT = "inspektorat"
"""The Inspektorat: evaluation results and recommendations."""
KEPALA = "kepala"
"""The head of the OPD: review decisions (the pohon kinerja's)."""


@dataclass(frozen=True)
class Tempat:
    """Where a record belongs: its Pemda, OPD, unit, the years it is reported in, its quarter."""

    pemda_id: int | None = None
    opd_id: int | None = None
    unit_id: int | None = None
    tahun: tuple[int, ...] = ()
    """The years whose LKjIP reports the record (a Renstra's whole period for its definitions)."""
    triwulan: int | None = None
    """The quarter whose workflow holds the record (with `unit_id`), or None."""


Finder = Callable[[type[models.Model], Any], tuple[Any, ...]]
"""Return chosen fields of one record of a model by primary key (cached by the caller)."""


Checker = Callable[[Any, str, Any], list[Any]]
"""Return why a record (instance, "tambah"/"ubah"/"hapus", the change's `Sesi`) is refused:
each reason a text, or (field, text) to point at the field (a workbook's cell)."""


@dataclass(frozen=True)
class JenisRekaman:
    """One record type: its role, and how a record of it reaches its `Tempat`."""

    model: type[models.Model]
    penyunting: str
    tempat: Callable[[Any, Finder], Tempat]
    """Where a record (an instance, saved or not) belongs; `Finder` looks its parents up."""
    isian: frozenset[str] = field(default_factory=frozenset)
    """Fields a quarter's operator changes (role ISIAN); the others need `penyunting`."""
    check: Checker | None = None
    """The record type's own rule (an LKE window, an assigned evaluator), checked at every door
    after the role and the locks; see decision 0017."""
    hak_lain: Callable[[Any, Any, frozenset[str] | None], str | None] | None = None
    """Who else may change a record that the role refuses (a position's holder): given the
    record, the person and the changed fields (None: all), None when allowed, else why not."""


# How a parent reaches its place: model -> (fields to read, function of those fields -> Tempat).
def _renstra(find: Finder, renstra_id: int) -> Tempat:
    opd_id, awal, akhir = find(m.Renstra, renstra_id)
    return Tempat(opd_id=opd_id, tahun=tuple(range(awal, akhir + 1)))


def _sasaran(find: Finder, sasaran_id: int) -> Tempat:
    (renstra_id,) = find(m.SasaranStrategis, sasaran_id)
    return _renstra(find, renstra_id)


def _indikator(find: Finder, indikator_id: int) -> Tempat:
    (sasaran_id,) = find(m.Indikator, indikator_id)
    return _sasaran(find, sasaran_id)


def _unit_opd(find: Finder, opd_id: int) -> int | None:
    """Return the OPD's own unit (its code is the OPD's): it reports the IKU."""
    (unit_id,) = find(m.PerangkatDaerah, opd_id)
    return unit_id  # type: ignore[no-any-return]


def _iku_kuartal(find: Finder, indikator_id: int, tahun: int, triwulan: int | None) -> Tempat:
    t = _indikator(find, indikator_id)
    return Tempat(
        opd_id=t.opd_id,
        unit_id=_unit_opd(find, t.opd_id) if t.opd_id else None,
        tahun=(tahun,),
        triwulan=triwulan or 4,
    )


def _unit(find: Finder, unit_id: int) -> int:
    (opd_id,) = find(m.UnitKerja, unit_id)
    return opd_id  # type: ignore[no-any-return]


def _baris(find: Finder, baris_id: int) -> tuple[int, int]:
    unit_id, tahun = find(m.BarisAnggaran, baris_id)
    return unit_id, tahun


def triwulan_periode(periode: str) -> int:
    """Return the quarter whose workflow holds a budget realisation period (year: the fourth)."""
    return Periode.parse(periode).end_quarter


def _realisasi_anggaran(o: Any, find: Finder) -> Tempat:
    unit_id, tahun = _baris(find, o.baris_id)
    return Tempat(
        opd_id=_unit(find, unit_id),
        unit_id=unit_id,
        tahun=(tahun,),
        triwulan=triwulan_periode(o.periode),
    )


def _fisik(o: Any, find: Finder) -> Tempat:
    unit_id, tahun = _baris(find, o.baris_id)
    return Tempat(opd_id=_unit(find, unit_id), unit_id=unit_id, tahun=(tahun,), triwulan=o.triwulan)


def _unit_tahun_q4(o: Any, find: Finder) -> Tempat:
    # A unit's yearly rows (its pagu, its output indicators) close with its fourth quarter.
    return Tempat(opd_id=_unit(find, o.unit_id), unit_id=o.unit_id, tahun=(o.tahun,), triwulan=4)


def _opd_tahun(o: Any, find: Finder) -> Tempat:
    return Tempat(opd_id=o.opd_id, tahun=(o.tahun,))


def _pk(find: Finder, pk_id: int) -> Tempat:
    opd_id, tahun = find(m.PerjanjianKinerja, pk_id)
    return Tempat(opd_id=opd_id, tahun=(tahun,))


def _evaluasi(find: Finder, evaluasi_id: int) -> Tempat:
    # An evaluation of year Y is reported in the LKjIP of year Y + 1 (Tabel 9).
    opd_id, tahun = find(m.EvaluasiSakip, evaluasi_id)
    return Tempat(opd_id=opd_id, tahun=(tahun + 1,))


def _rekomendasi(find: Finder, rekomendasi_id: int) -> Tempat:
    # Its follow-up is reported in the LKjIP of the year after the evaluation (Tabel 10).
    opd_id, tahun = find(m.Rekomendasi, rekomendasi_id)
    return Tempat(opd_id=opd_id, tahun=(tahun + 1,))


def _skm(find: Finder, skm_id: int) -> Tempat:
    opd_id, tahun = find(m.Skm, skm_id)
    return Tempat(opd_id=opd_id, tahun=(tahun,))


def _rpjmd(find: Finder, rpjmd_id: int) -> Tempat:
    (pemda_id,) = find(m.Rpjmd, rpjmd_id)
    return Tempat(pemda_id=pemda_id)


def _misi(find: Finder, misi_id: int) -> Tempat:
    (rpjmd_id,) = find(m.Misi, misi_id)
    return _rpjmd(find, rpjmd_id)


def _tujuan_pemda(find: Finder, tujuan_id: int) -> Tempat:
    (misi_id,) = find(m.TujuanPemda, tujuan_id)
    return _misi(find, misi_id)


_GLOBAL = Tempat()
"""The nomenclature belongs to no Pemda: every Admin Pemda maintains it."""

LOOKUP_FIELDS: dict[type[models.Model], tuple[str, ...]] = {
    m.Renstra: ("opd_id", "periode_awal", "periode_akhir"),
    m.SasaranStrategis: ("renstra_id",),
    m.Indikator: ("sasaran_id",),
    m.BarisAnggaran: ("unit_id", "tahun"),
    m.UnitKerja: ("opd_id",),
    m.PerjanjianKinerja: ("opd_id", "tahun"),
    m.EvaluasiSakip: ("opd_id", "tahun"),
    m.Rekomendasi: ("opd_id", "tahun_evaluasi"),
    m.Skm: ("opd_id", "tahun"),
    m.Rpjmd: ("pemda_id",),
    m.Misi: ("rpjmd_id",),
    m.TujuanPemda: ("misi_id",),
}
"""The parent fields `Finder` reads, per model; the OPD's own unit is looked up apart."""

_LISTING: list[JenisRekaman] = [
    # The Pemda and its RPJMD
    JenisRekaman(m.Pemda, ADMIN, lambda o, c: Tempat(pemda_id=o.pk)),
    JenisRekaman(m.Rpjmd, ADMIN, lambda o, c: Tempat(pemda_id=o.pemda_id)),
    JenisRekaman(m.Misi, ADMIN, lambda o, c: _rpjmd(c, o.rpjmd_id)),
    JenisRekaman(m.TujuanPemda, ADMIN, lambda o, c: _misi(c, o.misi_id)),
    JenisRekaman(m.SasaranPemda, ADMIN, lambda o, c: _tujuan_pemda(c, o.tujuan_id)),
    JenisRekaman(m.PerangkatDaerah, ADMIN, lambda o, c: Tempat(pemda_id=o.pemda_id, opd_id=o.pk)),
    JenisRekaman(m.UnitKerja, ADMIN, lambda o, c: Tempat(opd_id=o.opd_id)),
    JenisRekaman(m.NomenklaturVersi, ADMIN, lambda o, c: _GLOBAL),
    JenisRekaman(m.NomenklaturItem, ADMIN, lambda o, c: _GLOBAL),
    # The Renstra cascade: reported in every year of its period
    JenisRekaman(m.Renstra, PERENCANA, lambda o, c: _renstra_obj(o)),
    JenisRekaman(m.TujuanRenstra, PERENCANA, lambda o, c: _renstra(c, o.renstra_id)),
    JenisRekaman(m.SasaranStrategis, PERENCANA, lambda o, c: _renstra(c, o.renstra_id)),
    JenisRekaman(m.Strategi, PERENCANA, lambda o, c: _sasaran(c, o.sasaran_id)),
    JenisRekaman(m.Kebijakan, PERENCANA, lambda o, c: _sasaran(c, o.sasaran_id)),
    JenisRekaman(m.Indikator, PERENCANA, lambda o, c: _sasaran(c, o.sasaran_id)),
    JenisRekaman(
        m.TargetRenstra,
        PERENCANA,
        lambda o, c: Tempat(opd_id=_indikator(c, o.indikator_id).opd_id, tahun=(o.tahun,)),
    ),
    # The year's agreement and plan
    JenisRekaman(m.PerjanjianKinerja, PERENCANA, _opd_tahun),
    JenisRekaman(m.TargetPK, PERENCANA, lambda o, c: _pk(c, o.pk_dokumen_id)),
    JenisRekaman(m.ProgramPK, PERENCANA, lambda o, c: _pk(c, o.pk_dokumen_id)),
    JenisRekaman(
        m.TargetTriwulan,
        PERENCANA,
        lambda o, c: Tempat(opd_id=_indikator(c, o.indikator_id).opd_id, tahun=(o.tahun,)),
    ),
    JenisRekaman(m.AtribusiProgram, PERENCANA, _opd_tahun),
    JenisRekaman(m.BarisAnggaran, PERENCANA, _unit_tahun_q4),
    # A quarter's realisations
    JenisRekaman(
        m.Realisasi, ISIAN, lambda o, c: _iku_kuartal(c, o.indikator_id, o.tahun, o.triwulan)
    ),
    JenisRekaman(
        m.NarasiIndikator,
        ISIAN,
        lambda o, c: _iku_kuartal(c, o.indikator_id, o.tahun, o.triwulan),
    ),
    JenisRekaman(m.RealisasiAnggaran, ISIAN, _realisasi_anggaran),
    JenisRekaman(m.RealisasiFisik, ISIAN, _fisik),
    JenisRekaman(m.IndikatorKeluaran, PERENCANA, _unit_tahun_q4, isian=frozenset({"realisasi"})),
    # The OPD's profile
    JenisRekaman(m.JumlahPegawai, PERENCANA, _opd_tahun),
    JenisRekaman(m.Aset, PERENCANA, _opd_tahun),
    JenisRekaman(m.Belanja, PERENCANA, _opd_tahun),
    JenisRekaman(m.Narasi, PERENCANA, _opd_tahun),
    JenisRekaman(m.Skm, PERENCANA, _opd_tahun),
    JenisRekaman(m.SkmUnsur, PERENCANA, lambda o, c: _skm(c, o.skm_id)),
    # Evaluation
    JenisRekaman(
        m.EvaluasiSakip, INSPEKTORAT, lambda o, c: Tempat(opd_id=o.opd_id, tahun=(o.tahun + 1,))
    ),
    JenisRekaman(m.KomponenEvaluasi, INSPEKTORAT, lambda o, c: _evaluasi(c, o.evaluasi_id)),
    JenisRekaman(
        m.Rekomendasi,
        INSPEKTORAT,
        lambda o, c: Tempat(opd_id=o.opd_id, tahun=(o.tahun_evaluasi + 1,)),
    ),
    JenisRekaman(m.RencanaAksi, PERENCANA, lambda o, c: _rekomendasi(c, o.rekomendasi_id)),
]


def _renstra_obj(o: Any) -> Tempat:
    if o.periode_awal is None or o.periode_akhir is None:
        return Tempat(opd_id=o.opd_id)
    return Tempat(opd_id=o.opd_id, tahun=tuple(range(o.periode_awal, o.periode_akhir + 1)))


REGISTRI: dict[type[models.Model], JenisRekaman] = {j.model: j for j in _LISTING}


def daftarkan(jenis: JenisRekaman) -> None:
    """Add a record type of another app (the report paragraphs, evidence files, scale labels)."""
    REGISTRI[jenis.model] = jenis


def jenis_dari(model: type[models.Model]) -> JenisRekaman | None:
    """Return the record type of a model, or None when the service does not know it."""
    return REGISTRI.get(model)
