"""The cascade's tests: the browser test's marker, as the other browser tests register it."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "e2e: end-to-end test in headless Chromium (needs /usr/bin/chromium)"
    )
    # WhiteNoise warns when `collectstatic` has not run; tests serve nothing from STATIC_ROOT.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
