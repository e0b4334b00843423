"""The web application refuses to start without a secret key, saying so in Indonesian."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured


def test_it_refuses_to_start_without_a_secret_key(settings: Any) -> None:
    settings.SECRET_KEY = ""
    sys.modules.pop("sakip.config.wsgi", None)
    with pytest.raises(ImproperlyConfigured, match="^SAKIP_SECRET_KEY belum diisi"):
        importlib.import_module("sakip.config.wsgi")


def test_it_starts_with_a_secret_key(settings: Any) -> None:
    settings.SECRET_KEY = "kunci-uji"
    sys.modules.pop("sakip.config.wsgi", None)
    assert importlib.import_module("sakip.config.wsgi").application is not None
