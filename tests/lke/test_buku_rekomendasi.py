"""The Rekomendasi sheet's deadline, responsible unit and position: written with drop-downs,
read back through the change service, refused at their cell."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from openpyxl.utils import get_column_letter

from sakip.alur.layanan import perubahan
from sakip.alur.models import Peran
from sakip.impor.buku.susunan import create_buku
from sakip.impor.pipeline import impor_buku
from sakip.kaskade.models import Jabatan
from sakip.kinerja import models as m
from sakip.lke import penanggung_jawab as pj
from sakip.lke.models import EvaluasiLke, JabatanRekomendasi

KOLOM = {
    "tenggat": "Tenggat",
    "unit": "Unit Penanggung Jawab",
    "jabatan": "Jabatan Penanggung Jawab",
}


def _file(buku: Any) -> bytes:
    isi = io.BytesIO()
    buku.save(isi)
    return isi.getvalue()


def _huruf(ws: Any) -> dict[str, str]:
    judul = {ws.cell(1, c).value: get_column_letter(c) for c in range(1, ws.max_column + 1)}
    return {k: judul[v] for k, v in KOLOM.items()}


def _pertama(opd: m.PerangkatDaerah) -> m.Rekomendasi:
    r = m.Rekomendasi.objects.filter(opd=opd).order_by("urutan", "id").first()
    assert r is not None and r.tahun_evaluasi < 2022
    return r


def _isi(opd: m.PerangkatDaerah, **isi: Any) -> tuple[Any, dict[str, str]]:
    """Return the workbook of 2022 with the first recommendation's cells set."""
    buku = create_buku(opd, 2022)
    ws = buku["Rekomendasi"]
    huruf = _huruf(ws)
    for key, nilai in isi.items():
        ws[f"{huruf[key]}2"].value = nilai
    return buku, huruf


def test_the_sheet_offers_the_opds_units_and_positions(evaluasi: EvaluasiLke) -> None:
    buku = create_buku(evaluasi.opd, 2022)
    ws = buku["Rekomendasi"]
    huruf = _huruf(ws)
    listing = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert huruf["unit"] in listing["daftar_unit"]
    assert huruf["jabatan"] in listing["daftar_jabatan"]
    posisi = [c.value for c in buku["Daftar"][1]].index("jabatan") + 1
    kode = [r[posisi - 1].value for r in buku["Daftar"].iter_rows(min_row=2) if r[posisi - 1].value]
    assert "kasubag-renkeu" in kode
    assert ws[f"{huruf['tenggat']}2"].number_format == "[$-421]d mmmm yyyy"


def test_they_are_stored_and_written_back_unchanged(evaluasi: EvaluasiLke, inspektur: Any) -> None:
    opd = evaluasi.opd
    buku, huruf = _isi(opd, tenggat=date(2022, 6, 30), unit=opd.kode, jabatan="kasubag-renkeu")
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=inspektur)
    assert result.berhasil, result.error
    r = _pertama(opd)
    assert (r.tenggat, r.unit.kode if r.unit else None) == (date(2022, 6, 30), opd.kode)
    assert JabatanRekomendasi.objects.get(rekomendasi=r).jabatan.kode == "kasubag-renkeu"

    kembali = create_buku(opd, 2022)["Rekomendasi"]
    assert kembali[f"{huruf['tenggat']}2"].value == date(2022, 6, 30)
    assert kembali[f"{huruf['unit']}2"].value == opd.kode
    assert kembali[f"{huruf['jabatan']}2"].value == "kasubag-renkeu"
    ulang = impor_buku(_file(create_buku(opd, 2022)), "b.xlsx", pengguna=inspektur)
    assert ulang.berhasil, ulang.error
    assert not [x for x in ulang.ringkasan if x.berubah]


def test_an_emptied_position_removes_it(evaluasi: EvaluasiLke, inspektur: Any) -> None:
    opd = evaluasi.opd
    r = _pertama(opd)
    with perubahan(inspektur, "Penanggung jawab", opd_id=opd.pk) as sesi:
        pj.atur(sesi, r, None, None, Jabatan.objects.get(opd=opd, kode="kasubag-renkeu"))
    buku, _ = _isi(opd, jabatan=None)
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=inspektur)
    assert result.berhasil, result.error
    assert not JabatanRekomendasi.objects.filter(rekomendasi=r).exists()


