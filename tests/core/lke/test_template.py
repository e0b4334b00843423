"""The LKE template files validate; a Pemda's own file is read without code changes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from sakip.core.lke import template as tpl

KODE = "permenpanrb-88-2021-opd"


def _isi() -> dict:
    t = Path(str(tpl.files("sakip.data") / "lke" / f"{KODE}.yaml"))
    return yaml.safe_load(t.read_text(encoding="utf-8"))


def test_the_88_2021_template_has_its_weights_and_parts() -> None:
    t = tpl.find(KODE)
    assert [(k.nama, k.bobot) for k in t.komponen] == [
        ("Perencanaan Kinerja", 30),
        ("Pengukuran Kinerja", 30),
        ("Pelaporan Kinerja", 15),
        ("Evaluasi Akuntabilitas Kinerja Internal", 25),
    ]
    assert [s.bobot for s in t.subkomponen()] == [
        Decimal(b) for b in ("6", "9", "15", "6", "9", "15", "3", "4.5", "7.5", "5", "7.5", "12.5")
    ]
    assert [len(s.kriteria) for s in t.subkomponen()] == [4, 8, 4, 3, 5, 5, 6, 6, 5, 3, 5, 3]
    assert {kr.jenis for kr in t.kriteria()} == {"Y/T", "A/B/C/D/E"}
    assert t.jenis_jawaban["A/B/C/D/E"].kode_pilihan == ("A", "B", "C", "D", "E")
    assert t.jenis_jawaban["A/B/C/D/E"].nilai("B") == Decimal("0.75")
    assert t.kepastian == "[C][P]"


def test_it_is_the_template_in_force_for_2022() -> None:
    assert tpl.berlaku(2022).kode == KODE
    with pytest.raises(tpl.TemplateTidakDitemukan):
        tpl.berlaku(2015)


def test_it_rejects_components_that_do_not_sum_to_100() -> None:
    isi = _isi()
    isi["komponen"][0]["bobot"] = 31
    with pytest.raises(tpl.TemplateTidakValid, match="komponen bukan 100"):
        tpl.read(isi, "x.yaml")


def test_it_rejects_sub_components_that_do_not_sum_to_their_component() -> None:
    isi = _isi()
    isi["komponen"][1]["subkomponen"][0]["bobot"] = 7
    isi["komponen"][1]["bobot"] = 31
    isi["komponen"][0]["bobot"] = 29
    with pytest.raises(tpl.TemplateTidakValid, match="subkomponen 1 .* bukan 29"):
        tpl.read(isi, "x.yaml")


def test_it_rejects_an_unknown_answer_type() -> None:
    isi = _isi()
    isi["komponen"][0]["subkomponen"][0]["kriteria"][0]["jenis"] = "1-5"
    with pytest.raises(tpl.TemplateTidakValid, match="jenis jawaban 1-5 tidak dikenal"):
        tpl.read(isi, "x.yaml")


def test_it_rejects_a_logic_reference_to_a_missing_code() -> None:
    isi = _isi()
    isi["komponen"][0]["subkomponen"][1]["dasar"] = "9.z"
    with pytest.raises(tpl.TemplateTidakValid, match="dasar 9.z tidak ada"):
        tpl.read(isi, "x.yaml")


def test_a_pemda_adds_its_own_template_with_custom_options(tmp_path: Path) -> None:
    isi = _isi()
    isi["kode"] = "perbup-contoh-2023"
    isi["berlaku_mulai"] = 2023
    isi["jenis_jawaban"]["1-3"] = {
        "pilihan": [
            {"kode": "1", "nilai": 0, "penjelasan": "Belum."},
            {"kode": "2", "nilai": 0.5, "penjelasan": "Sebagian."},
            {"kode": "3", "nilai": 1, "penjelasan": "Seluruhnya."},
        ]
    }
    isi["komponen"][0]["subkomponen"][0]["kriteria"][0]["jenis"] = "1-3"
    (tmp_path / "perbup-contoh-2023.yaml").write_text(yaml.safe_dump(isi), encoding="utf-8")
    t = tpl.berlaku(2023, [tmp_path])
    assert t.kode == "perbup-contoh-2023"
    assert t.jenis(t.kriteria()[0]).nilai("2") == Decimal("0.5")
    assert tpl.berlaku(2022, [tmp_path]).kode == KODE
