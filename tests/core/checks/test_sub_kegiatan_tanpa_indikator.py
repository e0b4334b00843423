from dataclasses import replace

from sakip.core.checks import sub_kegiatan_tanpa_indikator as rule
from sakip.core.model import OpdTahun

from .conftest import INDIKATOR_KELUARAN, KANAAN, KECAMATAN, findings, make_baris


def test_it_flags_a_funded_sub_kegiatan_without_an_indicator(snapshot: OpdTahun) -> None:
    # As in Tabel 17: Penyediaan Jasa Pelayanan Umum Kantor has no indicator of its own.
    jasa_kantor = make_baris("7.01.01.2.08.04", "3912977244.00", {"tahun": "3817900081.00"})

    (f,) = findings(rule, replace(snapshot, anggaran=(*snapshot.anggaran, jasa_kantor)))

    assert (f.severity, f.tabel) == ("warning", 17)
    assert f.lokasi == "Kec.Bontang Barat, sub kegiatan 7.01.01.2.08.04"
    assert "Rp 3.912.977.244,00" in f.pesan and "Kec.Bontang Barat" in f.pesan
    assert f.ref["kode"] == "7.01.01.2.08.0004"


def test_it_wants_the_indicator_of_the_same_unit(snapshot: OpdTahun) -> None:
    # The Kelurahan's line 7.01.02.2.02.03 keeps no indicator when only the Kecamatan has one.
    keluaran = tuple(
        replace(i, unit=KECAMATAN) if i.unit == KANAAN else i for i in INDIKATOR_KELUARAN
    )

    (f,) = findings(rule, replace(snapshot, indikator_keluaran=keluaran))

    assert f.lokasi == "Kelurahan Kanaan, sub kegiatan 7.01.02.2.02.03"
    assert f.ref["unit"] == KANAAN


def test_it_matches_four_digit_indicator_codes(snapshot: OpdTahun) -> None:
    keluaran = tuple(
        replace(i, kode="7.01.02.2.02.0003") if i.unit == KANAAN else i for i in INDIKATOR_KELUARAN
    )
    assert findings(rule, replace(snapshot, indikator_keluaran=keluaran)) == []


def test_it_accepts_an_unfunded_sub_kegiatan(snapshot: OpdTahun) -> None:
    # Tabel 19: Penyediaan Jasa Surat Menyurat, pagu 0,00.
    surat = make_baris("7.01.01.2.08.01", "0.00", {"tahun": "0.00"})
    assert findings(rule, replace(snapshot, anggaran=(*snapshot.anggaran, surat))) == []
