"""A large budget file is saved in parts: the same result as at once, in bounded memory."""

from __future__ import annotations

import tracemalloc
from decimal import Decimal
from typing import Any

import pytest

from sakip.alur import layanan
from sakip.impor.anggaran import impor as anggaran
from sakip.impor.anggaran.profil import SIPD
from sakip.impor.pipeline import Result, impor_anggaran
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from sakip.spreadsheet import keys, spill

UNIT = 10
JUDUL = "Kode SKPD;Kode Sub Kegiatan;Nama Sub Kegiatan;Tahun Anggaran;Tahapan;Anggaran;Realisasi"


def _siapkan(sub: int) -> None:
    pemda = m.Pemda.objects.create(
        kode="99.99", nama="Pemerintah Kabupaten Uji", nama_daerah="Kabupaten Uji", tempat="Uji"
    )
    opd = m.PerangkatDaerah.objects.create(
        pemda=pemda, kode="9.99.0.00.0.00.01.0000", nama="Dinas Uji", jenis="Dinas"
    )
    m.UnitKerja.objects.bulk_create(
        m.UnitKerja(opd=opd, kode=f"9.99.0.00.0.00.01.{i:04d}", nama=f"Unit {i}")
        for i in range(UNIT)
    )
    versi = m.NomenklaturVersi.objects.create(
        kode="uji", nama="Nomenklatur uji", berlaku_mulai=2024, lengkap=True
    )
    kode = [f"9.99.01.2.{1 + i // 100:02d}.{1 + i % 100:04d}" for i in range(sub)]
    induk = sorted({k.rsplit(".", 1)[0] for k in kode} | {"9", "9.99", "9.99.01"})
    m.NomenklaturItem.objects.bulk_create(
        (m.NomenklaturItem(versi=versi, kode=k, nama=f"Item {k}") for k in induk + kode),
        batch_size=1000,
    )


def _csv(n: int, add: int = 0) -> bytes:
    """Return a SIPD-style CSV of N lines; `add` raises every realisation by that much."""
    rows = [JUDUL]
    for i in range(n):
        pagu = Decimal(1_000_000 + 137 * i) + Decimal("0.25")
        realisasi = f"{pagu * 9 // 10 + add:.2f}"
        unit, sub = i % UNIT, i // UNIT
        rows.append(
            f"9.99.0.00.0.00.01.{unit:04d};9.99.01.2.{1 + sub // 100:02d}.{1 + sub % 100:04d};"
            f"Sub kegiatan {sub};2024;Perubahan;{pagu};{realisasi}"
        )
    return "\n".join(rows).encode()


def _ringkas(result: Result) -> list[Any]:
    return [
        (r.lembar, r.jenis, r.tambah, r.ubah, r.tetap, r.hapus, r.rincian) for r in result.ringkasan
    ]


def _tersimpan() -> list[Any]:
    return sorted(
        m.RealisasiAnggaran.objects.values_list(
            "baris__unit__kode", "baris__sub_kegiatan", "baris__pagu", "baris__urutan", "nilai"
        )
    )


@pytest.mark.django_db
def test_a_file_saved_in_parts_gives_what_it_gives_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    _siapkan(10)
    Perubahan.objects.all().delete()
    result = {}
    for bagian in (10_000, 7):
        monkeypatch.setattr(anggaran, "BAGIAN", bagian)
        pertama = impor_anggaran(_csv(95), "a.csv", SIPD)
        riwayat = Perubahan.objects.count()
        # One change, one time: every part's history entries carry the import's time.
        assert Perubahan.objects.values("waktu").distinct().count() == 1
        kedua = impor_anggaran(_csv(95, add=1), "a.csv", SIPD)
        result[bagian] = (
            _ringkas(pertama),
            _ringkas(kedua),
            _tersimpan(),
            riwayat,
            Perubahan.objects.count(),
        )
        m.BarisAnggaran.objects.all().delete()
        Perubahan.objects.all().delete()
    assert result[7] == result[10_000]
    ringkas_pertama, ringkas_kedua, _, riwayat, _ = result[7]
    assert [r[2:6] for r in ringkas_pertama] == [(95, 0, 0, 0), (95, 0, 0, 0)]
    assert [r[2:6] for r in ringkas_kedua] == [(0, 0, 95, 0), (0, 95, 0, 0)]
    assert riwayat == 190


@pytest.mark.django_db
def test_a_line_rule_refusal_in_a_later_part_points_at_its_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _siapkan(10)
    monkeypatch.setattr(anggaran, "BAGIAN", 7)
    isi = _csv(40).decode().splitlines()
    # Row 31 of the file: its realisation above its pagu is refused by the budget-line rules.
    kolom = isi[30].split(";")
    kolom[-1] = str(Decimal(kolom[-2]) * 2)
    isi[30] = ";".join(kolom)
    result = impor_anggaran("\n".join(isi).encode(), "a.csv", SIPD)
    assert not result.berhasil
    assert {g.tempat.baris for g in result.error} == {31}
    assert not m.BarisAnggaran.objects.exists()


@pytest.mark.django_db
def test_memory_per_row_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The save holds one part at a time: four times the rows is far from four times the memory.

    Before the import was saved in parts it held about 8 KB per row here (every row as a
    record with a cell object per field, every stored row as an object, every history entry)
    until the end.
    """
    _siapkan(240)
    monkeypatch.setattr(anggaran, "BAGIAN", 200)  # both files in several parts
    # Both files in many chunks of the records' file and batches of the key stores.
    monkeypatch.setattr(spill, "CHUNK", 100)
    monkeypatch.setattr(keys, "BUFFER", 100)
    monkeypatch.setattr(keys, "BATCH", 100)
    monkeypatch.setattr(layanan, "_BARIS_SEKALI", 200)  # the line rules at the end, too
    impor_anggaran(_csv(50), "pemanasan.csv", SIPD)  # caches and imports, once
    m.BarisAnggaran.objects.all().delete()
    puncak = {}
    for n in (600, 2400):
        isi = _csv(n)
        tracemalloc.start()
        result = impor_anggaran(isi, f"{n}.csv", SIPD, save=False)
        puncak[n] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert result.berhasil and result.jumlah("tambah") == 2 * n
    per_baris = (puncak[2400] - puncak[600]) / 1800
    # About 10 bytes now: the records, the keys and ids kept across rows are in temporary files
    # (decision 0023); it was 2.6 KB with the records and the save's ids held in memory.
    assert per_baris < 250, f"{per_baris:.0f} byte per baris"
