"""The dataset loader applies the rules every other door applies: a dataset that a form or a
workbook could not save is refused whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sakip.alur.layanan import Ditolak
from sakip.dataset.load import load_path
from sakip.kinerja import models as m
from tests.conftest import BONTANG, KODE_BONTANG

FILES = f"opd/{KODE_BONTANG}.yaml"
BARIS = "      realisasi: {tahun: 1698100.00}\n"


def _salinan(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "dataset"
    shutil.copytree(BONTANG, folder)
    berkas = folder / FILES
    teks = berkas.read_text(encoding="utf-8")
    assert teks.count(old) >= 1
    berkas.write_text(teks.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("new", "alasan"),
    [
        ("      realisasi: {tahun: 1000.00, 12: 5.00}\n", "sekaligus"),
        ("      realisasi: {tahun: 1698101.00}\n", "melebihi pagu"),
    ],
)
def test_a_budget_line_a_form_would_refuse_is_refused(
    db: None, tmp_path: Path, new: str, alasan: str
) -> None:
    with pytest.raises(Ditolak, match=alasan):
        load_path(_salinan(tmp_path, BARIS, new))
    assert not m.PerangkatDaerah.objects.exists()


def test_a_text_with_a_control_character_is_refused(db: None, tmp_path: Path) -> None:
    old = "      pagu: 1698100.00\n"
    folder = _salinan(tmp_path, old, old + '      uraian: "Penyusunan\\u0007Dokumen"\n')
    with pytest.raises(Ditolak, match="karakter kendali"):
        load_path(folder)


def test_the_bundled_dataset_loads_and_reloads(db: None) -> None:
    load_path(BONTANG)
    load_path(BONTANG)
    assert m.BarisAnggaran.objects.filter(unit__opd__kode=KODE_BONTANG).count() == 56
