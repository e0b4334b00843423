"""File storage that leaves nothing behind when a write fails (disk full, quota, I/O error)."""

from __future__ import annotations

import os
from typing import Any

from django.core.files.storage import FileSystemStorage


class PenyimpananUtuh(FileSystemStorage):
    """A file system storage removing the partial file of a failed save."""

    def _save(self, name: str, content: Any) -> str:
        path = self.path(name)
        sudah_ada = os.path.exists(path)
        try:
            # django-stubs omits the storage's private `_save`, the hook Django documents.
            return super()._save(name, content)  # type: ignore[misc,no-any-return]
        except OSError:
            # Only the file this save created: an existing one belongs to another record.
            if not sudah_ada and os.path.exists(path):
                os.remove(path)
            raise
