"""Batch commands with --all: every OPD of the database in one process."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sakip.kinerja import models as m
from tests.conftest import KODE_BONTANG, KODE_DINAS

EMPTY = "7.01.0.00.0.00.31.0000"


@pytest.fixture
def dua_opd(demo: Path, dinas: Path) -> None:
    """Both bundled datasets: the Kecamatan (2022, Renstra to 2026) and the Dinas (2023)."""


@pytest.fixture
def empty_opd(dua_opd: None) -> None:
    """A third OPD, just set up: nothing to report for any year."""
    m.PerangkatDaerah.objects.create(
        pemda=m.Pemda.objects.get(kode="64.74"),
        kode=EMPTY,
        nama="Kecamatan Baru",
        jenis="Kecamatan",
        kepala_jabatan="Camat Baru",
    )


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_tables_all_gives_every_opd_with_its_own_figures(dua_opd: None) -> None:
    out, _ = run("tables", "--year", "2023", "--all", "--format", "json")
    data = json.loads(out, parse_float=str)
    assert [d["opd"] for d in data] == [KODE_DINAS, KODE_BONTANG]
    dinas = {t["number"]: t for t in data[0]["isi"]["tables"]}
    # docs/dataset-dinas-contoh.md: perubahan 2023 pagu total 10,095,737,350.00, 97.09 %.
    assert dinas[19]["rows"][-1][1:5] == ["JUMLAH", "10095737350.00", "9801456000.00", "97.09"]


def test_tables_all_skips_and_names_an_opd_without_data_for_the_year(empty_opd: None) -> None:
    out, err = run("tables", "--year", "2022", "--all")
    assert out.startswith(f"=== {KODE_DINAS} Dinas Perhubungan Kabupaten Contoh ===\n")
    bontang = out.index(f"=== {KODE_BONTANG} Kecamatan Bontang Barat ===\n")
    assert "30.177.653.595,00" in out[bontang:]
    assert err == "Dilewati: Tidak ada data Kecamatan Baru untuk tahun 2022.\n"


def test_without_opd_or_all_it_still_refuses_several_opds(dua_opd: None) -> None:
    with pytest.raises(CommandError, match="lebih dari satu Perangkat Daerah"):
        run("tables", "--year", "2023")
    with pytest.raises(CommandError):
        run("tables", "--year", "2023", "--all", "--opd", KODE_DINAS)


def test_check_all_reports_each_opd_and_exits_1_on_any_error(dua_opd: None) -> None:
    out = StringIO()
    with pytest.raises(SystemExit) as keluar:
        call_command("check", "--year", "2022", "--all", "--format", "json", stdout=out)
    assert keluar.value.code == 1
    result = json.loads(out.getvalue())
    assert [h["opd"] for h in result] == [KODE_DINAS, KODE_BONTANG]
    rules = [f["rule"] for f in result[1]["findings"] if f["severity"] == "error"]
    assert rules.count("pk-target-beda-renstra") == 2


def test_report_all_writes_one_file_per_opd_into_a_folder(dua_opd: None, tmp_path: Path) -> None:
    folder = tmp_path / "lkjip"
    out, _ = run(
        "report", "lkjip", "--year", "2023", "--all", "--format", "html", "-o", str(folder)
    )
    berkas = sorted(p.name for p in folder.iterdir())
    assert berkas == [f"lkjip-2023-{KODE_DINAS}.html", f"lkjip-2023-{KODE_BONTANG}.html"]
    assert "DINAS PERHUBUNGAN KABUPATEN CONTOH" in (folder / berkas[0]).read_text("utf-8")
    assert "KECAMATAN BONTANG BARAT" in (folder / berkas[1]).read_text("utf-8")
    assert out.count("Ditulis: ") == 2


def test_report_all_refuses_a_file_as_its_folder(dua_opd: None, tmp_path: Path) -> None:
    berkas = tmp_path / "lkjip.html"
    berkas.write_text("x")
    with pytest.raises(CommandError, match="adalah berkas; dengan --all sebutkan sebuah folder"):
        run("report", "lkjip", "--year", "2023", "--all", "--format", "html", "-o", str(berkas))


def test_report_all_writes_the_others_and_fails_for_the_missing(
    empty_opd: None, tmp_path: Path
) -> None:
    with pytest.raises(CommandError, match="1 laporan tidak dapat dibuat"):
        run("report", "lkjip", "--year", "2022", "--all", "--format", "html", "-o", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"lkjip-2022-{KODE_DINAS}.html",
        f"lkjip-2022-{KODE_BONTANG}.html",
    ]


def test_export_tables_all_writes_a_workbook_per_opd(dua_opd: None, tmp_path: Path) -> None:
    run("export", "tables", "--year", "2023", "--all", "-o", str(tmp_path / "tabel"))
    assert sorted(p.name for p in (tmp_path / "tabel").iterdir()) == [
        f"tabel-2023-{KODE_DINAS}.xlsx",
        f"tabel-2023-{KODE_BONTANG}.xlsx",
    ]
