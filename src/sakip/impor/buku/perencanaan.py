"""Sheets of the Renstra (tujuan, sasaran, strategi and kebijakan, IKU and their targets) and of
the year's Perjanjian Kinerja and program attribution."""

from __future__ import annotations

from typing import Any

from sakip.core.codes import Level
from sakip.impor.selaras import Diinginkan
from sakip.kinerja import models as m
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from . import pilihan
from .dasar import (
    Baris,
    Langkah,
    Lembar,
    berposisi,
    grup_induk,
    grup_pertama,
    kolom,
    per_baris,
    simpan,
    tampil_nilai,
)
from .lingkup import Lingkup
from .organisasi import sasaran_pemda_lain

RENSTRA = SpesifikasiLembar(
    "Renstra",
    (
        kolom("periode_awal", "Periode Awal", jenis=Jenis.TAHUN, wajib=True),
        kolom("periode_akhir", "Periode Akhir", jenis=Jenis.TAHUN, wajib=True),
        kolom("dasar_hukum", "Dasar Hukum", lebar=80),
    ),
    kunci=("periode_awal",),
    keterangan="Renstra yang berlaku pada tahun buku isian.",
)
TUJUAN = SpesifikasiLembar(
    "Tujuan Renstra",
    (
        kolom("kode", "Kode Tujuan", jenis=Jenis.KODE, wajib=True, panjang=32),
        kolom("uraian", "Tujuan", wajib=True, lebar=80),
    ),
    kunci=("kode",),
)
SASARAN = SpesifikasiLembar(
    "Sasaran Strategis",
    (
        kolom("kode", "Kode Sasaran", jenis=Jenis.KODE, wajib=True, panjang=32),
        kolom("uraian", "Sasaran Strategis", wajib=True, lebar=70),
        kolom("tujuan", "Kode Tujuan", jenis=Jenis.KODE, panjang=32, daftar="tujuan"),
        kolom(
            "mendukung",
            "Mendukung Sasaran RPJMD",
            jenis=Jenis.DAFTAR_KODE,
            keterangan="Kode sasaran RPJMD yang didukung, dipisah titik koma (;).",
        ),
    ),
    kunci=("kode",),
)
STRATEGI = SpesifikasiLembar(
    "Strategi dan Kebijakan",
    (
        kolom(
            "sasaran", "Kode Sasaran", jenis=Jenis.KODE, wajib=True, panjang=32, daftar="sasaran"
        ),
        kolom(
            "jenis", "Jenis", jenis=Jenis.PILIHAN, wajib=True, pilihan=pilihan.STRATEGI_KEBIJAKAN
        ),
        kolom("uraian", "Uraian", wajib=True, lebar=90),
    ),
)
IKU = SpesifikasiLembar(
    "IKU",
    (
        kolom(
            "sasaran", "Kode Sasaran", jenis=Jenis.KODE, wajib=True, panjang=32, daftar="sasaran"
        ),
        kolom("kode", "Kode IKU", jenis=Jenis.KODE, wajib=True, panjang=32),
        kolom("nama", "Indikator Kinerja Utama", wajib=True, lebar=60),
        kolom("satuan", "Satuan", wajib=True, panjang=64, daftar="satuan", lebar=14),
        kolom("polaritas", "Polaritas", jenis=Jenis.PILIHAN, wajib=True, pilihan=pilihan.POLARITAS),
        kolom(
            "agregasi",
            "Agregasi Triwulan",
            jenis=Jenis.PILIHAN,
            wajib=True,
            pilihan=pilihan.AGREGASI,
            keterangan="Cara nilai triwulan menjadi nilai setahun.",
        ),
        kolom("formula", "Formula"),
        kolom("sumber_data", "Sumber Data"),
        kolom("penanggung_jawab", "Penanggung Jawab", panjang=255, lebar=30),
        kolom("skala", "Skala", jenis=Jenis.KODE, panjang=64, keterangan="Mis. skm."),
        kolom("baseline_tahun", "Tahun Baseline", jenis=Jenis.TAHUN),
        kolom("baseline_nilai", "Nilai Baseline", jenis=Jenis.NILAI),
        kolom("target_akhir", "Target Akhir Renstra", jenis=Jenis.NILAI),
    ),
    kunci=("kode",),
)
TARGET = SpesifikasiLembar(
    "Target Renstra",
    (
        kolom("iku", "Kode IKU", jenis=Jenis.KODE, wajib=True, panjang=32, daftar="iku"),
        kolom("tahun", "Tahun", jenis=Jenis.TAHUN, wajib=True),
        kolom("target", "Target", jenis=Jenis.NILAI),
    ),
    kunci=("iku", "tahun"),
    keterangan="Satu baris per IKU dan tahun.",
)
PK = SpesifikasiLembar(
    "Perjanjian Kinerja",
    (
        kolom("versi", "Versi", jenis=Jenis.BULAT, wajib=True),
        kolom("tanggal", "Tanggal", jenis=Jenis.TANGGAL),
        kolom(
            "tahap_anggaran",
            "Tahap Anggaran",
            jenis=Jenis.PILIHAN,
            wajib=True,
            pilihan=pilihan.TAHAP,
        ),
        kolom("alasan_revisi", "Alasan Revisi"),
        kolom("pihak_pertama_jabatan", "Jabatan Pihak Pertama", wajib=True, panjang=255),
        kolom("pihak_pertama_nama", "Nama Pihak Pertama", panjang=255, lebar=30),
        kolom("pihak_pertama_nip", "NIP Pihak Pertama", jenis=Jenis.KODE, panjang=32, lebar=22),
        kolom("pihak_kedua_jabatan", "Jabatan Pihak Kedua", wajib=True, panjang=255),
        kolom("pihak_kedua_nama", "Nama Pihak Kedua", panjang=255, lebar=30),
        kolom("pihak_kedua_nip", "NIP Pihak Kedua", jenis=Jenis.KODE, panjang=32, lebar=22),
    ),
    kunci=("versi",),
    keterangan="Setiap revisi Perjanjian Kinerja adalah versi baru.",
)
TARGET_PK = SpesifikasiLembar(
    "Target PK",
    (
        kolom("versi", "Versi PK", jenis=Jenis.BULAT, wajib=True, daftar="versi_pk"),
        kolom("iku", "Kode IKU", jenis=Jenis.KODE, wajib=True, panjang=32, daftar="iku"),
        kolom("target", "Target", jenis=Jenis.NILAI),
    ),
    kunci=("versi", "iku"),
)
PROGRAM_PK = SpesifikasiLembar(
    "Program PK",
    (
        kolom("versi", "Versi PK", jenis=Jenis.BULAT, wajib=True, daftar="versi_pk"),
        kolom(
            "program",
            "Kode Program",
            jenis=Jenis.KODE_ANGGARAN,
            wajib=True,
            tingkat=(Level.PROGRAM,),
            daftar="program",
        ),
    ),
    kunci=("versi", "program"),
    keterangan="Program dalam lampiran Perjanjian Kinerja; anggarannya dihitung dari pagu.",
)
ATRIBUSI = SpesifikasiLembar(
    "Atribusi Program",
    (
        kolom(
            "program",
            "Kode Program",
            jenis=Jenis.KODE_ANGGARAN,
            wajib=True,
            tingkat=(Level.PROGRAM,),
            daftar="program",
        ),
        kolom(
            "sasaran", "Kode Sasaran", jenis=Jenis.KODE, wajib=True, panjang=32, daftar="sasaran"
        ),
    ),
    kunci=("program",),
    keterangan="Sasaran strategis yang didukung setiap program (anggaran per sasaran).",
)


