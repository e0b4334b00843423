from decimal import Decimal

import pytest

from sakip.core.dokumen import pk
from sakip.core.dokumen.model import Penanda, TabelDok, TandaTangan
from sakip.core.model import OpdTahun
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


def _tabel(dok: object, kunci: str) -> Tabel:
    return next(b.tabel for b, _ in dok.telusuri() if isinstance(b, TabelDok) and b.kunci == kunci)  # type: ignore[attr-defined]


def _kolom(t: Tabel, i: int) -> list[str]:
    return [teks(r[i], t.kolom[i].jenis) for r in t.baris]


def test_the_annex_shows_each_programs_pagu_at_the_pks_budget_stage(dinas: OpdTahun) -> None:
    dok = pk.bangun(dinas, {}, anggaran_tahap={"murni": MURNI})
    program = _tabel(dok, "pk_program")

    assert _kolom(program, 2) == [
        "6.338.000.000,00",
        "2.970.000.000,00",
        "480.000.000,00",
        "9.788.000.000,00",
    ]
    assert "Anggaran menurut pagu APBD Murni." in program.catatan


def test_without_lines_of_the_pks_stage_it_falls_back_to_the_stage_held(dinas: OpdTahun) -> None:
    program = _tabel(pk.bangun(dinas, {}), "pk_program")

    assert _kolom(program, 2)[-1] == "10.095.737.350,00"
    assert any(
        "tahap APBD Murni tidak ada; dipakai tahap Perubahan APBD" in c for c in program.catatan
    )


@pytest.mark.parametrize(
    ("versi", "nama"), [(1, "Ir. HARTONO CONTOH, M.T."), (2, "RINA CONTOH, S.T., M.Si.")]
)
def test_each_version_is_signed_by_its_own_first_party(
    dinas: OpdTahun, versi: int, nama: str
) -> None:
    dok = pk.bangun(dinas, {}, versi=versi)

    penanda: list[Penanda] = [
        p for b, _ in dok.telusuri() if isinstance(b, TandaTangan) for p in b.penanda
    ]
    assert (
        Penanda("Kepala Dinas Perhubungan Kabupaten Contoh", nama, penanda[1].nip, "Pihak Pertama")
        == penanda[1]
    )
    assert penanda[0].jabatan == "Bupati Contoh"


def test_a_revision_says_so_in_its_title(dinas: OpdTahun) -> None:
    assert pk.bangun(dinas, {}, versi=2).isi[0].judul.endswith("(REVISI 1)")
    assert pk.bangun(dinas, {}).isi[0].judul.endswith("(REVISI 1)")
    assert "REVISI" not in pk.bangun(dinas, {}, versi=1).isi[0].judul


def test_it_shows_a_target_that_differs_from_the_renstra(bontang: OpdTahun) -> None:
    sasaran = _tabel(pk.bangun(bontang, {}), "pk_sasaran")

    assert _kolom(sasaran, 3) == ["87", "100%", "63", "100%"]
    assert (
        "Target Nilai Survey Kepuasan Masyarakat (SKM) dalam Perjanjian Kinerja (87) berbeda "
        "dengan target Renstra tahun 2022 (87,1)." in sasaran.catatan
    )


def test_it_says_when_the_pk_lists_no_programs(bontang: OpdTahun) -> None:
    program = _tabel(pk.bangun(bontang, {}), "pk_program")

    assert program.baris == []
    assert "Program belum dicantumkan dalam data Perjanjian Kinerja ini." in program.catatan


def test_it_refuses_a_version_that_does_not_exist(dinas: OpdTahun) -> None:
    with pytest.raises(pk.PkTidakAda, match="versi 3 tidak ada \\(versi yang ada: 1, 2\\)"):
        pk.bangun(dinas, {}, versi=3)
