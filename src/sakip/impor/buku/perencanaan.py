"""Sheets of the Renstra: tujuan, sasaran, strategi and kebijakan, IKU and their targets.

The year's Perjanjian Kinerja and program attribution are in `perjanjian`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

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
    save,
    show_nilai,
)
from .lingkup import Lingkup
from .organisasi import sasaran_pemda_lain

RENSTRA = SpesifikasiLembar(
    "Renstra",
    (
        kolom("periode_awal", "Periode Awal", jenis=Jenis.TAHUN, required=True),
        kolom("periode_akhir", "Periode Akhir", jenis=Jenis.TAHUN, required=True),
        kolom("dasar_hukum", "Dasar Hukum", lebar=80),
    ),
    key=("periode_awal",),
    keterangan="Renstra yang berlaku pada tahun buku isian.",
)
TUJUAN = SpesifikasiLembar(
    "Tujuan Renstra",
    (
        kolom("kode", "Kode Tujuan", jenis=Jenis.KODE, required=True, panjang=32),
        kolom("uraian", "Tujuan", required=True, lebar=80),
    ),
    key=("kode",),
)
SASARAN = SpesifikasiLembar(
    "Sasaran Strategis",
    (
        kolom("kode", "Kode Sasaran", jenis=Jenis.KODE, required=True, panjang=32),
        kolom("uraian", "Sasaran Strategis", required=True, lebar=70),
        kolom("tujuan", "Kode Tujuan", jenis=Jenis.KODE, panjang=32, listing="tujuan"),
        kolom(
            "mendukung",
            "Mendukung Sasaran RPJMD",
            jenis=Jenis.KODE_LISTING,
            keterangan="Kode sasaran RPJMD yang didukung, dipisah titik koma (;).",
        ),
    ),
    key=("kode",),
)
STRATEGI = SpesifikasiLembar(
    "Strategi dan Kebijakan",
    (
        kolom(
            "sasaran",
            "Kode Sasaran",
            jenis=Jenis.KODE,
            required=True,
            panjang=32,
            listing="sasaran",
        ),
        kolom(
            "jenis", "Jenis", jenis=Jenis.PILIHAN, required=True, pilihan=pilihan.STRATEGI_KEBIJAKAN
        ),
        kolom("uraian", "Uraian", required=True, lebar=90),
    ),
)
IKU = SpesifikasiLembar(
    "IKU",
    (
        kolom(
            "sasaran",
            "Kode Sasaran",
            jenis=Jenis.KODE,
            required=True,
            panjang=32,
            listing="sasaran",
        ),
        kolom("kode", "Kode IKU", jenis=Jenis.KODE, required=True, panjang=32),
        kolom("nama", "Indikator Kinerja Utama", required=True, lebar=60),
        kolom("satuan", "Satuan", required=True, panjang=64, listing="satuan", lebar=14),
        kolom(
            "polaritas", "Polaritas", jenis=Jenis.PILIHAN, required=True, pilihan=pilihan.POLARITAS
        ),
        kolom(
            "agregasi",
            "Agregasi Triwulan",
            jenis=Jenis.PILIHAN,
            required=True,
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
        kolom(
            "jenis",
            "Jenis Indikator",
            jenis=Jenis.PILIHAN,
            pilihan=pilihan.JENIS_INDIKATOR,
            keterangan="Rasio: nilai dihitung dari pembilang dan penyebut. Kosong: langsung.",
        ),
        kolom(
            "periode_ukur",
            "Periode Pengukuran",
            jenis=Jenis.PILIHAN,
            pilihan=pilihan.PERIODE_UKUR,
            keterangan="Per bulan atau per triwulan. Kosong: per triwulan.",
        ),
        kolom("pengali", "Pengali Rasio", jenis=Jenis.NILAI, keterangan="Kosong: 100."),
    ),
    key=("kode",),
)
TARGET = SpesifikasiLembar(
    "Target Renstra",
    (
        kolom("iku", "Kode IKU", jenis=Jenis.KODE, required=True, panjang=32, listing="iku"),
        kolom("tahun", "Tahun", jenis=Jenis.TAHUN, required=True),
        kolom("target", "Target", jenis=Jenis.NILAI),
    ),
    key=("iku", "tahun"),
    keterangan="Satu baris per IKU dan tahun.",
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


def _jenis_iku(r: Rekaman) -> Baris:
    """Return an IKU's kind as the row states it; a workbook without those columns keeps it."""
    bawaan = {"jenis": "langsung", "periode_ukur": "triwulan", "pengali": Decimal(100)}
    return {k: r.get(k) or v for k, v in bawaan.items() if k in r.cell}


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
            "jenis": i.jenis,
            "periode_ukur": i.periode_ukur,
            "pengali": i.pengali,
        }
        for i in _iku_db(s)
    ]


