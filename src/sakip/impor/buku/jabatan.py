"""The positions' sheets: the tree of positions of the OPD and who held each of them.

"Jabatan" holds one row per position (code, name, level, superior, unit), "Pemegang Jabatan"
one row per holder of a position over time (name, NIP, definitive or acting, from and to).
They come before the PK sheets (`pk_jabatan`), whose rows name a position and its holders.
The positions are the Admin Pemda's data (docs/kaskade.md): the change service refuses another
user's changed row at its cell, while an unchanged row passes for anyone. Like every sheet of
the workbook's scope, a position or holder the sheet no longer holds is deleted, through the
same door: once the PK sheets are stored (`DELETIONS`, the last steps), so that a holder or position
removed with the PK versions and actions naming it goes, and one still named is refused.
A holder is the position and the day the term starts ("Mulai"; an empty one is a start not
known, at most one per position): reordering rows changes nothing, a changed end date or name
changes that holder, and a changed start date is another term (the old one is deleted).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from sakip.impor.selaras import Diinginkan
from sakip.kaskade import models as k
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from . import pilihan
from .dasar import Baris, Langkah, Lembar, kolom
from .lingkup import Lingkup

JABATAN = "Jabatan"
PEMEGANG = "Pemegang Jabatan"

KODE_JABATAN = kolom(
    "jabatan",
    "Kode Jabatan",
    jenis=Jenis.KODE,
    required=True,
    panjang=64,
    lebar=18,
    listing="jabatan",
)

SPEC_JABATAN = SpesifikasiLembar(
    JABATAN,
    (
        kolom("kode", "Kode Jabatan", jenis=Jenis.KODE, required=True, panjang=64, lebar=18),
        kolom("nama", "Nama Jabatan", required=True, panjang=255, lebar=40),
        kolom("tingkat", "Tingkat", jenis=Jenis.PILIHAN, required=True, pilihan=pilihan.TINGKAT),
        kolom(
            "induk",
            "Kode Jabatan Atasan",
            jenis=Jenis.KODE,
            panjang=64,
            lebar=18,
            listing="jabatan",
            keterangan="Kosong: jabatan tertinggi perangkat daerah.",
        ),
        kolom(
            "unit",
            "Kode Unit",
            jenis=Jenis.KODE_UNIT,
            listing="unit",
            keterangan="Kosong: jabatan perangkat daerah itu sendiri.",
        ),
    ),
    key=("kode",),
    keterangan="Susunan jabatan perangkat daerah: setiap jabatan dan atasannya.",
)
SPEC_PEMEGANG = SpesifikasiLembar(
    PEMEGANG,
    (
        KODE_JABATAN,
        kolom("nama", "Nama", required=True, panjang=255, lebar=30),
        kolom("nip", "NIP", jenis=Jenis.KODE, panjang=32, lebar=22),
        kolom(
            "status_pemegang",
            "Status",
            jenis=Jenis.PILIHAN,
            required=True,
            pilihan=pilihan.STATUS_PEMEGANG,
        ),
        kolom("mulai", "Mulai", jenis=Jenis.TANGGAL),
        kolom("selesai", "Selesai", jenis=Jenis.TANGGAL, keterangan="Kosong: masih menjabat."),
    ),
    key=("jabatan", "mulai"),
    nullable_key=("mulai",),
    keterangan="Pemegang setiap jabatan dari waktu ke waktu, definitif atau Plt/Plh.",
)


def jabatan_db(s: Lingkup) -> list[k.Jabatan]:
    """Return the OPD's positions in their order."""
    if s.opd is None or s.opd.pk is None:
        return []
    return list(
        k.Jabatan.objects.filter(opd=s.opd)
        .select_related("induk", "unit")
        .order_by("urutan", "kode")
    )


def pemegang_db(s: Lingkup) -> list[k.PemegangJabatan]:
    """Return the holders of the OPD's positions, position by position, in time order."""
    if s.opd is None or s.opd.pk is None:
        return []
    return list(
        k.PemegangJabatan.objects.filter(jabatan__opd=s.opd)
        .select_related("jabatan")
        .order_by("jabatan__urutan", "jabatan__kode", "mulai", "id")
    )


