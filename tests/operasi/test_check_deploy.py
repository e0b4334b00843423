"""`sakip check-deploy`: Django's deployment checks, clean with the production variables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SAKIP = str(Path(sys.executable).parent / "sakip")
PRODUKSI = {
    "SAKIP_SECRET_KEY": "r7Vq2-kP9xLm4TzW8bN1cYd6FhJ3sGa5QeU0oIiRtXyZwMnBvC_lKjHgDfSaPo",
    "SAKIP_ALLOWED_HOSTS": "sakip.bontangkota.go.id",
    "SAKIP_HTTPS": "true",
}


def _check_deploy(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    lingkungan = {k: v for k, v in os.environ.items() if not k.startswith("SAKIP_")}
    lingkungan |= {"SAKIP_DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3", **env}
    return subprocess.run(
        [SAKIP, "check-deploy"], env=lingkungan, capture_output=True, text=True, check=False
    )


def test_it_reports_nothing_with_the_production_variables(tmp_path: Path) -> None:
    r = _check_deploy(tmp_path, **PRODUKSI)
    assert r.returncode == 0, r.stderr
    assert "System check identified no issues (0 silenced)." in r.stdout


def test_it_reports_plain_http(tmp_path: Path) -> None:
    r = _check_deploy(tmp_path, **(PRODUKSI | {"SAKIP_HTTPS": "false"}))
    assert r.returncode == 1
    for kode in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert kode in r.stderr


def test_it_says_the_secret_key_is_missing(tmp_path: Path) -> None:
    r = _check_deploy(tmp_path, SAKIP_ALLOWED_HOSTS="sakip.bontangkota.go.id")
    assert r.returncode == 1 and "SAKIP_SECRET_KEY belum diisi." in r.stderr
