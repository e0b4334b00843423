"""Log lines that say which request they belong to: its id, method, path and user."""

from __future__ import annotations

import contextvars
import logging
import logging.handlers
from pathlib import Path
from typing import Any

from django.http import HttpRequest

permintaan_sekarang: contextvars.ContextVar[HttpRequest | None] = contextvars.ContextVar(
    "sakip_permintaan", default=None
)


def _pengguna(request: HttpRequest) -> str:
    user = getattr(request, "user", None)
    if user is None or not getattr(user, "is_authenticated", False):
        return "-"
    return str(user.get_username())


class KonteksPermintaan(logging.Filter):
    """Add the request's id, method, path and user to every record (dashes outside requests)."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        if not isinstance(request, HttpRequest):
            request = permintaan_sekarang.get()
        if request is None:
            record.request_id = record.method = record.path = record.user = "-"
        else:
            record.request_id = getattr(request, "request_id", "-")
            record.method = request.method or "-"
            record.path = request.get_full_path()
            record.user = _pengguna(request)
        return True


class RotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log file whose folder is created when the first line is written."""

    def _open(self) -> Any:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()
