"""The sheets of each position's Perjanjian Kinerja of the year: versions, indicators, actions.

"PK Jabatan" holds one row per version of a position's PK (its date, the reason of a revision,
the two parties by name: a holder of the position and one of its superior), "Indikator PK
Jabatan" one row per indicator of a version with the indicator it supports (position, version
and code; an empty version: the superior's latest holding that code), "Daftar Rencana Aksi"
one row per action of an indicator of the latest version (numbered as the "Rencana Aksi" sheet
numbers it), with its responsible position, weight and unit. Like every sheet of the year, a
version, indicator or action the sheet no longer holds is deleted through the same door, with
what goes with it: after the period sheets are stored (`DELETIONS`), actions first, then indicators,
then versions, so that an indicator re-linked to another parent in the same workbook no longer
holds its old one back (docs/kaskade.md#buku-isian).
"""

from __future__ import annotations

import datetime
from collections.abc import Hashable, Sequence
from typing import Any

from sakip.impor.selaras import Diinginkan
from sakip.kaskade import models as k
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from . import kaskade, pilihan
from .dasar import Baris, Langkah, Lembar, kolom, save
from .jabatan import KODE_JABATAN, per_kode
from .lingkup import Lingkup

PK = "PK Jabatan"
INDIKATOR = "Indikator PK Jabatan"
AKSI = "Daftar Rencana Aksi"

_VERSI = kolom("versi", "Versi", jenis=Jenis.BULAT, required=True, lebar=8)
_KODE_INDIKATOR = kolom(
    "indikator", "Kode Indikator", jenis=Jenis.KODE, required=True, panjang=64, lebar=18
)
SPEC_PK = SpesifikasiLembar(
    PK,
    (
        KODE_JABATAN,
        _VERSI,
        kolom("tanggal", "Tanggal", jenis=Jenis.TANGGAL),
        kolom("alasan_revisi", "Alasan Revisi", lebar=30),
        kolom(
            "pihak_pertama",
            "Pihak Pertama",
            panjang=255,
            lebar=30,
            keterangan="Nama pemegang jabatan itu.",
        ),
        kolom(
            "pihak_kedua",
            "Pihak Kedua",
            panjang=255,
            lebar=30,
            keterangan="Nama pemegang jabatan atasannya.",
        ),
    ),
    key=("jabatan", "versi"),
    keterangan="Perjanjian Kinerja setiap jabatan tahun ini; setiap revisi adalah versi baru.",
)
SPEC_INDIKATOR = SpesifikasiLembar(
    INDIKATOR,
    (
        KODE_JABATAN,
        _VERSI,
        _KODE_INDIKATOR,
        kolom(
            "jenis_kaskade",
            "Tingkat Kaskade",
            jenis=Jenis.PILIHAN,
            required=True,
            pilihan=pilihan.JENIS_KASKADE,
        ),
        kolom("sasaran", "Sasaran", lebar=40),
        kolom("uraian", "Indikator Kinerja", required=True, lebar=50),
        kolom("satuan", "Satuan", panjang=64, lebar=10, listing="satuan"),
        kolom("polaritas", "Polaritas", jenis=Jenis.PILIHAN, pilihan=pilihan.POLARITAS),
        kolom(
            "induk_jabatan",
            "Jabatan Indikator Atasan",
            jenis=Jenis.KODE,
            panjang=64,
            lebar=18,
            listing="jabatan",
        ),
        kolom(
            "induk_versi",
            "Versi Indikator Atasan",
            jenis=Jenis.BULAT,
            lebar=8,
            keterangan="Kosong: versi terakhir yang memuat kode itu.",
        ),
        kolom(
            "induk_kode",
            "Kode Indikator Atasan",
            jenis=Jenis.KODE,
            panjang=64,
            lebar=18,
            keterangan="Indikator yang didukung; kosong hanya untuk kepala perangkat daerah.",
        ),
    ),
    key=("jabatan", "versi", "indikator"),
    keterangan="Indikator Perjanjian Kinerja setiap jabatan dan indikator atasan yang didukungnya.",
)
SPEC_AKSI = SpesifikasiLembar(
    AKSI,
    (
        KODE_JABATAN,
        _KODE_INDIKATOR,
        kolom(
            "aksi",
            "No Aksi",
            jenis=Jenis.BULAT,
            required=True,
            lebar=8,
            keterangan="Urutan rencana aksi pada indikator itu (1, 2, ...).",
        ),
        kolom("uraian", "Rencana Aksi", required=True, lebar=50),
        kolom(
            "penanggung_jawab",
            "Kode Penanggung Jawab",
            jenis=Jenis.KODE,
            required=True,
            panjang=64,
            lebar=18,
            listing="jabatan",
        ),
        kolom("bobot", "Bobot", jenis=Jenis.NILAI, na_allowed=False),
        kolom("satuan", "Satuan", panjang=64, lebar=10, listing="satuan"),
    ),
    key=("jabatan", "indikator", "aksi"),
    keterangan="Rencana aksi setiap indikator Perjanjian Kinerja jabatan (versi terakhir).",
)


