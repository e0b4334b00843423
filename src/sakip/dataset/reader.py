"""Reading a dataset mapping with errors that say where they are."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, Literal, overload

from sakip.core import codes


class DatasetError(ValueError):
    """A dataset that cannot be loaded; the message names the file and the place in it."""


class Node:
    """A mapping of a dataset file with the path that leads to it, for error messages."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise DatasetError(f"{where}: harus berupa pemetaan (key: nilai), ditemukan {data!r}")
        self.data = data
        self.where = where
        self.used: set[str] = set()

    def _get(self, key: str, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data:
            if required:
                raise DatasetError(f"{self.where}: kunci '{key}' wajib diisi")
            return None
        return self.data[key]

    def raw(self, key: str) -> Any:
        """Return a value as written (None when absent), for a key of several shapes."""
        return self._get(key, False)

    def has(self, key: str) -> bool:
        """Return whether the key is present (even when its value is null)."""
        return key in self.data

    @overload
    def text(self, key: str, required: Literal[True] = ...) -> str: ...
    @overload
    def text(self, key: str, required: bool) -> str | None: ...
    def text(self, key: str, required: bool = True) -> str | None:
        """Return a text value; numbers written without quotes are taken as their text."""
        value = self._get(key, required)
        if value is None:
            if required:
                raise DatasetError(f"{self.where}.{key}: tidak boleh kosong")
            return None
        if isinstance(value, (bool, list, dict)):
            raise DatasetError(f"{self.where}.{key}: harus berupa teks, ditemukan {value!r}")
        return str(value)

    @overload
    def code(self, key: str, required: Literal[True] = ...) -> str: ...
    @overload
    def code(self, key: str, required: bool) -> str | None: ...
    def code(self, key: str, required: bool = True) -> str | None:
        """Return a code; codes must be quoted, or '7.10' would have lost its zero."""
        value = self._get(key, required)
        if value is None:
            return self.text(key, required)
        if not isinstance(value, str):
            raise DatasetError(
                f"{self.where}.{key}: kode harus ditulis dalam tanda kutip, ditemukan {value!r}"
            )
        return value.strip()

    @overload
    def integer(self, key: str, required: Literal[True] = ...) -> int: ...
    @overload
    def integer(self, key: str, required: bool) -> int | None: ...
    def integer(self, key: str, required: bool = True) -> int | None:
        """Return a whole number."""
        value = self._get(key, required)
        if value is None:
            if required:
                raise DatasetError(f"{self.where}.{key}: tidak boleh kosong")
            return None
        return as_integer(value, f"{self.where}.{key}")

    @overload
    def decimal(self, key: str, required: Literal[False] = ...) -> Decimal | None: ...
    @overload
    def decimal(self, key: str, required: Literal[True]) -> Decimal: ...
    def decimal(self, key: str, required: bool = False) -> Decimal | None:
        """Return an exact number, or None when it is null or absent (refused when required)."""
        value = self._get(key, required)
        if value is None and required:
            # A required amount (a pagu) is never stored as NULL: the column refuses it.
            raise DatasetError(f"{self.where}.{key}: tidak boleh kosong")
        return as_decimal(value, f"{self.where}.{key}")

    def boolean(self, key: str, default: bool) -> bool:
        """Return a true/false value."""
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise DatasetError(f"{self.where}.{key}: harus true atau false, ditemukan {value!r}")
        return value

    def date(self, key: str) -> datetime.date | None:
        """Return an ISO date (2022-02-14) or None."""
        value = self._get(key, False)
        if value is None or isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError as exc:
            raise DatasetError(f"{self.where}.{key}: tanggal tidak valid {value!r}") from exc

    def waktu(self, key: str) -> datetime.datetime:
        """Return an ISO time with its time zone (2023-01-31T08:00:00+00:00)."""
        value = self.text(key)
        try:
            saat = datetime.datetime.fromisoformat(str(value))
        except ValueError as exc:
            raise DatasetError(f"{self.where}.{key}: waktu tidak valid {value!r}") from exc
        if saat.tzinfo is None:
            raise DatasetError(
                f"{self.where}.{key}: sertakan zona waktu, mis. 2023-01-31T08:00:00+00:00"
            )
        return saat

    def child(self, key: str, required: bool = False) -> Node | None:
        """Return a nested mapping."""
        value = self._get(key, required)
        return None if value is None else Node(value, f"{self.where}.{key}")

    def mapping(self, key: str) -> dict[Any, Any]:
        """Return a plain mapping (empty when absent)."""
        value = self._get(key, False)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise DatasetError(f"{self.where}.{key}: harus berupa pemetaan, ditemukan {value!r}")
        return value

    def texts(self, key: str) -> list[str]:
        """Return a list of texts (empty when absent)."""
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise DatasetError(f"{self.where}.{key}: harus berupa daftar, ditemukan {value!r}")
        return [str(item) for item in value]

    def items(self, key: str) -> Iterator[Node]:
        """Yield the mappings of a list."""
        value = self._get(key, False)
        if value is None:
            return
        if not isinstance(value, list):
            raise DatasetError(f"{self.where}.{key}: harus berupa daftar, ditemukan {value!r}")
        for index, item in enumerate(value):
            yield Node(item, f"{self.where}.{key}[{index}]")

    def finish(self) -> None:
        """Refuse keys that nothing read: a typo must not pass silently."""
        unknown = sorted(set(map(str, self.data)) - self.used)
        if unknown:
            raise DatasetError(f"{self.where}: kunci tidak dikenal: {', '.join(unknown)}")


def as_decimal(value: Any, where: str) -> Decimal | None:
    """Return a value as an exact Decimal."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise DatasetError(f"{where}: harus berupa angka, ditemukan {value!r}")
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    raise DatasetError(f"{where}: harus berupa angka, ditemukan {value!r}")


def as_integer(value: Any, where: str) -> int:
    """Return a value as a whole number."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise DatasetError(f"{where}: harus berupa bilangan bulat, ditemukan {value!r}")
    if isinstance(value, Decimal) and value != value.to_integral_value():
        raise DatasetError(f"{where}: harus berupa bilangan bulat, ditemukan {value}")
    return int(value)


def pejabat(node: Node | None) -> dict[str, Any]:
    if node is None:
        return {"jabatan": "", "nama": None, "nip": None}
    values = {
        "jabatan": node.text("jabatan"),
        "nama": node.text("nama", required=False),
        "nip": node.code("nip", required=False),
    }
    node.finish()
    return values


def normal_code(kode: str | None, where: str) -> str:
    assert kode is not None
    try:
        return codes.normalize(kode)
    except codes.KodeTidakValid as exc:
        raise DatasetError(f"{where}: {exc}") from exc


def choice(value: str | None, choices: Iterable[tuple[str, str]], where: str) -> None:
    allowed = [c for c, _ in choices]
    if value not in allowed:
        raise DatasetError(
            f"{where}: harus salah satu dari {', '.join(allowed)}, ditemukan {value!r}"
        )


def quarter(key: Any, where: str) -> int:
    q = as_integer(key, where)
    if q not in (1, 2, 3, 4):
        raise DatasetError(f"{where}: triwulan harus 1 sampai 4, ditemukan {key!r}")
    return q
