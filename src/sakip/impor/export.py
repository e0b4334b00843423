"""Exports: every LKjIP table to XLSX or CSV files, and the whole database to one JSON file."""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any

from sakip.core.tables import all_tabel
from sakip.core.tables.export import to_json
from sakip.dataset.dump import nomenklatur_dict, opd_dict, pemda_dict
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.spreadsheet.tabel import tabel_csv, tabel_xlsx

FORMAT_JSON = "sakip-dataset-1"


def export_tabel(opd: m.PerangkatDaerah, tahun: int, format_: str, path: Path) -> list[Path]:
    """Write the LKjIP tables of an OPD and year: one workbook, or a folder of CSV files."""
    tables = all_tabel(snapshot.build(opd, tahun))
    if format_ == "xlsx":
        path.parent.mkdir(parents=True, exist_ok=True)
        tabel_xlsx(tables).save(path)
        return [path]
    return tabel_csv(path, tables)


def export_tabel_xlsx(opd: m.PerangkatDaerah, tahun: int) -> io.BytesIO:
    """Return the LKjIP tables of an OPD and year as workbook bytes, ready to send."""
    out = io.BytesIO()
    tabel_xlsx(all_tabel(snapshot.build(opd, tahun))).save(out)
    out.seek(0)
    return out


def dataset_json() -> str:
    """Return the whole database as JSON, in the shapes of the YAML dataset format."""
    data = {
        "format": FORMAT_JSON,
        "pemda": [pemda_dict(p) for p in m.Pemda.objects.order_by("kode")],
        "nomenklatur": [nomenklatur_dict(v) for v in m.NomenklaturVersi.objects.all()],
        "perangkat_daerah": [opd_dict(o) for o in m.PerangkatDaerah.objects.all()],
    }
    return to_json(_polos(data)) + "\n"


def _polos(value: Any) -> Any:
    """Return the data with dates as ISO text and keys as text, ready for JSON."""
    if isinstance(value, dict):
        return {str(k): _polos(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_polos(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)
    return value
