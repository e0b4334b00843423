"""Sheets of the year's budget: pagu per unit and sub kegiatan, its realisation per period, the
physical realisation per quarter, and the output indicators of programs, kegiatan and
sub kegiatan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sakip.core.codes import Level
from sakip.core.periode import Periode
from sakip.impor.selaras import Diinginkan
from sakip.kinerja import models as m
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from . import pilihan
from .dasar import Baris, Langkah, Lembar, berposisi, kolom, per_baris, save, show_nilai
from .lingkup import Lingkup

_UNIT = kolom("unit", "Kode Unit", jenis=Jenis.KODE_UNIT, required=True, listing="unit")
_TAHAP = kolom("tahap", "Tahap", jenis=Jenis.PILIHAN, required=True, pilihan=pilihan.TAHAP)
_SUB = kolom(
    "sub_kegiatan",
    "Kode Sub Kegiatan",
    jenis=Jenis.KODE_ANGGARAN,
    required=True,
    tingkat=(Level.SUB_KEGIATAN,),
    listing="sub_kegiatan",
    keterangan="2 digit (7.01.01.2.01.01) atau 4 digit (7.01.01.2.01.0001).",
)

ANGGARAN = SpesifikasiLembar(
    "Anggaran",
    (
        _UNIT,
        _TAHAP,
        _SUB,
        kolom("uraian", "Uraian", keterangan="Kosongkan bila sama dengan nomenklatur."),
        kolom("pagu", "Pagu", jenis=Jenis.UANG, required=True),
    ),
    key=("unit", "tahap", "sub_kegiatan"),
    keterangan="Pagu setiap sub kegiatan per unit dan tahap APBD; nama program dan kegiatan "
    "diambil dari nomenklatur.",
)
REALISASI = SpesifikasiLembar(
    "Realisasi Anggaran",
    (
        _UNIT,
        _TAHAP,
        _SUB,
        kolom(
            "periode",
            "Periode",
            jenis=Jenis.PILIHAN,
            required=True,
            pilihan=pilihan.PERIODE,
            keterangan="Setahun, Triwulan I-IV, atau bulan; satu jenis periode per sub kegiatan.",
        ),
        kolom("realisasi", "Realisasi", jenis=Jenis.UANG, required=True),
    ),
    key=("unit", "tahap", "sub_kegiatan", "periode"),
)
FISIK = SpesifikasiLembar(
    "Realisasi Fisik",
    (
        _UNIT,
        _TAHAP,
        _SUB,
        kolom("triwulan", "Triwulan", jenis=Jenis.PILIHAN, required=True, pilihan=pilihan.TRIWULAN),
        kolom("persen", "Realisasi Fisik (%)", jenis=Jenis.PERSEN),
    ),
    key=("unit", "tahap", "sub_kegiatan", "triwulan"),
)
KELUARAN = SpesifikasiLembar(
    "Indikator Keluaran",
    (
        _UNIT,
        kolom(
            "kode",
            "Kode Program/Kegiatan/Sub Kegiatan",
            jenis=Jenis.KODE_ANGGARAN,
            required=True,
            tingkat=(Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN),
            listing="kode_keluaran",
            lebar=24,
        ),
        kolom("uraian", "Indikator", required=True, lebar=60),
        kolom("uraian_nomenklatur", "Indikator menurut Nomenklatur", lebar=50),
        kolom("satuan", "Satuan", required=True, panjang=64, listing="satuan", lebar=14),
        kolom("target", "Target", jenis=Jenis.NILAI),
        kolom("realisasi", "Realisasi", jenis=Jenis.NILAI),
    ),
    keterangan="Indikator program, kegiatan dan sub kegiatan per unit (Tabel Kinerja Program).",
)


def _unit_ids(s: Lingkup) -> Any:
    return m.UnitKerja.objects.filter(opd=s.opd) if s.opd and s.opd.pk else []


def _baris_db(s: Lingkup, unit: Any = None) -> list[m.BarisAnggaran]:
    return list(
        m.BarisAnggaran.objects.filter(
            unit__in=unit if unit is not None else _unit_ids(s), tahun=s.tahun
        )
        .select_related("unit")
        .order_by("urutan", "id")
    )


def _baris_key(b: m.BarisAnggaran) -> tuple[str, str, str]:
    return (b.unit.kode, b.tahap, b.sub_kegiatan)


def _anggaran(s: Lingkup) -> list[Baris]:
    return [
        {
            "unit": b.unit.kode,
            "tahap": b.tahap,
            "sub_kegiatan": b.kode_sumber,
            "uraian": b.uraian,
            "pagu": b.pagu,
        }
        for b in _baris_db(s)
    ]


def _realisasi(s: Lingkup) -> list[Baris]:
    baris = _baris_db(s)
    urutan = {b.id: n for n, b in enumerate(baris)}
    rows = m.RealisasiAnggaran.objects.filter(baris__in=baris).select_related("baris__unit")
    return [
        {
            "unit": r.baris.unit.kode,
            "tahap": r.baris.tahap,
            "sub_kegiatan": r.baris.kode_sumber,
            "periode": r.periode,
            "realisasi": r.nilai,
        }
        for r in sorted(rows, key=lambda r: (urutan[r.baris_id], Periode.parse(r.periode).sort_key))
    ]


def _fisik(s: Lingkup) -> list[Baris]:
    baris = _baris_db(s)
    urutan = {b.id: n for n, b in enumerate(baris)}
    rows = m.RealisasiFisik.objects.filter(baris__in=baris).select_related("baris__unit")
    return [
        {
            "unit": f.baris.unit.kode,
            "tahap": f.baris.tahap,
            "sub_kegiatan": f.baris.kode_sumber,
            "triwulan": str(f.triwulan),
            "persen": show_nilai(f.persen),
        }
        for f in sorted(rows, key=lambda f: (urutan[f.baris_id], f.triwulan))
    ]


def _keluaran_db(s: Lingkup, unit: Any = None) -> list[m.IndikatorKeluaran]:
    return list(
        m.IndikatorKeluaran.objects.filter(
            unit__in=unit if unit is not None else _unit_ids(s), tahun=s.tahun
        )
        .select_related("unit")
        .order_by("urutan", "id")
    )


def _keluaran(s: Lingkup) -> list[Baris]:
    return [
        {
            "unit": k.unit.kode,
            "kode": k.kode,
            "uraian": k.uraian,
            "uraian_nomenklatur": k.uraian_nomenklatur,
            "satuan": k.satuan,
            "target": show_nilai(k.target),
            "realisasi": show_nilai(k.realisasi),
        }
        for k in _keluaran_db(s)
    ]


LEMBAR = (
    Lembar(ANGGARAN, _anggaran),
    Lembar(REALISASI, _realisasi),
    Lembar(FISIK, _fisik),
    Lembar(KELUARAN, _keluaran),
)


def _rekaman_key(r: Rekaman) -> tuple[str, str, str]:
    return (r.get("unit"), r.get("tahap"), r.get("sub_kegiatan"))


def _anggaran_diinginkan(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    return per_baris(
        rek,
        _rekaman_key,
        lambda r: {
            "unit_id": s.dari("unit")[r.get("unit")].pk,
            "tahun": s.tahun,
            "tahap": r.get("tahap"),
            "sub_kegiatan": r.get("sub_kegiatan"),
            "kode_sumber": str(r.mentah("sub_kegiatan")).strip(),
            "uraian": r.get("uraian"),
            "pagu": r.get("pagu"),
        },
    )


def _keluaran_diinginkan(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    key = berposisi((r.get("unit"), r.get("kode")) for r in rek)
    return [
        Diinginkan(
            k,
            {
                "unit_id": s.dari("unit")[r.get("unit")].pk,
                "tahun": s.tahun,
                "kode": r.get("kode"),
                "uraian": r.get("uraian"),
                "uraian_nomenklatur": r.get("uraian_nomenklatur"),
                "satuan": r.get("satuan"),
                "target": save(r.get("target")),
                "realisasi": save(r.get("realisasi")),
            },
            r.baris,
        )
        for k, r in zip(key, rek, strict=True)
    ]


def _unit_dari(s: Lingkup) -> list[Any]:
    return list(s.dari("unit").values())


def _baris_dari(s: Lingkup) -> list[Any]:
    return list(s.dari("anggaran").values())


LANGKAH: tuple[Langkah[Any], ...] = (
    Langkah(
        "anggaran",
        ANGGARAN.nama,
        m.BarisAnggaran,
        ada=lambda s, rek: _baris_db(s, _unit_dari(s)),
        key=_baris_key,
        diinginkan=_anggaran_diinginkan,
        delete=True,
    ),
    Langkah(
        "realisasi_anggaran",
        REALISASI.nama,
        m.RealisasiAnggaran,
        ada=lambda s, rek: m.RealisasiAnggaran.objects.filter(
            baris__in=_baris_dari(s)
        ).select_related("baris__unit"),
        key=lambda o: (*_baris_key(o.baris), o.periode),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (*_rekaman_key(r), r.get("periode")),
            lambda r: {
                "baris_id": s.dari("anggaran")[_rekaman_key(r)].pk,
                "periode": r.get("periode"),
                "nilai": r.get("realisasi"),
            },
        ),
        delete=True,
    ),
    Langkah(
        "fisik",
        FISIK.nama,
        m.RealisasiFisik,
        ada=lambda s, rek: m.RealisasiFisik.objects.filter(baris__in=_baris_dari(s)).select_related(
            "baris__unit"
        ),
        key=lambda o: (*_baris_key(o.baris), str(o.triwulan)),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (*_rekaman_key(r), r.get("triwulan")),
            lambda r: {
                "baris_id": s.dari("anggaran")[_rekaman_key(r)].pk,
                "triwulan": int(r.get("triwulan")),
                "persen": save(r.get("persen")),
            },
        ),
        delete=True,
    ),
    Langkah(
        "keluaran",
        KELUARAN.nama,
        m.IndikatorKeluaran,
        ada=lambda s, rek: _keluaran_db(s, _unit_dari(s)),
        key=None,
        posisi=lambda o: (o.unit.kode, o.kode),
        diinginkan=_keluaran_diinginkan,
        delete=True,
    ),
)
