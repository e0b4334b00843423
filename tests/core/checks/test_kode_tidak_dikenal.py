from dataclasses import replace

from sakip.core.checks import kode_tidak_dikenal as rule
from sakip.core.model import OpdTahun

from .conftest import INDIKATOR_KELUARAN, findings, make_baris

# Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik: its kegiatan 7.01.01.2.08 is not loaded.
JASA_KOMUNIKASI = make_baris("7.01.01.2.08.02", "230000000.00", {"tahun": "204282783.00"})
JASA_KANTOR = make_baris("7.01.01.2.08.04", "3912977244.00", {"tahun": "3817900081.00"})


def _dengan_baris(snapshot: OpdTahun, lengkap: bool = True) -> OpdTahun:
    assert snapshot.nomenklatur is not None
    return replace(
        snapshot,
        anggaran=(*snapshot.anggaran, JASA_KOMUNIKASI, JASA_KANTOR),
        nomenklatur=replace(snapshot.nomenklatur, lengkap=lengkap),
    )


def test_it_flags_unknown_codes_and_their_kegiatan_once(snapshot: OpdTahun) -> None:
    kegiatan, komunikasi, kantor = findings(rule, _dengan_baris(snapshot))

    assert (kegiatan.severity, kegiatan.tabel) == ("error", 19)
    assert kegiatan.lokasi == "Kec.Bontang Barat, sub kegiatan 7.01.01.2.08.02"
    assert kegiatan.pesan == (
        "Kode kegiatan 7.01.01.2.08 tidak dikenal dalam Kepmendagri 050-5889 Tahun 2021."
    )
    assert kegiatan.ref["kode"] == "7.01.01.2.08"
    assert "sub kegiatan 7.01.01.2.08.02" in komunikasi.pesan
    assert "sub kegiatan 7.01.01.2.08.04" in kantor.pesan
    assert kantor.ref == {
        "unit": snapshot.opd.kode,
        "kode": "7.01.01.2.08.0004",
        "nomenklatur": "kepmendagri-050-5889-2021",
    }


def test_it_only_warns_against_a_partial_nomenclature(snapshot: OpdTahun) -> None:
    result = findings(rule, _dengan_baris(snapshot, lengkap=False))
    assert [f.severity for f in result] == ["warning"] * 3
    assert "belum lengkap" in result[0].pesan


def test_it_flags_an_output_indicator_code(snapshot: OpdTahun) -> None:
    keluaran = (*INDIKATOR_KELUARAN, replace(INDIKATOR_KELUARAN[0], kode="7.01.09"))

    (f,) = findings(rule, replace(snapshot, indikator_keluaran=keluaran))

    assert (f.tabel, f.ref["kode"]) == (17, "7.01.09")
    assert "Kode program 7.01.09" in f.pesan


def test_it_warns_once_when_no_nomenclature_is_in_force(snapshot: OpdTahun) -> None:
    (f,) = findings(rule, replace(snapshot, nomenklatur=None))
    assert (f.severity, f.tabel, f.lokasi) == ("warning", None, "Nomenklatur 2022")
    # Five sub kegiatan of the budget plus the program 7.01.01 of an output indicator.
    assert "tahun 2022" in f.pesan and "6 kode" in f.pesan


def test_it_accepts_known_codes(snapshot: OpdTahun) -> None:
    assert findings(rule, snapshot) == []
    empty = replace(snapshot, nomenklatur=None, anggaran=(), indikator_keluaran=())
    assert findings(rule, empty) == []
