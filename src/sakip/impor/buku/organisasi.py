"""Sheets of the Pemda and its RPJMD, the nomenclature in use, the Perangkat Daerah and its units.

These rows are shared or structural: the import adds and changes them but never deletes one that
the workbook leaves out (other Perangkat Daerah and other years depend on them).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from sakip.core import codes
from sakip.kinerja import models as m
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from . import pilihan
from .dasar import Baris, Langkah, Lembar, grup_induk, kolom, kolom_pejabat, pejabat, per_baris
from .lingkup import Lingkup

PEMDA = SpesifikasiLembar(
    "Pemda",
    (
        kolom("kode", "Kode Pemda", jenis=Jenis.KODE, required=True, panjang=16),
        kolom("nama", "Nama Pemda", required=True, panjang=255),
        kolom("nama_daerah", "Nama Daerah", required=True, panjang=255),
        kolom("tempat", "Tempat", required=True, panjang=255, keterangan="Tempat penandatanganan."),
        *kolom_pejabat("Kepala Daerah"),
    ),
    key=("kode",),
)
RPJMD = SpesifikasiLembar(
    "RPJMD",
    (
        kolom("periode_awal", "Periode Awal", jenis=Jenis.TAHUN, required=True),
        kolom("periode_akhir", "Periode Akhir", jenis=Jenis.TAHUN, required=True),
        kolom("dasar_hukum", "Dasar Hukum"),
        kolom("visi", "Visi", required=True),
    ),
    key=("periode_awal",),
    keterangan="RPJMD yang berlaku pada tahun buku isian.",
)
MISI = SpesifikasiLembar(
    "Misi RPJMD",
    (
        kolom("kode", "Kode Misi", jenis=Jenis.KODE, required=True, panjang=32),
        kolom("uraian", "Misi", required=True, lebar=80),
    ),
    key=("kode",),
)
TUJUAN_PEMDA = SpesifikasiLembar(
    "Tujuan RPJMD",
    (
        kolom("misi", "Kode Misi", jenis=Jenis.KODE, required=True, panjang=32, listing="misi"),
        kolom("kode", "Kode Tujuan", jenis=Jenis.KODE, required=True, panjang=32),
        kolom("uraian", "Tujuan", required=True, lebar=80),
    ),
    key=("kode",),
)
SASARAN_PEMDA = SpesifikasiLembar(
    "Sasaran RPJMD",
    (
        kolom(
            "tujuan",
            "Kode Tujuan",
            jenis=Jenis.KODE,
            required=True,
            panjang=32,
            listing="tujuan_pemda",
        ),
        kolom("kode", "Kode Sasaran", jenis=Jenis.KODE, required=True, panjang=32),
        kolom("uraian", "Sasaran", required=True, lebar=80),
    ),
    key=("kode",),
)
VERSI = SpesifikasiLembar(
    "Versi Nomenklatur",
    (
        kolom("kode", "Kode Versi", jenis=Jenis.KODE, required=True, panjang=64, lebar=40),
        kolom("nama", "Nama", required=True, panjang=255),
        kolom("dasar_hukum", "Dasar Hukum"),
        kolom("berlaku_mulai", "Berlaku Mulai", jenis=Jenis.TAHUN, required=True),
        kolom("lengkap", "Lengkap", jenis=Jenis.PILIHAN, required=True, pilihan=pilihan.YA_TIDAK),
        kolom(
            "format_sub_kegiatan",
            "Digit Sub Kegiatan",
            jenis=Jenis.PILIHAN,
            required=True,
            pilihan=pilihan.FORMAT_SUB_KEGIATAN,
        ),
    ),
    key=("kode",),
    keterangan="Nomenklatur Kepmendagri yang berlaku pada tahun buku isian.",
)
NOMENKLATUR = SpesifikasiLembar(
    "Nomenklatur",
    (
        kolom("kode", "Kode", jenis=Jenis.KODE_ANGGARAN, required=True),
        kolom("nama", "Nama", required=True, lebar=90),
    ),
    key=("kode",),
    keterangan="Kode yang dipakai buku isian ini beserta induknya.",
)
OPD = SpesifikasiLembar(
    "Perangkat Daerah",
    (
        kolom("kode", "Kode Perangkat Daerah", jenis=Jenis.KODE_UNIT, required=True),
        kolom("nama", "Nama Perangkat Daerah", required=True, panjang=255),
        kolom(
            "jenis", "Jenis", required=True, panjang=64, keterangan="Kecamatan, Dinas, Badan, ..."
        ),
        *kolom_pejabat(),
    ),
    key=("kode",),
)
UNIT = SpesifikasiLembar(
    "Unit Kerja",
    (
        kolom("kode", "Kode Unit", jenis=Jenis.KODE_UNIT, required=True),
        kolom("nama", "Nama Unit", required=True, panjang=255),
        kolom("nama_singkat", "Nama Singkat", panjang=255, lebar=26),
        *kolom_pejabat(),
    ),
    key=("kode",),
    keterangan="Unit SKPD sendiri lebih dahulu, lalu sub-unitnya.",
)


def _pemda(s: Lingkup) -> list[Baris]:
    if s.pemda is None:
        return []
    p = s.pemda
    return [
        {
            "kode": p.kode,
            "nama": p.nama,
            "nama_daerah": p.nama_daerah,
            "tempat": p.tempat,
            **pejabat(p),
        }
    ]


def _rpjmd(s: Lingkup) -> list[Baris]:
    if s.rpjmd is None:
        return []
    r = s.rpjmd
    return [
        {
            "periode_awal": r.periode_awal,
            "periode_akhir": r.periode_akhir,
            "dasar_hukum": r.dasar_hukum,
            "visi": r.visi,
        }
    ]


def _misi_db(s: Lingkup) -> list[m.Misi]:
    if s.rpjmd is None or s.rpjmd.pk is None:
        return []
    return list(s.rpjmd.misi.order_by("urutan", "id"))


def _tujuan_db(s: Lingkup) -> list[m.TujuanPemda]:
    if s.rpjmd is None or s.rpjmd.pk is None:
        return []
    return list(
        m.TujuanPemda.objects.filter(misi__rpjmd=s.rpjmd)
        .select_related("misi")
        .order_by("misi__urutan", "misi_id", "urutan", "id")
    )


def _sasaran_pemda_db(s: Lingkup) -> list[m.SasaranPemda]:
    if s.rpjmd is None or s.rpjmd.pk is None:
        return []
    return list(
        m.SasaranPemda.objects.filter(tujuan__misi__rpjmd=s.rpjmd)
        .select_related("tujuan__misi")
        .order_by(
            "tujuan__misi__urutan", "tujuan__misi_id", "tujuan__urutan", "tujuan_id", "urutan", "id"
        )
    )


def _item_dipakai(s: Lingkup) -> list[tuple[str, str]]:
    """Return (code as its version shows it, name) of the codes in use and their parents."""
    if s.versi is None or s.opd is None:
        return []
    dipakai: set[str] = set()
    tahun = s.tahun
    dipakai.update(
        m.BarisAnggaran.objects.filter(unit__opd=s.opd, tahun=tahun).values_list(
            "sub_kegiatan", flat=True
        )
    )
    dipakai.update(
        m.IndikatorKeluaran.objects.filter(unit__opd=s.opd, tahun=tahun).values_list(
            "kode", flat=True
        )
    )
    dipakai.update(
        m.ProgramPK.objects.filter(pk_dokumen__opd=s.opd, pk_dokumen__tahun=tahun).values_list(
            "program", flat=True
        )
    )
    dipakai.update(
        m.AtribusiProgram.objects.filter(opd=s.opd, tahun=tahun).values_list("program", flat=True)
    )
    all_items: set[str] = set()
    for kode in dipakai:
        try:
            all_items.update([*codes.ancestors(kode), codes.normalize(kode)])
        except codes.KodeTidakValid:
            continue
    digit = s.versi.format_sub_kegiatan
    return [
        (_show_kode(i.kode, digit), i.nama)
        for i in s.versi.item.filter(kode__in=all_items).order_by("urutan", "id")
    ]


def _show_kode(kode: str, digit: int) -> str:
    try:
        return codes.display(kode, digit)
    except codes.KodeTidakValid:
        return kode


def _versi(s: Lingkup) -> list[Baris]:
    if s.versi is None:
        return []
    v = s.versi
    return [
        {
            "kode": v.kode,
            "nama": v.nama,
            "dasar_hukum": v.dasar_hukum,
            "berlaku_mulai": v.berlaku_mulai,
            "lengkap": "ya" if v.lengkap else "tidak",
            "format_sub_kegiatan": str(v.format_sub_kegiatan),
        }
    ]


def _opd(s: Lingkup) -> list[Baris]:
    if s.opd is None:
        return []
    o = s.opd
    return [{"kode": o.kode, "nama": o.nama, "jenis": o.jenis, **pejabat(o)}]


def _unit_db(s: Lingkup) -> list[m.UnitKerja]:
    if s.opd is None or s.opd.pk is None:
        return []
    return list(s.opd.unit_kerja.order_by("urutan", "id"))


LEMBAR_PEMDA = (
    Lembar(PEMDA, _pemda),
    Lembar(RPJMD, _rpjmd),
    Lembar(MISI, lambda s: [{"kode": x.kode, "uraian": x.uraian} for x in _misi_db(s)]),
    Lembar(
        TUJUAN_PEMDA,
        lambda s: [
            {"misi": x.misi.kode, "kode": x.kode, "uraian": x.uraian} for x in _tujuan_db(s)
        ],
    ),
    Lembar(
        SASARAN_PEMDA,
        lambda s: [
            {"tujuan": x.tujuan.kode, "kode": x.kode, "uraian": x.uraian}
            for x in _sasaran_pemda_db(s)
        ],
    ),
)
LEMBAR_NOMENKLATUR = (
    Lembar(VERSI, _versi),
    Lembar(NOMENKLATUR, lambda s: [{"kode": k, "nama": n} for k, n in _item_dipakai(s)]),
)
LEMBAR_OPD = (
    Lembar(OPD, _opd),
    Lembar(
        UNIT,
        lambda s: [
            {"kode": u.kode, "nama": u.nama, "nama_singkat": u.nama_singkat, **pejabat(u)}
            for u in _unit_db(s)
        ],
    ),
)


def _kepala(r: Rekaman) -> Baris:
    return {k: r.get(k) for k in ("kepala_jabatan", "kepala_nama", "kepala_nip")}


def _satu(nama: str) -> Any:
    def setelah(s: Lingkup, result: dict[Hashable, Any]) -> None:
        setattr(s, nama, next(iter(result.values()), None))

    return setelah


def _pk(obj: Any) -> Any:
    return obj.pk if obj is not None else None


LANGKAH = (
    Langkah(
        "pemda",
        PEMDA.nama,
        m.Pemda,
        ada=lambda s, rek: m.Pemda.objects.filter(kode__in=[r.get("kode") for r in rek]),
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "kode": r.get("kode"),
                "nama": r.get("nama"),
                "nama_daerah": r.get("nama_daerah"),
                "tempat": r.get("tempat"),
                **_kepala(r),
            },
        ),
        delete=False,
        setelah=_satu("pemda"),
    ),
    Langkah(
        "rpjmd",
        RPJMD.nama,
        m.Rpjmd,
        ada=lambda s, rek: m.Rpjmd.objects.filter(pemda=s.pemda) if s.pemda else [],
        key=lambda o: o.periode_awal,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("periode_awal"),
            lambda r: {
                "pemda_id": _pk(s.pemda),
                "periode_awal": r.get("periode_awal"),
                "periode_akhir": r.get("periode_akhir"),
                "dasar_hukum": r.get("dasar_hukum"),
                "visi": r.get("visi"),
            },
        ),
        delete=False,
        setelah=_satu("rpjmd"),
    ),
    Langkah(
        "misi",
        MISI.nama,
        m.Misi,
        ada=lambda s, rek: _misi_db(s),
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {"rpjmd_id": _pk(s.rpjmd), "kode": r.get("kode"), "uraian": r.get("uraian")},
        ),
        delete=False,
    ),
    Langkah(
        "tujuan_pemda",
        TUJUAN_PEMDA.nama,
        m.TujuanPemda,
        ada=lambda s, rek: _tujuan_db(s),
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "misi_id": s.dari("misi")[r.get("misi")].pk,
                "kode": r.get("kode"),
                "uraian": r.get("uraian"),
            },
        ),
        delete=False,
        order_group=grup_induk("misi_id"),
    ),
    Langkah(
        "sasaran_pemda",
        SASARAN_PEMDA.nama,
        m.SasaranPemda,
        ada=lambda s, rek: _sasaran_pemda_db(s),
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "tujuan_id": s.dari("tujuan_pemda")[r.get("tujuan")].pk,
                "kode": r.get("kode"),
                "uraian": r.get("uraian"),
            },
        ),
        delete=False,
        order_group=grup_induk("tujuan_id"),
    ),
    Langkah(
        "versi",
        VERSI.nama,
        m.NomenklaturVersi,
        ada=lambda s, rek: m.NomenklaturVersi.objects.filter(kode__in=[r.get("kode") for r in rek]),
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "kode": r.get("kode"),
                "nama": r.get("nama"),
                "dasar_hukum": r.get("dasar_hukum"),
                "berlaku_mulai": r.get("berlaku_mulai"),
                "lengkap": r.get("lengkap") == "ya",
                "format_sub_kegiatan": int(r.get("format_sub_kegiatan")),
            },
        ),
        delete=False,
        setelah=_satu("versi"),
    ),
    Langkah(
        "nomenklatur",
        NOMENKLATUR.nama,
        m.NomenklaturItem,
        ada=lambda s, rek: list(s.versi.item.all()) if s.versi and s.versi.pk else [],
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {"versi_id": _pk(s.versi), "kode": r.get("kode"), "nama": r.get("nama")},
        ),
        delete=False,
    ),
    Langkah(
        "opd",
        OPD.nama,
        m.PerangkatDaerah,
        ada=lambda s, rek: m.PerangkatDaerah.objects.filter(kode__in=[r.get("kode") for r in rek]),
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "pemda_id": _pk(s.pemda),
                "kode": r.get("kode"),
                "nama": r.get("nama"),
                "jenis": r.get("jenis"),
                **_kepala(r),
            },
        ),
        delete=False,
        setelah=_satu("opd"),
    ),
    Langkah(
        "unit",
        UNIT.nama,
        m.UnitKerja,
        ada=lambda s, rek: _unit_db(s),
        key=lambda o: o.kode,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("kode"),
            lambda r: {
                "opd_id": _pk(s.opd),
                "kode": r.get("kode"),
                "nama": r.get("nama"),
                "nama_singkat": r.get("nama_singkat") or r.get("nama"),
                **_kepala(r),
            },
        ),
        delete=False,
    ),
)


def sasaran_pemda_lain(s: Lingkup) -> dict[str, m.SasaranPemda]:
    """Return the Pemda's sasaran of every RPJMD by code (the first one of each code)."""
    if s.pemda is None or s.pemda.pk is None:
        return {}
    result: dict[str, m.SasaranPemda] = {}
    for x in m.SasaranPemda.objects.filter(tujuan__misi__rpjmd__pemda=s.pemda).order_by("id"):
        result.setdefault(x.kode, x)
    return result
