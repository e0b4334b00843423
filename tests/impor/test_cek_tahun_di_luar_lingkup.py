from sakip.impor.buku.susunan import YEAR_LIMIT
from sakip.impor.cek import tahun_di_luar_lingkup
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks
from sakip.spreadsheet.lembar import Jenis, Kolom

from .helpers import rekaman, spec, tempat

SKM = spec("SKM", Kolom("tahun", "Tahun", Jenis.TAHUN))
EVALUASI = spec("Evaluasi SAKIP", Kolom("tahun", "Tahun Dievaluasi", Jenis.TAHUN))
RENSTRA = spec("Renstra", Kolom("periode_awal", "Awal"), Kolom("periode_akhir", "Akhir"))


def _error(skm: int, evaluasi: int, awal: int, akhir: int) -> list:  # type: ignore[type-arg]
    d = DataImpor(
        spec={s.nama: s for s in (SKM, EVALUASI, RENSTRA)},
        lembar={
            "SKM": [rekaman("SKM", 2, tahun=skm)],
            "Evaluasi SAKIP": [rekaman("Evaluasi SAKIP", 2, tahun=evaluasi)],
            "Renstra": [rekaman("Renstra", 2, periode_awal=awal, periode_akhir=akhir)],
        },
        tahun=2022,
        year_limit=YEAR_LIMIT,
    )
    return list(tahun_di_luar_lingkup.check(d, Konteks()))


def test_rows_of_the_workbook_year_and_before_pass() -> None:
    assert _error(skm=2022, evaluasi=2021, awal=2021, akhir=2026) == []


def test_an_skm_after_the_year_and_an_evaluation_of_the_year_itself_are_refused() -> None:
    error = _error(skm=2023, evaluasi=2022, awal=2021, akhir=2026)
    assert tempat(error) == [("Evaluasi SAKIP", 2, "A"), ("SKM", 2, "A")]
    assert error[0].diharapkan == "tahun sebelum 2022"
    assert error[1].diharapkan == "tahun 2022 atau sebelumnya"


def test_a_renstra_that_does_not_cover_the_year_is_refused() -> None:
    error = _error(skm=2022, evaluasi=2021, awal=2023, akhir=2026)
    assert tempat(error) == [("Renstra", 2, "A")]