def _sasaran_db(s: Lingkup) -> list[m.SasaranStrategis]:
    if s.renstra is None or s.renstra.pk is None:
        return []
    return list(s.renstra.sasaran.select_related("tujuan").order_by("urutan", "id"))


def _iku_db(s: Lingkup) -> list[m.Indikator]:
    if s.renstra is None or s.renstra.pk is None:
        return []
    return list(
        m.Indikator.objects.filter(sasaran__renstra=s.renstra)
        .select_related("sasaran")
        .order_by("sasaran__urutan", "sasaran_id", "urutan", "id")
    )


def _pk_db(s: Lingkup) -> list[m.PerjanjianKinerja]:
    if s.opd is None or s.opd.pk is None:
        return []
    return list(s.opd.perjanjian_kinerja.filter(tahun=s.tahun).order_by("versi"))


def _renstra(s: Lingkup) -> list[Baris]:
    if s.renstra is None:
        return []
    r = s.renstra
    return [
        {
            "periode_awal": r.periode_awal,
            "periode_akhir": r.periode_akhir,
            "dasar_hukum": r.dasar_hukum,
        }
    ]


def _sasaran(s: Lingkup) -> list[Baris]:
    return [
        {
            "kode": x.kode,
            "uraian": x.uraian,
            "tujuan": x.tujuan.kode if x.tujuan else None,
            "mendukung": [p.kode for p in x.mendukung.all()],
        }
        for x in _sasaran_db(s)
    ]


def _strategi_db(s: Lingkup, model: Any, sasaran: Any = None) -> list[Any]:
    if sasaran is None:
        sasaran = _sasaran_db(s)
    return list(
        model.objects.filter(sasaran__in=sasaran)
        .select_related("sasaran")
        .order_by("sasaran__urutan", "sasaran_id", "urutan", "id")
    )


