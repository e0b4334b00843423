"""Make the stored rows of one model equal the rows a file wants, and record what changed.

The import saves in bulk (a budget file has thousands of rows), so the history is written here
rather than by the save signals, through `sakip.riwayat.recorder.write_many`: one entry per
added or changed row, with the old and new values, exactly as a single save is recorded.
Deletions go through `delete()`, whose signals record them (and the rows that cascade with them).
"""

from __future__ import annotations

import bisect
import copy
import datetime
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import models
from django.db.models.deletion import ProtectedError, RestrictedError
from django.utils import timezone

from sakip.alur.layanan import Ditolak, Penolakan, Sesi, nama_rekaman
from sakip.core import format as fmt
from sakip.impor.data import DataImpor
from sakip.riwayat.recorder import entri, label_model, snapshot, write_many
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error, Tempat
from sakip.spreadsheet.keys import KeyMap, key_map
from sakip.spreadsheet.lembar import Rekaman
from sakip.spreadsheet.spill import SpilledRecords

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

    def record(self, rincian: Rincian) -> None:
        if len(self.rincian) < RINCIAN_MAKS:
            self.rincian.append(rincian)


def nama_jenis(model: type[models.Model]) -> str:
    """Return how a preview names a kind of row: its plural, or the link a link table holds."""
    meta = model._meta
    if isinstance(meta.auto_created, type):
        # Django names a many-to-many table "Hubungan a-b"; the field's own name says what it is.
        for f in meta.auto_created._meta.many_to_many:
            if f.remote_field.through is model:
                return str(f.verbose_name)
    return str(meta.verbose_name_plural)


@dataclass(frozen=True)
class Diinginkan:
    """A row the file wants: its key, its field values (attnames), and the file row it came from."""

    key: Hashable
    nilai: dict[str, Any]
    baris: int | None = None


