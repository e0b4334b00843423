"""Where the cascade's records belong, and who changes them (the change service's map).

Positions, holders and who acts for a position are organisation data: the Admin Pemda's, like
the units. The PK of a position and its rencana aksi are planned by the OPD's perencana; a
period's realisation is entered by the holder of the responsible position and verified by the
holder of the position above it (`hak_isian`), besides the perencana.
"""

from __future__ import annotations

from typing import Any

from sakip.alur.rekaman import (
    ADMIN,
    LOOKUP_FIELDS,
    PERENCANA,
    Finder,
    JenisRekaman,
    Tempat,
    daftarkan,
    triwulan_periode,
)
from sakip.kinerja import models as m

from . import models as k

ISIAN_PEMEGANG = frozenset({"realisasi", "catatan", "bukti", "status"})
"""What the holder of the responsible position enters for a period."""
ISIAN_VERIFIKATOR = frozenset({"status", "catatan_verifikasi"})
"""What the holder of the position above changes when verifying."""


def _jabatan(find: Finder, jabatan_id: int) -> tuple[int, int | None]:
    """Return a position's OPD and unit (the OPD's own unit when it names none)."""
    opd_id, unit_id = find(k.Jabatan, jabatan_id)
    if unit_id is None and opd_id is not None:
        (unit_id,) = find(m.PerangkatDaerah, opd_id)
    return opd_id, unit_id


def _pk(find: Finder, pk_id: int) -> tuple[int, int | None, int]:
    jabatan_id, tahun = find(k.PerjanjianKinerjaJabatan, pk_id)
    opd_id, unit_id = _jabatan(find, jabatan_id)
    return opd_id, unit_id, tahun


def _indikator(find: Finder, indikator_id: int) -> tuple[int, int | None, int]:
    (pk_id,) = find(k.IndikatorPKJabatan, indikator_id)
    return _pk(find, pk_id)


def _target(o: Any, find: Finder) -> Tempat:
    opd_id, unit_id, tahun = _indikator(find, o.indikator_id)
    return Tempat(
        opd_id=opd_id, unit_id=unit_id, tahun=(tahun,), triwulan=triwulan_periode(o.periode)
    )


def _rencana_aksi(o: Any, find: Finder) -> Tempat:
    opd_id, _, tahun = _indikator(find, o.indikator_id)
    return Tempat(opd_id=opd_id, tahun=(tahun,))


def _periode_aksi(o: Any, find: Finder) -> Tempat:
    indikator_id, jabatan_id = find(k.RencanaAksiKinerja, o.rencana_aksi_id)
    _, _, tahun = _indikator(find, indikator_id)
    opd_id, unit_id = _jabatan(find, jabatan_id)
    return Tempat(
        opd_id=opd_id, unit_id=unit_id, tahun=(tahun,), triwulan=triwulan_periode(o.periode)
    )


def jabatan_pengguna(pengguna: Any) -> set[int]:
    """Return the ids of the positions a user acts for."""
    if pengguna is None or not getattr(pengguna, "is_authenticated", False):
        return set()
    return set(k.PenggunaJabatan.objects.filter(user=pengguna).values_list("jabatan_id", flat=True))


def penanggung_jawab(obj: Any) -> k.Jabatan | None:
    """Return the position that enters a period's realisation."""
    if isinstance(obj, k.PeriodeRencanaAksi):
        return obj.rencana_aksi.jabatan
    if isinstance(obj, k.TargetIndikatorJabatan):
        return obj.indikator.pk_jabatan.jabatan
    return None


def hak_isian(obj: Any, pengguna: Any, fields: frozenset[str] | None) -> str | None:
    """Let the holder enter a period's realisation and the holder above verify it."""
    jabatan = penanggung_jawab(obj)
    milik = jabatan_pengguna(pengguna)
    if jabatan is None or fields is None or not milik:
        return "hanya perencana atau pemegang jabatan penanggung jawab yang dapat mengubahnya"
    if jabatan.pk in milik and fields <= ISIAN_PEMEGANG:
        if obj.status == k.StatusIsian.DIVERIFIKASI:
            return "sudah diverifikasi atasan; hanya atasan yang dapat mengembalikannya"
        return None
    if jabatan.induk_id in milik and fields <= ISIAN_VERIFIKATOR:
        return None
    return (
        f"hanya pemegang jabatan {jabatan.nama} yang mengisi realisasinya dan atasannya yang "
        "memverifikasi"
    )


