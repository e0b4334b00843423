"""The data screens of the Pemda's own records (sakip.pemda), added to the kinds of `jenis`."""

from __future__ import annotations

from sakip.pemda import models as p

from .dasar import ADMIN, Jenis

_INDIKATOR = "indikator__sasaran__tujuan__misi__rpjmd__pemda"
_GRUP = "Indikator kinerja Pemda"

DAFTAR_PEMDA = (
    Jenis(
        "indikator-pemda",
        p.IndikatorPemda,
        "Indikator kinerja Pemda",
        (
            "sasaran",
            "kode",
            "uraian",
            "satuan",
            "jenis",
            "polaritas",
            "aturan",
            "baseline_tahun",
            "baseline_nilai",
            "target_akhir",
            "sumber_data",
            "urutan",
        ),
        "pemda",
        ADMIN,
        "sasaran__tujuan__misi__rpjmd__pemda",
        kolom=("kode", "uraian", "satuan", "aturan"),
        grup=_GRUP,
    ),
    Jenis(
        "target-indikator-pemda",
        p.TargetIndikatorPemda,
        "Target indikator Pemda",
        ("indikator", "tahun", "nilai"),
        "pemda",
        ADMIN,
        _INDIKATOR,
        related=("indikator",),
        grup=_GRUP,
    ),
    Jenis(
        "penanggung-jawab-pemda",
        p.KontribusiOpd,
        "Perangkat daerah penanggung jawab",
        ("indikator", "opd_kode", "indikator_kode", "bobot", "urutan"),
        "pemda",
        ADMIN,
        _INDIKATOR,
        related=("indikator",),
        grup=_GRUP,
    ),
    Jenis(
        "realisasi-indikator-pemda",
        p.RealisasiIndikatorPemda,
        "Realisasi indikator Pemda",
        ("indikator", "tahun", "nilai"),
        "pemda",
        ADMIN,
        _INDIKATOR,
        related=("indikator",),
        grup=_GRUP,
    ),
    Jenis(
        "pk-kepala-daerah",
        p.PerjanjianKinerjaPemda,
        "Perjanjian Kinerja Kepala Daerah",
        (
            "tahun",
            "versi",
            "tanggal",
            "alasan_revisi",
            "pihak_pertama_jabatan",
            "pihak_pertama_nama",
        ),
        "pemda",
        ADMIN,
        "pemda",
        induk={"pemda": "pemda"},
        grup=_GRUP,
    ),
    Jenis(
        "target-pk-kepala-daerah",
        p.TargetPKPemda,
        "Target PK Kepala Daerah",
        ("pk_dokumen", "indikator", "nilai", "urutan"),
        "pemda",
        ADMIN,
        "pk_dokumen__pemda",
        related=("pk_dokumen", "indikator"),
        grup=_GRUP,
    ),
    Jenis(
        "batas-waktu",
        p.TenggatPemda,
        "Batas waktu Pemda",
        ("tahun", "dokumen", "tanggal", "dasar"),
        "pemda",
        ADMIN,
        "pemda",
        induk={"pemda": "pemda"},
        grup=_GRUP,
    ),
)
