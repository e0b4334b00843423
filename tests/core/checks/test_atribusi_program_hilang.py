from dataclasses import replace

from sakip.core.checks import atribusi_program_hilang as rule
from sakip.core.model import OpdTahun

from .conftest import findings, make_baris


def _tanpa(snapshot: OpdTahun, program: str) -> OpdTahun:
    atribusi = {p: s for p, s in snapshot.atribusi_program.items() if p != program}
    return replace(snapshot, atribusi_program=atribusi)


def test_it_flags_a_funded_program_without_sasaran(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _tanpa(snapshot, "7.01.04"))

    assert (f.severity, f.tabel, f.lokasi) == ("warning", 8, "Program 7.01.04")
    assert "Rp 20.972.635,00" in f.pesan
    assert f.ref == {"kode": "7.01.04", "tahun": "2022"}


def test_it_sums_the_program_over_every_unit(snapshot: OpdTahun) -> None:
    # 418.901.794 (Kecamatan) + 798.778.426 (Kelurahan Kanaan).
    (f,) = findings(rule, _tanpa(snapshot, "7.01.02"))
    assert "Rp 1.217.680.220,00" in f.pesan


def test_it_accepts_an_unfunded_program_without_sasaran(snapshot: OpdTahun) -> None:
    # Tabel 19, Kelurahan Belimbing: Program Penyelenggaraan Urusan Pemerintahan Umum, 0,00.
    umum = make_baris("7.01.05.2.01.01", "0.00", {"tahun": "0.00"})
    assert findings(rule, replace(snapshot, anggaran=(*snapshot.anggaran, umum))) == []
    assert findings(rule, snapshot) == []
