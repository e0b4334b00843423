"""Fixtures shared by the database tests: the bundled datasets and their snapshots."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from sakip.core.model import OpdTahun

# The properties are checked on a shared machine: a draw or an example that waits for the CPU
# says nothing about the code, so neither a slow draw nor a slow example fails a test.
settings.register_profile("sakip", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("sakip")

DATASETS = Path(str(resources.files("sakip.data") / "datasets"))
BONTANG = DATASETS / "bontang-barat-2022"
DINAS = DATASETS / "dinas-contoh-2023"
KODE_BONTANG = "7.01.0.00.0.00.30.0000"
KODE_DINAS = "2.15.0.00.0.00.01.0000"


@pytest.fixture
def demo(db: None) -> Path:
    """Load the Kecamatan Bontang Barat dataset (the reference report) into the test database."""
    from tests.salinan import load

    load(BONTANG)
    return BONTANG


@pytest.fixture
def dinas(db: None) -> Path:
    """Load the synthetic Dinas dataset into the test database."""
    from tests.salinan import load

    load(DINAS)
    return DINAS


@pytest.fixture
def snapshot_of() -> Callable[[str, int], OpdTahun]:
    """Return a function building the snapshot of an OPD code and year."""
    from sakip.kinerja import snapshot

    def build(kode: str, tahun: int) -> OpdTahun:
        return snapshot.build(snapshot.choose_opd(kode), tahun)

    return build


@pytest.fixture(scope="session", autouse=True)
def tugas_langsung() -> Iterator[None]:
    """Run the background tasks (reports laid out for the web) at once, in the request: the
    tests of the web pages read their outcome as before; tests/web/test_latar.py runs them on
    the database queue with its worker, as `sakip serve` does."""
    from django.test import override_settings

    with override_settings(TASKS=TUGAS_LANGSUNG):
        yield


TUGAS_LANGSUNG = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(scope="session", autouse=True)
def cache_render(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the charts and page numbers rendering stores in a folder of the test session."""
    from sakip.render import cache

    mp = pytest.MonkeyPatch()
    mp.setenv("SAKIP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    cache.folder.cache_clear()


@pytest.fixture(autouse=True)
def _hasher_cepat(settings) -> None:  # type: ignore[no-untyped-def]
    """Hash the tests' passwords quickly: the default hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _basis_data(item: pytest.Item) -> bool:
    """Return whether a test uses the database (a fixture of pytest-django asks for it)."""
    nama = set(getattr(item, "fixturenames", ()))
    uses = {"_django_db_helper", "db", "transactional_db", "live_server", "django_db_setup"}
    return bool(nama & uses) or (item.get_closest_marker("django_db") is not None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With SAKIP_TEST_BAGIAN=basis-data only the tests that use the database run, with
    `murni` only the others: scripts/test.sh runs the first on each engine and the second once,
    since a test without a database does the same on both."""
    bagian = os.environ.get("SAKIP_TEST_BAGIAN")
    if bagian not in ("basis-data", "murni"):
        return
    choose = [i for i in items if _basis_data(i) == (bagian == "basis-data")]
    config.hook.pytest_deselected(items=[i for i in items if i not in choose])
    items[:] = choose
