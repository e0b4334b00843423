"""Record every save and delete of the domain's records, with the person and reason at hand.

The person and reason come from `oleh(...)`, set around a request or a command. Bulk loads
(`bulk_create`) bypass signals; a dataset load records one `load` entry instead.
"""

from __future__ import annotations

import contextvars
import datetime
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, Protocol, cast

from django.db import connection, models
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone

from .models import Perubahan

RECORDED_APPS = {"kinerja", "laporan"}
_KOLOM_ENTRI = ("aksi", "model", "objek_id", "objek", "data_lama", "data_baru")
_BATCH = 1000

_pelaku: contextvars.ContextVar[tuple[Any, str | None] | None] = contextvars.ContextVar(
    "sakip_pelaku", default=None
)
_old: contextvars.ContextVar[dict[tuple[str, Any], dict[str, Any]]] = contextvars.ContextVar(
    "sakip_data_lama"
)


_opd: contextvars.ContextVar[int | None] = contextvars.ContextVar("sakip_opd", default=None)
"""The OPD the changes being made belong to (None: the Pemda, several OPDs, or not known)."""
_pemda: contextvars.ContextVar[int | None] = contextvars.ContextVar("sakip_pemda", default=None)
"""The Pemda the changes being made belong to (None: several Pemdas, or not known)."""

_diam: contextvars.ContextVar[bool] = contextvars.ContextVar("sakip_tanpa_rekam", default=False)


class KonflikEdit(Exception):
    """The record changed after the person opened it: their save would overwrite it."""


@contextmanager
def oleh(
    pengguna: Any,
    alasan: str | None = None,
    *,
    opd_id: int | None = None,
    pemda_id: int | None = None,
) -> Iterator[None]:
    """Attribute the changes made inside the block to a person, with an optional reason.

    `opd_id` and `pemda_id` are the OPD and Pemda they belong to: the pages of other OPDs and
    the control rooms of other Pemdas keep their cached figures.
    """
    token = _pelaku.set((pengguna, alasan))
    with di_opd(opd_id, pemda_id):
        try:
            yield
        finally:
            _pelaku.reset(token)


@contextmanager
def di_opd(opd_id: int | None, pemda_id: int | None = None) -> Iterator[None]:
    """Record the changes made inside the block as belonging to this OPD and Pemda (None: to
    all; an OPD's changes without their Pemda are still its OPD's alone)."""
    token = _opd.set(opd_id)
    token_pemda = _pemda.set(pemda_id)
    try:
        yield
    finally:
        _pemda.reset(token_pemda)
        _opd.reset(token)


class _Tempat(Protocol):
    """Where a record belongs (`sakip.alur.rekaman.Tempat`)."""

    @property
    def opd_id(self) -> int | None: ...

    @property
    def pemda_id(self) -> int | None: ...


@contextmanager
def di_tempat(tempat: _Tempat) -> Iterator[None]:
    """Record the changes made inside the block as belonging to a record's OPD and Pemda."""
    with di_opd(tempat.opd_id, tempat.pemda_id):
        yield


@contextmanager
def bulk_load(keterangan: str) -> Iterator[None]:
    """Record a bulk load (a dataset, an import file) as one entry instead of one per row."""
    token = _diam.set(True)
    try:
        yield
    finally:
        _diam.reset(token)
    record_load(keterangan)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def snapshot(obj: models.Model) -> dict[str, Any]:
    """Return the stored fields of a record as JSON-ready values."""
    data = {}
    for field in obj._meta.concrete_fields:
        data[field.attname] = _jsonable(getattr(obj, field.attname))
    return data


def label_model(obj: models.Model) -> str:
    """Return how the history names a record's model ("kinerja.Realisasi")."""
    return f"{obj._meta.app_label}.{obj._meta.object_name}"


NOT_RECORDED = {"laporan.SusunanDokumen"}
"""Models of recorded apps that hold no domain data: a report being made in the background."""


def _recorded(sender: type[models.Model]) -> bool:
    return (
        sender._meta.app_label in RECORDED_APPS
        and sender._meta.label not in NOT_RECORDED
        and not _diam.get()
    )


def _store() -> dict[tuple[str, Any], dict[str, Any]]:
    try:
        return _old.get()
    except LookupError:
        store: dict[tuple[str, Any], dict[str, Any]] = {}
        _old.set(store)
        return store


