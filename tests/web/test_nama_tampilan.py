"""Every model and field of the sakip apps has an Indonesian name a person may read."""

from __future__ import annotations

import re

from django.apps import apps
from django.db import models

APPS = (
    "kinerja",
    "alur",
    "laporan",
    "web",
    "impor",
    "lke",
    "akun",
    "riwayat",
    "operasi",
    "dataset",
)

# Field names that already read as an Indonesian label, so Django's default (the name) is right.
KATA_INDONESIA = frozenset(
    {
        "agregasi",
        "aksi",
        "alasan",
        "bagian",
        "baris",
        "berkas",
        "bukti",
        "catatan",
        "definisi",
        "dibuat",
        "dicabut",
        "dimensi",
        "disimpan",
        "diterbitkan",
        "diubah",
        "evaluasi",
        "formula",
        "indikator",
        "isi",
        "jawaban",
        "jenis",
        "jumlah",
        "kategori",
        "keterangan",
        "kode",
        "komponen",
        "kriteria",
        "kunci",
        "label",
        "lembar",
        "misi",
        "nama",
        "nilai",
        "nomor",
        "objek",
        "pagu",
        "pengguna",
        "periode",
        "persen",
        "polaritas",
        "predikat",
        "profil",
        "program",
        "realisasi",
        "regulasi",
        "rekomendasi",
        "renstra",
        "satuan",
        "sasaran",
        "skala",
        "solusi",
        "status",
        "tahap",
        "tahun",
        "tanggal",
        "target",
        "teks",
        "tempat",
        "triwulan",
        "tujuan",
        "ukuran",
        "unsur",
        "uraian",
        "urutan",
        "versi",
        "visi",
        "waktu",
    }
)

# English words (and Django's defaults) that must not reach a person as a label.
INGGRIS = re.compile(
    r"\b(user|users|name|date|time|created|updated|modified|file|type|value|code|year|quarter"
    r"|note|reason|by|of|the|and|key|text|order|amount|relationship|item|items|template"
    r"|sha256|opd|pemda|nip|pk|skm|rpjmd|nrr)\b"
)


def _model_sakip() -> list[type[models.Model]]:
    return [
        model
        for label in APPS
        if apps.is_installed(f"sakip.{label}")
        for model in apps.get_app_config(label).get_models()
    ]


def _field(model: type[models.Model]) -> list[models.Field]:  # type: ignore[type-arg]
    return [
        f for f in model._meta.get_fields() if (f.concrete or f.many_to_many) and not f.auto_created
    ]


def _nama_salah(teks: str) -> bool:
    return bool(INGGRIS.search(teks)) or teks != teks.strip() or "_" in teks


def test_every_model_names_itself_in_indonesian() -> None:
    salah = []
    for model in _model_sakip():
        meta = model._meta
        for atribut in ("verbose_name", "verbose_name_plural"):
            if atribut not in meta.original_attrs:
                salah.append((meta.label, atribut, "tidak diisi"))
            elif _nama_salah(str(getattr(meta, atribut))):
                salah.append((meta.label, atribut, str(getattr(meta, atribut))))
    assert salah == []


def test_every_field_names_itself_in_indonesian() -> None:
    salah = []
    for model in _model_sakip():
        for f in _field(model):
            if f._verbose_name is None:  # Django keeps the given name here
                if f.name not in KATA_INDONESIA:
                    salah.append((model._meta.label, f.name, "tidak diisi"))
            elif _nama_salah(str(f.verbose_name)):
                salah.append((model._meta.label, f.name, str(f.verbose_name)))
    assert salah == []


def test_the_check_catches_a_missing_or_english_name() -> None:
    tanpa_nama = models.CharField(max_length=18)
    tanpa_nama.set_attributes_from_name("kepala_nip")
    assert tanpa_nama._verbose_name is None and tanpa_nama.name not in KATA_INDONESIA
    assert _nama_salah("user") and _nama_salah("kepala nip") and _nama_salah("target pks ")
    assert not _nama_salah("NIP kepala") and not _nama_salah("pengguna")
