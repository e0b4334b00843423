"""Fixtures of the import tests: both bundled datasets, files written on the fly, a person."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import openpyxl
import pytest

from tests.conftest import BONTANG, DINAS


@pytest.fixture
def dua_dataset(db: None) -> None:
    """Load Kecamatan Bontang Barat 2022 (2-digit codes) and Dinas Contoh 2023 (4-digit codes)."""
    from sakip.dataset.load import load_path

    load_path(BONTANG)
    load_path(DINAS)


@pytest.fixture
def xlsx() -> Callable[[list[list[Any]]], bytes]:
    """Return a function writing rows into a one-sheet workbook (sheet "Realisasi")."""

    def write(rows: list[list[Any]], judul: str = "Realisasi") -> bytes:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = judul
        for row in rows:
            ws.append(row)
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    return write


@pytest.fixture
def alice(db: None) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("alice", password="rahasia-alice")


def pytest_configure(config: pytest.Config) -> None:
    # WhiteNoise warns when `collectstatic` has not run; these tests serve no static file.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
