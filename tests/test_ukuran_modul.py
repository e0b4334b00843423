"""Every module of sakip stays under 500 lines (STYLE.md: split by concept near 400–500)."""

from __future__ import annotations

from pathlib import Path

import sakip

LIMITS = 500
SRC = Path(sakip.__file__).resolve().parent


def _panjang() -> dict[str, int]:
    return {
        str(p.relative_to(SRC)): len(p.read_text(encoding="utf-8").splitlines())
        for p in sorted(SRC.rglob("*.py"))
        if "migrations" not in p.parts
    }


def test_no_module_of_sakip_exceeds_500_lines() -> None:
    panjang = _panjang()
    assert len(panjang) > 300  # the tree itself, not an empty folder
    assert {nama: n for nama, n in panjang.items() if n > LIMITS} == {}
