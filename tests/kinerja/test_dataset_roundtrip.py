"""Loading a dataset twice keeps one copy; load -> dump -> load gives back the same data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from sakip.core.tables import all_tabel
from sakip.core.tables.export import tables_json
from sakip.dataset.dump import dump_all
from sakip.dataset.load import load_path
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.laporan.models import KriteriaCapaianPemda, Pengesahan
from tests.conftest import BONTANG, DINAS, KODE_BONTANG

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {
        name: model.objects.count()
        for name, model in (
            ("opd", m.PerangkatDaerah),
            ("unit", m.UnitKerja),
            ("indikator", m.Indikator),
            ("anggaran", m.BarisAnggaran),
            ("realisasi_anggaran", m.RealisasiAnggaran),
            ("keluaran", m.IndikatorKeluaran),
            ("nomenklatur", m.NomenklaturItem),
            ("sasaran_pemda", m.SasaranPemda),
            ("mendukung", m.SasaranStrategis.mendukung.through),
        )
    }


def _tables(kode: str, tahun: int) -> str:
    return tables_json(all_tabel(snapshot.build(snapshot.choose_opd(kode), tahun)))


def test_it_loads_every_budget_line_unit_and_indicator(demo: Path) -> None:
    counts = _counts()
    assert counts["opd"] == 1
    assert counts["unit"] == 4
    assert counts["indikator"] == 4
    assert counts["anggaran"] == 56
    assert counts["nomenklatur"] == 59
    assert counts["mendukung"] == 4


def test_it_keeps_one_copy_when_loaded_twice(demo: Path) -> None:
    before = _counts()
    load_path(BONTANG)
    assert _counts() == before


def test_it_keeps_opd_links_when_the_pemda_is_loaded_again(demo: Path) -> None:
    load_path(BONTANG / "pemda.yaml")
    assert m.SasaranStrategis.mendukung.through.objects.count() == 4


@pytest.mark.parametrize("dataset", [BONTANG, DINAS], ids=["bontang", "dinas"])
def test_it_round_trips_load_dump_load(db: None, dataset: Path, tmp_path: Path) -> None:
    load_path(dataset)
    first, second = tmp_path / "first", tmp_path / "second"
    written = dump_all(first)
    before = _counts()
    opd = m.PerangkatDaerah.objects.get()
    tables_before = _tables(opd.kode, 2022 if opd.kode == KODE_BONTANG else 2023)

    load_path(first)
    dump_all(second)

    assert _counts() == before
    assert _tables(opd.kode, 2022 if opd.kode == KODE_BONTANG else 2023) == tables_before
    for path in written:
        relative = path.relative_to(first)
        assert (second / relative).read_text() == path.read_text(), relative


def test_it_writes_numbers_exactly(demo: Path, tmp_path: Path) -> None:
    dump_all(tmp_path)
    text = (tmp_path / "opd" / f"{KODE_BONTANG}.yaml").read_text()
    assert "pagu: 10559602048.00" in text
    assert 'sub_kegiatan: "7.01.01.2.02.01"' in text


def test_a_reload_keeps_the_opd_and_unit_rows(demo: Path) -> None:
    opd_id = m.PerangkatDaerah.objects.get().pk
    unit_ids = sorted(m.UnitKerja.objects.values_list("pk", flat=True))
    load_path(BONTANG)
    assert m.PerangkatDaerah.objects.get().pk == opd_id
    assert sorted(m.UnitKerja.objects.values_list("pk", flat=True)) == unit_ids


def test_it_round_trips_the_signing_data(demo: Path, tmp_path: Path) -> None:
    opd = m.PerangkatDaerah.objects.get()
    Pengesahan.objects.create(
        opd=opd, tahun=2022, jenis_dokumen="pk", nomor=1, tempat="Bontang", status="Plt."
    )
    dump_all(tmp_path)
    text = (tmp_path / "opd" / f"{KODE_BONTANG}.yaml").read_text()
    assert "dokumen: lkjip" in text and "tanggal: 2023-02-24" in text

    load_path(tmp_path)

    s = snapshot.build(snapshot.choose_opd(KODE_BONTANG), 2022)
    assert s.sah("lkjip").tanggal == date(2023, 2, 24)
    assert (s.sah("pk", 1).tempat, s.sah("pk", 1).status) == ("Bontang", "Plt.")
    assert s.sah("triwulan", 4).tanggal is None


def test_it_round_trips_the_pemdas_own_criteria(demo: Path, tmp_path: Path) -> None:
    pemda = m.Pemda.objects.get()
    for kode, limit in (("tinggi", Decimal("90")), ("rendah", None)):
        KriteriaCapaianPemda.objects.create(
            pemda=pemda,
            berlaku_mulai=2022,
            dasar_hukum="Perwali 1/2022",
            kode=kode,
            label=kode.title(),
            batas_bawah=limit,
        )
    dump_all(tmp_path)
    assert "kriteria_capaian:" in (tmp_path / "pemda.yaml").read_text()

    load_path(tmp_path)

    skala = snapshot.build(snapshot.choose_opd(KODE_BONTANG), 2022).kriteria
    assert skala is not None and skala.dasar_hukum == "Perwali 1/2022"
    assert [(b.kode, b.label) for b in skala.bands] == [("tinggi", "Tinggi"), ("rendah", "Rendah")]
    assert snapshot.build(snapshot.choose_opd(KODE_BONTANG), 2021).kriteria is None


def test_it_round_trips_the_analysis_of_each_quarter(demo: Path, tmp_path: Path) -> None:
    iku1 = m.Indikator.objects.get(kode="IKU1")
    m.NarasiIndikator.objects.create(
        indikator=iku1, tahun=2022, triwulan=2, solusi="Penambahan petugas pelayanan"
    )
    dump_all(tmp_path)
    text = (tmp_path / "opd" / f"{KODE_BONTANG}.yaml").read_text()
    assert "analisis_triwulan:" in text

    load_path(tmp_path)

    k = snapshot.build(snapshot.choose_opd(KODE_BONTANG), 2022).kinerja[("IKU1", 2022)]
    assert k.analisis(2).solusi == "Penambahan petugas pelayanan"
    assert k.analisis(4).faktor_penghambat is not None
    assert k.analisis(3).solusi is None