@pytest.mark.parametrize(
    ("isi", "kolom", "pesan"),
    [
        (
            {"jabatan": "kadis-pu"},
            "jabatan",
            "kode jabatan pada kaskade Kecamatan Bontang Barat (lihat halaman Kaskade)",
        ),
        (
            {"unit": "7.01.0.00.0.00.30.0099"},
            "unit",
            'kode unit kerja yang ada di lembar "Unit Kerja"',
        ),
        (
            {"tenggat": date(2020, 12, 31)},
            "tenggat",
            "tenggat 31 Desember 2020 jatuh sebelum tahun yang dievaluasi (2021)",
        ),
    ],
)
def test_an_unknown_unit_or_position_or_an_early_deadline_is_refused_at_its_cell(
    evaluasi: EvaluasiLke, inspektur: Any, isi: dict[str, Any], kolom: str, pesan: str
) -> None:
    buku, huruf = _isi(evaluasi.opd, **isi)
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=inspektur)
    assert not result.berhasil
    g = next(g for g in result.error if g.tempat.lembar == "Rekomendasi")
    assert (g.tempat.baris, g.tempat.kolom) == (2, huruf[kolom])
    assert pesan in str(g)
    r = _pertama(evaluasi.opd)
    assert (r.tenggat, r.unit_id) == (None, None)
    assert not JabatanRekomendasi.objects.exists()


def test_a_workbook_without_the_columns_leaves_them_alone(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    opd = evaluasi.opd
    r = _pertama(opd)
    unit = m.UnitKerja.objects.get(opd=opd, kode=opd.kode)
    jabatan = Jabatan.objects.get(opd=opd, kode="kasubag-renkeu")
    with perubahan(inspektur, "Penanggung jawab", opd_id=opd.pk) as sesi:
        pj.atur(sesi, r, date(2022, 6, 30), unit, jabatan)
    buku = create_buku(opd, 2022)
    ws = buku["Rekomendasi"]
    ws.delete_cols(ws.max_column - 2, 3)
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=inspektur)
    assert result.berhasil, result.error
    r.refresh_from_db()
    assert (r.tenggat, r.unit_id) == (date(2022, 6, 30), unit.pk)
    assert JabatanRekomendasi.objects.get(rekomendasi=r).jabatan == jabatan


def test_the_opds_planner_may_not_set_them(evaluasi: EvaluasiLke, perencana: Any) -> None:
    buku, huruf = _isi(evaluasi.opd, jabatan="kasubag-renkeu")
    result = impor_buku(_file(buku), "buku.xlsx", pengguna=perencana)
    assert not result.berhasil
    g = next(g for g in result.error if g.tempat.lembar == "Rekomendasi")
    assert (g.tempat.baris, g.tempat.kolom) == (2, huruf["jabatan"])
    assert "hanya Inspektorat yang dapat mengubahnya" in str(g)
    assert not JabatanRekomendasi.objects.exists()


def _admin_inspektur(opd: m.PerangkatDaerah) -> Any:
    """Return a person who may add a position (Admin Pemda) and name it (Inspektorat)."""
    user = get_user_model().objects.create_user("rina")
    for jenis in (Peran.ADMIN, Peran.INSPEKTORAT):
        Peran.objects.create(user=user, jenis=jenis, pemda=opd.pemda)
    return user


def _import_with_new_jabatan(opd: m.PerangkatDaerah, jabatan: str) -> tuple[Any, dict[str, str]]:
    """Import the workbook with the position staf-renkeu added to its Jabatan sheet and the first
    recommendation's position set to `jabatan`."""
    buku, huruf = _isi(opd, jabatan=jabatan)
    buku["Jabatan"].append(["staf-renkeu", "Analis Perencanaan", "Pelaksana", "kasubag-renkeu"])
    return impor_buku(_file(buku), "buku.xlsx", pengguna=_admin_inspektur(opd)), huruf


def test_a_position_added_by_the_same_workbook_is_accepted_and_linked(
    evaluasi: EvaluasiLke,
) -> None:
    opd = evaluasi.opd
    result, _ = _import_with_new_jabatan(opd, "staf-renkeu")
    assert result.berhasil, result.error
    new = Jabatan.objects.get(opd=opd, kode="staf-renkeu")
    assert (new.nama, new.induk.kode if new.induk else None) == (
        "Analis Perencanaan",
        "kasubag-renkeu",
    )
    assert JabatanRekomendasi.objects.get(rekomendasi=_pertama(opd)).jabatan == new


def test_a_position_in_neither_the_cascade_nor_the_workbook_is_refused(
    evaluasi: EvaluasiLke,
) -> None:
    opd = evaluasi.opd
    result, huruf = _import_with_new_jabatan(opd, "staf-umum")
    assert not result.berhasil
    g = next(g for g in result.error if g.tempat.lembar == "Rekomendasi")
    assert (g.tempat.baris, g.tempat.kolom) == (2, huruf["jabatan"])
    assert '"staf-umum"' in str(g)
    assert "kode jabatan pada kaskade Kecamatan Bontang Barat (lihat halaman Kaskade)" in str(g)
    assert not Jabatan.objects.filter(opd=opd, kode="staf-renkeu").exists()
    assert not JabatanRekomendasi.objects.exists()
