"""Text that a spreadsheet would take for a formula, and how exports keep it text.

A cell whose text starts with = + - or @ is a formula to Excel and LibreOffice when they open a
CSV file (and when such a cell is edited): `=HYPERLINK("http://...","klik")` typed as an IKU
name would become a live link, `=cmd|...` a command. sakip writes such texts so that they stay
texts and read back unchanged: in XLSX as string cells with the quote prefix, in CSV behind one
apostrophe, which `buka_csv` removes again on import.
"""

from __future__ import annotations

import re

AWAL_RUMUS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a text as a formula (OWASP, CSV injection)."""

_DILINDUNGI = re.compile(r"'*[=+\-@\t\r]")


def mirip_rumus(teks: str) -> bool:
    """Return whether a spreadsheet would read this text as a formula."""
    return teks.startswith(AWAL_RUMUS)


def lindungi_csv(nilai: object) -> object:
    """Return a CSV field: a text a spreadsheet would read as a formula gets one apostrophe.

    A text that already starts with apostrophes before such a character gets one more, so that
    `buka_csv` gives back exactly the text written.
    """
    if isinstance(nilai, str) and _DILINDUNGI.match(nilai):
        return "'" + nilai
    return nilai


def buka_csv(teks: str) -> str:
    """Return a CSV field as written before `lindungi_csv`."""
    if teks.startswith("'") and _DILINDUNGI.match(teks):
        return teks[1:]
    return teks
