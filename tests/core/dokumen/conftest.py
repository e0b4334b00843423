"""Snapshots of the two bundled datasets, loaded into the test database for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from sakip.core.model import OpdTahun
from sakip.dataset.load import load_path
from sakip.kinerja import snapshot

DATASETS = Path(__file__).resolve().parents[3] / "src/sakip/data/datasets"


def _snapshot(nama: str, kode: str, tahun: int) -> OpdTahun:
    load_path(DATASETS / nama)
    return snapshot.build(snapshot.choose_opd(kode), tahun)


@pytest.fixture
def bontang(db: None) -> OpdTahun:
    """Kecamatan Bontang Barat 2022, the reference report's data."""
    return _snapshot("bontang-barat-2022", "7.01.0.00.0.00.30.0000", 2022)


@pytest.fixture
def dinas(db: None) -> OpdTahun:
    """The synthetic Dinas Perhubungan 2023: one unit, two PK versions, two budget stages."""
    return _snapshot("dinas-contoh-2023", "2.15.0.00.0.00.01.0000", 2023)
