"""Rows of a sheet given as its XML streams, and whether a sheet's XML allows it.

`read.read_xlsx` gives a large sheet this way: its rows are never all held at once.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import Any

Baris = tuple[int, tuple[object, ...]]
"""(row number counted from 1, values of columns A, B, ...)."""


class RowStream:
    """The rows of a sheet read as the file streams: each one is held only until it is let go.

    Iterating gives the rows from the first, keeping those read (a search for the header row
    reads a few); `habiskan` gives them once, letting each go, and reads the rest as it goes.
    """

    def __init__(self, sumber: Iterator[Baris]) -> None:
        self._source = sumber
        self._dibaca: deque[Baris] = deque()
        """Rows read ahead by `__iter__`, kept until `habiskan` gives them."""

    def _satu_lagi(self) -> bool:
        baris = next(self._source, None)
        if baris is None:
            return False
        self._dibaca.append(baris)
        return True

    def __iter__(self) -> Iterator[Baris]:
        i = 0
        while i < len(self._dibaca) or self._satu_lagi():
            yield self._dibaca[i]
            i += 1

    def __bool__(self) -> bool:
        return bool(self._dibaca) or self._satu_lagi()

    def habiskan(self) -> Iterator[Baris]:
        """Yield every row once, letting each go (the stream is used up)."""
        while self._dibaca:
            yield self._dibaca.popleft()
        yield from self._source


_ROW_XML = re.compile(rb"row[\s/>]")
"""A row's tag after its "<" (or its namespace prefix): searched for by its literal, fast."""
_R_XML = re.compile(rb'\sr="([0-9]+)"')


def can_stream(ws: Any) -> bool:
    """Return whether a sheet's rows can be given as they stream: each numbered, in increasing
    order, and no merged range (whose cells are filled from ranges listed after the rows).

    A text that only looks like a row tag makes it answer no: the sheet is then read whole.
    """
    sebelum, sisa = 0, b""
    with ws._get_source() as source:
        while bagian := source.read(2**20):
            teks = sisa + bagian
            potong = max(teks.rfind(b"<"), 0)  # a tag cut by the chunk is read with the next
            teks, sisa = teks[:potong], teks[potong:]
            if b"mergeCell" in teks:
                return False
            for row in _ROW_XML.finditer(teks):
                if teks[row.start() - 1 : row.start()] not in (b"<", b":"):
                    continue  # "row" inside a word, not a tag
                tag = teks[row.start() : teks.find(b">", row.start())]
                nomor = _R_XML.search(tag)
                if nomor is None or int(nomor.group(1)) <= sebelum:
                    return False
                sebelum = int(nomor.group(1))
    return b"mergeCell" not in sisa and _ROW_XML.search(sisa) is None
