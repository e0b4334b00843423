"""`pemda.yaml` carries the Pemda indicators, the head's PK and its deadlines; dumped back alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from sakip.dataset.dump import dump_all, pemda_dict
from sakip.dataset.load import load_path
from sakip.kinerja import models as m
from sakip.pemda.iku import iku_pemda
from sakip.pemda.kendali import susun
from sakip.pemda.models import IndikatorPemda


def test_the_synthetic_pemda_indicators_roll_up_from_the_dinas(dinas: Path) -> None:
    pemda = m.Pemda.objects.get(kode="99.01")
    result = {b.indikator.kode: b for b in iku_pemda(pemda, 2023)}
    # IKD1: the Bupati's PK target 120; the Dinas' IKU1 quarters 27 + 31 + 25 + 29 = 112 accidents.
    ikd1 = result["IKD1"].result
    assert (ikd1.target, ikd1.realisasi) == (D(120), D(112))
    assert ikd1.capaian == (2 * D(120) - D(112)) / D(120) * 100
    # IKD2: the capaian of IKU2, 81,35 against its PK target 80,00.
    assert result["IKD2"].result.capaian == D("81.35") / D(80) * 100
    assert result["IKD2"].opd == ["2.15.0.00.0.00.01.0000"]


def test_the_pemdas_deadline_is_loaded(dinas: Path) -> None:
    ruang = susun(m.Pemda.objects.get(kode="99.01"), 2023, date(2024, 3, 1))
    assert ruang.tenggat["lkjip"].tanggal == date(2024, 1, 31)
    assert ruang.tenggat["lkjip"].dasar == "Surat Edaran Bupati Contoh (sintetis)"


def test_the_sections_are_dumped_and_reloaded_unchanged(dinas: Path, tmp_path: Path) -> None:
    sebelum = pemda_dict(m.Pemda.objects.get(kode="99.01"))
    assert [i["kode"] for i in sebelum["indikator_pemda"]] == ["IKD1", "IKD2"]
    dump_all(tmp_path)
    load_path(tmp_path)
    assert pemda_dict(m.Pemda.objects.get(kode="99.01")) == sebelum
    assert IndikatorPemda.objects.count() == 2


def test_a_dataset_without_them_dumps_as_before(demo: Path) -> None:
    d = pemda_dict(m.Pemda.objects.get(kode="64.74"))
    assert not {"indikator_pemda", "perjanjian_kinerja", "tenggat"} & set(d)
