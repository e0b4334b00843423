from dataclasses import replace

from sakip.core.checks import kode_nama_beda as rule
from sakip.core.model import OpdTahun

from .conftest import ANGGARAN, findings


def _uraian(snapshot: OpdTahun, uraian: str | None) -> OpdTahun:
    return replace(snapshot, anggaran=(replace(ANGGARAN[0], uraian=uraian),))


def test_it_flags_a_name_the_nomenclature_does_not_give(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, _uraian(snapshot, "Penyusunan Dokumen Perencanaan"))

    assert (f.severity, f.tabel) == ("warning", 19)
    assert f.lokasi == "Kec.Bontang Barat, sub kegiatan 7.01.01.2.01.01"
    assert '"Penyusunan Dokumen Perencanaan"' in f.pesan
    assert '"Penyusunan Dokumen Perencanaan Perangkat Daerah"' in f.pesan
    assert f.ref["nomenklatur"] == "kepmendagri-050-5889-2021"


def test_it_ignores_letter_case_and_spacing(snapshot: OpdTahun) -> None:
    uraian = "  PENYUSUNAN Dokumen\nPerencanaan   Perangkat daerah "
    assert findings(rule, _uraian(snapshot, uraian)) == []


def test_it_accepts_a_line_without_a_name_or_without_nomenclature(snapshot: OpdTahun) -> None:
    assert findings(rule, _uraian(snapshot, None)) == []
    berbeda = _uraian(snapshot, "Nama lain")
    assert findings(rule, replace(berbeda, nomenklatur=None)) == []
