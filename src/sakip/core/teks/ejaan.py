"""Spelling of Indonesian words through hunspell and the `hunspell-id` dictionary (Debian).

The dictionary (LibreOffice's id_ID) lacks many words of government writing that are right
(akuntabilitas, kependudukan) and every name; `data/kamus/tambahan-id.txt` adds them. Acronyms
in capitals are not checked; a word with capitals inside (LKjIP) must be in the list as written,
so that "LKjLP" is caught. Decision recorded in docs/documents.md (Text check).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

_KATA = re.compile(r"[^\W\d_]+", re.UNICODE)
_FOLDER = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
KAMUS = "id_ID"


def kamus() -> Path | None:
    """Return the Indonesian dictionary (without extension) when hunspell can use one."""
    if shutil.which("hunspell") is None:
        return None
    for folder in _FOLDER:
        dasar = Path(folder) / KAMUS
        if dasar.with_suffix(".dic").is_file() and dasar.with_suffix(".aff").is_file():
            return dasar
    return None


@cache
def tambahan() -> tuple[frozenset[str], frozenset[str]]:
    """Return the project's words: (lowercase words, words kept as written)."""
    kecil: set[str] = set()
    tetap: set[str] = set()
    teks = (files("sakip.data") / "kamus" / "tambahan-id.txt").read_text(encoding="utf-8")
    for baris in teks.splitlines():
        k = baris.split("#", 1)[0].strip()
        if k:
            (kecil if k == k.lower() else tetap).add(k)
    return frozenset(kecil), frozenset(tetap)


def kata(teks: str) -> list[str]:
    """Return the words of a text that are checked (no single letters, no acronyms)."""
    return [k for k in _KATA.findall(teks) if len(k) > 1 and not k.isupper()]


def dikenal(k: str) -> bool:
    """Return whether the project's list holds a word."""
    kecil, tetap = tambahan()
    return k in tetap or (k[1:] == k[1:].lower() and k.lower() in kecil)


def tidak_dikenal(listing: Iterable[str], dasar: Path) -> frozenset[str]:
    """Return the words neither the dictionary nor the project's list knows."""
    return _hunspell(frozenset(k for k in listing if not dikenal(k)), dasar)


@lru_cache(maxsize=32)
def _hunspell(calon: frozenset[str], dasar: Path) -> frozenset[str]:
    """Return the words hunspell does not know, one run (about 0,1 s), kept for the same words.

    The dashboard runs every check on each rebuild; the narrative rarely changes between them.
    """
    if not calon:
        return frozenset()
    result = subprocess.run(
        ["hunspell", "-d", str(dasar), "-i", "UTF-8", "-l"],
        input="\n".join(sorted(calon)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    )
    return frozenset(result.stdout.split())
