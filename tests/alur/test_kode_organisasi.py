"""Organisation codes at the one door: an OPD's code has the U.BB.U2.B2.U3.B3.NN.SSSS form,
is an SKPD's and names bidang urusan the complete nomenclature holds; a unit's is its OPD's."""

from __future__ import annotations

from pathlib import Path

import pytest

from sakip.alur import aturan
from sakip.alur.layanan import Ditolak, perubahan
from sakip.kinerja import models as m
from tests.conftest import KODE_BONTANG


def test_the_rule_names_what_is_wrong() -> None:
    assert "bukan kode organisasi" in (aturan.kode_organisasi("dinas pendidikan", None, "") or "")
    assert "kode sub unit" in (aturan.kode_organisasi("7.01.0.00.0.00.30.0001", None, "") or "")
    assert aturan.kode_organisasi("7.01.0.00.0.00.30.0000", None, "") is None
    alasan = aturan.kode_organisasi("2.15.7.01.0.00.01.0000", {"7.01"}, "Nomenklatur X")
    assert alasan == (
        "bidang urusan 2.15 pada kode 2.15.7.01.0.00.01.0000 tidak ada dalam Nomenklatur X"
    )
    assert aturan.kode_organisasi("2.15.7.01.0.00.01.0000", {"7.01", "2.15"}, "X") is None
    assert aturan.kode_unit("7.01.0.00.0.00.30.0004", KODE_BONTANG) is None
    assert "bukan bagian dari perangkat daerah" in (
        aturan.kode_unit("7.01.0.00.0.00.31.0001", KODE_BONTANG) or ""
    )
    assert "bukan kode organisasi" in (aturan.kode_unit("kelurahan baru", KODE_BONTANG) or "")


def _save(obj: object) -> None:
    with perubahan(None, "uji") as sesi:
        sesi.save(obj)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kode", "pesan"),
    [
        ("dinas pendidikan", "bukan kode organisasi"),
        ("7.01.0.00.0.00.31.0002", "kode sub unit"),
        ("7.01.99.9.99.99", "bukan kode organisasi"),
    ],
)
def test_an_opd_with_a_malformed_code_is_refused(demo: Path, kode: str, pesan: str) -> None:
    pemda = m.Pemda.objects.get()
    with pytest.raises(Ditolak) as exc:
        _save(m.PerangkatDaerah(pemda=pemda, kode=kode, nama="Dinas Baru", jenis="Dinas"))
    assert pesan in str(exc.value) and exc.value.penolakan[0].field == "kode"
    assert not m.PerangkatDaerah.objects.filter(kode=kode).exists()


def test_a_unit_belongs_to_its_opds_code(demo: Path) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    with pytest.raises(Ditolak, match="bukan bagian dari perangkat daerah"):
        _save(m.UnitKerja(opd=opd, kode="7.01.0.00.0.00.31.0001", nama="X", nama_singkat="X"))
    _save(m.UnitKerja(opd=opd, kode="7.01.0.00.0.00.30.0009", nama="Y", nama_singkat="Y"))
    assert m.UnitKerja.objects.filter(kode="7.01.0.00.0.00.30.0009").exists()


def test_with_a_complete_nomenclature_the_bidang_urusan_must_exist(demo: Path) -> None:
    versi = m.NomenklaturVersi.objects.create(
        kode="uji-lengkap", nama="Nomenklatur Uji", berlaku_mulai=2022, lengkap=True
    )
    for kode, nama in (("7", "UNSUR KEWILAYAHAN"), ("7.01", "KECAMATAN")):
        m.NomenklaturItem.objects.create(versi=versi, kode=kode, nama=nama)
    pemda = m.Pemda.objects.get()
    with pytest.raises(Ditolak, match="bidang urusan 2.15 .* tidak ada dalam Nomenklatur Uji"):
        _save(m.PerangkatDaerah(pemda=pemda, kode="2.15.0.00.0.00.01.0000", nama="D", jenis="D"))
    _save(m.PerangkatDaerah(pemda=pemda, kode="7.01.0.00.0.00.31.0000", nama="K", jenis="K"))
    assert m.PerangkatDaerah.objects.filter(kode="7.01.0.00.0.00.31.0000").exists()