class Penyelaras:
    """Apply wanted rows model by model inside the caller's change; collect the history.

    Every row it adds, changes or deletes (with what a delete takes along) is put to the change
    service (`sesi`) first; a refused row, or one changed by someone else after the workbook was
    made (`versi`), becomes an error at its row and cell, and the caller saves nothing.
    """

    def __init__(
        self,
        pengguna: Any,
        alasan: str | None,
        *,
        sesi: Sesi | None = None,
        data: DataImpor | None = None,
        versi: int | None = None,
    ) -> None:
        self.pengguna = pengguna if getattr(pengguna, "pk", None) else None
        self.alasan = alasan
        self.sesi = sesi
        self.versi = versi
        self.ringkasan: list[Ringkasan] = []
        self.error: list[Error] = []
        self._riwayat: list[dict[str, Any]] = []
        self._waktu: datetime.datetime | None = None
        """When the import's history was first written: every part of it carries that time."""
        self._lembar: dict[str, Sequence[Rekaman]] = data.lembar if data is not None else {}
        self._asal: dict[tuple[type[models.Model], str], KeyMap] = {}
        """(model, sheet) -> stored row id -> file row: where a refused budget line came from."""

    def selaraskan(
        self,
        model: type[models.Model],
        lembar: str,
        old: Mapping[Hashable, models.Model],
        new: Sequence[Diinginkan],
        *,
        delete: bool,
        uraian: Callable[[Hashable], str] = str,
        order_group: Callable[[Diinginkan], Hashable] | None = None,
        urutan: bool = True,
        ringkasan: Ringkasan | None = None,
        siapkan: Callable[[models.Model], None] | None = None,
    ) -> dict[Hashable, models.Model]:
        """Create, change (and, when `delete`, delete) rows so the stored ones equal `new`.

        Return the stored row of every wanted key. With `urutan`, the display position of each
        row follows the order of `new` (see `_fill_order`); without it the caller sets it.
        A file saved in parts passes the `ringkasan` (from `new_ringkasan`) its earlier parts
        counted. `siapkan` is given every row before it is checked and recorded (to attach the
        rows it names, which would otherwise cost a query per row).
        """
        if ringkasan is None:
            ringkasan = self.new_ringkasan(model, lembar)
        fields = {f.attname: f for f in model._meta.concrete_fields}
        if urutan and "urutan" in fields:
            _fill_order(new, old, order_group)
        result: dict[Hashable, models.Model] = {}
        dibuat: list[models.Model] = []
        diubah: list[tuple[models.Model, dict[str, Any]]] = []
        change_field: set[str] = set()
        semula: dict[int, tuple[models.Model | None, list[str], int | None]] = {}
        """id(row) -> (the row as stored before, the fields the file sets, its file row)."""
        asal: list[tuple[models.Model, int | None]] = []
        for d in new:
            nilai = {k: _bersih(fields[k], v) for k, v in d.nilai.items()}
            obj = old.get(d.key)
            if obj is None:
                obj = model(**nilai)
                dibuat.append(obj)
                semula[id(obj)] = (None, list(nilai), d.baris)
                ringkasan.tambah += 1
                ringkasan.record(Rincian("tambah", d.baris, uraian(d.key)))
            else:
                beda = [k for k, v in nilai.items() if _beda(fields[k], getattr(obj, k), v)]
                if beda:
                    sebelum = snapshot(obj)
                    semula[id(obj)] = (copy.copy(obj), beda, d.baris)
                    selisih = tuple(
                        (
                            str(fields[k].verbose_name),
                            _show(getattr(obj, k), fields[k]),
                            _show(nilai[k], fields[k]),
                        )
                        for k in beda
                    )
                    for k in beda:
                        setattr(obj, k, nilai[k])
                    change_field.update(beda)
                    diubah.append((obj, sebelum))
                    ringkasan.ubah += 1
                    ringkasan.record(Rincian("ubah", d.baris, uraian(d.key), selisih))
                else:
                    ringkasan.tetap += 1
            if siapkan is not None:
                siapkan(obj)
            result[d.key] = obj
            asal.append((obj, d.baris))
        if self.sesi is not None:
            self._check(lembar, dibuat, diubah, semula)
        if delete:
            self._delete(model, lembar, old, set(result), ringkasan, uraian)
        if dibuat:
            model._default_manager.bulk_create(dibuat, batch_size=BATCH)
            self._record("tambah", [(o, None) for o in dibuat])
        if diubah:
            model._default_manager.bulk_update(
                [o for o, _ in diubah], sorted(change_field), batch_size=BATCH
            )
            self._record("ubah", diubah)
        asal_lembar = self._asal.get((model, lembar))
        if asal_lembar is None:
            # One entry per stored row: in a temporary database for a large file's sheet.
            asal_lembar = self._asal[(model, lembar)] = key_map(self._lembar.get(lembar, []))
        asal_lembar.update((obj.pk, baris) for obj, baris in asal)
        if self.sesi is not None:
            for obj, _ in asal:
                self.sesi.record(obj)
        return result

    def delete_rest(
        self,
        model: type[models.Model],
        lembar: str,
        old: Mapping[Hashable, models.Model],
        tetap: Iterable[Hashable],
        *,
        uraian: Callable[[Hashable], str] = str,
    ) -> None:
        """Delete the stored rows whose key is not in `tetap`, counted in the sheet's summary.

        A later pass of a sheet whose rows others point to: it runs once those others are
        stored, so that a row removed together with the rows that name it is deleted.
        """
        jenis = nama_jenis(model)
        ringkasan = next(
            (r for r in self.ringkasan if (r.lembar, r.jenis) == (lembar, jenis)), None
        ) or self.new_ringkasan(model, lembar)
        self._delete(model, lembar, old, set(tetap), ringkasan, uraian)

    def _delete(
        self,
        model: type[models.Model],
        lembar: str,
        old: Mapping[Hashable, models.Model],
        tetap: set[Hashable],
        ringkasan: Ringkasan,
        uraian: Callable[[Hashable], str],
    ) -> None:
        """Delete the stored rows of the scope the file no longer holds, when the door allows."""
        sisa = [(k, o) for k, o in old.items() if k not in tetap]
        if not sisa:
            return
        for k, _ in sisa:
            ringkasan.hapus += 1
            ringkasan.record(Rincian("hapus", None, uraian(k)))
        ditolak = self.sesi is not None and self._check_delete(lembar, [o for _, o in sisa])
        ids = [o.pk for _, o in sisa]
        try:
            for i in range(0, len(ids), BATCH):
                model._default_manager.filter(pk__in=ids[i : i + BATCH]).delete()
        except (ProtectedError, RestrictedError):
            # A row others still point to, which the door refused: nothing will be kept.
            if not ditolak:
                raise

    def new_ringkasan(self, model: type[models.Model], lembar: str) -> Ringkasan:
        """Return a new summary of one kind of row of a sheet, listed in the result."""
        ringkasan = Ringkasan(lembar, nama_jenis(model))
        self.ringkasan.append(ringkasan)
        return ringkasan

    def _check(
        self,
        lembar: str,
        dibuat: list[models.Model],
        diubah: list[tuple[models.Model, dict[str, Any]]],
        semula: dict[int, tuple[models.Model | None, list[str], int | None]],
    ) -> None:
        """Put every added or changed row to the change service; keep its refusals as errors."""
        assert self.sesi is not None
        sesi = self.sesi
        for obj in [*dibuat, *(o for o, _ in diubah)]:
            old, fields, baris = semula[id(obj)]
            penolakan = sesi.alasan(obj, "tambah" if old is None else "ubah", fields)
            if old is not None:
                penolakan = sesi.alasan(old, "ubah", fields) + penolakan
            for p in _unik(penolakan):
                self.error.append(
                    self._error(lembar, baris, p.field or _field_utama(fields), p, obj)
                )
        if self.versi is not None and diubah:
            self._basi(lembar, [o for o, _ in diubah], [], semula)

    def _check_delete(self, lembar: str, dihapus: list[models.Model]) -> bool:
        """Put the deleted rows, with what goes with them, to the change service.

        Return whether any is refused (its refusal is kept as an error at the sheet).
        """
        assert self.sesi is not None
        sebelum = len(self.error)
        for p in _unik(self.sesi.delete_reason(dihapus)):
            self.error.append(pesan.DITOLAK.error(Tempat(lembar), teks=p.rekaman, alasan=p.alasan))
        if self.versi is not None:
            self._basi(lembar, [], dihapus, {})
        return len(self.error) > sebelum

    def _basi(
        self,
        lembar: str,
        diubah: list[models.Model],
        dihapus: list[models.Model],
        semula: dict[int, tuple[models.Model | None, list[str], int | None]],
    ) -> None:
        """Refuse rows whose record changed after the workbook was made: never revert them."""
        assert self.sesi is not None and self.versi is not None
        berubah = self.sesi.berubah_sejak(self.versi, [*diubah, *dihapus])
        if not berubah:
            return
        load = berubah.get(("dataset", "-"))
        for obj in [*diubah, *dihapus]:
            p = berubah.get((label_model(obj), str(obj.pk))) or load
            if p is None:
                continue
            _, fields, baris = semula.get(id(obj), (None, [], None))
            siapa = p.pengguna.get_username() if p.pengguna else "pengguna lain"
            tempat = self._tempat(lembar, baris, _field_utama(fields), obj)
            self.error.append(
                pesan.BARIS_BASI.error(
                    tempat,
                    teks=nama_rekaman(obj),
                    siapa=siapa,
                    waktu=fmt.tanggal(timezone.localtime(p.waktu).date()),
                    aksi="dihapus dari sakip" if obj in dihapus else "diubah",
                )
            )

    def _tempat(
        self, lembar: str, baris: int | None, field: str | None, obj: models.Model | None = None
    ) -> Tempat:
        """Return the cell of a field of a file row (the row, when the field has no column).

        A field named otherwise in the sheet is found by its value in the row.
        """
        r = self._rekaman(lembar, baris) if baris is not None else None
        if r is None:
            return Tempat(lembar, baris)
        if field is not None:
            for key in (field, field.removesuffix("_id")):
                if key in r.cell:
                    return r.tempat(key)
            if obj is not None:
                nilai = getattr(obj, field, None)
                for key in r.cell:
                    if nilai is not None and r.get(key) == nilai:
                        return r.tempat(key)
        return r.tempat()

    def _rekaman(self, lembar: str, baris: int) -> Rekaman | None:
        """Return the record of a file row (a sheet's records are read in row order)."""
        rows = self._lembar.get(lembar, [])
        if isinstance(rows, SpilledRecords):
            return rows.find_row(baris)
        i = bisect.bisect_left(rows, baris, key=lambda r: r.baris)
        if i < len(rows) and rows[i].baris == baris:
            return rows[i]
        return next((r for r in rows if r.baris == baris), None)

    def _error(
        self, lembar: str, baris: int | None, field: str | None, p: Penolakan, obj: models.Model
    ) -> Error:
        return pesan.DITOLAK.error(
            self._tempat(lembar, baris, field, obj), teks=p.rekaman, alasan=p.alasan
        )

    def errors_from(self, exc: Ditolak) -> list[Error]:
        """Return the errors of a refusal of the whole change (the budget-line rules)."""
        result = []
        for p in exc.penolakan:
            lembar, baris = self._asal_dari(p.obj)
            tempat = self._tempat(lembar, baris, None) if lembar else Tempat("Berkas")
            result.append(pesan.DITOLAK.error(tempat, teks=p.rekaman, alasan=p.alasan))
        return result

    def _asal_dari(self, obj: Any) -> tuple[str, int | None]:
        """Return the sheet and file row a stored row came from (("", None): not known)."""
        pk = getattr(obj, "pk", None)
        for (model, lembar), baris in self._asal.items():
            if model is type(obj) and pk in baris:
                return lembar, baris[pk]
        return "", None

    def _record(
        self, aksi: str, rows: Iterable[tuple[models.Model, dict[str, Any] | None]]
    ) -> None:
        self._riwayat.extend(entri(aksi, obj, old, snapshot(obj)) for obj, old in rows)

    def write_riwayat(self) -> None:
        """Store the history collected so far, one entry per row, as `sakip.riwayat` does."""
        if self._riwayat and self._waktu is None:
            self._waktu = timezone.now()
        write_many(self._riwayat, self.pengguna, self.alasan, self._waktu)
        self._riwayat = []

    def write_riwayat_so_far(self) -> None:
        """Store the history of the parts saved so far, so that it is not all held at once.

        Once a row is refused nothing will be kept, so its history is dropped instead. Inside
        the change's transaction: a later refusal rolls these entries back with the rows.
        """
        if self.error:
            self._riwayat = []
        else:
            self.write_riwayat()