def _strategi(s: Lingkup) -> list[Baris]:
    rows = []
    for x in _sasaran_db(s):
        for jenis, model in (("strategi", m.Strategi), ("kebijakan", m.Kebijakan)):
            for y in model.objects.filter(sasaran=x).order_by("urutan", "id"):
                rows.append({"sasaran": x.kode, "jenis": jenis, "uraian": y.uraian})
    return rows


def _iku(s: Lingkup) -> list[Baris]:
    return [
        {
            "sasaran": i.sasaran.kode,
            "kode": i.kode,
            "nama": i.nama,
            "satuan": i.satuan,
            "polaritas": i.polaritas,
            "agregasi": i.agregasi,
            "formula": i.formula,
            "sumber_data": i.sumber_data,
            "penanggung_jawab": i.penanggung_jawab,
            "skala": i.skala,
            "baseline_tahun": i.baseline_tahun,
            "baseline_nilai": i.baseline_nilai,
            "target_akhir": i.target_akhir,
        }
        for i in _iku_db(s)
    ]


def _target_db(s: Lingkup, iku: Any = None) -> list[m.TargetRenstra]:
    return list(
        m.TargetRenstra.objects.filter(indikator__in=iku if iku is not None else _iku_db(s))
        .select_related("indikator__sasaran")
        .order_by("indikator__sasaran__urutan", "indikator__urutan", "indikator_id", "tahun")
    )


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


