"""Make the stored rows of one model equal the rows a file wants, and record what changed.

The import saves in bulk (a budget file has thousands of rows), so the history is written here
rather than by the save signals, through `sakip.riwayat.recorder.tulis_banyak`: one entry per
added or changed row, with the old and new values, exactly as a single save is recorded.
Deletions go through `delete()`, whose signals record them (and the rows that cascade with them).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import models

from sakip.core import format as fmt
from sakip.riwayat.recorder import entri, snapshot, tulis_banyak

BATCH = 1000
RINCIAN_MAKS = 300
"""Rows listed one by one in a preview, per sheet; beyond them only counts are shown."""


@dataclass(frozen=True)
class Rincian:
    """One added, changed or deleted row, as a preview lists it."""

    aksi: str
    """tambah | ubah | hapus"""
    baris: int | None
    """Row of the file (None for a deleted row, which the file no longer holds)."""
    uraian: str
    selisih: tuple[tuple[str, str, str], ...] = ()
    """(field, old, new) of a changed row."""


@dataclass
class Ringkasan:
    """What an import does to one kind of row."""

    lembar: str
    jenis: str
    tambah: int = 0
    ubah: int = 0
    tetap: int = 0
    hapus: int = 0
    rincian: list[Rincian] = field(default_factory=list)

    @property
    def berubah(self) -> bool:
        """Return whether anything is added, changed or deleted."""
        return bool(self.tambah or self.ubah or self.hapus)

    def catat(self, rincian: Rincian) -> None:
        if len(self.rincian) < RINCIAN_MAKS:
            self.rincian.append(rincian)


@dataclass(frozen=True)
class Diinginkan:
    """A row the file wants: its key, its field values (attnames), and the file row it came from."""

    kunci: Hashable
    nilai: dict[str, Any]
    baris: int | None = None


class Penyelaras:
    """Apply wanted rows model by model inside the caller's transaction; collect the history."""

    def __init__(self, pengguna: Any, alasan: str | None) -> None:
        self.pengguna = pengguna if getattr(pengguna, "pk", None) else None
        self.alasan = alasan
        self.ringkasan: list[Ringkasan] = []
        self._riwayat: list[dict[str, Any]] = []

    def selaraskan(
        self,
        model: type[models.Model],
        lembar: str,
        lama: dict[Hashable, models.Model],
        baru: Sequence[Diinginkan],
        *,
        hapus: bool,
        uraian: Callable[[Hashable], str] = str,
        grup_urutan: Callable[[Diinginkan], Hashable] | None = None,
        urutan: bool = True,
    ) -> dict[Hashable, models.Model]:
        """Create, change (and, when `hapus`, delete) rows so the stored ones equal `baru`.

        Return the stored row of every wanted key. With `urutan`, the display position of each
        row follows the order of `baru` (see `_isi_urutan`); without it the caller sets it.
        """
        ringkasan = Ringkasan(lembar, str(model._meta.verbose_name_plural))
        self.ringkasan.append(ringkasan)
        fields = {f.attname: f for f in model._meta.concrete_fields}
        if urutan and "urutan" in fields:
            _isi_urutan(baru, lama, grup_urutan)
        hasil: dict[Hashable, models.Model] = {}
        dibuat: list[models.Model] = []
        diubah: list[tuple[models.Model, dict[str, Any]]] = []
        ubah_field: set[str] = set()
        for d in baru:
            nilai = {k: _bersih(fields[k], v) for k, v in d.nilai.items()}
            obj = lama.get(d.kunci)
            if obj is None:
                obj = model(**nilai)
                dibuat.append(obj)
                ringkasan.tambah += 1
                ringkasan.catat(Rincian("tambah", d.baris, uraian(d.kunci)))
            else:
                beda = [k for k, v in nilai.items() if _beda(fields[k], getattr(obj, k), v)]
                if beda:
                    sebelum = snapshot(obj)
                    selisih = tuple(
                        (
                            str(fields[k].verbose_name),
                            _tampil(getattr(obj, k), fields[k]),
                            _tampil(nilai[k], fields[k]),
                        )
                        for k in beda
                    )
                    for k in beda:
                        setattr(obj, k, nilai[k])
                    ubah_field.update(beda)
                    diubah.append((obj, sebelum))
                    ringkasan.ubah += 1
                    ringkasan.catat(Rincian("ubah", d.baris, uraian(d.kunci), selisih))
                else:
                    ringkasan.tetap += 1
            hasil[d.kunci] = obj
        if hapus:
            sisa = [(k, o) for k, o in lama.items() if k not in hasil]
            for k, _ in sisa:
                ringkasan.hapus += 1
                ringkasan.catat(Rincian("hapus", None, uraian(k)))
            ids = [o.pk for _, o in sisa]
            for i in range(0, len(ids), BATCH):
                model._default_manager.filter(pk__in=ids[i : i + BATCH]).delete()
        if dibuat:
            model._default_manager.bulk_create(dibuat, batch_size=BATCH)
            self._catat("tambah", [(o, None) for o in dibuat])
        if diubah:
            model._default_manager.bulk_update(
                [o for o, _ in diubah], sorted(ubah_field), batch_size=BATCH
            )
            self._catat("ubah", diubah)
        return hasil

    def _catat(self, aksi: str, rows: Iterable[tuple[models.Model, dict[str, Any] | None]]) -> None:
        self._riwayat.extend(entri(aksi, obj, lama, snapshot(obj)) for obj, lama in rows)

    def tulis_riwayat(self) -> None:
        """Store the history collected so far, one entry per row, as `sakip.riwayat` does."""
        tulis_banyak(self._riwayat, self.pengguna, self.alasan)
        self._riwayat = []


