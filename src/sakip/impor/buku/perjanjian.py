"""Sheets of the year's Perjanjian Kinerja (versions, targets, programs) and the programs'
attribution to sasaran strategis."""

from __future__ import annotations

from typing import Any

from sakip.core.codes import Level
from sakip.kinerja import models as m
from sakip.spreadsheet.lembar import Jenis, SpesifikasiLembar

from . import pilihan
from .dasar import (
    Baris,
    Langkah,
    Lembar,
    grup_pertama,
    kolom,
    per_baris,
    save,
    show_nilai,
)
from .lingkup import Lingkup

PK = SpesifikasiLembar(
    "Perjanjian Kinerja",
    (
        kolom("versi", "Versi", jenis=Jenis.BULAT, required=True),
        kolom("tanggal", "Tanggal", jenis=Jenis.TANGGAL),
        kolom(
            "tahap_anggaran",
            "Tahap Anggaran",
            jenis=Jenis.PILIHAN,
            required=True,
            pilihan=pilihan.TAHAP,
        ),
        kolom("alasan_revisi", "Alasan Revisi"),
        kolom("pihak_pertama_jabatan", "Jabatan Pihak Pertama", required=True, panjang=255),
        kolom("pihak_pertama_nama", "Nama Pihak Pertama", panjang=255, lebar=30),
        kolom("pihak_pertama_nip", "NIP Pihak Pertama", jenis=Jenis.KODE, panjang=32, lebar=22),
        kolom("pihak_kedua_jabatan", "Jabatan Pihak Kedua", required=True, panjang=255),
        kolom("pihak_kedua_nama", "Nama Pihak Kedua", panjang=255, lebar=30),
        kolom("pihak_kedua_nip", "NIP Pihak Kedua", jenis=Jenis.KODE, panjang=32, lebar=22),
    ),
    key=("versi",),
    keterangan="Setiap revisi Perjanjian Kinerja adalah versi baru.",
)
TARGET_PK = SpesifikasiLembar(
    "Target PK",
    (
        kolom("versi", "Versi PK", jenis=Jenis.BULAT, required=True, listing="versi_pk"),
        kolom("iku", "Kode IKU", jenis=Jenis.KODE, required=True, panjang=32, listing="iku"),
        kolom("target", "Target", jenis=Jenis.NILAI),
    ),
    key=("versi", "iku"),
)
PROGRAM_PK = SpesifikasiLembar(
    "Program PK",
    (
        kolom("versi", "Versi PK", jenis=Jenis.BULAT, required=True, listing="versi_pk"),
        kolom(
            "program",
            "Kode Program",
            jenis=Jenis.KODE_ANGGARAN,
            required=True,
            tingkat=(Level.PROGRAM,),
            listing="program",
        ),
    ),
    key=("versi", "program"),
    keterangan="Program dalam lampiran Perjanjian Kinerja; anggarannya dihitung dari pagu.",
)
ATRIBUSI = SpesifikasiLembar(
    "Atribusi Program",
    (
        kolom(
            "program",
            "Kode Program",
            jenis=Jenis.KODE_ANGGARAN,
            required=True,
            tingkat=(Level.PROGRAM,),
            listing="program",
        ),
        kolom(
            "sasaran",
            "Kode Sasaran",
            jenis=Jenis.KODE,
            required=True,
            panjang=32,
            listing="sasaran",
        ),
    ),
    key=("program",),
    keterangan="Sasaran strategis yang didukung setiap program (anggaran per sasaran).",
)


def _pk_db(s: Lingkup) -> list[m.PerjanjianKinerja]:
    if s.opd is None or s.opd.pk is None:
        return []
    return list(s.opd.perjanjian_kinerja.filter(tahun=s.tahun).order_by("versi"))


