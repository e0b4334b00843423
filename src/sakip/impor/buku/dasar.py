"""The parts every sheet of the entry workbook is made of: its export and its import steps."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import models

from sakip.impor.selaras import Diinginkan
from sakip.spreadsheet import nilai as nv
from sakip.spreadsheet.lembar import Jenis, Kolom, Rekaman, SpesifikasiLembar

from .lingkup import Lingkup

Baris = dict[str, Any]
M = TypeVar("M", bound=models.Model)


@dataclass(frozen=True)
class Lembar:
    """A sheet of the workbook and how its rows come out of the database."""

    spec: SpesifikasiLembar
    export: Callable[[Lingkup], list[Baris]]


@dataclass(frozen=True)
class Langkah(Generic[M]):
    """One import step: the rows of one model that one sheet wants."""

    nama: str
    """Name under which later steps find the rows it stored (`Lingkup.dari`)."""
    lembar: str
    model: type[M]
    ada: Callable[[Lingkup, Sequence[Rekaman]], Iterable[M] | dict[Any, Any]]
    """The stored rows in the workbook's scope, in display order (or already by key)."""
    key: Callable[[M], Hashable] | None
    """The key of a stored row; None when rows are keyed by position (see `posisi`)."""
    diinginkan: Callable[[Sequence[Rekaman], Lingkup], list[Diinginkan]]
    delete: bool
    """Whether stored rows of the scope that the sheet no longer holds are deleted."""
    order_group: Callable[[Diinginkan], Hashable] | None = None
    """The group within which rows are numbered for display (default: all rows of the step)."""
    setelah: Callable[[Lingkup, dict[Hashable, Any]], None] | None = None
    """What to remember once the rows are stored (the Pemda, the Renstra ...)."""
    posisi: Callable[[M], Hashable] | None = None
    """For rows without a key of their own: their group; a row is then (group, n-th in it)."""
    delete_only: bool = False
    """A later pass of a sheet that only deletes the stored rows it no longer holds: placed
    after the steps whose rows point to them, so a row is removed with the rows naming it."""

    def tersimpan(self, s: Lingkup, rekaman: Sequence[Rekaman]) -> dict[Hashable, Any]:
        """Return the stored rows of the scope by key."""
        tersimpan = self.ada(s, rekaman)
        if isinstance(tersimpan, dict):
            return tersimpan
        objs = list(tersimpan)
        if self.posisi is not None:
            key = berposisi(self.posisi(o) for o in objs)
            return dict(zip(key, objs, strict=True))
        assert self.key is not None
        return {self.key(o): o for o in objs}


def kolom(key: str, judul: str, **opsi: Any) -> Kolom:
    """Return a column (a shorter spelling of `Kolom`)."""
    return Kolom(key=key, judul=judul, **opsi)


def save(nilai: Any) -> Any:
    """Return a value as stored: "n/a" (stated not available) is NULL."""
    return None if nilai is nv.NA else nilai


def show_nilai(nilai: Any, ada: bool = True) -> Any:
    """Return a stored indicator value for its cell: NULL of an existing row is "n/a"."""
    if not ada:
        return None
    return nv.NA if nilai is None else nilai


def per_baris(
    rekaman: Sequence[Rekaman],
    key: Callable[[Rekaman], Hashable],
    nilai: Callable[[Rekaman], Baris],
) -> list[Diinginkan]:
    """Return one wanted row per record."""
    return [Diinginkan(key(r), nilai(r), r.baris) for r in rekaman]


class Ke(int):
    """The position of a row within its group (counted from 0), shown "ke-1", "ke-2", ..."""

    def __str__(self) -> str:
        return f"ke-{int(self) + 1}"


def berposisi(kelompok: Iterable[Hashable]) -> list[tuple[Hashable, Ke]]:
    """Return (group, n) for a sequence of groups: the n-th row of its group."""
    compute: dict[Hashable, int] = {}
    result = []
    for g in kelompok:
        n = compute.get(g, 0)
        compute[g] = n + 1
        result.append((g, Ke(n)))
    return result


def pejabat(obj: Any) -> Baris:
    """Return the head of something as its three cells."""
    return {
        "kepala_jabatan": obj.kepala_jabatan or None,
        "kepala_nama": obj.kepala_nama,
        "kepala_nip": obj.kepala_nip,
    }


def kolom_pejabat(sebutan: str = "Kepala") -> tuple[Kolom, ...]:
    """Return the three columns of an official: position, name, NIP."""
    return (
        kolom("kepala_jabatan", f"Jabatan {sebutan}", panjang=255, lebar=36),
        kolom("kepala_nama", f"Nama {sebutan}", panjang=255, lebar=30),
        kolom("kepala_nip", f"NIP {sebutan}", jenis=Jenis.KODE, panjang=32, lebar=22),
    )


def grup_pertama(d: Diinginkan) -> Hashable:
    """Return the first part of a row's key: rows are numbered within it."""
    key = d.key
    assert isinstance(key, tuple)  # a row numbered within a group is keyed (group, ...)
    group: Hashable = key[0]
    return group


def grup_induk(attname: str) -> Callable[[Diinginkan], Hashable]:
    """Return a grouping by the parent a row belongs to (rows are numbered within it)."""
    return lambda d: d.nilai[attname]
