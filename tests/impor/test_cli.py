"""The spreadsheet commands as a user runs them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
import yaml
from django.core.management import call_command
from django.core.management.base import CommandError

from sakip.impor.models import ProfilImpor
from sakip.kinerja import models as m

pytestmark = pytest.mark.django_db
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "spreadsheet"


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_workbook_has_a_sheet_per_kind_locked_headers_and_drop_downs(
    demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "buku.xlsx"
    assert "Ditulis" in run("workbook", "--year", "2022", "-o", str(path))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:3] == ["Petunjuk", "Perangkat Daerah", "Unit Kerja"]
    assert wb["Daftar"].sheet_state == "hidden"
    ws = wb["Anggaran"]
    assert [c.value for c in ws[1]] == ["Kode Unit", "Tahap", "Kode Sub Kegiatan", "Uraian", "Pagu"]
    assert ws.freeze_panes == "A2" and ws.protection.sheet
    assert ws["A1"].protection.locked and not ws["E2"].protection.locked
    assert ws["E2"].number_format == "#,##0.00" and isinstance(ws["E2"].value, int | float)
    listing = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert {"daftar_unit", "daftar_pilihan_tahap", "daftar_sub_kegiatan"} <= listing
    assert ws.max_row == 57


def test_import_reports_errors_with_their_cell_and_exits_1(demo: Path) -> None:
    path = GOLDEN / "should_fail" / "bukan-angka" / "buku-bukan-angka.xlsx"
    out = io.StringIO()
    with pytest.raises(SystemExit) as keluar:
        call_command("import", str(path), stdout=out)
    assert keluar.value.code == 1
    assert (
        'Lembar "Anggaran", baris 2, kolom E (Pagu): ditemukan "sepuluh miliar"' in out.getvalue()
    )


def test_import_budget_with_the_shipped_profile_then_again_changes_nothing(
    dua_dataset: None,
) -> None:
    path = GOLDEN / "should_pass" / "sipd-standar.xlsx"
    assert "Jumlah: 2 ditambah, 2 diubah" in run("import-budget", str(path), "--profile", "sipd")
    assert "Jumlah: 0 ditambah, 0 diubah" in run("import-budget", str(path))


def test_import_budget_dry_run_saves_nothing(dua_dataset: None) -> None:
    path = GOLDEN / "should_pass" / "sipd-standar.xlsx"
    sebelum = m.BarisAnggaran.objects.count()
    assert "pratinjau, belum disimpan" in run("import-budget", str(path), "--dry-run", "--rinci")
    assert m.BarisAnggaran.objects.count() == sebelum


def test_a_profile_made_on_the_command_line_reads_a_file_with_other_headers(
    dua_dataset: None, tmp_path: Path
) -> None:
    run(
        "import-profile",
        "create",
        "kota-lain",
        "--kolom",
        "unit=Kode Organisasi",
        "sub_kegiatan=Kode Sub Giat",
        "uraian=Uraian",
        "pagu=Pagu (Rp)",
        "realisasi=Realisasi s.d. TW IV",
        "--tetap",
        "tahun=2022",
        "tahap=perubahan",
        "--format-angka",
        "indonesia",
    )
    assert ProfilImpor.objects.get(nama="kota-lain").definisi["tetap"] == {
        "tahun": 2022,
        "tahap": "perubahan",
    }
    assert "kota-lain (tersimpan)" in run("import-profile", "list")
    shown = yaml.safe_load(run("import-profile", "show", "kota-lain"))
    assert shown["kolom"]["unit"] == "Kode Organisasi"
    path = GOLDEN / "should_pass" / "sipd-judul-lain.csv"
    assert "disimpan" in run("import-budget", str(path), "--profile", "kota-lain")


def test_a_profile_from_a_yaml_file_and_its_errors(db: None, tmp_path: Path) -> None:
    berkas = tmp_path / "profil.yaml"
    berkas.write_text(
        "kolom: {unit: Kode SKPD, sub_kegiatan: Kode, pagu: Pagu}\n"
        "tetap: {tahun: 2023, tahap: murni}\n"
    )
    assert "disimpan" in run("import-profile", "create", "dari-yaml", "--dari", str(berkas))
    with pytest.raises(CommandError, match="sudah ada"):
        run("import-profile", "create", "dari-yaml", "--dari", str(berkas))
    with pytest.raises(CommandError, match="kolom untuk pagu"):
        run(
            "import-profile",
            "create",
            "kurang",
            "--kolom",
            "unit=A",
            "sub_kegiatan=B",
            "--tetap",
            "tahun=2022",
            "tahap=murni",
        )
    with pytest.raises(CommandError, match="tidak ada"):
        run("import-budget", str(berkas), "--profile", "tidak-ada")
    run("import-profile", "delete", "dari-yaml")
    assert not ProfilImpor.objects.exists()


def test_export_tables_to_xlsx_and_csv(demo: Path, tmp_path: Path) -> None:
    run("export", "tables", "--year", "2022", "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"))
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert wb.sheetnames == [f"Tabel {n}" for n in range(1, 20)]
    ws = wb["Tabel 19"]
    jumlah = next(r for r in ws.iter_rows(min_row=4) if r[1].value == "JUMLAH")
    assert jumlah[2].value == 30177653595 and jumlah[2].font.b
    run("export", "tables", "--year", "2022", "--format", "csv", "-o", str(tmp_path / "csv"))
    assert len(list((tmp_path / "csv").glob("tabel-*.csv"))) == 19


def test_export_json_holds_the_whole_dataset_exactly(demo: Path, tmp_path: Path) -> None:
    run("export", "json", "-o", str(tmp_path / "data.json"))
    teks = (tmp_path / "data.json").read_text()
    assert '"pagu": 10559602048.00' in teks
    data = json.loads(teks)
    assert data["format"] == "sakip-dataset-1"
    (opd,) = data["perangkat_daerah"]
    assert opd["kode"] == "7.01.0.00.0.00.30.0000" and len(opd["anggaran"]) == 56
    assert data["perangkat_daerah"][0]["perjanjian_kinerja"][0]["tanggal"] == "2022-02-14"


def test_import_cleanup_removes_only_uploads_unconfirmed_for_a_day(demo: Path) -> None:
    import datetime

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from sakip.impor.models import Unggahan

    user = get_user_model().objects.create_user("alice")
    opd = m.PerangkatDaerah.objects.get(kode="7.01.0.00.0.00.30.0000")
    kemarin = timezone.now() - datetime.timedelta(hours=25)
    for nama, disimpan in (("lama.xlsx", None), ("disimpan.xlsx", kemarin), ("baru.xlsx", None)):
        Unggahan.objects.create(
            opd=opd, pengguna=user, jenis="buku", nama_berkas=nama, disimpan=disimpan
        )
    Unggahan.objects.exclude(nama_berkas="baru.xlsx").update(dibuat=kemarin)
    assert "1 unggahan yang tidak disimpan (lebih dari 24 jam) dihapus." in run("import-cleanup")
    assert sorted(Unggahan.objects.values_list("nama_berkas", flat=True)) == [
        "baru.xlsx",
        "disimpan.xlsx",
    ]


def test_import_budget_prints_the_columns_it_does_not_read(dua_dataset: None) -> None:
    path = GOLDEN / "should_pass" / "sipd-standar.xlsx"
    out = run("import-budget", str(path), "--profile", "sipd", "--dry-run")
    assert (
        '  Peringatan: Lembar "Realisasi", baris 4, kolom K (%): kolom berjudul "%" tidak '
        "dikenal, sehingga isinya tidak dibaca."
    ) in out
    assert out.count("Peringatan:") == 4


def test_import_prints_a_column_added_to_the_workbook_and_saves_the_rest(
    demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "buku.xlsx"
    run("workbook", "--year", "2022", "-o", str(path))
    wb = openpyxl.load_workbook(path)
    ws = wb["IKU"]
    kolom = ws.max_column + 1
    ws.cell(1, kolom, "Catatan Perencana")
    ws.cell(2, kolom, "dibahas ulang")
    wb.save(path)
    out = run("import", str(path))
    huruf = openpyxl.utils.get_column_letter(kolom)
    assert (
        f'  Peringatan: Lembar "IKU", baris 1, kolom {huruf} (Catatan Perencana): kolom berjudul '
        '"Catatan Perencana" tidak dikenal, sehingga isinya tidak dibaca.'
    ) in out
    assert "Jumlah: 0 ditambah, 0 diubah" in out
