"""gunicorn's settings for `sakip serve`: the task queue's worker runs beside the web processes.

The reports the web application lays out in the background (`sakip.laporan.latar`) wait in the
database queue for a worker (`db_worker` of django-tasks-db). The master process of gunicorn
starts one when the server starts and ends it when the server stops, so one command serves the
whole application. A server run another way starts `sakip db_worker` as a service of its own
(docs/deployment.md).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

_pekerja: list[subprocess.Popen[bytes]] = []


def on_starting(server: Any) -> None:
    """Start the task queue's worker as a child of the gunicorn master."""
    perintah = [sys.executable, "-m", "django", "db_worker", "--no-reload", "--verbosity", "0"]
    _pekerja.append(subprocess.Popen(perintah))


def on_exit(server: Any) -> None:
    """End the worker with the server; a task under way is left to end on its own."""
    for p in _pekerja:
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
