"""How table cells print: indicator values with at most two decimals, missing never 0."""

from dataclasses import replace
from decimal import Decimal

import pytest

from sakip.core.dokumen import lkjip
from sakip.core.model import OpdTahun, UnitKerja
from sakip.core.tables import all_tabel
from sakip.core.tables.base import Jenis
from sakip.core.tables.export import teks


@pytest.mark.parametrize(
    ("nilai", "tercetak"),
    [
        ("90.8293", "90,83"),
        ("28.8041", "28,80"),
        ("86.28", "86,28"),
        ("87.0", "87"),
        ("14.5", "14,5"),
    ],
)
def test_an_indicator_value_prints_with_at_most_two_decimals(nilai: str, tercetak: str) -> None:
    assert teks(Decimal(nilai), Jenis.NILAI) == tercetak


def test_a_unit_without_budget_lines_shows_na_not_zero(bontang: OpdTahun) -> None:
    new = UnitKerja("7.01.0.00.0.00.30.0009", "Kelurahan Baru", "Kelurahan Baru")
    s = replace(bontang, opd=replace(bontang.opd, unit_kerja=(*bontang.opd.unit_kerja, new)))
    tabel = {t.key: t for t in all_tabel(s)}

    (baris,) = [r for r in tabel["realisasi_unit"].baris if r[1] == "Kelurahan Baru"]
    assert [teks(v, k.jenis) for v, k in zip(baris, tabel["realisasi_unit"].kolom, strict=True)][
        2:
    ] == ["n/a"] * 4
    (sub,) = [r for r in tabel["realisasi_program"].baris if r[1] == "KELURAHAN BARU"]
    assert sub[2:] == [None] * 4


def test_without_any_budget_the_allocation_sentence_is_left_out(bontang: OpdTahun) -> None:
    s = replace(bontang, anggaran=(), tahap_anggaran=None, tahap_tersedia=())
    teks_ = next(t.sumber for t in lkjip.build(s, {}).all_teks() if t.key == "bab1.keuangan")

    assert "menurut  sebesar" not in teks_ and "menurut sebesar" not in teks_
    assert "Rp\u00a00,00" not in teks_ and teks_.endswith("APBD Kota Bontang.")
