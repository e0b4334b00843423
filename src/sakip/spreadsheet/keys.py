"""Keys seen across the rows of a large file, kept in a temporary SQLite database, not in memory.

A check that refuses a repeated key, or the save that remembers which stored row each key got,
keeps something for every row it has seen. For a budget file of a hundred thousand rows that is
most of what an import holds; here it lives in a private temporary database (SQLite's own: an
empty file name, removed when closed) whose pages are cached in a bounded amount of memory.
"""

from __future__ import annotations

import itertools
import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from .lembar import Rekaman
from .spill import SpilledRecords

BUFFER = 5000
"""Keys written to the database at once (a lookup reads the ones not written yet first)."""
CACHE_KB = 1024
"""Memory SQLite may keep of a store's pages; the rest stays in its temporary file."""
BATCH = 1000
"""Items `first_values` looks up with one query."""
QUERY = 500
"""Keys looked up by one query (SQLite's bound on parameters is far above)."""
_MISSING = object()
T = TypeVar("T")


class KeyStore:
    """A mapping of keys (tuples of texts, integers and None, or integers) to any value, looked
    up one by one as a dict is (it cannot be iterated).

    Keys are compared by their `repr`, which is exact for those types; values are pickled.
    """

    def __init__(self) -> None:
        # Each write of the buffer is its own transaction: nothing is ever rolled back.
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("CREATE TABLE k (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
        self._buffer: dict[str, Any] = {}

    def _flush(self) -> None:
        if self._buffer:
            self._db.executemany(
                "INSERT OR REPLACE INTO k VALUES (?, ?)",
                ((k, pickle.dumps(v, pickle.HIGHEST_PROTOCOL)) for k, v in self._buffer.items()),
            )
            self._buffer = {}

    def get(self, key: Any, default: Any = None) -> Any:
        """Return the value of a key, or `default`."""
        k = repr(key)
        if k in self._buffer:
            return self._buffer[k]
        row = self._db.execute("SELECT value FROM k WHERE key = ?", (k,)).fetchone()
        if row is None:
            return default
        return pickle.loads(row[0])  # noqa: S301 - our own temporary database

    def __getitem__(self, key: Any) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __setitem__(self, key: Any, value: Any) -> None:
        self._buffer[repr(key)] = value
        if len(self._buffer) >= BUFFER:
            self._flush()

    def get_many(self, keys: Iterable[Any]) -> dict[Any, Any]:
        """Return the value of each of these keys that has one (a query per few hundred)."""
        result: dict[Any, Any] = {}
        wanted: dict[str, Any] = {}
        for key in keys:
            k = repr(key)
            if k in self._buffer:
                result[key] = self._buffer[k]
            else:
                wanted[k] = key
        texts = list(wanted)
        for start in range(0, len(texts), QUERY):
            part = texts[start : start + QUERY]
            marks = ",".join("?" * len(part))
            for k, value in self._db.execute(
                f"SELECT key, value FROM k WHERE key IN ({marks})", part
            ):  # noqa: S608 - placeholders only
                result[wanted[k]] = pickle.loads(value)  # noqa: S301 - our own temporary database
        return result

    def update(self, items: Iterable[tuple[Any, Any]]) -> None:
        """Set many keys at once."""
        for key, value in items:
            self[key] = value

    def __contains__(self, key: object) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def setdefault(self, key: Any, default: Any = None) -> Any:
        """Return the value of a key, setting it to `default` when it has none."""
        value = self.get(key, _MISSING)
        if value is _MISSING:
            self[key] = value = default
        return value

    def __len__(self) -> int:
        self._flush()
        return int(self._db.execute("SELECT count(*) FROM k").fetchone()[0])

    def close(self) -> None:
        """Remove the temporary database."""
        self._buffer = {}
        self._db.close()


KeyMap = KeyStore | dict[Any, Any]
"""What `key_map` returns: both are looked up, and set, by key."""


def key_map(rekaman: Sequence[Rekaman]) -> KeyMap:
    """Return a mapping to keep something per key of a sheet's rows: a `KeyStore` for a sheet
    held in a temporary file (a budget file of any length), a dict otherwise."""
    return KeyStore() if isinstance(rekaman, SpilledRecords) else {}


def close(store: KeyMap) -> None:
    """Let a mapping of `key_map` go (a store's temporary database is removed)."""
    if isinstance(store, KeyStore):
        store.close()


def get_many(store: KeyMap, keys: Iterable[Any]) -> dict[Any, Any]:
    """Return the value of each of these keys that has one in a mapping of `key_map`."""
    if isinstance(store, KeyStore):
        return store.get_many(keys)
    return {key: store[key] for key in keys if key in store}


def first_values(
    items: Iterable[tuple[Any, Any, T]], store: KeyMap, batch: int | None = None
) -> Iterator[tuple[T, Any]]:
    """Give back each (key, value, thing) as (thing, the value its key's first item had), in
    order; the first item of a key gets None and its value is kept in `store`.

    Items are looked up in batches: one query of the store for a batch, not one per item.
    """
    items = iter(items)
    while part := list(itertools.islice(items, batch or BATCH)):
        known = get_many(store, {key for key, _, _ in part})
        new: dict[Any, Any] = {}
        for key, value, thing in part:
            if key in known:
                yield thing, known[key]
            else:
                known[key] = new[key] = value
                yield thing, None
        store.update(new.items())
