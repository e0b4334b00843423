"""The `LKE` sheet of the entry workbook: written, read back, and refused outside the window."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import openpyxl
from django.core.management import call_command

from sakip.alur.layanan import perubahan
from sakip.impor.buku.susunan import create_buku
from sakip.impor.pipeline import impor_buku
from sakip.lke import layanan
from sakip.lke.models import EvaluasiLke, JawabanUsulan, JendelaLke
from sakip.riwayat.recorder import versi_sekarang


def _file(buku: Any) -> bytes:
    isi = io.BytesIO()
    buku.save(isi)
    return isi.getvalue()


def _baris(ws: Any, kode: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == kode)


def test_the_sheet_lists_every_criterion_with_its_own_answers(evaluasi: EvaluasiLke) -> None:
    buku = create_buku(evaluasi.opd, 2022)
    ws = buku["LKE"]
    judul = [ws.cell(1, k).value for k in range(1, 7)]
    assert judul == [
        "Kode Kriteria",
        "Pertanyaan",
        "Jenis Jawaban",
        "Jawaban OPD",
        "Catatan",
        "Tautan Bukti",
    ]
    assert ws.max_row == 1 + 57
    assert [ws.cell(2, k).value for k in (1, 3)] == ["1.a.1", "Y/T"]
    listing = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert '"Y,T"' in listing and '"A,B,C,D,E"' in listing
    assert "D7" in listing['"A,B,C,D,E"']  # 1.b.1, the first A–E criterion


def test_answers_entered_in_the_sheet_are_stored_and_written_back(
    evaluasi: EvaluasiLke, perencana: Any
) -> None:
    buku = create_buku(evaluasi.opd, 2022)
    ws = buku["LKE"]
    r = _baris(ws, "1.b.2")
    ws.cell(r, 4).value = "B"
    ws.cell(r, 5).value = "Empat dari lima IKU lengkap."
    ws.cell(r, 6).value = "https://contoh.go.id/iku.pdf"
    ws.cell(_baris(ws, "1.a.2"), 4).value = "Y"
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=perencana)
    assert result.berhasil, result.error
    u = JawabanUsulan.objects.get(evaluasi=evaluasi, kriteria="1.b.2")
    assert (u.jawaban, u.catatan, u.bukti) == (
        "B",
        "Empat dari lima IKU lengkap.",
        "https://contoh.go.id/iku.pdf",
    )
    assert JawabanUsulan.objects.filter(evaluasi=evaluasi).count() == 2

    kembali = create_buku(evaluasi.opd, 2022)["LKE"]
    assert kembali.cell(_baris(kembali, "1.b.2"), 4).value == "B"
    # The workbook written back and imported again changes nothing.
    ulang = impor_buku(_file(create_buku(evaluasi.opd, 2022)), "b.xlsx", pengguna=perencana)
    assert ulang.berhasil
    assert not [r for r in ulang.ringkasan if r.lembar == "LKE" and r.berubah]


def test_an_answer_its_criterion_does_not_allow_is_refused_at_its_cell(
    evaluasi: EvaluasiLke, perencana: Any
) -> None:
    buku = create_buku(evaluasi.opd, 2022)
    ws = buku["LKE"]
    r = _baris(ws, "1.a.2")
    ws.cell(r, 4).value = "B"  # a Y/T criterion
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=perencana)
    assert not result.berhasil
    g = next(g for g in result.error if g.tempat.lembar == "LKE")
    assert (g.tempat.baris, g.tempat.kolom) == (r, "D")
    assert "pilih salah satu dari Y, T" in str(g)
    assert not JawabanUsulan.objects.exists()


def test_the_import_is_refused_once_the_opds_window_is_closed(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    buku = create_buku(evaluasi.opd, 2022)
    ws = buku["LKE"]
    ws.cell(_baris(ws, "1.a.2"), 4).value = "Y"
    with perubahan(inspektur, "Tutup", pemda_id=evaluasi.opd.pemda_id) as sesi:
        layanan.atur_jendela(sesi, evaluasi.opd.pemda, 2022, JendelaLke.OPD, JendelaLke.DITUTUP)
    versi = versi_sekarang()
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=perencana)
    assert not result.berhasil
    pesan = [str(g) for g in result.error if g.tempat.lembar == "LKE"]
    assert any(
        "jendela pengisian LKE oleh perangkat daerah tahun 2022 sudah ditutup" in p for p in pesan
    )
    assert not JawabanUsulan.objects.exists()
    assert versi_sekarang() == versi


def test_a_workbook_without_the_sheet_leaves_the_answers_alone(
    evaluasi: EvaluasiLke, perencana: Any
) -> None:
    with perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_usulan(sesi, evaluasi, "1.a.2", "Y")
    buku = create_buku(evaluasi.opd, 2022)
    del buku["LKE"]
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=perencana)
    assert result.berhasil, result.error
    assert JawabanUsulan.objects.filter(evaluasi=evaluasi, kriteria="1.a.2").exists()


def test_the_whole_sheet_round_trips_through_the_commands(
    evaluasi: EvaluasiLke, perencana: Any, tmp_path: Path
) -> None:
    # As on a fresh demo: `sakip workbook`, every criterion answered at its second level in a
    # spreadsheet (Y on Y/T, B on A–E), `sakip import --user`, then `sakip lke` scores it.
    buku = tmp_path / "buku.xlsx"
    _jalankan("workbook", "--year", "2022", "-o", str(buku))
    wb = openpyxl.load_workbook(buku)
    ws = wb["LKE"]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 4).value = "Y" if ws.cell(r, 3).value == "Y/T" else "B"
    wb.save(buku)
    teks = _jalankan("import", str(buku), "--user", perencana.username)
    assert "LKE — jawaban usulan LKE: 57 ditambah, 0 diubah, 0 tetap, 0 dihapus" in teks
    # Y counts 1 and B 0,75: a sub-component of only A–E criteria scores 3/4 of its weight.
    data = json.loads(_jalankan("lke", "--year", "2022", "--format", "json"))
    sub = {s["kode"]: s["nilai_usulan"] for k in data["komponen"] for s in k["subkomponen"]}
    assert (sub["1.a"], sub["1.b"]) == (6, 6.75)

    kembali = tmp_path / "kembali.xlsx"
    _jalankan("workbook", "--year", "2022", "-o", str(kembali))
    assert _lembar(kembali) == _lembar(buku)
    ulang = _jalankan("import", str(kembali), "--user", perencana.username)
    assert "Jumlah: 0 ditambah, 0 diubah" in ulang


def _jalankan(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def _lembar(path: Path) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(path)["LKE"].iter_rows(values_only=True))
