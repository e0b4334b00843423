"""The Pemda's OPDs, their units and their users read from one workbook, written through the
change service (docs/pemda.md#organisasi).

Sheet "Perangkat Daerah": Kode, Nama, Jenis, Jabatan kepala, Nama kepala, NIP kepala.
Sheet "Unit Kerja": Kode perangkat daerah, Kode, Nama, Nama singkat, Urutan.
Sheet "Pengguna" (may be absent): Nama pengguna, Nama lengkap, Peran, Kode perangkat daerah,
Kode unit.

A record is found by its code (a user by the user name): a new one is added, a known one
updated. Every OPD and unit passes the change service's rules (organisation codes, roles,
locks), every account and role the account service's (both recorded in the history); one
refused row refuses the whole workbook, each reason named by sheet and row. A new user gets a
one-time password, to be changed at the first login.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sakip.akun.layanan import add_peran, create_pengguna, sandi_sekali_pakai
from sakip.alur.layanan import Ditolak, Sesi, perubahan
from sakip.alur.models import Peran
from sakip.kinerja import models as m

LEMBAR_OPD = "Perangkat Daerah"
LEMBAR_UNIT = "Unit Kerja"
LEMBAR_PENGGUNA = "Pengguna"
KOLOM = {
    LEMBAR_OPD: ("Kode", "Nama", "Jenis", "Jabatan kepala", "Nama kepala", "NIP kepala"),
    LEMBAR_UNIT: ("Kode perangkat daerah", "Kode", "Nama", "Nama singkat", "Urutan"),
    LEMBAR_PENGGUNA: (
        "Nama pengguna",
        "Nama lengkap",
        "Peran",
        "Kode perangkat daerah",
        "Kode unit",
    ),
}
REQUIRED = {
    LEMBAR_OPD: ("Kode", "Nama", "Jenis"),
    LEMBAR_UNIT: ("Kode perangkat daerah", "Kode", "Nama"),
    LEMBAR_PENGGUNA: ("Nama pengguna", "Peran"),
}


class BukuTidakSah(ValueError):
    """The workbook cannot be read as an organisation workbook; nothing was stored."""


@dataclass
class Result:
    """What an import did, or why it stored nothing."""

    ditambah: dict[str, int] = field(default_factory=dict)
    diubah: dict[str, int] = field(default_factory=dict)
    sandi: dict[str, str] = field(default_factory=dict)
    """New user name -> its one-time password."""
    error: list[str] = field(default_factory=list)

    @property
    def berhasil(self) -> bool:
        return not self.error


@dataclass(frozen=True)
class Baris:
    lembar: str
    nomor: int
    isi: dict[str, str]

    def __getitem__(self, kolom: str) -> str:
        return self.isi.get(kolom, "")

    @property
    def tempat(self) -> str:
        return f"Lembar {self.lembar} baris {self.nomor}"


def read(data: bytes) -> dict[str, list[Baris]]:
    """Return the rows of each sheet, or raise `BukuTidakSah` in Indonesian."""
    from openpyxl import load_workbook

    try:
        buku = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise BukuTidakSah("Berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca.") from exc
    result: dict[str, list[Baris]] = {}
    for lembar in KOLOM:
        if lembar not in buku.sheetnames:
            if lembar == LEMBAR_PENGGUNA:
                result[lembar] = []
                continue
            raise BukuTidakSah(f"Lembar {lembar} tidak ada dalam buku kerja.")
        result[lembar] = list(_baris(lembar, buku[lembar].iter_rows(values_only=True)))
    return result


def _teks(nilai: Any) -> str:
    if nilai is None:
        return ""
    if isinstance(nilai, float) and nilai.is_integer():
        nilai = int(nilai)
    return str(nilai).strip()


def _baris(lembar: str, baris: Iterator[tuple[Any, ...]]) -> Iterator[Baris]:
    kepala = [_teks(x) for x in next(baris, ())]
    dikenal = {k.lower(): k for k in KOLOM[lembar]}
    posisi = {dikenal[k.lower()]: i for i, k in enumerate(kepala) if k.lower() in dikenal}
    kurang = [k for k in REQUIRED[lembar] if k not in posisi]
    if kurang:
        raise BukuTidakSah(f"Lembar {lembar}: kolom {', '.join(kurang)} tidak ada di baris 1.")
    for nomor, isi in enumerate(baris, start=2):
        nilai = {k: _teks(isi[i]) if i < len(isi) else "" for k, i in posisi.items()}
        if any(nilai.values()):
            yield Baris(lembar, nomor, nilai)


def impor(pemda: m.Pemda, data: bytes, pengguna: Any) -> Result:
    """Add or update the workbook's OPDs, units and users; all of it, or nothing."""
    lembar = read(data)
    result = Result()
    try:
        with perubahan(pengguna, "Impor daftar perangkat daerah", pemda_id=pemda.pk) as sesi:
            for b in lembar[LEMBAR_OPD]:
                _satu(result, b, lambda b=b: _opd(sesi, pemda, b))
            for b in lembar[LEMBAR_UNIT]:
                _satu(result, b, lambda b=b: _unit(sesi, pemda, b))
            for b in lembar[LEMBAR_PENGGUNA]:
                _satu(result, b, lambda b=b: _pengguna(sesi, pemda, b, pengguna, result))
            if result.error:
                raise _Batal
    except _Batal:
        result.ditambah, result.diubah, result.sandi = {}, {}, {}
    return result


