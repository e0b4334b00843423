"""Every golden file of tests/golden/spreadsheet passes or fails as its folder says.

A file under should_fail/<reason>/ must be refused with an error of code <reason> at the sheet, row
and column its sidecar names, and must leave the database unchanged (a hostile file, whose sidecar
names `detik_maks`, within that many seconds); a file under should_pass/ must be saved, with the
numbers of added and changed rows its sidecar names.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from sakip.impor.anggaran.profil import Profil
from sakip.impor.models import find_profil
from sakip.impor.pipeline import Result, impor_anggaran, impor_buku
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "spreadsheet"
LOLOS = sorted(p for p in (GOLDEN / "should_pass").iterdir() if p.suffix != ".yaml")
GAGAL = sorted(p for p in (GOLDEN / "should_fail").glob("*/*") if p.suffix != ".yaml")


def _impor(path: Path) -> tuple[Result, dict[str, Any]]:
    harapan = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    isi = path.read_bytes()
    if harapan["jenis"] == "buku":
        return impor_buku(isi, path.name), harapan
    profil = harapan["profil"]
    dipakai = find_profil(profil) if isinstance(profil, str) else Profil.dari_dict(profil)
    return impor_anggaran(isi, path.name, dipakai), harapan


def _jejak() -> tuple[int, ...]:
    return (
        m.BarisAnggaran.objects.count(),
        m.RealisasiAnggaran.objects.count(),
        Perubahan.objects.count(),
        sum(m.BarisAnggaran.objects.values_list("pagu", flat=True)),
    )


@pytest.mark.parametrize("path", LOLOS, ids=lambda p: p.name)
def test_a_good_file_is_saved(dua_dataset: None, path: Path) -> None:
    result, harapan = _impor(path)
    assert result.berhasil, [str(g) for g in result.error]
    assert result.disimpan
    for aksi, jumlah in harapan.get("disimpan", {}).items():
        assert result.jumlah(aksi) == jumlah, aksi


@pytest.mark.parametrize("path", GAGAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_bad_file_is_refused_at_its_cell(dua_dataset: None, path: Path) -> None:
    sebelum = _jejak()
    mulai = time.perf_counter()
    result, harapan = _impor(path)
    detik = time.perf_counter() - mulai
    assert not result.berhasil and not result.disimpan
    assert detik < harapan.get("detik_maks", float("inf")), detik
    diharapkan = harapan["galat"]
    tempat = [
        (g.tempat.lembar, g.tempat.baris, g.tempat.kolom)
        for g in result.error
        if g.kode == path.parent.name
    ]
    assert (diharapkan["lembar"], diharapkan["baris"], diharapkan["kolom"]) in tempat, [
        str(g) for g in result.error
    ]
    assert _jejak() == sebelum


def test_every_reason_folder_is_a_catalogue_code() -> None:
    from sakip.spreadsheet import pesan

    kode = {v.kode for v in vars(pesan).values() if isinstance(v, pesan.Pesan)}
    assert {p.parent.name for p in GAGAL} <= kode
    assert len(LOLOS) >= 5 and len(GAGAL) >= 15
