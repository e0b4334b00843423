"""The `sakip` commands as a user runs them: demo, tables, check, load, dump."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sakip.kinerja import models as m

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_demo_is_idempotent() -> None:
    run("demo")
    run("demo")
    assert m.PerangkatDaerah.objects.count() == 1
    assert m.BarisAnggaran.objects.count() == 56


def test_tables_json_gives_exact_rupiah_and_null_for_na() -> None:
    run("demo")
    data = json.loads(run("tables", "--year", "2022", "--format", "json"), parse_float=str)
    tables = data["tables"]
    assert [t["number"] for t in tables] == list(range(1, 20))
    t19 = tables[18]
    assert t19["columns"][0] == "Kode"
    assert t19["rows"][-1][1:4] == ["JUMLAH", "30177653595.00", "29109889488.00"]
    assert t19["rows"][-1][4] == "96.46"
    zona = tables[10]["rows"][2]
    assert zona[5] is None and zona[6] is None


def test_tables_csv_and_text() -> None:
    run("demo")
    csv_text = run("tables", "--year", "2022", "--format", "csv")
    assert "Tabel 19,Realisasi Anggaran per Program dan Kegiatan" in csv_text
    text = run("tables", "--year", "2022")
    assert "30.177.653.595,00" in text and "99,17" in text


def test_check_exits_1_with_errors_and_lists_them_in_json() -> None:
    run("demo")
    out = StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("check", "--year", "2022", "--format", "json", stdout=out)
    assert exit_info.value.code == 1
    data = json.loads(out.getvalue())
    rules = [f["rule"] for f in data["findings"] if f["severity"] == "error"]
    assert rules.count("pk-target-beda-renstra") == 2
    assert "evaluasi-jumlah-komponen" in rules


def test_check_exits_0_without_errors() -> None:
    run("demo", "--dataset", "dinas-contoh-2023")
    assert "0 galat" in run("check", "--year", "2023")


def test_a_year_without_data_is_a_clear_error() -> None:
    run("demo")
    with pytest.raises(
        CommandError, match="Tidak ada data Kecamatan Bontang Barat untuk tahun 2031"
    ):
        run("tables", "--year", "2031")


def test_an_unknown_opd_is_a_clear_error() -> None:
    run("demo")
    with pytest.raises(CommandError, match="kode 1.23 tidak ada"):
        run("tables", "--year", "2022", "--opd", "1.23")


def test_two_opds_need_the_opd_option() -> None:
    run("demo")
    run("demo", "--dataset", "dinas-contoh-2023")
    with pytest.raises(CommandError, match="--opd"):
        run("tables", "--year", "2022")
    assert "Kecamatan Bontang Barat" in run(
        "tables", "--year", "2022", "--opd", "7.01.0.00.0.00.30.0000"
    )


def test_dump_then_load_a_folder(tmp_path: Path) -> None:
    run("demo")
    run("dump", str(tmp_path))
    assert (tmp_path / "opd" / "7.01.0.00.0.00.30.0000.yaml").exists()
    assert "Dimuat: Perangkat Daerah" in run("load", str(tmp_path))


def test_load_reports_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("pemda:\n  kode: '1'\n")
    with pytest.raises(CommandError, match="Dataset tidak dapat dimuat"):
        run("load", str(tmp_path))