def pk_db(s: Lingkup) -> list[k.PerjanjianKinerjaJabatan]:
    """Return every version of the positions' PKs of the year, position by position."""
    if s.opd is None or s.opd.pk is None:
        return []
    return list(
        k.PerjanjianKinerjaJabatan.objects.filter(jabatan__opd=s.opd, tahun=s.tahun)
        .select_related("jabatan", "pihak_pertama", "pihak_kedua")
        .order_by("jabatan__urutan", "jabatan__kode", "versi")
    )


def _export_pk(s: Lingkup) -> list[Baris]:
    return [
        {
            "jabatan": p.jabatan.kode,
            "versi": p.versi,
            "tanggal": p.tanggal,
            "alasan_revisi": p.alasan_revisi or None,
            "pihak_pertama": p.pihak_pertama.nama if p.pihak_pertama else None,
            "pihak_kedua": p.pihak_kedua.nama if p.pihak_kedua else None,
        }
        for p in pk_db(s)
    ]


def _export_indikator(s: Lingkup) -> list[Baris]:
    baris = []
    for (jabatan, versi, kode), i in kaskade.indikator_tahun(s).items():
        induk = i.induk
        baris.append(
            {
                "jabatan": jabatan,
                "versi": versi,
                "indikator": kode,
                "jenis_kaskade": i.jenis,
                "sasaran": i.sasaran or None,
                "uraian": i.uraian,
                "satuan": i.satuan or None,
                "polaritas": i.polaritas,
                "induk_jabatan": induk.pk_jabatan.jabatan.kode if induk else None,
                "induk_versi": induk.pk_jabatan.versi if induk else None,
                "induk_kode": induk.kode if induk else None,
            }
        )
    return baris


def _export_aksi(s: Lingkup) -> list[Baris]:
    return [
        {
            "jabatan": jabatan,
            "indikator": kode,
            "aksi": no,
            "uraian": a.uraian,
            "penanggung_jawab": a.jabatan.kode,
            "bobot": a.bobot,
            "satuan": a.satuan or None,
        }
        for (jabatan, kode, no), a in kaskade.aksi_tahun(s).items()
    ]


def _pihak(
    pemegang: list[k.PemegangJabatan], nama: str | None, tanggal: datetime.date | None
) -> int | None:
    """Return the holder of that name: the one in office on the PK's date when it held twice."""
    if not nama:
        return None
    sama = [p for p in pemegang if p.nama.strip() == nama.strip()]
    for p in sama:
        if (
            tanggal
            and (p.mulai is None or p.mulai <= tanggal)
            and (p.selesai is None or tanggal <= p.selesai)
        ):
            return p.pk
    return sama[-1].pk if sama else None  # a name no holder has is refused before (cek)


