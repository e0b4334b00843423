"""The DOCX template: the one bundled with sakip, and the error of one that cannot be used.

Kept apart from the DOCX renderer so that a command can name the error without importing
python-docx before a DOCX is asked for.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


class TemplatRusak(ValueError):
    """The DOCX template cannot be opened or used."""


def templat_bawaan() -> Path:
    """Return the template bundled with sakip."""
    return Path(str(files("sakip.data") / "templates" / "lkjip.docx"))
