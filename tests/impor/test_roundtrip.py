"""The entry workbook round trip: what sakip exports, it imports back exactly.

Export the OPD's workbook, import it into an empty database: `sakip tables --format json` is
identical. Import it again, or into the database it came from: nothing changes. Import a corrected
workbook: only what differs changes, and the history records it with the person and reason.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from django.apps import apps
from django.core.management import call_command

from sakip.alur.models import Peran
from sakip.dataset.load import load_path
from sakip.impor.buku.susunan import create_buku
from sakip.impor.pipeline import impor_buku
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from tests.conftest import BONTANG, DINAS, KODE_BONTANG, KODE_DINAS

pytestmark = pytest.mark.django_db
DATASET = [(BONTANG, KODE_BONTANG, 2022), (DINAS, KODE_DINAS, 2023)]


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def _buku(kode: str, tahun: int) -> bytes:
    out = io.BytesIO()
    create_buku(m.PerangkatDaerah.objects.get(kode=kode), tahun).save(out)
    return out.getvalue()


def _kosongkan() -> None:
    m.PerangkatDaerah.objects.all().delete()
    m.Pemda.objects.all().delete()
    m.NomenklaturVersi.objects.all().delete()
    Perubahan.objects.all().delete()
    assert all(not model.objects.exists() for model in apps.get_app_config("kinerja").get_models())


@pytest.mark.parametrize(("dataset", "kode", "tahun"), DATASET, ids=["bontang", "dinas"])
def test_the_workbook_imported_into_an_empty_database_gives_the_same_tables(
    dataset: Path, kode: str, tahun: int, tmp_path: Path
) -> None:
    load_path(dataset)
    berkas = tmp_path / "buku.xlsx"
    _run("workbook", "--year", str(tahun), "-o", str(berkas))
    sebelum = _run("tables", "--year", str(tahun), "--format", "json")
    kaskade = _run("cascade", "--year", str(tahun), "--format", "json")
    _kosongkan()

    # The positions' sheets carry the cascade: the workbook alone recreates it.
    # A recommendation's responsible position is checked against the positions already stored,
    # not those the same workbook adds: it is left empty here (it is not in the LKjIP's tables).
    wb = openpyxl.load_workbook(berkas)
    ws = wb["Rekomendasi"]
    jabatan = [c.column for c in ws[1] if c.value == "Jabatan Penanggung Jawab"][0]
    for baris in range(2, ws.max_row + 1):
        ws.cell(baris, jabatan).value = None
    wb.save(berkas)
    assert "disimpan" in _run("import", str(berkas))

    assert _run("tables", "--year", str(tahun), "--format", "json") == sebelum
    assert _run("cascade", "--year", str(tahun), "--format", "json") == kaskade
    assert "0 ditambah, 0 diubah" in _run("import", str(berkas))


@pytest.mark.parametrize(("dataset", "kode", "tahun"), DATASET, ids=["bontang", "dinas"])
def test_the_exported_workbook_changes_nothing_in_its_own_database(
    dataset: Path, kode: str, tahun: int
) -> None:
    load_path(dataset)
    riwayat = Perubahan.objects.count()
    result = impor_buku(_buku(kode, tahun), "buku.xlsx")
    assert result.berhasil and not result.berubah
    assert result.jumlah("tetap") > 300
    assert Perubahan.objects.count() == riwayat


def _change(isi: bytes, change: Any) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(isi))
    change(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _baris(ws: Any, **find: object) -> int:
    judul = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if all(ws.cell(r, judul.index(k) + 1).value == v for k, v in find.items()):
            return r
    raise AssertionError(find)


def test_a_corrected_workbook_changes_only_what_differs_and_history_records_it(
    demo: Path, alice: Any
) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    Peran.objects.create(user=alice, jenis=Peran.PERENCANA, pemda=opd.pemda, opd=opd)
    asli = _buku(KODE_BONTANG, 2022)

    def koreksi(wb: Any) -> None:
        anggaran = wb["Anggaran"]
        r = _baris(anggaran, **{"Kode Sub Kegiatan": "7.01.01.2.02.01", "Kode Unit": KODE_BONTANG})
        anggaran.cell(r, 5, 10_559_602_049)
        aset = wb["Aset"]
        aset.delete_rows(_baris(aset, **{"Jenis Aset": "Tanah"}))
        wb["Narasi"].append(["catatan_baru", "Teks baru."])

    result = impor_buku(_change(asli, koreksi), "koreksi.xlsx", pengguna=alice, alasan="revisi DPA")

    assert result.berhasil, [str(g) for g in result.error]
    assert (result.jumlah("tambah"), result.jumlah("ubah"), result.jumlah("hapus")) == (1, 1, 1)
    baris = m.BarisAnggaran.objects.get(unit__kode=KODE_BONTANG, sub_kegiatan="7.01.01.2.02.0001")
    assert baris.pagu == Decimal("10559602049.00")
    perubahan = {(p.aksi, p.model): p for p in Perubahan.objects.exclude(aksi="muat")}
    assert set(perubahan) == {
        ("ubah", "kinerja.BarisAnggaran"),
        ("hapus", "kinerja.Aset"),
        ("tambah", "kinerja.Narasi"),
    }
    change = perubahan[("ubah", "kinerja.BarisAnggaran")]
    assert change.pengguna == alice and change.alasan == "revisi DPA"
    assert change.selisih() == [("pagu", "10559602048.00", "10559602049.00")]
    assert perubahan[("tambah", "kinerja.Narasi")].data_lama is None


def test_a_workbook_with_an_error_changes_nothing(demo: Path) -> None:
    def rusak(wb: Any) -> None:
        wb["Narasi"].append(["catatan_baru", "Teks baru."])
        wb["Anggaran"].cell(2, 5, "sepuluh miliar")

    sebelum = (m.Narasi.objects.count(), Perubahan.objects.count())
    result = impor_buku(_change(_buku(KODE_BONTANG, 2022), rusak), "rusak.xlsx")
    assert [(g.kode, g.tempat.cell) for g in result.error] == [("bukan-angka", "E2")]
    assert (m.Narasi.objects.count(), Perubahan.objects.count()) == sebelum


def test_a_preview_shows_the_changes_and_saves_nothing(demo: Path) -> None:
    isi = _change(_buku(KODE_BONTANG, 2022), lambda wb: wb["Narasi"].append(["baru", "Teks."]))
    result = impor_buku(isi, "buku.xlsx", save=False)
    assert result.berhasil and not result.disimpan
    assert [(r.lembar, r.tambah) for r in result.ringkasan if r.tambah] == [("Narasi", 1)]
    assert not m.Narasi.objects.filter(bagian="baru").exists()
