"""Fixtures of the Pemda tests: copies of the Bontang Barat OPD under other codes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import BONTANG, KODE_BONTANG

AWALAN = "7.01.0.00.0.00.30."


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Start every test with an empty cache: the control room is kept per data version."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def salin_opd(demo: Path, tmp_path: Path) -> Callable[[int], str]:
    """Return a function loading copy N of the Bontang Barat OPD; it returns the copy's code."""
    from sakip.dataset.load import load_path

    def salin(n: int) -> str:
        folder = tmp_path / f"salinan-{n}"
        shutil.copytree(BONTANG, folder)
        berkas = folder / "opd" / f"{KODE_BONTANG}.yaml"
        awalan = f"7.01.0.00.0.00.{30 + n}."
        teks = berkas.read_text(encoding="utf-8").replace(AWALAN, awalan)
        teks = teks.replace("nama: Kecamatan Bontang Barat", f"nama: Kecamatan Salinan {n}")
        berkas.unlink()
        (folder / "opd" / f"{awalan}0000.yaml").write_text(teks, encoding="utf-8")
        load_path(folder)
        return f"{awalan}0000"

    return salin
