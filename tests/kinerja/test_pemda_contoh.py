"""The synthetic Pemda (scripts/gen_pemda_contoh.py): what it writes loads, with late OPDs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sakip.alur.models import Periode
from sakip.core.checks import run_checks
from sakip.dataset.dump import opd_dict
from sakip.dataset.load import load_path
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from tests.conftest import DATASETS

SKRIP = Path(__file__).resolve().parents[2] / "scripts" / "gen_pemda_contoh.py"


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_pemda_contoh", SKRIP)
    assert spec is not None and spec.loader is not None
    modul = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = modul  # its dataclass looks its module up while being defined
    spec.loader.exec_module(modul)
    return modul


@pytest.fixture
def tiga(gen: ModuleType, tmp_path: Path, db: None) -> Path:
    folder = tmp_path / "pemda-3"
    gen.write(folder, 3, 2023)
    load_path(folder)
    return folder


def test_the_committed_dataset_is_the_generators_output(gen: ModuleType, tmp_path: Path) -> None:
    gen.write(tmp_path / "pc", 40, 2023)
    committed = DATASETS / "pemda-contoh"
    nama = sorted(p.relative_to(committed) for p in committed.rglob("*.yaml"))
    assert nama == sorted(p.relative_to(tmp_path / "pc") for p in (tmp_path / "pc").rglob("*.yaml"))
    assert len(nama) == 42  # the Pemda, its nomenclature, 40 OPDs
    for p in nama:
        assert (committed / p).read_bytes() == (tmp_path / "pc" / p).read_bytes(), p


def test_three_opds_load_labelled_synthetic_with_sub_units(tiga: Path) -> None:
    pemda = m.Pemda.objects.get()
    assert pemda.nama == "Pemerintah Kabupaten Contoh (sintetis)"
    opds = list(m.PerangkatDaerah.objects.order_by("kode"))
    assert [o.jenis for o in opds] == ["Dinas", "Dinas", "Kecamatan"]
    assert [o.unit_kerja.count() for o in opds] == [3, 4, 4]
    # 17 supporting and 12 technical sub kegiatan, each with a murni and a perubahan line
    assert m.BarisAnggaran.objects.filter(unit__opd=opds[0]).count() == 58


def test_the_late_opd_has_quarter_iv_neither_entered_nor_submitted(tiga: Path) -> None:
    kecamatan = m.PerangkatDaerah.objects.get(jenis="Kecamatan")
    status = dict(
        Periode.objects.filter(unit__kode=kecamatan.kode).values_list("triwulan", "status")
    )
    assert status == {1: "dikunci", 2: "dikunci", 3: "diajukan"}
    assert not m.RealisasiAnggaran.objects.filter(
        baris__unit__opd=kecamatan, periode="tw4"
    ).exists()
    assert not m.Realisasi.objects.filter(
        indikator__sasaran__renstra__opd=kecamatan, tahun=2023, triwulan=4
    ).exists()
    lain = m.PerangkatDaerah.objects.exclude(pk=kecamatan.pk).first()
    assert Periode.objects.get(unit__kode=lain.kode, triwulan=4).status == "diajukan"  # type: ignore[union-attr]


def test_every_opd_passes_the_consistency_rules(tiga: Path) -> None:
    for opd in m.PerangkatDaerah.objects.all():
        errors = [f for f in run_checks(snapshot.build(opd, 2023)) if f.severity == "error"]
        assert errors == [], opd.kode


def test_a_reload_passes_and_keeps_the_workflow_states(tiga: Path) -> None:
    sebelum = {o.kode: opd_dict(o) for o in m.PerangkatDaerah.objects.all()}
    load_path(tiga)
    assert {o.kode: opd_dict(o) for o in m.PerangkatDaerah.objects.all()} == sebelum
    # quarters I-III of the two Dinas' 3 + 4 units, quarters I-II of the late Kecamatan's 4
    assert Periode.objects.filter(status="dikunci").count() == 3 * 7 + 2 * 4