def _diinginkan_pk(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    jabatan = per_kode(s)
    pemegang: dict[int, list[k.PemegangJabatan]] = {}
    for p in k.PemegangJabatan.objects.filter(jabatan__in=jabatan.values()).order_by("mulai", "id"):
        pemegang.setdefault(p.jabatan_id, []).append(p)
    result = []
    for r in rekaman:
        j = jabatan[r.get("jabatan")]
        tanggal = r.get("tanggal")
        result.append(
            Diinginkan(
                (r.get("jabatan"), r.get("versi")),
                {
                    "jabatan_id": j.pk,
                    "tahun": s.tahun,
                    "versi": r.get("versi"),
                    "tanggal": tanggal,
                    "alasan_revisi": r.get("alasan_revisi") or "",
                    "pihak_pertama_id": _pihak(
                        pemegang.get(j.pk, []), r.get("pihak_pertama"), tanggal
                    ),
                    "pihak_kedua_id": _pihak(
                        pemegang.get(j.induk_id or 0, []), r.get("pihak_kedua"), tanggal
                    ),
                },
                r.baris,
            )
        )
    return result


def _ada_pk(s: Lingkup, rekaman: Sequence[Rekaman]) -> dict[Hashable, Any]:
    return {(p.jabatan.kode, p.versi): p for p in pk_db(s)}


def _diinginkan_indikator(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    pk = s.dari("pk_jabatan")
    return [
        Diinginkan(
            (r.get("jabatan"), r.get("versi"), r.get("indikator")),
            {
                "pk_jabatan_id": pk[(r.get("jabatan"), r.get("versi"))].pk,
                "kode": r.get("indikator"),
                "jenis": r.get("jenis_kaskade"),
                "sasaran": r.get("sasaran") or "",
                "uraian": r.get("uraian"),
                "satuan": r.get("satuan") or "",
                "polaritas": r.get("polaritas") or "naik",
            },
            r.baris,
        )
        for r in rekaman
    ]


def induk_dari(
    all_items: dict[tuple[str, int, str], Any], jabatan: str, versi: int | None, kode: str
) -> Any:
    """Return the indicator a row names as its parent: that version, or the latest holding it."""
    if versi is not None:
        return all_items.get((jabatan, versi, kode))
    calon = [(v, i) for (j, v, c), i in all_items.items() if j == jabatan and c == kode]
    return max(calon, key=lambda x: x[0])[1] if calon else None


def _diinginkan_induk(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    """Return each indicator's parent, once every indicator of the sheet is stored."""
    all_items = kaskade.indikator_tahun(s)
    result = []
    for r in rekaman:
        induk = None
        if r.get("induk_jabatan") and r.get("induk_kode"):
            induk = induk_dari(
                all_items, r.get("induk_jabatan"), r.get("induk_versi"), r.get("induk_kode")
            )
        result.append(
            Diinginkan(
                (r.get("jabatan"), r.get("versi"), r.get("indikator")),
                {"induk_id": induk.pk if induk else None},
                r.baris,
            )
        )
    return result


def _diinginkan_aksi(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    indikator = kaskade.indikator_terakhir(s)
    jabatan = per_kode(s)
    result = []
    for r in sorted(rekaman, key=lambda r: (r.get("jabatan"), r.get("indikator"), r.get("aksi"))):
        i = indikator[(r.get("jabatan"), r.get("indikator"))]
        result.append(
            Diinginkan(
                (r.get("jabatan"), r.get("indikator"), r.get("aksi")),
                {
                    "indikator_id": i.pk,
                    "uraian": r.get("uraian"),
                    "jabatan_id": jabatan[r.get("penanggung_jawab")].pk,
                    "bobot": save(r.get("bobot")),
                    "satuan": r.get("satuan") or "",
                },
                r.baris,
            )
        )
    return result


LEMBAR = (
    Lembar(SPEC_PK, _export_pk),
    Lembar(SPEC_INDIKATOR, _export_indikator),
    Lembar(SPEC_AKSI, _export_aksi),
)
_PK: dict[str, Any] = {
    "lembar": PK,
    "model": k.PerjanjianKinerjaJabatan,
    "ada": _ada_pk,
    "key": None,
    "diinginkan": _diinginkan_pk,
}
_INDIKATOR: dict[str, Any] = {
    "lembar": INDIKATOR,
    "model": k.IndikatorPKJabatan,
    "ada": lambda s, rek: dict(kaskade.indikator_tahun(s)),
    "key": None,
    "order_group": lambda d: d.key[:2],
}
_AKSI: dict[str, Any] = {
    "lembar": AKSI,
    "model": k.RencanaAksiKinerja,
    "ada": lambda s, rek: dict(kaskade.aksi_tahun(s)),
    "key": None,
    "diinginkan": _diinginkan_aksi,
    "order_group": lambda d: d.nilai["indikator_id"],
}
LANGKAH: tuple[Langkah[Any], ...] = (
    Langkah("pk_jabatan", **_PK, delete=False),
    Langkah("indikator_pk_jabatan", **_INDIKATOR, diinginkan=_diinginkan_indikator, delete=False),
    # An indicator may support one the sheet adds further down: set once all are stored.
    Langkah(
        "indikator_pk_jabatan_atasan", **_INDIKATOR, diinginkan=_diinginkan_induk, delete=False
    ),
    Langkah("rencana_aksi_jabatan", **_AKSI, delete=False),
)
DELETIONS: tuple[Langkah[Any], ...] = (
    Langkah("rencana_aksi_jabatan_hapus", **_AKSI, delete=True, delete_only=True),
    Langkah(
        "indikator_pk_jabatan_hapus",
        **_INDIKATOR,
        diinginkan=_diinginkan_induk,
        delete=True,
        delete_only=True,
    ),
    Langkah("pk_jabatan_hapus", **_PK, delete=True, delete_only=True),
)
"""The deletions, once the period sheets are stored: the rows below first."""
OPSIONAL = frozenset({PK, INDIKATOR, AKSI})
"""Sheets a workbook may lack (one made before they existed): their data stays."""
