"""Working papers pre-filled from the data on the bundled datasets (docs/lke.md#kertas-kerja)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from tests.conftest import KODE_BONTANG, KODE_DINAS

from sakip.core.lke import kertas, saran
from sakip.core.lke.template import find
from sakip.core.model import OpdTahun

T = find("permenpanrb-88-2021-opd")
Snap = Callable[[str, int], OpdTahun]


@pytest.fixture
def bontang(demo: Path, snapshot_of: Snap) -> OpdTahun:
    return snapshot_of(KODE_BONTANG, 2022)


def _isi(s: OpdTahun) -> dict[str, kertas.Kertas]:
    return kertas.kertas(T, saran.Data(s))


def test_the_criteria_of_smart_cascade_and_follow_up_get_a_working_paper(
    bontang: OpdTahun,
) -> None:
    isi = _isi(bontang)
    assert {k: v.aturan for k, v in isi.items()} == {
        "1.b.2": "uji-smart",
        "2.a.2": "uji-smart",
        "1.b.5": "kaskade",
        "4.c.1": "tindak-lanjut",
    }


def test_the_smart_test_names_each_iku_and_its_figures(bontang: OpdTahun) -> None:
    k = _isi(bontang)["1.b.2"]
    baris = k.catatan.splitlines()
    assert baris[0] == "Uji SMART 4 IKU tahun 2022:"
    assert baris[1] == (
        "IKU1 Nilai Survei Kepuasan Masyarakat (SKM): formula ada, satuan Nilai, sumber data ada, "
        "penanggung jawab ada; sasaran S1, target Renstra 2022 87,10; "
        "target triwulan IV (triwulan I, II, III kosong)."
    )
    assert baris[4].endswith("target Renstra 2022 100,00; target triwulan I–IV lengkap.")
    assert k.bukti == ("Renstra 2021–2026", "Target dan realisasi triwulanan 2022")
    # Without a responsible person, the test says so.
    r = bontang.renstra
    assert r is not None
    s0 = r.sasaran[0]
    tanpa = replace(s0, indikator=(replace(s0.indikator[0], penanggung_jawab=None),))
    s = replace(bontang, renstra=replace(r, sasaran=(tanpa, *r.sasaran[1:])))
    assert (
        "IKU1 Nilai Survei Kepuasan Masyarakat (SKM): formula ada, satuan Nilai, sumber data "
        "ada, penanggung jawab belum diisi;" in _isi(s)["1.b.2"].catatan
    )


def test_the_cascade_compares_pk_with_renstra_and_the_programs_budget(bontang: OpdTahun) -> None:
    k = _isi(bontang)["1.b.5"]
    baris = k.catatan.splitlines()
    assert baris[0] == "Keselarasan Perjanjian Kinerja 2022 versi 1 dengan Renstra:"
    # The reference report: SKM 87,00 (PK) vs 87,10 (Renstra); Zona Integritas 63 vs 64,50.
    assert baris[1] == (
        "IKU1 Nilai Survei Kepuasan Masyarakat (SKM): target 2022 Renstra 87,10 vs PK 87,00 "
        "(berbeda)."
    )
    assert (
        baris[3] == "IKU3 Nilai Zona Integritas: target 2022 Renstra 64,50 vs PK 63,00 (berbeda)."
    )
    assert baris[2].endswith("Renstra 100,00 vs PK 100,00 (sama).")
    assert "Program 7.01.01: 23 baris anggaran, pagu Rp 17.050.664.373,00." in baris
    assert k.bukti == ("Perjanjian Kinerja 2022 versi 1", "Renstra 2021–2026", "Anggaran 2022")
    tanpa = replace(bontang, anggaran=())
    assert "Program 7.01.05: tidak ada baris anggaran." in _isi(tanpa)["1.b.5"].catatan
    assert _isi(replace(bontang, perjanjian_kinerja=()))["1.b.5"].catatan == (
        "Tidak ada Perjanjian Kinerja tahun 2022."
    )


def test_the_follow_up_lists_each_recommendation_and_its_status(bontang: OpdTahun) -> None:
    k = _isi(bontang)["4.c.1"]
    baris = k.catatan.splitlines()
    assert baris[0] == "Tindak lanjut 6 rekomendasi evaluasi tahun 2021:"
    assert baris[4] == (
        "4. Melakukan pemantauan Rencana aksi kinerja secara berkala: Dalam proses; tindak lanjut: "
        "Akan dilakukan pemantauan rencana aksi kinerja secara berkala."
    )
    assert k.bukti == ("Rekomendasi hasil evaluasi tahun 2021",)


def test_the_synthetic_dinas_gets_a_working_paper_too(dinas: Path, snapshot_of: Snap) -> None:
    isi = _isi(snapshot_of(KODE_DINAS, 2023))
    assert isi["1.b.2"].catatan.startswith("Uji SMART ")
    assert isi["1.b.5"].catatan.startswith("Keselarasan Perjanjian Kinerja 2023 versi 2")
