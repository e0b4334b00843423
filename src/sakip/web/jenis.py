"""Every kind of record a person edits through the generic screens, and who edits it.

Each entry names the model, the fields of its form, how a record reaches its OPD (or Pemda),
which year field it has, and which role changes it. The views stay generic; access is decided
here once and enforced on the server for every request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import models

from sakip.alur.models import Peran
from sakip.core import codes
from sakip.kinerja import models as m
from sakip.laporan.models import LabelSkala

PERENCANA = "perencana"
INSPEKTORAT = "inspektorat"
ADMIN = "admin"


def _normalkan_kode(obj: Any) -> None:
    # The dataset stores the normal 4-digit form and keeps the code as the person wrote it.
    obj.sub_kegiatan = codes.normalize(obj.kode_sumber)


@dataclass(frozen=True)
class Jenis:
    slug: str
    model: type[models.Model]
    judul: str
    fields: tuple[str, ...]
    tingkat: str
    """"opd": reached from an OPD page; "pemda": from the Pemda administration."""
    penyunting: str
    """The role that changes these records: perencana, inspektorat or admin."""
    jalur: str
    """Lookup from the model to its PerangkatDaerah (tingkat opd) or Pemda (tingkat pemda)."""
    tahun: str | None = None
    """Lookup of the year the record belongs to, when it has one."""
    kolom: tuple[str, ...] = ()
    """Fields shown in the list (default: the first four of `fields`)."""
    induk: dict[str, str] = field(default_factory=dict)
    """Field set from the page when a record is created: field -> "opd" | "pemda" | "tahun"."""
    related: tuple[str, ...] = ()
    sebelum_simpan: Callable[[Any], None] | None = None
    grup: str = ""

    @property
    def kolom_daftar(self) -> tuple[str, ...]:
        return self.kolom or tuple(f for f in self.fields if f not in self.induk)[:4]


_OPD = "opd"
_RENSTRA_OPD = "renstra__opd"
_SASARAN_OPD = "sasaran__renstra__opd"
_INDIKATOR_OPD = "indikator__sasaran__renstra__opd"
_PEJABAT = ("kepala_jabatan", "kepala_nama", "kepala_nip")

DAFTAR: tuple[Jenis, ...] = (
    # Renstra cascade
    Jenis(
        "renstra",
        m.Renstra,
        "Renstra",
        ("periode_awal", "periode_akhir", "dasar_hukum"),
        "opd",
        PERENCANA,
        _OPD,
        induk={"opd": "opd"},
        grup="Renstra",
    ),
    Jenis(
        "tujuan",
        m.TujuanRenstra,
        "Tujuan Renstra",
        ("renstra", "kode", "uraian", "urutan"),
        "opd",
        PERENCANA,
        _RENSTRA_OPD,
        grup="Renstra",
    ),
    Jenis(
        "sasaran",
        m.SasaranStrategis,
        "Sasaran strategis",
        ("renstra", "tujuan", "kode", "uraian", "mendukung", "urutan"),
        "opd",
        PERENCANA,
        _RENSTRA_OPD,
        kolom=("kode", "uraian"),
        grup="Renstra",
    ),
    Jenis(
        "strategi",
        m.Strategi,
        "Strategi",
        ("sasaran", "uraian", "urutan"),
        "opd",
        PERENCANA,
        _SASARAN_OPD,
        related=("sasaran",),
        grup="Renstra",
    ),
    Jenis(
        "kebijakan",
        m.Kebijakan,
        "Kebijakan",
        ("sasaran", "uraian", "urutan"),
        "opd",
        PERENCANA,
        _SASARAN_OPD,
        related=("sasaran",),
        grup="Renstra",
    ),
    Jenis(
        "indikator",
        m.Indikator,
        "Indikator kinerja utama (IKU)",
        (
            "sasaran",
            "kode",
            "nama",
            "satuan",
            "polaritas",
            "agregasi",
            "formula",
            "sumber_data",
            "penanggung_jawab",
            "skala",
            "baseline_tahun",
            "baseline_nilai",
            "target_akhir",
            "jenis",
            "periode_ukur",
            "pengali",
            "urutan",
        ),
        "opd",
        PERENCANA,
        _SASARAN_OPD,
        kolom=("kode", "nama", "satuan", "target_akhir"),
        grup="Renstra",
    ),
    Jenis(
        "target-renstra",
        m.TargetRenstra,
        "Target Renstra per tahun",
        ("indikator", "tahun", "nilai"),
        "opd",
        PERENCANA,
        _INDIKATOR_OPD,
        related=("indikator",),
        grup="Renstra",
    ),
    Jenis(
        "target-triwulan",
        m.TargetTriwulan,
        "Target triwulan (rencana aksi)",
        ("indikator", "tahun", "triwulan", "nilai"),
        "opd",
        PERENCANA,
        _INDIKATOR_OPD,
        tahun="tahun",
        induk={"tahun": "tahun"},
        related=("indikator",),
        grup="Renstra",
    ),
    # Perjanjian Kinerja
    Jenis(
        "pk",
        m.PerjanjianKinerja,
        "Perjanjian Kinerja (versi dan revisi)",
        (
            "tahun",
            "versi",
            "tanggal",
            "tahap_anggaran",
            "alasan_revisi",
            "pihak_pertama_jabatan",
            "pihak_pertama_nama",
            "pihak_pertama_nip",
            "pihak_kedua_jabatan",
            "pihak_kedua_nama",
            "pihak_kedua_nip",
        ),
        "opd",
        PERENCANA,
        _OPD,
        tahun="tahun",
        induk={"opd": "opd", "tahun": "tahun"},
        kolom=("versi", "tanggal", "tahap_anggaran", "alasan_revisi"),
        grup="Perjanjian Kinerja",
    ),
    Jenis(
        "target-pk",
        m.TargetPK,
        "Target Perjanjian Kinerja",
        ("pk_dokumen", "indikator", "nilai", "urutan"),
        "opd",
        PERENCANA,
        "pk_dokumen__opd",
        tahun="pk_dokumen__tahun",
        related=("pk_dokumen", "indikator"),
        grup="Perjanjian Kinerja",
    ),
    Jenis(
        "program-pk",
        m.ProgramPK,
        "Program dalam Perjanjian Kinerja",
        ("pk_dokumen", "program", "urutan"),
        "opd",
        PERENCANA,
        "pk_dokumen__opd",
        tahun="pk_dokumen__tahun",
        related=("pk_dokumen",),
        grup="Perjanjian Kinerja",
    ),
    # Budget
    Jenis(
        "anggaran",
        m.BarisAnggaran,
        "Pagu sub kegiatan per unit",
        ("unit", "tahun", "tahap", "kode_sumber", "uraian", "pagu", "urutan"),
        "opd",
        PERENCANA,
        "unit__opd",
        tahun="tahun",
        induk={"tahun": "tahun"},
        kolom=("unit", "tahap", "kode_sumber", "pagu"),
        related=("unit",),
        sebelum_simpan=_normalkan_kode,
        grup="Anggaran",
    ),
    Jenis(
        "atribusi",
        m.AtribusiProgram,
        "Atribusi program ke sasaran",
        ("tahun", "program", "sasaran", "urutan"),
        "opd",
        PERENCANA,
        _OPD,
        tahun="tahun",
        induk={"opd": "opd", "tahun": "tahun"},
        related=("sasaran",),
        grup="Anggaran",
    ),
    Jenis(
        "indikator-keluaran",
        m.IndikatorKeluaran,
        "Indikator program/kegiatan/sub kegiatan",
        (
            "unit",
            "tahun",
            "kode",
            "uraian",
            "uraian_nomenklatur",
            "satuan",
            "target",
            "realisasi",
            "urutan",
        ),
        "opd",
        PERENCANA,
        "unit__opd",
        tahun="tahun",
        induk={"tahun": "tahun"},
        kolom=("unit", "kode", "uraian", "target"),
        related=("unit",),
        grup="Anggaran",
    ),
    # Measurement entered outside the quarterly forms (earlier years, yearly values)
    Jenis(
        "realisasi",
        m.Realisasi,
        "Realisasi IKU (tahunan/triwulan/bulanan)",
        ("indikator", "tahun", "triwulan", "bulan", "nilai", "pembilang", "penyebut"),
        "opd",
        PERENCANA,
        _INDIKATOR_OPD,
        related=("indikator",),
        grup="Pengukuran",
    ),
    Jenis(
        "narasi-indikator",
        m.NarasiIndikator,
        "Analisis capaian IKU",
        ("indikator", "tahun", "faktor_pendukung", "faktor_penghambat", "solusi"),
        "opd",
        PERENCANA,
        _INDIKATOR_OPD,
        tahun="tahun",
        induk={"tahun": "tahun"},
        related=("indikator",),
        grup="Pengukuran",
    ),
    # Profile
    Jenis(
        "pegawai",
        m.JumlahPegawai,
        "Jumlah pegawai",
        ("tahun", "dimensi", "kategori", "jumlah", "urutan"),
        "opd",
        PERENCANA,
        _OPD,
        tahun="tahun",
        induk={"opd": "opd", "tahun": "tahun"},
        grup="Profil",
    ),
    Jenis(
        "aset",
        m.Aset,
        "Aset",
        ("tahun", "jenis", "nilai", "urutan"),
        "opd",
        PERENCANA,
        _OPD,
        tahun="tahun",
        induk={"opd": "opd", "tahun": "tahun"},
        grup="Profil",
    ),
    Jenis(
        "belanja",
        m.Belanja,
        "Belanja menurut jenis",
        ("tahun", "tahap", "jenis", "nilai", "urutan"),
        "opd",
        PERENCANA,
        _OPD,
        tahun="tahun",
        induk={"opd": "opd", "tahun": "tahun"},
        grup="Profil",
    ),
    Jenis(
        "narasi",
        m.Narasi,
        "Narasi laporan (per bagian)",
        ("tahun", "bagian", "teks", "urutan"),
        "opd",
        PERENCANA,
        _OPD,
        tahun="tahun",
        induk={"opd": "opd", "tahun": "tahun"},
        grup="Profil",
    ),
    Jenis(
        "skm",
        m.Skm,
        "Survei Kepuasan Masyarakat",
        ("tahun", "nilai"),
        "opd",
        PERENCANA,
        _OPD,
        tahun="tahun",
        induk={"opd": "opd", "tahun": "tahun"},
        grup="Profil",
    ),
    Jenis(
        "skm-unsur",
        m.SkmUnsur,
        "Unsur SKM (NRR)",
        ("skm", "unsur", "nrr", "urutan"),
        "opd",
        PERENCANA,
        "skm__opd",
        tahun="skm__tahun",
        related=("skm",),
        grup="Profil",
    ),
    # Evaluation (Inspektorat) and the OPD's follow-up
    Jenis(
        "evaluasi",
        m.EvaluasiSakip,
        "Hasil evaluasi SAKIP",
        ("tahun", "regulasi", "nilai", "predikat", "nomor_surat", "tanggal_surat"),
        "opd",
        INSPEKTORAT,
        _OPD,
        induk={"opd": "opd"},
        grup="Evaluasi",
    ),
    Jenis(
        "komponen-evaluasi",
        m.KomponenEvaluasi,
        "Nilai komponen evaluasi",
        ("evaluasi", "kode", "nilai", "urutan"),
        "opd",
        INSPEKTORAT,
        "evaluasi__opd",
        related=("evaluasi",),
        grup="Evaluasi",
    ),
    Jenis(
        "rekomendasi",
        m.Rekomendasi,
        "Rekomendasi dan tindak lanjut",
        ("tahun_evaluasi", "komponen", "uraian", "tindak_lanjut", "status", "urutan"),
        "opd",
        INSPEKTORAT,
        _OPD,
        induk={"opd": "opd"},
        kolom=("tahun_evaluasi", "komponen", "uraian", "status"),
        grup="Evaluasi",
    ),
    Jenis(
        "rencana-aksi",
        m.RencanaAksi,
        "Rencana aksi tindak lanjut",
        ("rekomendasi", "uraian", "urutan"),
        "opd",
        PERENCANA,
        "rekomendasi__opd",
        related=("rekomendasi",),
        grup="Evaluasi",
    ),
    # Pemda administration
    Jenis(
        "pemda",
        m.Pemda,
        "Pemerintah daerah",
        ("nama", "nama_daerah", "tempat", *_PEJABAT),
        "pemda",
        ADMIN,
        "",
        grup="Pemda",
    ),
    Jenis(
        "rpjmd",
        m.Rpjmd,
        "RPJMD",
        ("periode_awal", "periode_akhir", "dasar_hukum", "visi"),
        "pemda",
        ADMIN,
        "pemda",
        induk={"pemda": "pemda"},
        grup="RPJMD",
    ),
    Jenis(
        "misi",
        m.Misi,
        "Misi",
        ("rpjmd", "kode", "uraian", "urutan"),
        "pemda",
        ADMIN,
        "rpjmd__pemda",
        grup="RPJMD",
    ),
    Jenis(
        "tujuan-pemda",
        m.TujuanPemda,
        "Tujuan RPJMD",
        ("misi", "kode", "uraian", "urutan"),
        "pemda",
        ADMIN,
        "misi__rpjmd__pemda",
        grup="RPJMD",
    ),
    Jenis(
        "sasaran-pemda",
        m.SasaranPemda,
        "Sasaran RPJMD",
        ("tujuan", "kode", "uraian", "urutan"),
        "pemda",
        ADMIN,
        "tujuan__misi__rpjmd__pemda",
        grup="RPJMD",
    ),
    Jenis(
        "opd",
        m.PerangkatDaerah,
        "Perangkat daerah",
        ("kode", "nama", "jenis", *_PEJABAT),
        "pemda",
        ADMIN,
        "pemda",
        induk={"pemda": "pemda"},
        grup="Organisasi",
    ),
    Jenis(
        "unit",
        m.UnitKerja,
        "Unit kerja",
        ("opd", "kode", "nama", "nama_singkat", *_PEJABAT, "urutan"),
        "pemda",
        ADMIN,
        "opd__pemda",
        kolom=("kode", "nama", "nama_singkat"),
        grup="Organisasi",
    ),
    Jenis(
        "peran",
        Peran,
        "Peran pengguna",
        ("user", "jenis", "opd", "unit"),
        "pemda",
        ADMIN,
        "pemda",
        induk={"pemda": "pemda"},
        kolom=("user", "jenis", "opd", "unit"),
        related=("user", "opd", "unit"),
        grup="Organisasi",
    ),
    Jenis(
        "nomenklatur",
        m.NomenklaturVersi,
        "Versi nomenklatur",
        ("kode", "nama", "dasar_hukum", "berlaku_mulai", "lengkap", "format_sub_kegiatan"),
        "pemda",
        ADMIN,
        "",
        kolom=("kode", "nama", "berlaku_mulai", "lengkap"),
        grup="Nomenklatur dan skala",
    ),
    Jenis(
        "nomenklatur-item",
        m.NomenklaturItem,
        "Butir nomenklatur",
        ("versi", "kode", "nama", "urutan"),
        "pemda",
        ADMIN,
        "",
        related=("versi",),
        grup="Nomenklatur dan skala",
    ),
    Jenis(
        "label-skala",
        LabelSkala,
        "Label skala Pemda",
        ("jenis", "kode", "label"),
        "pemda",
        ADMIN,
        "pemda",
        induk={"pemda": "pemda"},
        grup="Nomenklatur dan skala",
    ),
)

from .jenis_pemda import DAFTAR_PEMDA  # noqa: E402 - its kinds are built from Jenis above

DAFTAR = (*DAFTAR, *DAFTAR_PEMDA)
PER_SLUG = {j.slug: j for j in DAFTAR}
PER_MODEL = {j.model: j for j in DAFTAR}


def per_tingkat(tingkat: str) -> list[Jenis]:
    """Return the kinds reached from OPD pages or from the Pemda administration."""
    return [j for j in DAFTAR if j.tingkat == tingkat]
