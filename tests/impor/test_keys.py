"""What a budget import keeps across rows lives in temporary databases: the checks still find a
repeat across parts and batches, and a refusal anywhere keeps nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.alur.idset import IdSet
from sakip.impor.anggaran import impor as anggaran
from sakip.impor.anggaran.profil import SIPD
from sakip.impor.pipeline import impor_anggaran
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from sakip.spreadsheet import keys, spill
from sakip.spreadsheet.keys import KeyStore, first_values, get_many
from sakip.spreadsheet.limit import FileRejected, Limits
from sakip.spreadsheet.read import read
from sakip.spreadsheet.stream import RowStream
from tests.impor.test_anggaran_besar import _csv, _siapkan

KEY = ("9.99.0.00.0.00.01.0001", 2024, "murni", "9.99.01.2.01.0001", None)


def test_a_key_store_gives_back_what_was_set_before_and_after_it_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keys, "BUFFER", 3)
    store = KeyStore()
    for i in range(10):
        store[(*KEY[:4], f"bulan-{i}")] = (Decimal(i) / 4, i)
    assert store[(*KEY[:4], "bulan-0")] == (Decimal(0), 0)  # written to the database
    assert store.get((*KEY[:4], "bulan-9")) == (Decimal("2.25"), 9)  # still in the buffer
    assert KEY not in store and store.get(KEY, "tidak ada") == "tidak ada"
    with pytest.raises(KeyError):
        store[KEY]
    assert store.setdefault(KEY, 5) == 5 and store.setdefault(KEY, 6) == 5
    # A key is its values, with their types: the year 2024 is not the text "2024".
    assert (*KEY[:1], "2024", *KEY[2:]) not in store
    wanted = [(*KEY[:4], f"bulan-{i}") for i in (1, 8)] + [("lain",)]
    assert get_many(store, wanted) == {wanted[0]: (Decimal("0.25"), 1), wanted[1]: (2, 8)}
    assert len(store) == 11
    store.close()


@pytest.mark.parametrize("store", [KeyStore, dict])
def test_first_values_give_each_item_the_value_its_key_first_had_across_batches(
    store: type,
) -> None:
    items = [("a", 1, "r1"), ("b", 2, "r2"), ("a", 3, "r3"), ("c", 4, "r4"), ("b", 5, "r5")]
    items += [("a", 6, "r6"), ("d", 7, "r7")]
    result = list(first_values(iter(items), store(), batch=2))
    assert result == [
        ("r1", None),
        ("r2", None),
        ("r3", 1),
        ("r4", None),
        ("r5", 2),
        ("r6", 1),
        ("r7", None),
    ]


def test_an_id_set_gives_its_ids_once_in_increasing_order() -> None:
    ids = IdSet()
    assert not ids
    for pk in (9_000_001, 5, 4096, 4095, 5, None, 0, 123_456):
        ids.add(pk)
    assert list(ids) == [0, 5, 4095, 4096, 123_456, 9_000_001]
    assert 4096 in ids and 4097 not in ids and None not in ids and ids


def _kecil(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every part, chunk, batch and buffer hold a few rows, so the file spans many."""
    monkeypatch.setattr(anggaran, "BAGIAN", 7)
    monkeypatch.setattr(spill, "CHUNK", 5)
    monkeypatch.setattr(keys, "BUFFER", 3)
    monkeypatch.setattr(keys, "BATCH", 4)


@pytest.mark.django_db
def test_a_repeated_line_in_the_last_part_is_found_against_the_first_part(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _siapkan(10)
    _kecil(monkeypatch)
    isi = _csv(40).decode().splitlines()
    isi.append(isi[2])  # row 42 repeats row 3 (the file's second line)
    kolom = isi[1].split(";")
    kolom[5] = "1"  # row 43: the first line again with another pagu
    isi.append(";".join(kolom))
    result = impor_anggaran("\n".join(isi).encode(), "a.csv", SIPD)
    assert [(g.kode, g.tempat.baris) for g in result.error] == [
        ("baris-ganda", 42),
        ("baris-ganda", 43),
        ("pagu-tidak-sama", 43),
    ]
    assert "baris 3 sudah memuatnya" in str(result.error[0])
    assert "baris 2 menulis 1.000.000,25" in str(result.error[2])
    assert not m.BarisAnggaran.objects.exists()


@pytest.mark.django_db
def test_a_refusal_in_the_last_part_keeps_nothing_of_the_earlier_parts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _siapkan(10)
    _kecil(monkeypatch)
    Perubahan.objects.all().delete()
    isi = _csv(40).decode().splitlines()
    # Row 41, the last: its realisation above its pagu is refused by the budget-line rules.
    kolom = isi[40].split(";")
    kolom[-1] = str(Decimal(kolom[-2]) * 2)
    isi[40] = ";".join(kolom)
    result = impor_anggaran("\n".join(isi).encode(), "a.csv", SIPD)
    # At its row, as the line rules point (they judge the line, not one cell).
    assert [(g.kode, g.tempat.baris, g.tempat.kolom) for g in result.error] == [
        ("perubahan-ditolak", 41, None)
    ]
    assert not m.BarisAnggaran.objects.exists() and not m.RealisasiAnggaran.objects.exists()
    assert not Perubahan.objects.exists()
    # The same file with that row put right is saved whole, every part of it.
    isi[40] = isi[40].rsplit(";", 1)[0] + ";1"
    result = impor_anggaran("\n".join(isi).encode(), "a.csv", SIPD)
    assert result.berhasil and result.total["tambah"] == 80
    assert m.RealisasiAnggaran.objects.count() == 40 and Perubahan.objects.count() == 80


KECIL = Limits(baris=5, kolom=4, cell=40, mb=1)


def test_a_csv_file_streams_the_same_rows_a_whole_read_gives() -> None:
    data = b"a;b\n\n1;2\n ; \n3;'=4\n"
    (utuh,) = read(data, "x.csv", limit=KECIL)
    (alir,) = read(data, "x.csv", limit=KECIL, aliran=True)
    assert isinstance(alir.baris, RowStream) and isinstance(utuh.baris, list)
    assert list(alir.baris) == utuh.baris == [(1, ("a", "b")), (3, ("1", "2")), (5, ("3", "=4"))]


def test_a_streamed_csv_file_is_refused_at_the_row_past_the_bound_as_a_whole_read_is() -> None:
    data = "\n".join(f"{i};{i}" for i in range(1, 8)).encode()
    with pytest.raises(FileRejected) as utuh:
        read(data, "x.csv", limit=KECIL)
    (alir,) = read(data, "x.csv", limit=KECIL, aliran=True)
    with pytest.raises(FileRejected) as ditolak:
        list(alir.baris)
    assert str(ditolak.value.error) == str(utuh.value.error)
    assert ditolak.value.error.tempat.baris == 6
