"""Every change to a record is kept with who, when, old -> new; a stale save is refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from sakip.riwayat.recorder import KonflikEdit, oleh, pastikan_terbaru, riwayat, token


@pytest.fixture
def alice(db: None):  # type: ignore[no-untyped-def]
    return get_user_model().objects.create_user("alice", password="x")


def test_a_dataset_load_is_one_entry(demo: Path) -> None:
    entries = list(Perubahan.objects.all())
    assert [e.aksi for e in entries] == ["muat"]
    assert entries[0].objek == "Dataset bontang-barat-2022"


def test_it_records_old_and_new_values_and_the_person(demo: Path, alice) -> None:  # type: ignore[no-untyped-def]
    line = m.BarisAnggaran.objects.get(sub_kegiatan="7.01.01.2.02.0001")
    with oleh(alice, "revisi DPA"):
        line.pagu = Decimal("10559602049.00")
        line.save()
    change = riwayat(line).get()
    assert change.pengguna == alice and change.alasan == "revisi DPA"
    assert change.selisih() == [("pagu", "10559602048.00", "10559602049.00")]


def test_an_unchanged_save_records_nothing(demo: Path) -> None:
    line = m.BarisAnggaran.objects.first()
    assert line is not None
    line.save()
    assert not riwayat(line).exists()


def test_it_refuses_the_second_of_two_concurrent_saves(demo: Path, alice) -> None:  # type: ignore[no-untyped-def]
    line = m.BarisAnggaran.objects.first()
    assert line is not None
    opened_by_both = token(line)
    with oleh(alice):
        pastikan_terbaru(line, opened_by_both)
        line.pagu += 1
        line.save()
    with pytest.raises(KonflikEdit, match="telah diubah oleh alice"):
        pastikan_terbaru(line, opened_by_both)


def test_it_records_a_deletion(demo: Path) -> None:
    aset = m.Aset.objects.first()
    assert aset is not None
    pk = aset.pk
    aset.delete()
    change = Perubahan.objects.get(model="kinerja.Aset", objek_id=str(pk))
    assert change.aksi == "hapus" and change.data_lama["jenis"] == "Tanah"
