"""`sakip pemda`: the documented JSON shape, null for missing, the Pemda indicators rolled up."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sakip.kinerja import models as m
from sakip.pemda.iku import iku_pemda
from sakip.pemda.models import (
    IndikatorPemda,
    KontribusiOpd,
    PerjanjianKinerjaPemda,
    RealisasiIndikatorPemda,
    TargetIndikatorPemda,
    TargetPKPemda,
)
from tests.conftest import KODE_BONTANG

OPD_KEYS = [
    "kode",
    "nama",
    "pk_ditandatangani",
    "triwulan",
    "lkjip_ditandatangani",
    "tepat_waktu",
    "lke_total",
    "capaian_rata",
    "serapan",
    "peringkat",
]
IKU_KEYS = ["kode", "uraian", "satuan", "target", "realisasi", "capaian", "opd"]


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    out = io.StringIO()
    call_command("pemda", "--year", "2022", "--format", "json", *args, stdout=out)
    return json.loads(out.getvalue(), parse_float=D)  # type: ignore[no-any-return]


@pytest.fixture
def salinan(salin_opd: Callable[[int], str]) -> str:
    """Return the code of a copy of Bontang Barat, another OPD of the Pemda."""
    return salin_opd(1)


def _indikator(aturan: str, kode: str = "IKD1") -> IndikatorPemda:
    sasaran = m.SasaranPemda.objects.get(kode="M1.T1.S1")
    ind = IndikatorPemda.objects.create(
        sasaran=sasaran, kode=kode, uraian=f"Indikator {kode}", satuan="%", aturan=aturan
    )
    TargetIndikatorPemda.objects.create(indikator=ind, tahun=2022, nilai=D(90))
    # Bontang Barat feeds it with IKU1; its copy, another OPD, with its IKU2.
    for i, (opd, iku) in enumerate(((KODE_BONTANG, "IKU1"), (_opd_lain(), "IKU2"))):
        KontribusiOpd.objects.create(
            indikator=ind, opd_kode=opd, indikator_kode=iku, bobot=D(3 - 2 * i), urutan=i
        )
    return ind


def _opd_lain() -> str:
    return "7.01.0.00.0.00.31.0000"


def test_the_json_has_exactly_the_documented_keys_with_null_for_missing(salinan: str) -> None:
    ind = _indikator("diisi")
    m.PerangkatDaerah.objects.create(
        pemda=m.Pemda.objects.get(), kode="7.01.0.00.0.00.39.0000", nama="Kosong", jenis="X"
    )
    d = _json()
    assert list(d) == ["pemda", "opd", "iku_pemda"]
    assert d["pemda"] == "64.74"
    opd, salin, lain = d["opd"]
    assert list(opd) == list(salin) == list(lain) == OPD_KEYS
    # An OPD with no data at all: every figure null, its quarters empty.
    assert lain["triwulan"] == {"1": {}, "2": {}, "3": {}, "4": {}}
    assert (lain["serapan"], lain["capaian_rata"], lain["tepat_waktu"]) == (None, None, False)
    assert opd["kode"] == KODE_BONTANG
    assert (opd["pk_ditandatangani"], opd["lkjip_ditandatangani"]) == (None, None)
    assert (opd["capaian_rata"], opd["peringkat"], opd["lke_total"]) == (None, None, None)
    assert opd["serapan"] == D("96.46")
    assert list(opd["triwulan"]) == ["1", "2", "3", "4"]
    assert opd["triwulan"]["4"]["7.01.0.00.0.00.30.0001"] == "draft"
    (iku,) = d["iku_pemda"]
    assert list(iku) == IKU_KEYS
    assert (iku["kode"], iku["satuan"], iku["target"]) == ("IKD1", "%", D(90))
    # Entered by hand and not entered yet: missing, not 0.
    assert (iku["realisasi"], iku["capaian"]) == (None, None)
    assert iku["opd"] == [KODE_BONTANG, "7.01.0.00.0.00.31.0000"]
    RealisasiIndikatorPemda.objects.create(indikator=ind, tahun=2022, nilai=D("85.5"))
    iku = _json()["iku_pemda"][0]
    assert (iku["realisasi"], iku["capaian"]) == (D("85.5"), D(95))


def test_the_indicators_roll_up_from_the_linked_opd_indicators(salinan: str) -> None:
    _indikator("rata_realisasi", "A")
    _indikator("rata_capaian", "B")
    _indikator("tertimbang", "C")
    result = {b.indikator.kode: b.result for b in iku_pemda(m.Pemda.objects.get(), 2022)}
    # IKU1: 86,28 against the PK's 87,00; IKU2: 100 against 100 (Tabel 12).
    iku1 = D("86.28") / D(87) * 100
    assert result["A"].realisasi == (D("86.28") + D(100)) / 2
    assert result["A"].capaian == (D("86.28") + D(100)) / 2 / D(90) * 100
    assert (result["B"].realisasi, result["B"].capaian) == (None, (iku1 + 100) / 2)
    assert result["C"].capaian == (3 * iku1 + 1 * 100) / 4
    assert result["C"].rincian.startswith("(3,00 × 99,17 + 1,00 × 100,00) / (3,00 + 1,00)")


def test_the_heads_pk_target_comes_before_the_rpjmd_target(salinan: str) -> None:
    ind = _indikator("jumlah")
    pk = PerjanjianKinerjaPemda.objects.create(
        pemda=m.Pemda.objects.get(), tahun=2022, pihak_pertama_jabatan="Wali Kota Bontang"
    )
    TargetPKPemda.objects.create(pk_dokumen=pk, indikator=ind, nilai=D(200))
    (b,) = iku_pemda(m.Pemda.objects.get(), 2022)
    assert (b.result.target, b.result.realisasi) == (D(200), D("186.28"))
    assert b.result.capaian == D("186.28") / 2


def test_the_text_names_the_rules(salinan: str) -> None:
    _indikator("jumlah")
    out = io.StringIO()
    call_command("pemda", "--year", "2022", stdout=out)
    teks = out.getvalue()
    assert "Aturan peringkat: Peringkat menurut rata-rata capaian IKU" in teks
    assert "Jumlah realisasi perangkat daerah: 86,28 + 100,00 = 186,28" in teks
    assert "serapan: 96,46%" in teks


def test_it_asks_for_the_pemda_when_several(demo: Path, dinas: Path) -> None:
    with pytest.raises(CommandError, match="lebih dari satu Pemda"):
        _json()
    assert _json("--pemda", "64.74")["pemda"] == "64.74"


def test_a_link_to_an_indicator_the_opd_does_not_hold_is_missing(demo: Path) -> None:
    ind = _indikator_tunggal("jumlah")
    KontribusiOpd.objects.create(indikator=ind, opd_kode=KODE_BONTANG, indikator_kode="IKU9")
    (b,) = iku_pemda(m.Pemda.objects.get(), 2022)
    assert (b.result.realisasi, b.result.capaian, b.result.rincian) == (None, None, "n/a = n/a")


def _indikator_tunggal(aturan: str) -> IndikatorPemda:
    sasaran = m.SasaranPemda.objects.get(kode="M1.T1.S1")
    return IndikatorPemda.objects.create(
        sasaran=sasaran, kode="IKD9", uraian="Indikator", satuan="%", aturan=aturan
    )
