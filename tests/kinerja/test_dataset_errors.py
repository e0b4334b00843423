"""A dataset with a mistake is refused whole, with a message that says where the mistake is."""

from __future__ import annotations

from pathlib import Path

import pytest

from sakip.dataset.load import DatasetError, load_path
from sakip.kinerja import models as m
from tests.conftest import BONTANG, KODE_BONTANG

pytestmark = pytest.mark.django_db


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "dataset"
    for path in BONTANG.rglob("*.yaml"):
        target = folder / path.relative_to(BONTANG)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text()
        if path.name == f"{KODE_BONTANG}.yaml":
            assert old in text, old
            text = text.replace(old, new, 1)
        target.write_text(text)
    return folder


def test_it_rejects_an_unknown_key(tmp_path: Path) -> None:
    folder = _broken_copy(
        tmp_path, "  jenis: Kecamatan", "  jenis: Kecamatan\n  jenes: salah ketik"
    )
    with pytest.raises(DatasetError, match="kunci tidak dikenal: jenes"):
        load_path(folder)
    assert not m.PerangkatDaerah.objects.exists()


def test_it_rejects_an_unquoted_code(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, 'program: "7.01.01"', "program: 7.01")
    with pytest.raises(DatasetError, match="tanda kutip"):
        load_path(folder)


def test_it_rejects_a_budget_line_of_another_unit(tmp_path: Path) -> None:
    folder = _broken_copy(
        tmp_path, '- unit: "7.01.0.00.0.00.30.0001"', '- unit: "7.01.0.00.0.00.30.0009"'
    )
    with pytest.raises(DatasetError, match="bukan unit kerja"):
        load_path(folder)
    assert not m.BarisAnggaran.objects.exists()


def test_it_rejects_a_code_of_the_wrong_format(tmp_path: Path) -> None:
    folder = _broken_copy(
        tmp_path, 'sub_kegiatan: "7.01.01.2.02.01"', 'sub_kegiatan: "7.01.01.2.02.0"'
    )
    with pytest.raises(DatasetError, match="7.01.01.2.02.0"):
        load_path(folder)


def test_it_rejects_text_in_a_number(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "pagu: 10559602048.00", "pagu: 10.559.602.048,00")
    with pytest.raises(DatasetError, match="harus berupa angka"):
        load_path(folder)


def test_it_rejects_a_budget_line_without_its_pagu(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "      pagu: 1698100.00", "      pagu: null")
    with pytest.raises(DatasetError, match=r"anggaran\[0\]\.pagu: tidak boleh kosong"):
        load_path(folder)
    assert not m.BarisAnggaran.objects.exists()
