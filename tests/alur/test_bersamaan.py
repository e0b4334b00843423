"""Two saves of the same version of a record never both succeed, however close together."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from sakip.alur.layanan import perubahan
from sakip.dataset.load import load_path
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from sakip.riwayat.recorder import KonflikEdit, label_model, token
from tests.conftest import BONTANG, KODE_BONTANG

N = 10


@pytest.mark.django_db(transaction=True)
def test_ten_sessions_saving_one_version_at_once_give_one_save_and_nine_refusals() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's test database is in memory; the threads need a server")
    load_path(BONTANG)
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    kebijakan = m.Kebijakan.objects.filter(sasaran__renstra__opd=opd).first()
    assert kebijakan is not None
    versi = token(kebijakan)
    mulai = threading.Barrier(N)
    result: list[str] = []

    def save(i: int) -> None:
        try:
            mulai.wait()
            with perubahan(None, f"Sesi {i}", opd_id=opd.pk) as sesi:
                obj = m.Kebijakan.objects.get(pk=kebijakan.pk)
                sesi.pastikan_versi(obj, versi)
                obj.uraian = f"Kebijakan versi sesi {i}"
                sesi.save(obj)
            result.append("tersimpan")
        except KonflikEdit:
            result.append("basi")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)

    assert sorted(result) == ["basi"] * (N - 1) + ["tersimpan"]
    new = Perubahan.objects.filter(
        model=label_model(kebijakan), objek_id=str(kebijakan.pk), id__gt=versi
    )
    assert new.count() == 1
    kebijakan.refresh_from_db()
    assert kebijakan.uraian == new.get().data_baru["uraian"]
