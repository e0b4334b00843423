"""The LHE: scores per part, predikat, findings from the evaluator's notes, recommendations."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

import docx
import pytest
from django.core.management import call_command

from sakip.alur.layanan import perubahan
from sakip.core.lke import skor
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.lke import layanan, lhe
from sakip.lke.models import EvaluasiLke, JendelaLke

CATATAN = "Dua dari lima IKU belum memiliki formula dan sumber data."


def nilai_penuh(evaluasi: EvaluasiLke, inspektur: Any) -> None:
    """Score every criterion at its highest answer, but 1.b.2 (C, with a note) and 2.c.1 (B)."""
    t = layanan.template_dari(evaluasi)
    pemda = evaluasi.opd.pemda
    with perubahan(inspektur, "Buka", pemda_id=pemda.pk) as sesi:
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA)
    with perubahan(inspektur, "Nilai", opd_id=evaluasi.opd_id) as sesi:
        for kr in t.kriteria():
            jawaban = {"1.b.2": "C", "2.c.1": "B"}.get(kr.kode, t.jenis(kr).kode_pilihan[0])
            catatan = CATATAN if kr.kode == "1.b.2" else ""
            layanan.save_penetapan(sesi, evaluasi, kr.kode, jawaban, catatan)
        lhe.add_rekomendasi(sesi, evaluasi, "1", "Lengkapi formula dan sumber data IKU.")
        lhe.add_rekomendasi(sesi, evaluasi, "3", "Publikasikan LKjIP tepat waktu.")
        lhe.save_pengesahan(
            sesi,
            evaluasi,
            nomor="700/045/INSP/2023",
            tanggal=date(2023, 3, 15),
            nama="Ir. Siti Rahmah",
            nip="197001011995032001",
        )


def _teks(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    baris = [p.text for p in d.paragraphs]
    for t in d.tables:
        baris += [" | ".join(c.text for c in r.cells) for r in t.rows]
    return "\n".join(baris)


def test_the_scores_are_computed_from_the_final_answers(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    nilai_penuh(evaluasi, inspektur)
    n = skor.compute(
        layanan.template_dari(evaluasi), {p.kriteria: p.jawaban for p in evaluasi.penetapan.all()}
    )
    # 1.b: seven A and one C over eight criteria: 7,5 / 8 × 9 = 8,4375; 1 = 6 + 8,4375 + 15.
    assert n.subkomponen["1.b"] == Decimal("8.4375")
    assert n.komponen["1"] == Decimal("29.4375")
    # 2.c: four A and one B over five: 4,75 / 5 × 15 = 14,25; 2 = 6 + 9 + 14,25.
    assert n.komponen["2"] == Decimal("29.25")
    # 29,4375 + 29,25 + 15 + 25 = 98,6875: above 90, AA.
    assert (n.total, n.predikat) == (Decimal("98.6875"), "AA")


def test_the_lhe_docx_states_scores_findings_recommendations_and_signatory(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    nilai_penuh(evaluasi, inspektur)
    teks = _teks(lhe.render(evaluasi, "docx"))
    assert "adalah 98,69 dengan predikat AA (Sangat Memuaskan)" in teks
    assert "1.b | Kualitas Perencanaan Kinerja | 9,00 | 8,44" in teks
    assert "1 | Perencanaan Kinerja | 30,00 | 29,44" in teks
    assert "Nilai komponen 29,44 dari bobot 30,00 (98,13%)." in teks
    assert (
        "1.b.2 Indikator kinerja memenuhi kriteria SMART. Jawaban C (nilai 0,50): Terpenuhi "
        f"lebih dari 40% sampai dengan 75%. {CATATAN}" in teks
    )
    # 1.c answers A above the mean of 1.b (0,9375): the logic rule's finding, per criterion.
    assert "Jawaban kriteria 1.c.1 lebih tinggi dari nilai rata-rata subkomponen 1.b." in teks
    rekomendasi = teks[teks.index("C. Rekomendasi") :]
    assert rekomendasi.index("Perencanaan Kinerja") < rekomendasi.index("Lengkapi formula")
    assert rekomendasi.index("Pelaporan Kinerja") < rekomendasi.index("Publikasikan LKjIP")
    assert "Seluruh kriteria komponen ini mendapat jawaban tertinggi." in teks  # component 4
    assert "Nomor: 700/045/INSP/2023" in teks
    assert "Bontang, 15 Maret 2023" in teks
    assert "Ir. Siti Rahmah" in teks and "197001011995032001" in teks


def test_the_command_writes_the_lhe(evaluasi: EvaluasiLke, inspektur: Any, tmp_path: Any) -> None:
    nilai_penuh(evaluasi, inspektur)
    berkas = tmp_path / "lhe.html"
    call_command("report", "lhe", "--year", "2022", "--format", "html", "-o", str(berkas))
    assert "98,69" in berkas.read_text(encoding="utf-8")


def test_the_lhe_of_a_year_without_lke_is_refused(demo: Any, tmp_path: Any) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="belum memiliki LKE tahun 2019"):
        call_command(
            "report", "lhe", "--year", "2019", "--format", "html", "-o", str(tmp_path / "x")
        )


def test_a_published_lke_is_tabel_9_of_the_next_year(evaluasi: EvaluasiLke, inspektur: Any) -> None:
    nilai_penuh(evaluasi, inspektur)
    assert not [e for e in snapshot.build(evaluasi.opd, 2023).evaluasi if e.tahun == 2022]
    with perubahan(inspektur, "Terbit", opd_id=evaluasi.opd_id) as sesi:
        layanan.terbitkan(sesi, evaluasi)
    e = next(e for e in snapshot.build(evaluasi.opd, 2023).evaluasi if e.tahun == 2022)
    assert (e.nilai, e.predikat, e.nomor_surat) == (Decimal("98.6875"), "AA", "700/045/INSP/2023")
    assert [(k.kode, k.nilai) for k in e.komponen] == [
        ("perencanaan", Decimal("29.4375")),
        ("pengukuran", Decimal("29.25")),
        ("pelaporan", Decimal("15")),
        ("evaluasi_internal", Decimal("25")),
    ]
    assert m.Rekomendasi.objects.filter(opd=evaluasi.opd, tahun_evaluasi=2022).count() == 2