def _beda(f: models.Field[Any, Any], lama: Any, baru: Any) -> bool:
    """Return whether a stored value differs; spaces around a text are no difference."""
    if isinstance(f, models.CharField | models.TextField):
        return (lama or "").strip() != (baru or "").strip()
    return bool(lama != baru)


def _bersih(f: models.Field[Any, Any], nilai: Any) -> Any:
    """Return a value as the field stores it, so that comparing with a stored row is exact."""
    if nilai is None:
        if isinstance(f, models.CharField | models.TextField) and not f.null:
            return ""
        return None
    if isinstance(f, models.DecimalField):
        return Decimal(nilai).quantize(Decimal(1).scaleb(-f.decimal_places))
    return nilai


def _tampil(nilai: Any, f: models.Field[Any, Any]) -> str:
    if nilai is None or nilai == "":
        return "(kosong)"
    if isinstance(nilai, Decimal):
        if isinstance(f, models.DecimalField) and f.decimal_places == 2:
            return fmt.angka(nilai, 2)
        desimal = max(0, -int(nilai.normalize().as_tuple().exponent))
        return fmt.angka(nilai, min(desimal, 4))
    if isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    teks = str(nilai)
    return teks if len(teks) <= 80 else teks[:79] + "…"


def _isi_urutan(
    baru: Sequence[Diinginkan],
    lama: dict[Hashable, models.Model],
    grup: Callable[[Diinginkan], Hashable] | None,
) -> None:
    """Give each wanted row its display position, keeping the stored ones when order is unchanged.

    Rows keep their stored `urutan` while those are increasing in file order and leave room for
    the new rows between them; otherwise the group is numbered again from its smallest position.
    """
    kelompok: dict[Hashable, list[Diinginkan]] = {}
    for d in baru:
        kelompok.setdefault(grup(d) if grup else None, []).append(d)
    for anggota in kelompok.values():
        ada = [lama[d.kunci].urutan if d.kunci in lama else None for d in anggota]
        posisi = _urutan_tetap(ada)
        if posisi is None:
            dasar = min((u for u in ada if u is not None), default=0)
            posisi = [dasar + i for i in range(len(anggota))]
        for d, u in zip(anggota, posisi, strict=True):
            d.nilai["urutan"] = u


def _urutan_tetap(ada: list[int | None]) -> list[int] | None:
    hasil: list[int] = []
    sebelum = -1
    for i, u in enumerate(ada):
        if u is None:
            berikut = next((x for x in ada[i + 1 :] if x is not None), None)
            u = sebelum + 1
            if berikut is not None and u >= berikut:
                return None
        elif u <= sebelum:
            return None
        hasil.append(u)
        sebelum = u
    return hasil
