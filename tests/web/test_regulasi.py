"""The evaluation regulation is a choice from the scale files at every door, and a wrong one
already stored never makes a page fail: the report renders and a check names the problem."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client

from sakip.alur.layanan import Ditolak, perubahan
from sakip.core.checks import run_checks
from sakip.dataset.load import DatasetError, load_path
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from tests.conftest import BONTANG

from .conftest import OPD, url_opd

SALAH = "PermenPANRB 88/2021"


def test_the_form_offers_the_regulations_of_the_scale_files(
    login: Callable[[str], Client],
) -> None:
    client = login("inspektorat")
    html = client.get(url_opd("data/evaluasi/baru/")).content.decode()
    assert '<select name="regulasi"' in html
    assert '<option value="permenpanrb-88-2021">Peraturan Menteri PANRB Nomor 88' in html
    sebelum = m.EvaluasiSakip.objects.count()
    r = client.post(
        url_opd("data/evaluasi/baru/"),
        {"tahun": "2022", "regulasi": SALAH, "nilai": "70", "alasan": "uji"},
    )
    assert r.status_code == 200
    assert m.EvaluasiSakip.objects.count() == sebelum


def test_the_change_service_refuses_an_unknown_regulation(personas: None) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=OPD)
    e = m.EvaluasiSakip(opd=opd, tahun=2022, regulasi=SALAH)
    pesan = "regulasi evaluasi PermenPANRB 88/2021 tidak dikenal"
    with pytest.raises(Ditolak, match=pesan), perubahan(None, "uji", opd_id=opd.pk) as sesi:
        sesi.save(e)
    assert not m.EvaluasiSakip.objects.filter(tahun=2022).exists()


def test_the_change_service_refuses_a_component_of_another_regulation(personas: None) -> None:
    e = m.EvaluasiSakip.objects.get(tahun=2021, regulasi="permenpanrb-88-2021")
    k = m.KomponenEvaluasi(evaluasi=e, kode="capaian", urutan=9)
    pesan = "komponen capaian tidak ada dalam regulasi"
    with pytest.raises(Ditolak, match=pesan), perubahan(None, "uji", opd_id=e.opd_id) as sesi:
        sesi.save(k)


def test_the_dataset_loader_refuses_an_unknown_regulation(personas: None, tmp_path: Path) -> None:
    salinan = tmp_path / "bontang"
    shutil.copytree(BONTANG, salinan)
    berkas = next((salinan / "opd").glob("*.yaml"))
    berkas.write_text(
        berkas.read_text().replace("regulasi: permenpanrb-88-2021", f"regulasi: {SALAH}")
    )
    with pytest.raises((Ditolak, DatasetError)):
        load_path(salinan)
    assert not m.EvaluasiSakip.objects.filter(regulasi=SALAH).exists()


def test_a_stored_unknown_regulation_still_renders_and_is_named_by_a_check(
    login: Callable[[str], Client],
) -> None:
    m.EvaluasiSakip.objects.filter(tahun=2021).update(regulasi=SALAH)
    client = login("camat")
    assert client.get(url_opd("laporan/lkjip/")).status_code == 200
    r = client.get(url_opd("laporan/lkjip/unduh/html/"))
    assert r.status_code == 200
    assert "Regulasi evaluasi nilai 2021 (PermenPANRB 88/2021) tidak dikenal" in r.content.decode()
    temuan = run_checks(snapshot.build(m.PerangkatDaerah.objects.get(kode=OPD), 2022))
    assert any(
        f.rule == "evaluasi-jumlah-komponen" and SALAH in f.pesan and f.severity == "error"
        for f in temuan
    )
