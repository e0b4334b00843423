"""The LHE's content and the LKE as Tabel 9's evaluation result, from answers alone (no data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sakip.core.dokumen import lhe
from sakip.core.lke.evaluasi import kode_regulasi, sebagai_evaluasi
from sakip.core.lke.template import find

T = find("permenpanrb-88-2021-opd")


def _terendah() -> dict[str, str]:
    """Every criterion at its lowest answer (T or E)."""
    return {kr.kode: T.jenis(kr).kode_pilihan[-1] for kr in T.kriteria()}


def _teks(b: lhe.BahanLhe) -> str:
    return "\n".join(t.sumber for t in lhe.build(b).all_teks())


def test_the_components_map_to_the_regulations_codes_by_name() -> None:
    assert kode_regulasi(T) == {
        "1": "perencanaan",
        "2": "pengukuran",
        "3": "pelaporan",
        "4": "evaluasi_internal",
    }


def test_all_lowest_answers_score_zero_and_d() -> None:
    e = sebagai_evaluasi(T, 2022, _terendah())
    assert (e.nilai, e.predikat, e.regulasi) == (Decimal(0), "D", "permenpanrb-88-2021")
    b = lhe.BahanLhe(T, "Kecamatan X", "Kota Y", "Y", 2022, _terendah(), {"4.a.1": "Tidak ada."})
    teks = _teks(b)
    assert "adalah **0,00** dengan predikat **D (Sangat Kurang)**" in teks
    assert (
        "- **4.a.1** " in teks
        and "Jawaban T (nilai 0,00): Tidak, kriteria tidak terpenuhi. Tidak ada." in teks
    )
    assert "Inspektorat tidak memberikan rekomendasi." in teks


def test_an_unscored_lke_names_what_is_missing() -> None:
    jawaban = _terendah()
    del jawaban["2.b.1"]
    b = lhe.BahanLhe(T, "Kecamatan X", "Kota Y", "Y", 2022, jawaban, {})
    teks = _teks(b)
    assert (
        "Nilai hasil evaluasi belum dapat dihitung: 1 kriteria belum diberi jawaban penetapan "
        "(2.b.1)." in teks
    )
    assert "Nilai komponen belum dapat dihitung (bobot 30,00)." in teks
    assert "Kriteria yang belum dinilai: 2.b.1." in teks


def test_each_recommendation_states_what_is_set_of_its_responsibility_and_deadline() -> None:
    rekomendasi = [
        lhe.RekomendasiLhe(
            "1", "Reviu IKU.", date(2023, 6, 30), "Kecamatan X", "Sekretaris Kecamatan"
        ),
        lhe.RekomendasiLhe("1", "Susun pohon kinerja.", tenggat=date(2023, 9, 30)),
        lhe.RekomendasiLhe("1", "Tetapkan penanggung jawab data.", unit="Kelurahan Z"),
        lhe.RekomendasiLhe("3", "Publikasikan LKjIP."),
    ]
    b = lhe.BahanLhe(T, "Kecamatan X", "Kota Y", "Y", 2022, _terendah(), {}, rekomendasi)
    teks = _teks(b)
    assert (
        "**Perencanaan Kinerja**\n"
        "1. Reviu IKU. Penanggung jawab: Sekretaris Kecamatan, Kecamatan X. "
        "Tenggat: 30 Juni 2023.\n"
        "2. Susun pohon kinerja. Tenggat: 30 September 2023.\n"
        "3. Tetapkan penanggung jawab data. Penanggung jawab: Kelurahan Z." in teks
    )
    assert "**Pelaporan Kinerja**\n1. Publikasikan LKjIP." in teks
    assert "belum ditetapkan" not in teks
