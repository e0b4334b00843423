"""docs/openapi.yaml documents exactly the API's routes."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from django.urls import URLPattern, URLResolver, get_resolver

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"


def _rute(patterns: list[URLPattern | URLResolver], awal: str = "") -> list[str]:
    result: list[str] = []
    for p in patterns:
        teks = awal + str(p.pattern)
        if isinstance(p, URLResolver):
            result += _rute(p.url_patterns, teks)
        else:
            result.append("/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", teks))
    return result


def test_every_documented_path_is_a_route_and_every_api_route_is_documented() -> None:
    spec = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.")
    api = {r for r in _rute(get_resolver().url_patterns) if r.startswith("/api/")}
    assert set(spec["paths"]) == api
    assert len(api) == 3


def test_every_documented_operation_is_a_read() -> None:
    spec = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    assert {m for ops in spec["paths"].values() for m in ops} == {"get"}
    for path, ops in spec["paths"].items():
        nama = set(re.findall(r"\{(\w+)\}", path))
        param = {p["name"] for p in ops["get"].get("parameters", []) if p["in"] == "path"}
        assert nama == param, path