def _target_db(s: Lingkup, iku: Any = None) -> list[m.TargetRenstra]:
    return list(
        m.TargetRenstra.objects.filter(indikator__in=iku if iku is not None else _iku_db(s))
        .select_related("indikator__sasaran")
        .order_by("indikator__sasaran__urutan", "indikator__urutan", "indikator_id", "tahun")
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
            {"iku": t.indikator.kode, "tahun": t.tahun, "target": show_nilai(t.nilai)}
            for t in _target_db(s)
        ],
    ),
)


def _strategi_langkah(jenis: str, model: Any) -> Langkah[Any]:
    def diinginkan(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
        dipilih = [r for r in rek if r.get("jenis") == jenis]
        key = berposisi(r.get("sasaran") for r in dipilih)
        return [
            Diinginkan(
                k,
                {"sasaran_id": s.dari("sasaran")[r.get("sasaran")].pk, "uraian": r.get("uraian")},
                r.baris,
            )
            for k, r in zip(key, dipilih, strict=True)
        ]

    def ada(s: Lingkup, rek: Sequence[Rekaman]) -> list[Any]:
        return _strategi_db(s, model, list(s.dari("sasaran").values()))

    return Langkah(
        jenis,
        STRATEGI.nama,
        model,
        ada=ada,
        key=None,
        posisi=lambda o: o.sasaran.kode,
        diinginkan=diinginkan,
        delete=True,
        order_group=grup_pertama,
    )


def _mendukung(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    dari_rpjmd = s.dari("sasaran_pemda")
    lain = sasaran_pemda_lain(s)
    result = []
    for r in rek:
        for kode in r.get("mendukung") or []:
            target = dari_rpjmd.get(kode) or lain.get(kode)
            result.append(
                Diinginkan(
                    (r.get("kode"), kode),
                    {
                        "sasaranstrategis_id": s.dari("sasaran")[r.get("kode")].pk,
                        "sasaranpemda_id": target.pk if target else None,
                    },
                    r.baris,
                )
            )
    return result


Mendukung = m.SasaranStrategis.mendukung.through


def _iku_dari(s: Lingkup) -> list[Any]:
    return list(s.dari("iku").values())


LANGKAH_RENSTRA: tuple[Langkah[Any], ...] = (
    Langkah(
        "renstra",
        RENSTRA.nama,
        m.Renstra,
        ada=lambda s, rek: m.Renstra.objects.filter(opd=s.opd) if s.opd and s.opd.pk else [],
        key=lambda o: o.periode_awal,
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
        delete=False,
        setelah=lambda s, result: setattr(s, "renstra", next(iter(result.values()), None)),
    ),
    Langkah(
        "tujuan",
        TUJUAN.nama,
        m.TujuanRenstra,
        ada=lambda s, rek: s.renstra.tujuan.all() if s.renstra and s.renstra.pk else [],
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "renstra_id": s.renstra.pk if s.renstra else None,
                "kode": r.get("kode"),
                "uraian": r.get("uraian"),
            },
        ),
        delete=False,
    ),
    Langkah(
        "sasaran",
        SASARAN.nama,
        m.SasaranStrategis,
        ada=lambda s, rek: _sasaran_db(s),
        key=lambda o: o.kode,
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
        delete=False,
    ),
    Langkah(
        "mendukung",
        SASARAN.nama,
        Mendukung,
        ada=lambda s, rek: Mendukung.objects.filter(
            sasaranstrategis__in=list(s.dari("sasaran").values())
        ).select_related("sasaranstrategis", "sasaranpemda"),
        key=lambda o: (o.sasaranstrategis.kode, o.sasaranpemda.kode),
        diinginkan=_mendukung,
        delete=True,
    ),
    _strategi_langkah("strategi", m.Strategi),
    _strategi_langkah("kebijakan", m.Kebijakan),
    Langkah(
        "iku",
        IKU.nama,
        m.Indikator,
        ada=lambda s, rek: _iku_db(s),
        key=lambda o: o.kode,
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
                "baseline_nilai": save(r.get("baseline_nilai")),
                "target_akhir": save(r.get("target_akhir")),
                **_jenis_iku(r),
            },
        ),
        delete=False,
        order_group=grup_induk("sasaran_id"),
    ),
    Langkah(
        "target",
        TARGET.nama,
        m.TargetRenstra,
        ada=lambda s, rek: _target_db(s, _iku_dari(s)),
        key=lambda o: (o.indikator.kode, o.tahun),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (r.get("iku"), r.get("tahun")),
            lambda r: {
                "indikator_id": s.dari("iku")[r.get("iku")].pk,
                "tahun": r.get("tahun"),
                "nilai": save(r.get("target")),
            },
        ),
        delete=True,
    ),
)
