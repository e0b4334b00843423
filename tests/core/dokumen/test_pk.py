from dataclasses import replace
from decimal import Decimal

import pytest

from sakip.core.dokumen import pk
from sakip.core.dokumen.model import Penanda, TabelDok, TandaTangan
from sakip.core.model import OpdTahun, Pengesahan
from sakip.core.tables.base import Tabel
from sakip.core.tables.export import teks

# The Dinas's APBD murni lines (pagu per sub kegiatan), the stage its PK names.
MURNI = [
    ("2.15.01.2.01.0001", Decimal("45000000.00")),
    ("2.15.01.2.01.0007", Decimal("38000000.00")),
    ("2.15.01.2.02.0001", Decimal("6240000000.00")),
    ("2.15.01.2.02.0005", Decimal("15000000.00")),
    ("2.15.02.2.02.0002", Decimal("2150000000.00")),
    ("2.15.02.2.02.0004", Decimal("640000000.00")),
    ("2.15.02.2.09.0002", Decimal("180000000.00")),
    ("2.15.03.2.12.0003", Decimal("420000000.00")),
    ("2.15.03.2.12.0004", Decimal("60000000.00")),
]


def _tabel(dok: object, key: str) -> Tabel:
    return next(b.tabel for b, _ in dok.telusuri() if isinstance(b, TabelDok) and b.key == key)  # type: ignore[attr-defined]


def _kolom(t: Tabel, i: int) -> list[str]:
    return [teks(r[i], t.kolom[i].jenis) for r in t.baris]


def test_the_annex_shows_each_programs_pagu_at_the_pks_budget_stage(dinas: OpdTahun) -> None:
    dok = pk.build(dinas, {}, anggaran_tahap={"murni": MURNI})
    program = _tabel(dok, "pk_program")

    assert _kolom(program, 2) == [
        "6.338.000.000,00",
        "2.970.000.000,00",
        "480.000.000,00",
        "9.788.000.000,00",
    ]
    assert program.kolom[2].judul == "Anggaran APBD Murni (Rp)"
    assert program.catatan == []


def test_without_lines_of_the_pks_stage_it_shows_the_stage_held_by_name(dinas: OpdTahun) -> None:
    program = _tabel(pk.build(dinas, {}), "pk_program")

    assert _kolom(program, 2)[-1] == "10.095.737.350,00"
    assert program.kolom[2].judul == "Anggaran Perubahan APBD (Rp)"
    # The fallback is the check pk-anggaran's to say, never the document's.
    assert program.catatan == []


@pytest.mark.parametrize(
    ("versi", "nama"), [(1, "Ir. HARTONO CONTOH, M.T."), (2, "RINA CONTOH, S.T., M.Si.")]
)
def test_each_version_is_signed_by_its_own_first_party(
    dinas: OpdTahun, versi: int, nama: str
) -> None:
    dok = pk.build(dinas, {}, versi=versi)

    penanda: list[Penanda] = [
        p for b, _ in dok.telusuri() if isinstance(b, TandaTangan) for p in b.penanda
    ]
    assert (
        Penanda("Kepala Dinas Perhubungan Kabupaten Contoh", nama, penanda[1].nip, "Pihak Pertama")
        == penanda[1]
    )
    assert penanda[0].jabatan == "Bupati Contoh"


def test_a_revision_says_so_in_its_title(dinas: OpdTahun) -> None:
    assert pk.build(dinas, {}, versi=2).isi[0].judul.endswith("(REVISI 1)")
    assert pk.build(dinas, {}).isi[0].judul.endswith("(REVISI 1)")
    assert "REVISI" not in pk.build(dinas, {}, versi=1).isi[0].judul


def test_the_annex_holds_satuan_and_the_signed_targets_without_notes(bontang: OpdTahun) -> None:
    sasaran = _tabel(pk.build(bontang, {}), "pk_sasaran")

    assert [k.judul for k in sasaran.kolom] == [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        "Target",
    ]
    assert _kolom(sasaran, 3) == ["Nilai", "%", "Nilai", "%"]
    assert _kolom(sasaran, 4) == ["87", "100%", "63", "100%"]
    # The difference from the Renstra is the check pk-target-beda-renstra's, not the PK's.
    assert sasaran.catatan == []


def test_the_bontang_annex_lists_the_five_programs_with_their_pagu(bontang: OpdTahun) -> None:
    program = _tabel(pk.build(bontang, {}), "pk_program")

    assert _kolom(program, 2) == [
        "17.050.664.373,00",
        "3.809.732.516,00",
        "9.039.891.821,00",
        "136.662.235,00",
        "140.702.650,00",
        "30.177.653.595,00",
    ]
    assert program.catatan == []


def test_a_pk_without_programs_has_no_program_table(bontang: OpdTahun) -> None:
    s = replace(bontang, perjanjian_kinerja=(replace(bontang.perjanjian_kinerja[0], program=()),))
    dok = pk.build(s, {})

    assert not any(isinstance(b, TabelDok) and b.key == "pk_program" for b, _ in dok.telusuri())
    assert "belum dicantumkan" not in "".join(t.sumber for t in dok.all_teks())


def test_the_second_party_is_named_and_acting_status_is_printed(bontang: OpdTahun) -> None:
    sah = Pengesahan("pk", 1, tempat="Bontang", status="Plt.", status_pihak_kedua="Plh.")
    dokumen = bontang.perjanjian_kinerja[0]
    kepala = replace(dokumen.pihak_kedua, nama="NAMA WALI KOTA")
    s = replace(
        bontang,
        pengesahan={("pk", 1): sah},
        perjanjian_kinerja=(replace(dokumen, pihak_kedua=kepala),),
    )
    dok = pk.build(s, {})

    kedua, pertama = next(b for b, _ in dok.telusuri() if isinstance(b, TandaTangan)).penanda
    assert (kedua.jabatan, kedua.nama, kedua.nip) == (
        "Plh. Wali Kota Bontang",
        "NAMA WALI KOTA",
        None,
    )
    assert pertama.jabatan == "Plt. Camat Bontang Barat"


def test_the_title_keeps_the_opds_name_on_one_line(bontang: OpdTahun) -> None:
    judul = pk.build(bontang, {}).isi[0].judul

    assert judul == "PERJANJIAN KINERJA TAHUN 2022 KECAMATAN\u00a0BONTANG\u00a0BARAT"


def test_it_refuses_a_version_that_does_not_exist(dinas: OpdTahun) -> None:
    with pytest.raises(pk.PkTidakAda, match="versi 3 tidak ada \\(versi yang ada: 1, 2\\)"):
        pk.build(dinas, {}, versi=3)
