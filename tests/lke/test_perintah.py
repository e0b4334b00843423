"""`sakip lke`: the whole LKE in the shape docs/lke.md gives, scored from the answers."""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

from django.core.management import call_command

from sakip.alur.layanan import perubahan
from sakip.lke import layanan
from sakip.lke.models import EvaluasiLke, JendelaLke
from tests.conftest import KODE_BONTANG


def _lke(fmt: str = "json") -> str:
    out = StringIO()
    call_command("lke", "--year", "2022", "--opd", KODE_BONTANG, "--format", fmt, stdout=out)
    return out.getvalue()


def test_it_prints_the_shape_with_null_where_not_answered(evaluasi: EvaluasiLke) -> None:
    data = json.loads(_lke())
    assert list(data) == [
        "template",
        "komponen",
        "total_usulan",
        "total_penetapan",
        "predikat_usulan",
        "predikat_penetapan",
        "temuan_logika",
    ]
    assert data["template"]["kode"] == "permenpanrb-88-2021-opd"
    k = data["komponen"][0]
    assert list(k) == ["kode", "nama", "bobot", "nilai_usulan", "nilai_penetapan", "subkomponen"]
    s = k["subkomponen"][0]
    assert list(s) == ["kode", "nama", "bobot", "nilai_usulan", "nilai_penetapan", "kriteria"]
    kr = s["kriteria"][1]
    assert list(kr) == [
        "kode",
        "pertanyaan",
        "jenis_jawaban",
        "jawaban_usulan",
        "jawaban_penetapan",
        "saran",
        "bukti",
        "catatan_usulan",
        "catatan_penetapan",
        "kertas_kerja",
    ]
    assert (kr["kode"], kr["jawaban_usulan"], kr["jawaban_penetapan"]) == ("1.a.2", None, None)
    assert (kr["catatan_usulan"], kr["catatan_penetapan"], kr["kertas_kerja"]) == (None,) * 3
    assert kr["saran"] == {
        "aturan": "renstra-ada",
        "jawaban": "Y",
        "persen": 100,
        "bukti": ["Renstra 2021–2026."],
    }
    assert data["total_usulan"] is None
    assert data["predikat_penetapan"] is None


def test_it_scores_the_answers_and_reports_the_logic(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    # Usulan: every criterion at its highest answer except 1.a.1 = T: 1.a = 3/4 x 6 = 4.5, so the
    # total is 98.5 (AA); every 1.b answer (A = 1) is then above the 1.a mean 0.75: 8 findings.
    from sakip.core.lke.template import find

    t = find(evaluasi.template_kode, evaluasi.template_versi)
    with perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi:
        for kr in t.kriteria():
            jawaban = "T" if kr.kode == "1.a.1" else t.jenis(kr).kode_pilihan[0]
            layanan.save_usulan(sesi, evaluasi, kr.kode, jawaban, bukti="https://contoh/a")
    with perubahan(inspektur, "Buka", pemda_id=evaluasi.opd.pemda_id) as sesi:
        layanan.atur_jendela(
            sesi, evaluasi.opd.pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA
        )
    with perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_penetapan(sesi, evaluasi, "1.a.2", "T")
    teks = _lke()
    assert '"total_usulan": 98.50' in teks
    data = json.loads(teks)
    assert data["predikat_usulan"] == "AA"
    assert data["komponen"][0]["subkomponen"][0]["nilai_usulan"] == 4.5
    assert data["komponen"][0]["nilai_usulan"] == 28.5
    assert data["total_penetapan"] is None
    assert [f["kriteria"] for f in data["temuan_logika"]] == [f"1.b.{i}" for i in range(1, 9)]
    kr = data["komponen"][0]["subkomponen"][0]["kriteria"][1]
    assert (kr["jawaban_usulan"], kr["jawaban_penetapan"]) == ("Y", "T")
    assert kr["bukti"]["tautan"] == ["https://contoh/a"]
    assert "Nilai usulan: 98,50 (AA)" in _lke("text")


def test_it_prints_the_notes_and_the_working_paper(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    with perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_usulan(sesi, evaluasi, "1.a.2", "Y", catatan="Renstra ditetapkan 2021")
    with perubahan(inspektur, "Buka", pemda_id=evaluasi.opd.pemda_id) as sesi:
        layanan.atur_jendela(
            sesi, evaluasi.opd.pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA
        )
    with perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_penetapan(sesi, evaluasi, "1.a.2", "Y", catatan="Sesuai dokumen")
        layanan.save_kertas(
            sesi, evaluasi, "1.a.2", "Renstra diperiksa", bukti="Perwali 12/2021\nRenstra hlm. 4"
        )
    kr = json.loads(_lke())["komponen"][0]["subkomponen"][0]["kriteria"][1]
    assert kr["catatan_usulan"] == "Renstra ditetapkan 2021"
    assert kr["catatan_penetapan"] == "Sesuai dokumen"
    assert kr["kertas_kerja"] == {
        "catatan": "Renstra diperiksa",
        "bukti": ["Perwali 12/2021", "Renstra hlm. 4"],
    }
    teks = _lke("text")
    assert "catatan penetapan: Sesuai dokumen" in teks and "kertas kerja: Renstra diperiksa" in teks


def test_every_suggestion_of_the_demo_is_printed_with_its_evidence(evaluasi: EvaluasiLke) -> None:
    from sakip.core.lke.template import find

    aturan = {kr.kode: kr.saran for kr in find("permenpanrb-88-2021-opd").kriteria() if kr.saran}
    kriteria = [
        kr for k in json.loads(_lke())["komponen"] for s in k["subkomponen"] for kr in s["kriteria"]
    ]
    saran = {kr["kode"]: kr["saran"] for kr in kriteria if kr["saran"] is not None}
    assert {kode: s["aturan"] for kode, s in saran.items()} == aturan
    assert len(saran) == 13 and all(s["bukti"] and s["jawaban"] for s in saran.values())
    # Not one suggestion is stored as an answer without a person accepting it.
    assert {kr["jawaban_usulan"] for kr in kriteria} == {None}
    assert saran["4.c.1"] == {
        "aturan": "rekomendasi-selesai",
        "jawaban": "E",
        "persen": 0,
        "bukti": ["0 dari 6 rekomendasi evaluasi tahun 2021 berstatus Selesai (0,00%)."],
    }