def _before_save(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if not _recorded(sender) or instance.pk is None or kwargs.get("raw"):
        return
    old = sender._default_manager.filter(pk=instance.pk).first()
    if old is not None:
        _store()[(label_model(instance), instance.pk)] = snapshot(old)


def _pelaku_sekarang() -> tuple[Any, str | None]:
    """Return the person (None when anonymous) and reason set by `oleh`."""
    user, alasan = _pelaku.get() or (None, None)
    return (user if getattr(user, "pk", None) else None), alasan


def entri(
    aksi: str, obj: models.Model, old: dict[str, Any] | None, new: dict[str, Any] | None
) -> dict[str, Any]:
    """Return the history entry of one change to a record, as every writer here stores it."""
    return {
        "aksi": aksi,
        "model": label_model(obj),
        "objek_id": str(obj.pk),
        "objek": str(obj)[:255],
        "data_lama": old,
        "data_baru": new,
    }


def _write(
    aksi: str, instance: models.Model, old: dict[str, Any] | None, new: dict[str, Any] | None
) -> None:
    user, alasan = _pelaku_sekarang()
    Perubahan.objects.create(
        pengguna=user,
        alasan=alasan,
        opd_id=_opd.get(),
        pemda_id=_pemda.get(),
        **entri(aksi, instance, old, new),
    )


def _field(name: str) -> models.Field[Any, Any]:
    """Return a column of Perubahan (each one named here is a concrete field)."""
    return cast("models.Field[Any, Any]", Perubahan._meta.get_field(name))


def write_many(
    all_items: Sequence[dict[str, Any]],
    pengguna: Any,
    alasan: str | None,
    waktu: datetime.datetime | None = None,
) -> None:
    """Store many entries (from `entri`) at once, for changes saved in bulk.

    Written with one prepared statement: building tens of thousands of model objects only to
    insert them would cost more than the bulk save itself. `waktu` (default now) lets the
    parts of one change written one after the other carry its one time.
    """
    if not all_items:
        return
    kolom = ("waktu", "pengguna", "alasan", "opd_id", "pemda_id", *_KOLOM_ENTRI)
    fields = [_field(k) for k in kolom]
    json_field = _field("data_baru")
    waktu, user, sebab = (
        _field(k).get_db_prep_save(v, connection)
        for k, v in (
            ("waktu", waktu or timezone.now()),
            ("pengguna", pengguna.pk if getattr(pengguna, "pk", None) else None),
            ("alasan", alasan),
        )
    )
    params = [
        (
            waktu,
            user,
            sebab,
            _opd.get(),
            _pemda.get(),
            e["aksi"],
            e["model"],
            e["objek_id"],
            e["objek"],
            json_field.get_db_prep_save(e["data_lama"], connection),
            json_field.get_db_prep_save(e["data_baru"], connection),
        )
        for e in all_items
    ]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        connection.ops.quote_name(Perubahan._meta.db_table),
        ", ".join(connection.ops.quote_name(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    with connection.cursor() as cursor:
        for i in range(0, len(params), _BATCH):
            cursor.executemany(sql, params[i : i + _BATCH])


def _after_save(
    sender: type[models.Model], instance: models.Model, created: bool, **kwargs: Any
) -> None:
    if not _recorded(sender) or kwargs.get("raw"):
        return
    old = None if created else _store().pop((label_model(instance), instance.pk), None)
    new = snapshot(instance)
    if old == new:
        return
    _write("tambah" if created else "ubah", instance, old, new)


def _after_delete(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if _recorded(sender):
        _write("hapus", instance, snapshot(instance), None)


def record_load(keterangan: str) -> None:
    """Record a bulk load (a dataset or an import file) as one entry."""
    user, alasan = _pelaku_sekarang()
    Perubahan.objects.create(
        pengguna=user,
        aksi="muat",
        model="dataset",
        objek_id="-",
        objek=keterangan[:255],
        alasan=alasan,
        opd_id=_opd.get(),
        pemda_id=_pemda.get(),
    )


def versi_sekarang() -> int:
    """Return the id of the latest recorded change: the version of the data a form or file shows."""
    return Perubahan.objects.aggregate(models.Max("id"))["id__max"] or 0


def riwayat(obj: models.Model) -> models.QuerySet[Perubahan]:
    """Return the changes of one record, newest first."""
    return Perubahan.objects.filter(model=label_model(obj), objek_id=str(obj.pk)).select_related(
        "pengguna"
    )


def token(obj: models.Model) -> int:
    """Return the version of a record a form carries: the id of its latest change (0: none)."""
    latest = riwayat(obj).values_list("id", flat=True).first()
    return latest or 0


def pastikan_terbaru(obj: models.Model, token_form: int) -> None:
    """Refuse a save when the record changed since the form was opened."""
    if token(obj) != token_form:
        latest = riwayat(obj).first()
        siapa = latest.pengguna.get_username() if latest and latest.pengguna else "pengguna lain"
        raise KonflikEdit(
            f"Data ini telah diubah oleh {siapa} setelah Anda membukanya. "
            "Muat ulang halaman untuk melihat perubahan terbaru, lalu simpan kembali."
        )


def connect() -> None:
    """Connect the recorder to every model's save and delete."""
    pre_save.connect(_before_save, dispatch_uid="riwayat_pre_save")
    post_save.connect(_after_save, dispatch_uid="riwayat_post_save")
    post_delete.connect(_after_delete, dispatch_uid="riwayat_post_delete")