def check_jabatan(obj: Any, aksi: str, sesi: Any) -> list[Any]:
    """A position is not deleted while positions report to it or PKs name it, and its
    superior is never itself nor one of the positions below it (the tree stays a tree)."""
    if aksi == "hapus" and obj.pk is None:
        return []
    if aksi == "hapus":
        alasan = []
        bawahan = [
            nama
            for pk, nama in k.Jabatan.objects.filter(induk_id=obj.pk).values_list("pk", "nama")
            if (k.Jabatan, pk) not in sesi.dihapus
        ]
        if bawahan:
            alasan.append(
                f"masih menjadi atasan {', '.join(bawahan[:3])}"
                + (f" dan {len(bawahan) - 3} jabatan lain" if len(bawahan) > 3 else "")
                + "; pindahkan bawahannya ke jabatan lain lebih dulu"
            )
        # Removing the whole OPD takes its positions along; a position alone keeps its PKs.
        tahun = sorted(
            set(
                k.PerjanjianKinerjaJabatan.objects.filter(jabatan_id=obj.pk).values_list(
                    "tahun", flat=True
                )
            )
        )
        if tahun and (k.Jabatan, obj.pk) in sesi.dihapus_akar:
            alasan.append(
                f"Perjanjian Kinerja tahun {', '.join(map(str, tahun))} dibuat untuk jabatan "
                "ini; jabatan yang memiliki Perjanjian Kinerja tidak dihapus"
            )
        return alasan
    alasan_isi: list[Any] = []
    if (
        obj.unit_id is not None
        and not m.UnitKerja.objects.filter(pk=obj.unit_id, opd_id=obj.opd_id).exists()
    ):
        alasan_isi.append(("unit", "unit kerja jabatan harus unit perangkat daerah yang sama"))
    if obj.induk_id is None:
        return alasan_isi
    if not k.Jabatan.objects.filter(pk=obj.induk_id, opd_id=obj.opd_id).exists():
        alasan_isi.append(("induk", "jabatan atasan harus jabatan pada perangkat daerah yang sama"))
    if obj.pk is None:
        return alasan_isi
    if obj.induk_id == obj.pk:
        return [*alasan_isi, ("induk", "sebuah jabatan tidak dapat menjadi atasannya sendiri")]
    bawah = {obj.pk}
    lapis = {obj.pk}
    while lapis:
        lapis = set(k.Jabatan.objects.filter(induk_id__in=lapis).values_list("pk", flat=True))
        lapis -= bawah
        bawah |= lapis
    if obj.induk_id in bawah:
        return [*alasan_isi, ("induk", "jabatan atasan tidak boleh salah satu bawahan jabatan ini")]
    return alasan_isi


def check_indikator(obj: Any, aksi: str, sesi: Any) -> list[Any]:
    """An indicator is not deleted while indicators of the positions below still support it."""
    if aksi != "hapus" or obj.pk is None:
        return []
    anak = [
        f"{kode} ({nama})"
        for pk, kode, nama in k.IndikatorPKJabatan.objects.filter(induk_id=obj.pk).values_list(
            "pk", "kode", "pk_jabatan__jabatan__nama"
        )
        if (k.IndikatorPKJabatan, pk) not in sesi.dihapus
    ]
    if not anak:
        return []
    lagi = f" dan {len(anak) - 3} indikator lain" if len(anak) > 3 else ""
    return [
        f"masih didukung oleh indikator {', '.join(anak[:3])}{lagi}; hubungkan indikator "
        "itu ke indikator atasan lain lebih dulu"
    ]


def check_pemegang(obj: Any, aksi: str, sesi: Any) -> list[Any]:
    """A holder's term ends on or after the day it starts, and no other term of the position
    starts that day: the position and the start are what names a holder (the workbook's key)."""
    if aksi == "hapus":
        return []
    alasan: list[Any] = []
    if obj.mulai and obj.selesai and obj.selesai < obj.mulai:
        alasan.append(("selesai", "tanggal selesai sebelum tanggal mulai menjabat"))
    sama = k.PemegangJabatan.objects.filter(jabatan_id=obj.jabatan_id, mulai=obj.mulai)
    if obj.mulai is None:
        sama = k.PemegangJabatan.objects.filter(jabatan_id=obj.jabatan_id, mulai__isnull=True)
    lain = sama.exclude(pk=obj.pk).values_list("nama", flat=True).first()
    if lain is not None:
        kapan = "tanpa tanggal mulai" if obj.mulai is None else "mulai pada tanggal yang sama"
        alasan.append(("mulai", f"{lain} juga memegang jabatan ini {kapan}"))
    return alasan


def register_all() -> None:
    """Add the cascade's record types to the change service's map."""
    LOOKUP_FIELDS[k.Jabatan] = ("opd_id", "unit_id")
    LOOKUP_FIELDS[k.PerjanjianKinerjaJabatan] = ("jabatan_id", "tahun")
    LOOKUP_FIELDS[k.IndikatorPKJabatan] = ("pk_jabatan_id",)
    LOOKUP_FIELDS[k.RencanaAksiKinerja] = ("indikator_id", "jabatan_id")
    for jenis in (
        JenisRekaman(k.Jabatan, ADMIN, lambda o, c: Tempat(opd_id=o.opd_id), check=check_jabatan),
        JenisRekaman(
            k.PemegangJabatan,
            ADMIN,
            lambda o, c: Tempat(opd_id=_jabatan(c, o.jabatan_id)[0]),
            check=check_pemegang,
        ),
        JenisRekaman(
            k.PenggunaJabatan, ADMIN, lambda o, c: Tempat(opd_id=_jabatan(c, o.jabatan_id)[0])
        ),
        JenisRekaman(
            k.PerjanjianKinerjaJabatan,
            PERENCANA,
            lambda o, c: Tempat(opd_id=_jabatan(c, o.jabatan_id)[0], tahun=(o.tahun,)),
        ),
        JenisRekaman(
            k.IndikatorPKJabatan,
            PERENCANA,
            lambda o, c: Tempat(
                opd_id=_pk(c, o.pk_jabatan_id)[0], tahun=(_pk(c, o.pk_jabatan_id)[2],)
            ),
            check=check_indikator,
        ),
        JenisRekaman(k.TargetIndikatorJabatan, PERENCANA, _target, hak_lain=hak_isian),
        JenisRekaman(k.RencanaAksiKinerja, PERENCANA, _rencana_aksi),
        JenisRekaman(k.PeriodeRencanaAksi, PERENCANA, _periode_aksi, hak_lain=hak_isian),
    ):
        daftarkan(jenis)