def _beda(f: models.Field[Any, Any], old: Any, new: Any) -> bool:
    """Return whether a stored value differs; spaces around a text are no difference."""
    if isinstance(f, models.CharField | models.TextField):
        return (old or "").strip() != (new or "").strip()
    return bool(old != new)


def _bersih(f: models.Field[Any, Any], nilai: Any) -> Any:
    """Return a value as the field stores it, so that comparing with a stored row is exact."""
    if nilai is None:
        if isinstance(f, models.CharField | models.TextField) and not f.null:
            return ""
        return None
    if isinstance(f, models.DecimalField):
        return Decimal(nilai).quantize(Decimal(1).scaleb(-f.decimal_places))
    return nilai


def _show(nilai: Any, f: models.Field[Any, Any]) -> str:
    if nilai is None or nilai == "":
        return "(kosong)"
    if isinstance(nilai, Decimal):
        if isinstance(f, models.DecimalField) and f.decimal_places == 2:
            return fmt.number(nilai, 2)
        desimal = max(0, -int(nilai.normalize().as_tuple().exponent))
        return fmt.number(nilai, min(desimal, 4))
    if isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    teks = str(nilai)
    return teks if len(teks) <= 80 else teks[:79] + "…"


def _fill_order(
    new: Sequence[Diinginkan],
    old: Mapping[Hashable, Any],
    grup: Callable[[Diinginkan], Hashable] | None,
) -> None:
    """Give each wanted row its display position, keeping the stored ones when order is unchanged.

    Rows keep their stored `urutan` while those are increasing in file order and leave room for
    the new rows between them; otherwise the group is numbered again from its smallest position.
    """
    kelompok: dict[Hashable, list[Diinginkan]] = {}
    for d in new:
        kelompok.setdefault(grup(d) if grup else None, []).append(d)
    for anggota in kelompok.values():
        ada = [old[d.key].urutan if d.key in old else None for d in anggota]
        posisi = _fixed_order(ada)
        if posisi is None:
            dasar = min((u for u in ada if u is not None), default=0)
            posisi = [dasar + i for i in range(len(anggota))]
        for d, u in zip(anggota, posisi, strict=True):
            d.nilai["urutan"] = u


def _fixed_order(ada: list[int | None]) -> list[int] | None:
    result: list[int] = []
    sebelum = -1
    for i, u in enumerate(ada):
        if u is None:
            berikut = next((x for x in ada[i + 1 :] if x is not None), None)
            u = sebelum + 1
            if berikut is not None and u >= berikut:
                return None
        elif u <= sebelum:
            return None
        result.append(u)
        sebelum = u
    return result


def _unik(penolakan: list[Penolakan]) -> list[Penolakan]:
    """Return the refusals without repeats (a row checked where it was and where it goes)."""
    dilihat: set[tuple[str, str]] = set()
    result = []
    for p in penolakan:
        if (p.rekaman, p.alasan) not in dilihat:
            dilihat.add((p.rekaman, p.alasan))
            result.append(p)
    return result


def _field_utama(fields: list[str]) -> str | None:
    """Return the field a refusal of a row points at: the first value it sets, not a key."""
    nilai = [f for f in fields if not f.endswith("_id") and f not in ("tahun", "urutan")]
    return next(iter(nilai or fields), None)
