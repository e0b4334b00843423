"""A sheet's records kept in a temporary file, so a file of any length is checked in bounded memory.

A budget file may hold a hundred thousand rows. Its records are written here in chunks as they
are read and read back, in file order, each time they are iterated: every check goes over the
rows one by one and keeps only what it needs across them (the keys it has seen, a sum), and the
save takes them a part at a time. Only one chunk of records is in memory at once.
"""

from __future__ import annotations

import bisect
import pickle
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO, Any, overload

from .lembar import Rekaman, TataKolom

CHUNK = 1000
"""Records written (and read back) at once."""


class SpilledRecords(Sequence[Rekaman]):
    """The records of one sheet in file order, held in a temporary file but a chunk at a time."""

    def __init__(self, lembar: str, tata: TataKolom | None = None) -> None:
        self.lembar = lembar
        self.tata = tata
        # Closed with the records (`close`, or when they are let go): it outlives this call.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="sakip-impor-")  # noqa: SIM115
        self._end = 0
        self._chunks: list[tuple[int, int]] = []
        """(row number of its first record, offset in the file) of each chunk written."""
        self._buffer: list[Rekaman] = []
        self._count = 0
        self._cache: tuple[int, list[Rekaman]] | None = None
        """The chunk read last (its index, its records): lookups of near rows read it once."""

    def append(self, r: Rekaman) -> None:
        """Add a record after the others (rows are added in file order)."""
        if self.tata is None:
            self.tata = r._tata
        self._buffer.append(r)
        self._count += 1
        if len(self._buffer) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        self._file.seek(self._end)
        rows = [(r.baris, r.nilai, r._mentah, r._salah, r._cell) for r in self._buffer]
        pickle.dump(rows, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._chunks.append((self._buffer[0].baris, self._end))
        self._end = self._file.tell()
        self._buffer = []

    def _chunk(self, i: int) -> list[Rekaman]:
        """Return the records of the i-th chunk written (the last one read is kept)."""
        if self._cache is not None and self._cache[0] == i:
            return self._cache[1]
        self._file.seek(self._chunks[i][1])
        rows: list[tuple[Any, ...]] = pickle.load(self._file)  # noqa: S301 - our own temp file
        records = [self._record(*row) for row in rows]
        self._cache = (i, records)
        return records

    def _record(
        self,
        baris: int,
        nilai: dict[str, Any],
        mentah: tuple[object, ...] | None,
        salah: set[str] | None,
        cell: Any,
    ) -> Rekaman:
        r = Rekaman(self.lembar, baris, nilai, cell, salah)
        if mentah is not None:
            r._tata = self.tata
            r._mentah = mentah
        return r

    def __iter__(self) -> Iterator[Rekaman]:
        for i in range(len(self._chunks)):
            yield from self._chunk(i)
        yield from list(self._buffer)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, i: int) -> Rekaman: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Rekaman]: ...

    def __getitem__(self, i: int | slice) -> Rekaman | Sequence[Rekaman]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._count))]
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError(i)
        chunk, posisi = divmod(i, CHUNK)
        if chunk < len(self._chunks):
            return self._chunk(chunk)[posisi]
        return self._buffer[posisi]

    def find_row(self, baris: int) -> Rekaman | None:
        """Return the record of a file row, or None (rows are in increasing order)."""
        i = bisect.bisect_right(self._chunks, baris, key=lambda c: c[0]) - 1
        rows = self._chunk(i) if i >= 0 else []
        if self._buffer and self._buffer[0].baris <= baris:
            rows = self._buffer
        j = bisect.bisect_left(rows, baris, key=lambda r: r.baris)
        return rows[j] if j < len(rows) and rows[j].baris == baris else None

    def close(self) -> None:
        """Remove the temporary file."""
        self._file.close()
