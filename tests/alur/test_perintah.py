"""`sakip alur` takes a quarter through the workflow as a named user, with the web's role rules;
after approval no door changes the quarter, and `sakip tables` stays as it was."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sakip.alur.models import Periode
from sakip.impor.buku.susunan import create_buku
from sakip.kinerja import models as m
from tests.conftest import KODE_BONTANG
from tests.web.conftest import KANAAN, create_pengguna_demo

TAHUN = 2022


def _alur(aksi: str, sebagai: str, **lain: str) -> str:
    out = io.StringIO()
    args = ["--year", str(TAHUN), "--unit", KANAAN, "--quarter", "4", "--action", aksi]
    args += ["--as", sebagai, *(x for k, v in lain.items() for x in (f"--{k}", v))]
    call_command("alur", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def pengguna(demo: Path) -> None:
    create_pengguna_demo()


def _tabel() -> str:
    out = io.StringIO()
    call_command("tables", "--year", str(TAHUN), "--format", "json", stdout=out)
    return out.getvalue()


def test_the_quarter_goes_through_submission_verification_and_approval(pengguna: None) -> None:
    assert "Diajukan" in _alur("ajukan", "op-kanaan")
    assert "Diverifikasi" in _alur("verifikasi", "perencana")
    assert "Dikunci" in _alur("setujui", "camat")
    periode = Periode.objects.get(unit__kode=KANAAN, tahun=TAHUN, triwulan=4)
    assert periode.status == Periode.DIKUNCI
    assert [t.oleh.username for t in periode.transisi.all()] == ["op-kanaan", "perencana", "camat"]


@pytest.mark.parametrize(
    ("aksi", "sebagai", "sebelumnya"),
    [
        ("ajukan", "op-belimbing", []),
        ("verifikasi", "op-kanaan", ["ajukan"]),
        ("setujui", "perencana", ["ajukan", "verifikasi"]),
    ],
)
def test_a_user_without_the_right_is_refused(
    pengguna: None, aksi: str, sebagai: str, sebelumnya: list[str]
) -> None:
    oleh = {"ajukan": "op-kanaan", "verifikasi": "perencana"}
    for langkah in sebelumnya:
        _alur(langkah, oleh[langkah])
    with pytest.raises(CommandError, match="tidak berhak"):
        _alur(aksi, sebagai)


def test_a_return_needs_a_note(pengguna: None) -> None:
    _alur("ajukan", "op-kanaan")
    with pytest.raises(CommandError, match="catatan"):
        _alur("kembalikan", "perencana")
    assert "Dikembalikan" in _alur("kembalikan", "perencana", note="Lengkapi bukti.")


def test_after_approval_a_workbook_changing_the_quarter_is_refused_at_its_cell(
    pengguna: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for aksi, sebagai in (
        ("ajukan", "op-kanaan"),
        ("verifikasi", "perencana"),
        ("setujui", "camat"),
    ):
        _alur(aksi, sebagai)
    sebelum = _tabel()
    wb = create_buku(m.PerangkatDaerah.objects.get(kode=KODE_BONTANG), TAHUN)
    ws = wb["Realisasi Anggaran"]
    baris = next(r for r in ws.iter_rows(min_row=2) if r[0].value == KANAAN)
    baris[4].value = baris[4].value - 1000
    berkas = tmp_path / "buku.xlsx"
    wb.save(berkas)

    out = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("import", str(berkas), stdout=out)

    pesan = out.getvalue()
    assert f'Lembar "Realisasi Anggaran", baris {baris[0].row}, kolom E (Realisasi)' in pesan
    assert "triwulan IV 2022 Kelurahan Kanaan berstatus Dikunci" in pesan
    assert json.loads(_tabel()) == json.loads(sebelum)


def _rp(nilai: Decimal) -> str:
    return format(nilai, "f").replace(".", ",")


def test_a_budget_file_with_a_realisation_above_the_pagu_is_refused(
    demo: Path, tmp_path: Path
) -> None:
    baris = m.BarisAnggaran.objects.filter(unit__kode=KANAAN, tahun=TAHUN).order_by("pk").first()
    assert baris is not None
    berkas = tmp_path / "sipd.csv"
    tahap = {"murni": "Penetapan", "perubahan": "Perubahan APBD"}[baris.tahap]
    berkas.write_text(
        "Kode Unit SKPD;Kode Sub Kegiatan;Tahun Anggaran;Tahapan;Pagu;Realisasi\n"
        f"{KANAAN};{baris.kode_sumber};{TAHUN};{tahap};{_rp(baris.pagu)};{_rp(baris.pagu + 1)}\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("import-budget", str(berkas), "--profile", "sipd", stdout=out)
    assert "melebihi pagu" in out.getvalue()