def _pk(s: Lingkup) -> list[Baris]:
    return [
        {
            "versi": d.versi,
            "tanggal": d.tanggal,
            "tahap_anggaran": d.tahap_anggaran,
            "alasan_revisi": d.alasan_revisi,
            **{
                f"pihak_{p}_{f}": getattr(d, f"pihak_{p}_{f}")
                for p in ("pertama", "kedua")
                for f in ("jabatan", "nama", "nip")
            },
        }
        for d in _pk_db(s)
    ]


def _target_pk_db(s: Lingkup, pk: Any = None) -> list[m.TargetPK]:
    return list(
        m.TargetPK.objects.filter(pk_dokumen__in=pk if pk is not None else _pk_db(s))
        .select_related("pk_dokumen", "indikator")
        .order_by("pk_dokumen__versi", "urutan", "id")
    )


def _program_pk_db(s: Lingkup, pk: Any = None) -> list[m.ProgramPK]:
    return list(
        m.ProgramPK.objects.filter(pk_dokumen__in=pk if pk is not None else _pk_db(s))
        .select_related("pk_dokumen")
        .order_by("pk_dokumen__versi", "urutan", "id")
    )


def _atribusi_db(s: Lingkup) -> list[m.AtribusiProgram]:
    if s.opd is None or s.opd.pk is None:
        return []
    return list(
        s.opd.atribusi.filter(tahun=s.tahun).select_related("sasaran").order_by("urutan", "id")
    )


LEMBAR_PK = (
    Lembar(PK, _pk),
    Lembar(
        TARGET_PK,
        lambda s: [
            {"versi": t.pk_dokumen.versi, "iku": t.indikator.kode, "target": show_nilai(t.nilai)}
            for t in _target_pk_db(s)
        ],
    ),
    Lembar(
        PROGRAM_PK,
        lambda s: [{"versi": p.pk_dokumen.versi, "program": p.program} for p in _program_pk_db(s)],
    ),
    Lembar(
        ATRIBUSI,
        lambda s: [{"program": a.program, "sasaran": a.sasaran.kode} for a in _atribusi_db(s)],
    ),
)


LANGKAH_PK: tuple[Langkah[Any], ...] = (
    Langkah(
        "pk",
        PK.nama,
        m.PerjanjianKinerja,
        ada=lambda s, rek: _pk_db(s),
        key=lambda o: o.versi,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("versi"),
            lambda r: {
                "opd_id": s.opd.pk if s.opd else None,
                "tahun": s.tahun,
                **{c.key: r.get(c.key) for c in PK.kolom},
            },
        ),
        delete=True,
    ),
    Langkah(
        "target_pk",
        TARGET_PK.nama,
        m.TargetPK,
        ada=lambda s, rek: _target_pk_db(s, list(s.dari("pk").values())),
        key=lambda o: (o.pk_dokumen.versi, o.indikator.kode),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (r.get("versi"), r.get("iku")),
            lambda r: {
                "pk_dokumen_id": s.dari("pk")[r.get("versi")].pk,
                "indikator_id": s.dari("iku")[r.get("iku")].pk,
                "nilai": save(r.get("target")),
            },
        ),
        delete=True,
        order_group=grup_pertama,
    ),
    Langkah(
        "program_pk",
        PROGRAM_PK.nama,
        m.ProgramPK,
        ada=lambda s, rek: _program_pk_db(s, list(s.dari("pk").values())),
        key=lambda o: (o.pk_dokumen.versi, o.program),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (r.get("versi"), r.get("program")),
            lambda r: {
                "pk_dokumen_id": s.dari("pk")[r.get("versi")].pk,
                "program": r.get("program"),
            },
        ),
        delete=True,
        order_group=grup_pertama,
    ),
    Langkah(
        "atribusi",
        ATRIBUSI.nama,
        m.AtribusiProgram,
        ada=lambda s, rek: _atribusi_db(s),
        key=lambda o: o.program,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("program"),
            lambda r: {
                "opd_id": s.opd.pk if s.opd else None,
                "tahun": s.tahun,
                "program": r.get("program"),
                "sasaran_id": s.dari("sasaran")[r.get("sasaran")].pk,
            },
        ),
        delete=True,
    ),
)
