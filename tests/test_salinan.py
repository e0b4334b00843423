"""The session's copy of a bundled dataset (tests/salinan.py) is the database a real load
makes: the same rows in every table, the same dataset when dumped."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection, transaction

from sakip.dataset.dump import dump_all
from sakip.dataset.load import load_path
from tests import salinan
from tests.conftest import BONTANG, DINAS


def _isi() -> dict[str, int]:
    return {tabel: salinan._total(tabel) for tabel, _, _ in salinan._tabel(None)}


def _dump(tmp: Path) -> dict[str, str]:
    dump_all(tmp)
    return {str(f.relative_to(tmp)): f.read_text() for f in sorted(tmp.rglob("*.yaml"))}


@pytest.mark.parametrize("path", [BONTANG, DINAS], ids=["bontang", "dinas"])
def test_the_copy_is_the_database_a_load_makes(path: Path, tmp_path: Path, db: None) -> None:
    # A real load, rolled back: what every table holds and the dataset it dumps to.
    with transaction.atomic():
        load_path(path)
        asli, dump_asli = _isi(), _dump(tmp_path / "asli")
        transaction.set_rollback(True)
    assert _isi() != asli
    # The copy, made by the first load of the session (maybe this one), then taken from it.
    for i in (1, 2):
        with transaction.atomic():
            salinan.load(path)
            assert _isi() == asli
            assert _dump(tmp_path / f"salinan-{i}") == dump_asli
            transaction.set_rollback(True)
    assert (str(path), connection.vendor) in salinan._SALINAN
