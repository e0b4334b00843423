"""Tables as JSON, CSV and plain text: the `sakip tables` output formats."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from sakip.core import format as fmt
from sakip.core.numbers import round_half_up
from sakip.core.rumus import lindungi_csv
from sakip.core.tables.base import Cell, Jenis, Tabel

SEN = Decimal("0.01")


def nilai_data(value: Cell, jenis: Jenis) -> Cell:
    """Return a cell as data: rupiah exact to the sen, percentages rounded half-up to 2 decimals."""
    if not isinstance(value, Decimal):
        return value
    if jenis is Jenis.UANG:
        return value.quantize(SEN)
    if jenis is Jenis.PERSEN:
        return round_half_up(value, 2)
    if jenis is Jenis.BILANGAN and value == value.to_integral_value():
        return int(value)
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def teks(value: Cell, jenis: Jenis) -> str:
    """Return a cell as Indonesian text: 1.234.567,89; n/a for a missing figure."""
    if value is None:
        return "" if jenis is Jenis.TEKS else "n/a"
    if isinstance(value, str):
        return value
    if jenis is Jenis.UANG:
        return fmt.number(Decimal(value), 2)
    if jenis is Jenis.PERSEN:
        return fmt.number(Decimal(value), 2)
    if jenis is Jenis.BILANGAN:
        return fmt.number(Decimal(value), 0)
    data = nilai_data(value, jenis)
    assert isinstance(data, (Decimal, int))
    # As entered, but never more than two decimals: a value stored as 90,8293 prints 90,83.
    places = min(2, max(0, -Decimal(data).as_tuple().exponent))  # type: ignore[operator]
    return fmt.number(Decimal(data), places)


def as_dict(t: Tabel) -> dict[str, Any]:
    """Return a table as the JSON object of `sakip tables --format json`."""
    return {
        "number": t.nomor,
        "key": t.key,
        "title": t.judul,
        "columns": [k.judul for k in t.kolom],
        "rows": [
            [nilai_data(v, k.jenis) for v, k in zip(row, t.kolom, strict=True)] for row in t.baris
        ],
        "row_styles": [g.value for g in t.gaya],
        "notes": t.catatan,
    }


def _json(value: Any) -> str:
    # Written by hand so that rupiah stay exact decimal literals, never binary floats.
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_json(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def to_json(data: Any) -> str:
    """Return JSON text with Decimals as exact numbers."""
    return _json(data)


def tables_json(tables: list[Tabel]) -> str:
    """Return every table as `{"tables": [...]}`."""
    return to_json({"tables": [as_dict(t) for t in tables]})


def tables_csv(tables: list[Tabel]) -> str:
    """Return every table as CSV blocks: a title line, the header, the rows, a blank line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for t in tables:
        writer.writerow([f"Tabel {t.nomor}", lindungi_csv(t.judul)])
        writer.writerow([k.judul for k in t.kolom])
        for row in t.baris:
            writer.writerow(
                [
                    "" if v is None else lindungi_csv(nilai_data(v, k.jenis))
                    for v, k in zip(row, t.kolom, strict=True)
                ]
            )
        writer.writerow([])
    return out.getvalue()


def tables_text(tables: list[Tabel], width: int = 60) -> str:
    """Return every table as aligned plain text in Indonesian number format."""
    parts = []
    for t in tables:
        cells = [[k.judul for k in t.kolom]] + [
            [teks(v, k.jenis).replace("\n", " ") for v, k in zip(row, t.kolom, strict=True)]
            for row in t.baris
        ]
        cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
        widths = [max(len(row[i]) for row in cells) for i in range(len(t.kolom))]
        right = [k.jenis is not Jenis.TEKS for k in t.kolom]
        lines = [f"Tabel {t.nomor}. {t.judul}"]
        for n, row in enumerate(cells):
            lines.append(
                "  ".join(
                    c.rjust(w) if r and n else c.ljust(w)
                    for c, w, r in zip(row, widths, right, strict=True)
                ).rstrip()
            )
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        lines += [f"  Catatan: {c}" for c in t.catatan]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"