class _Batal(Exception):
    """Rolls the whole import back when a row was refused."""


def _satu(result: Result, b: Baris, write: Any) -> None:
    try:
        with transaction.atomic():
            jenis, new = write()
    except Ditolak as exc:
        result.error += [f"{b.tempat}: {p.alasan}" for p in exc.penolakan]
    except _Tolak as exc:
        result.error.append(f"{b.tempat}: {exc}")
    except ValidationError as exc:
        result.error += [f"{b.tempat}: {pesan}" for pesan in exc.messages]
    except IntegrityError:
        result.error.append(f"{b.tempat}: data dengan kode yang sama sudah ada")
    else:
        if new is None:
            return  # nothing of it changed
        tujuan = result.ditambah if new else result.diubah
        tujuan[jenis] = tujuan.get(jenis, 0) + 1


class _Tolak(Exception):
    """A row refused before it reaches the change service (an unknown reference)."""


def _isi(obj: Any) -> tuple[Any, ...]:
    return tuple(getattr(obj, f.attname) for f in obj._meta.concrete_fields)


def _save(sesi: Sesi, obj: Any, old: tuple[Any, ...] | None) -> bool | None:
    """Save through the door; return True for a new record, False changed, None unchanged."""
    if old is not None and _isi(obj) == old:
        return None
    sesi.save(obj)
    return old is None


def _opd(sesi: Sesi, pemda: m.Pemda, b: Baris) -> tuple[str, bool | None]:
    obj = m.PerangkatDaerah.objects.filter(kode=b["Kode"]).first()
    old = _isi(obj) if obj is not None else None
    if obj is None:
        obj = m.PerangkatDaerah(pemda=pemda, kode=b["Kode"])
    elif obj.pemda_id != pemda.pk:
        raise _Tolak(f"perangkat daerah {b['Kode']} milik Pemda lain")
    obj.nama, obj.jenis = b["Nama"], b["Jenis"]
    for kolom, attr in (
        ("Jabatan kepala", "kepala_jabatan"),
        ("Nama kepala", "kepala_nama"),
        ("NIP kepala", "kepala_nip"),
    ):
        if b[kolom]:
            setattr(obj, attr, b[kolom])
    return "perangkat daerah", _save(sesi, obj, old)


def _find_opd(pemda: m.Pemda, kode: str) -> m.PerangkatDaerah:
    opd = m.PerangkatDaerah.objects.filter(kode=kode, pemda=pemda).first()
    if opd is None:
        raise _Tolak(f"perangkat daerah {kode} tidak ada pada lembar {LEMBAR_OPD} maupun di sakip")
    return opd


def _unit(sesi: Sesi, pemda: m.Pemda, b: Baris) -> tuple[str, bool | None]:
    opd = _find_opd(pemda, b["Kode perangkat daerah"])
    obj = m.UnitKerja.objects.filter(kode=b["Kode"]).first()
    old = _isi(obj) if obj is not None else None
    if obj is None:
        obj = m.UnitKerja(opd=opd, kode=b["Kode"])
    elif obj.opd_id != opd.pk:
        raise _Tolak(f"unit {b['Kode']} sudah tercatat pada perangkat daerah lain")
    obj.nama = b["Nama"]
    obj.nama_singkat = b["Nama singkat"] or b["Nama"]
    if b["Urutan"]:
        if not b["Urutan"].isdigit():
            raise _Tolak(f"urutan {b['Urutan']} bukan bilangan bulat")
        obj.urutan = int(b["Urutan"])
    return "unit kerja", _save(sesi, obj, old)


def _peran(teks: str) -> str:
    for kode, label in Peran.JENIS:
        if teks.lower() in (kode, label.lower()):
            return kode
    pilihan = ", ".join(label for _, label in Peran.JENIS)
    raise _Tolak(f"peran {teks} tidak dikenal; pilih {pilihan}")


def _pengguna(
    sesi: Sesi, pemda: m.Pemda, b: Baris, oleh: Any, result: Result
) -> tuple[str, bool | None]:
    jenis = _peran(b["Peran"])
    opd = _find_opd(pemda, b["Kode perangkat daerah"]) if b["Kode perangkat daerah"] else None
    unit = None
    if b["Kode unit"]:
        unit = m.UnitKerja.objects.filter(kode=b["Kode unit"], opd__pemda=pemda).first()
        if unit is None:
            raise _Tolak(f"unit {b['Kode unit']} tidak ada")
        opd = opd or unit.opd
    nama = b["Nama pengguna"]
    user = get_user_model().objects.filter(username=nama).first()
    new = user is None
    if user is None:
        sandi = sandi_sekali_pakai()
        user = create_pengguna(nama, b["Nama lengkap"], sandi, oleh)
        result.sandi[nama] = sandi
    if Peran.objects.filter(user=user, jenis=jenis, pemda=pemda, opd=opd, unit=unit).exists():
        return "pengguna", True if new else None
    peran = Peran(user=user, jenis=jenis, pemda=pemda, opd=opd, unit=unit)
    peran.clean()
    add_peran(peran, oleh, "Impor daftar perangkat daerah.")
    return "pengguna", new
