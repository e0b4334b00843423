"""Fixtures of the operation tests: a media folder of their own, a quick password hasher."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _media(settings, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    # WhiteNoise warns when `collectstatic` has not run; tests serve nothing from STATIC_ROOT.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
