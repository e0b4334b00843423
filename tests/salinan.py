"""A bundled dataset loaded once per test session, then copied row for row into each test.

Loading a dataset checks every record at the one door and writes it through the ORM: half a
second for the reference report, paid by hundreds of tests. The first test that loads it on an
empty database loads it for real and keeps the rows it added, table by table; every later test
inserts those rows again, ids included, and sets the sequences past them. What the tests then
see is the database the load made (tests/test_salinan.py compares the two). A database that is
not empty of the dataset's kind of data is loaded for real, uncopied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, models, transaction

_SALINAN: dict[tuple[str, str], list[tuple[str, list[str], list[tuple[Any, ...]]]]] = {}


def _tabel(number: bool | None = True) -> list[tuple[str, str, type[models.Model]]]:
    """Return (table, primary key column, model) of the installed models' tables: those with a
    whole-number key (True), the others (False), or all (None)."""
    result = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        bulat = isinstance(model._meta.pk, models.AutoField | models.BigAutoField)
        if number is None or bulat == number:
            result.append((model._meta.db_table, model._meta.pk.column, model))
    return result


def _total(tabel: str) -> int:
    with connection.cursor() as c:
        c.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(tabel)}")
        (nilai,) = c.fetchone()
    return int(nilai)


def _max_pk(tabel: str, pk: str) -> int:
    with connection.cursor() as c:
        c.execute(
            f"SELECT MAX({connection.ops.quote_name(pk)}) FROM {connection.ops.quote_name(tabel)}"
        )
        (nilai,) = c.fetchone()
    return int(nilai or 0)


def _empty() -> bool:
    from sakip.kinerja import models as m

    return not (m.Pemda.objects.exists() or m.NomenklaturVersi.objects.exists())


def load(path: Path) -> None:
    """Load a bundled dataset into the test database, from the session's copy when there is one."""
    from sakip.dataset.load import load_path

    key = (str(path), connection.vendor)
    if not _empty():
        load_path(path)
        return
    if key in _SALINAN:
        _write(_SALINAN[key])
        return
    tabel = _tabel()
    sebelum = {t: _max_pk(t, pk) for t, pk, _ in tabel}
    lain = {t: _total(t) for t, _, _ in _tabel(False)}
    load_path(path)
    if any(_total(t) != n for t, n in lain.items()):
        return  # rows the copy cannot tell apart by their key: every test loads for real
    salinan = []
    q = connection.ops.quote_name
    for t, pk, model in tabel:
        kolom = [f.column for f in model._meta.local_concrete_fields]
        with connection.cursor() as c:
            c.execute(
                f"SELECT {', '.join(q(k) for k in kolom)} FROM {q(t)} WHERE {q(pk)} > %s "
                f"ORDER BY {q(pk)}",
                [sebelum[t]],
            )
            baris = c.fetchall()
        if baris:
            salinan.append((t, kolom, baris))
    _SALINAN[key] = salinan


def _write(salinan: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> None:
    q = connection.ops.quote_name
    # In one transaction: the foreign keys are checked when it ends, whatever the table order
    # (a test without its own transaction writes each statement alone otherwise).
    with transaction.atomic(), connection.cursor() as c:
        for t, kolom, baris in salinan:
            tempat = ", ".join(["%s"] * len(kolom))
            c.executemany(
                f"INSERT INTO {q(t)} ({', '.join(q(k) for k in kolom)}) VALUES ({tempat})",
                baris,
            )
        sql = connection.ops.sequence_reset_sql(
            no_style(),
            [m for _, _, m in _tabel() if m._meta.db_table in {t for t, _, _ in salinan}],
        )
        for perintah in sql:
            c.execute(perintah)