def _export_jabatan(s: Lingkup) -> list[Baris]:
    return [
        {
            "kode": j.kode,
            "nama": j.nama,
            "tingkat": j.tingkat,
            "induk": j.induk.kode if j.induk else None,
            "unit": j.unit.kode if j.unit else None,
        }
        for j in jabatan_db(s)
    ]


def _export_pemegang(s: Lingkup) -> list[Baris]:
    return [
        {
            "jabatan": p.jabatan.kode,
            "nama": p.nama,
            "nip": p.nip,
            "status_pemegang": p.status,
            "mulai": p.mulai,
            "selesai": p.selesai,
        }
        for p in pemegang_db(s)
    ]


def per_kode(s: Lingkup) -> dict[str, k.Jabatan]:
    """Return the OPD's positions by code, as stored so far in this import."""
    return {j.kode: j for j in jabatan_db(s)}


def _diinginkan_jabatan(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    unit = s.dari("unit")
    return [
        Diinginkan(
            r.get("kode"),
            {
                "opd_id": s.opd.pk if s.opd else None,
                "kode": r.get("kode"),
                "nama": r.get("nama"),
                "tingkat": r.get("tingkat"),
                "unit_id": unit[r.get("unit")].pk if r.get("unit") else None,
            },
            r.baris,
        )
        for r in rekaman
    ]


def _diinginkan_atasan(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    """Return each position's superior, once every position of the sheet is stored."""
    all_items = per_kode(s)
    return [
        Diinginkan(
            r.get("kode"),
            {"induk_id": all_items[r.get("induk")].pk if r.get("induk") else None},
            r.baris,
        )
        for r in rekaman
    ]


def _key_pemegang(o: k.PemegangJabatan) -> Hashable:
    """Return a stored holder's key: its position's code and the day its term starts."""
    return (o.jabatan.kode, o.mulai)


def _diinginkan_pemegang(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    all_items = per_kode(s)
    return [
        Diinginkan(
            (r.get("jabatan"), r.get("mulai")),
            {
                "jabatan_id": all_items[r.get("jabatan")].pk,
                "nama": r.get("nama"),
                "nip": r.get("nip"),
                "status": r.get("status_pemegang"),
                "mulai": r.get("mulai"),
                "selesai": r.get("selesai"),
            },
            r.baris,
        )
        for r in rekaman
    ]


def _ada_jabatan(s: Lingkup, rekaman: Sequence[Rekaman]) -> dict[Any, Any]:
    return dict(per_kode(s))


LEMBAR = (Lembar(SPEC_JABATAN, _export_jabatan), Lembar(SPEC_PEMEGANG, _export_pemegang))
_JABATAN: dict[str, Any] = {"lembar": JABATAN, "model": k.Jabatan, "ada": _ada_jabatan, "key": None}
_PEMEGANG: dict[str, Any] = {
    "lembar": PEMEGANG,
    "model": k.PemegangJabatan,
    "ada": lambda s, rek: pemegang_db(s),
    "key": _key_pemegang,
    "diinginkan": _diinginkan_pemegang,
}
LANGKAH: tuple[Langkah[Any], ...] = (
    Langkah("jabatan", **_JABATAN, diinginkan=_diinginkan_jabatan, delete=False),
    # A superior may be a position the sheet adds below it: set once all are stored.
    Langkah("jabatan_atasan", **_JABATAN, diinginkan=_diinginkan_atasan, delete=False),
    Langkah("pemegang_jabatan", **_PEMEGANG, delete=False),
)
DELETIONS: tuple[Langkah[Any], ...] = (
    Langkah("pemegang_jabatan_hapus", **_PEMEGANG, delete=True, delete_only=True),
    Langkah(
        "jabatan_hapus", **_JABATAN, diinginkan=_diinginkan_jabatan, delete=True, delete_only=True
    ),
)
"""The deletions, after the PK sheets (a PK names its parties, an action its position)."""
OPSIONAL = frozenset({JABATAN, PEMEGANG})
"""Sheets a workbook may lack (one made before they existed): their data stays."""