LEMBAR_RENSTRA = (
    Lembar(RENSTRA, _renstra),
    Lembar(
        TUJUAN,
        lambda s: [
            {"kode": t.kode, "uraian": t.uraian}
            for t in (s.renstra.tujuan.order_by("urutan", "id") if s.renstra else [])
        ],
    ),
    Lembar(SASARAN, _sasaran),
    Lembar(STRATEGI, _strategi),
    Lembar(IKU, _iku),
    Lembar(
        TARGET,
        lambda s: [
            {"iku": t.indikator.kode, "tahun": t.tahun, "target": tampil_nilai(t.nilai)}
            for t in _target_db(s)
        ],
    ),
)
LEMBAR_PK = (
    Lembar(PK, _pk),
    Lembar(
        TARGET_PK,
        lambda s: [
            {"versi": t.pk_dokumen.versi, "iku": t.indikator.kode, "target": tampil_nilai(t.nilai)}
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


def _strategi_langkah(jenis: str, model: Any) -> Langkah:
    def diinginkan(rek: list[Rekaman], s: Lingkup) -> list[Diinginkan]:
        dipilih = [r for r in rek if r.get("jenis") == jenis]
        kunci = berposisi(r.get("sasaran") for r in dipilih)
        return [
            Diinginkan(
                k,
                {"sasaran_id": s.dari("sasaran")[r.get("sasaran")].pk, "uraian": r.get("uraian")},
                r.baris,
            )
            for k, r in zip(kunci, dipilih, strict=True)
        ]

    def ada(s: Lingkup, rek: list[Rekaman]) -> list[Any]:
        return _strategi_db(s, model, list(s.dari("sasaran").values()))

    return Langkah(
        jenis,
        STRATEGI.nama,
        model,
        ada=ada,
        kunci=None,
        posisi=lambda o: o.sasaran.kode,
        diinginkan=diinginkan,
        hapus=True,
        grup_urutan=grup_pertama,
    )


def _mendukung(rek: list[Rekaman], s: Lingkup) -> list[Diinginkan]:
    dari_rpjmd = s.dari("sasaran_pemda")
    lain = sasaran_pemda_lain(s)
    hasil = []
    for r in rek:
        for kode in r.get("mendukung") or []:
            target = dari_rpjmd.get(kode) or lain.get(kode)
            hasil.append(
                Diinginkan(
                    (r.get("kode"), kode),
                    {
                        "sasaranstrategis_id": s.dari("sasaran")[r.get("kode")].pk,
                        "sasaranpemda_id": target.pk if target else None,
                    },
                    r.baris,
                )
            )
    return hasil


Mendukung = m.SasaranStrategis.mendukung.through


def _iku_dari(s: Lingkup) -> list[Any]:
    return list(s.dari("iku").values())


LANGKAH_RENSTRA: tuple[Langkah, ...] = (
    Langkah(
        "renstra",
        RENSTRA.nama,
        m.Renstra,
        ada=lambda s, rek: m.Renstra.objects.filter(opd=s.opd) if s.opd and s.opd.pk else [],
        kunci=lambda o: o.periode_awal,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("periode_awal"),
            lambda r: {
                "opd_id": s.opd.pk if s.opd else None,
                "periode_awal": r.get("periode_awal"),
                "periode_akhir": r.get("periode_akhir"),
                "dasar_hukum": r.get("dasar_hukum"),
            },
        ),
        hapus=False,
        setelah=lambda s, hasil: setattr(s, "renstra", next(iter(hasil.values()), None)),
    ),
    Langkah(
        "tujuan",
        TUJUAN.nama,
        m.TujuanRenstra,
        ada=lambda s, rek: s.renstra.tujuan.all() if s.renstra and s.renstra.pk else [],
        kunci=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "renstra_id": s.renstra.pk if s.renstra else None,
                "kode": r.get("kode"),
                "uraian": r.get("uraian"),
            },
        ),
        hapus=False,
    ),
    Langkah(
        "sasaran",
        SASARAN.nama,
        m.SasaranStrategis,
        ada=lambda s, rek: _sasaran_db(s),
        kunci=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "renstra_id": s.renstra.pk if s.renstra else None,
                "kode": r.get("kode"),
                "uraian": r.get("uraian"),
                "tujuan_id": s.dari("tujuan")[r.get("tujuan")].pk if r.get("tujuan") else None,
            },
        ),
        hapus=False,
    ),
    Langkah(
        "mendukung",
        SASARAN.nama,
        Mendukung,
        ada=lambda s, rek: Mendukung.objects.filter(
            sasaranstrategis__in=list(s.dari("sasaran").values())
        ).select_related("sasaranstrategis", "sasaranpemda"),
        kunci=lambda o: (o.sasaranstrategis.kode, o.sasaranpemda.kode),
        diinginkan=_mendukung,
        hapus=True,
    ),
    _strategi_langkah("strategi", m.Strategi),
    _strategi_langkah("kebijakan", m.Kebijakan),
    Langkah(
        "iku",
        IKU.nama,
        m.Indikator,
        ada=lambda s, rek: _iku_db(s),
        kunci=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "sasaran_id": s.dari("sasaran")[r.get("sasaran")].pk,
                "kode": r.get("kode"),
                "nama": r.get("nama"),
                "satuan": r.get("satuan"),
                "polaritas": r.get("polaritas"),
                "agregasi": r.get("agregasi"),
                "formula": r.get("formula"),
                "sumber_data": r.get("sumber_data"),
                "penanggung_jawab": r.get("penanggung_jawab"),
                "skala": r.get("skala"),
                "baseline_tahun": r.get("baseline_tahun"),
                "baseline_nilai": simpan(r.get("baseline_nilai")),
                "target_akhir": simpan(r.get("target_akhir")),
            },
        ),
        hapus=False,
        grup_urutan=grup_induk("sasaran_id"),
    ),
    Langkah(
        "target",
        TARGET.nama,
        m.TargetRenstra,
        ada=lambda s, rek: _target_db(s, _iku_dari(s)),
        kunci=lambda o: (o.indikator.kode, o.tahun),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (r.get("iku"), r.get("tahun")),
            lambda r: {
                "indikator_id": s.dari("iku")[r.get("iku")].pk,
                "tahun": r.get("tahun"),
                "nilai": simpan(r.get("target")),
            },
        ),
        hapus=True,
    ),
)
LANGKAH_PK: tuple[Langkah, ...] = (
    Langkah(
        "pk",
        PK.nama,
        m.PerjanjianKinerja,
        ada=lambda s, rek: _pk_db(s),
        kunci=lambda o: o.versi,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("versi"),
            lambda r: {
                "opd_id": s.opd.pk if s.opd else None,
                "tahun": s.tahun,
                **{c.kunci: r.get(c.kunci) for c in PK.kolom},
            },
        ),
        hapus=True,
    ),
    Langkah(
        "target_pk",
        TARGET_PK.nama,
        m.TargetPK,
        ada=lambda s, rek: _target_pk_db(s, list(s.dari("pk").values())),
        kunci=lambda o: (o.pk_dokumen.versi, o.indikator.kode),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (r.get("versi"), r.get("iku")),
            lambda r: {
                "pk_dokumen_id": s.dari("pk")[r.get("versi")].pk,
                "indikator_id": s.dari("iku")[r.get("iku")].pk,
                "nilai": simpan(r.get("target")),
            },
        ),
        hapus=True,
        grup_urutan=grup_pertama,
    ),
    Langkah(
        "program_pk",
        PROGRAM_PK.nama,
        m.ProgramPK,
        ada=lambda s, rek: _program_pk_db(s, list(s.dari("pk").values())),
        kunci=lambda o: (o.pk_dokumen.versi, o.program),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (r.get("versi"), r.get("program")),
            lambda r: {
                "pk_dokumen_id": s.dari("pk")[r.get("versi")].pk,
                "program": r.get("program"),
            },
        ),
        hapus=True,
        grup_urutan=grup_pertama,
    ),
    Langkah(
        "atribusi",
        ATRIBUSI.nama,
        m.AtribusiProgram,
        ada=lambda s, rek: _atribusi_db(s),
        kunci=lambda o: o.program,
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
        hapus=True,
    ),
)
