"""Working papers, evaluators assigned per sub-component, and the snapshot of a closed window."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model

from sakip.alur.layanan import Ditolak, perubahan
from sakip.alur.models import Peran
from sakip.lke import layanan
from sakip.lke.models import (
    EvaluasiLke,
    JawabanPenetapan,
    JendelaLke,
    KertasKerja,
    SnapshotJendela,
)


@pytest.fixture
def dibuka(evaluasi: EvaluasiLke, inspektur: Any) -> EvaluasiLke:
    pemda = evaluasi.opd.pemda
    with perubahan(inspektur, "Buka", pemda_id=pemda.pk) as sesi:
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA)
    return evaluasi


@pytest.fixture
def bappeda(evaluasi: EvaluasiLke) -> Any:
    user = get_user_model().objects.create_user("bella")
    Peran.objects.create(user=user, jenis=Peran.INSPEKTORAT, pemda=evaluasi.opd.pemda)
    return user


def test_the_evaluator_keeps_a_working_note_per_criterion(
    dibuka: EvaluasiLke, inspektur: Any
) -> None:
    with perubahan(inspektur, "Kertas kerja", opd_id=dibuka.opd_id) as sesi:
        layanan.save_kertas(
            sesi, dibuka, "1.b.2", "Uji SMART: 3 dari 5 IKU lolos.", "IKU-01\nIKU-02"
        )
    k = KertasKerja.objects.get(evaluasi=dibuka, kriteria="1.b.2")
    assert (k.catatan, k.bukti) == ("Uji SMART: 3 dari 5 IKU lolos.", "IKU-01\nIKU-02")


def test_it_rejects_a_working_note_outside_the_evaluation_window(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    with (
        pytest.raises(Ditolak, match="penilaian LKE oleh Inspektorat tahun 2022 belum dibuka"),
        perubahan(inspektur, "Kertas kerja", opd_id=evaluasi.opd_id) as sesi,
    ):
        layanan.save_kertas(sesi, evaluasi, "1.b.2", "Catatan.")
    assert not KertasKerja.objects.exists()


def test_only_the_assigned_evaluator_sets_a_final_answer_of_the_part(
    dibuka: EvaluasiLke, inspektur: Any, bappeda: Any
) -> None:
    with perubahan(inspektur, "Tugas", opd_id=dibuka.opd_id) as sesi:
        layanan.tugaskan(sesi, dibuka, "1.b", bappeda, "Bappeda")
    with (
        pytest.raises(Ditolak, match="subkomponen 1.b ditugaskan kepada penilai bella"),
        perubahan(inspektur, "Nilai", opd_id=dibuka.opd_id) as sesi,
    ):
        layanan.save_penetapan(sesi, dibuka, "1.b.2", "B")
    assert not JawabanPenetapan.objects.exists()
    with perubahan(bappeda, "Nilai", opd_id=dibuka.opd_id) as sesi:
        layanan.save_penetapan(sesi, dibuka, "1.b.2", "B")
        # A part nobody is assigned to: any inspector.
        layanan.save_penetapan(sesi, dibuka, "1.a.2", "Y")
    assert set(JawabanPenetapan.objects.values_list("kriteria", flat=True)) == {"1.b.2", "1.a.2"}


def test_it_rejects_an_assignment_to_an_unknown_part(dibuka: EvaluasiLke, inspektur: Any) -> None:
    with (
        pytest.raises(Ditolak, match="subkomponen 9.z tidak ada dalam template"),
        perubahan(inspektur, "Tugas", opd_id=dibuka.opd_id) as sesi,
    ):
        layanan.tugaskan(sesi, dibuka, "9.z", inspektur)


def test_closing_a_window_keeps_the_answers_as_they_were(
    dibuka: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    with perubahan(perencana, "LKE", opd_id=dibuka.opd_id) as sesi:
        layanan.save_usulan(sesi, dibuka, "1.a.2", "Y", "Renstra 2021–2026.", "renstra.pdf")
    pemda = dibuka.opd.pemda
    with perubahan(inspektur, "Tutup", pemda_id=pemda.pk) as sesi:
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.OPD, JendelaLke.DITUTUP)
    with perubahan(inspektur, "Nilai", opd_id=dibuka.opd_id) as sesi:
        layanan.save_penetapan(sesi, dibuka, "1.a.2", "T", "Renstra belum ditetapkan.")
    snap = SnapshotJendela.objects.get(jendela__jenis=JendelaLke.OPD, jendela__tahun=2022)
    isi = snap.isi[dibuka.opd.kode]
    assert isi["template"] == {"kode": "permenpanrb-88-2021-opd", "versi": 1}
    assert isi["usulan"] == {
        "1.a.2": {"jawaban": "Y", "catatan": "Renstra 2021–2026.", "bukti": "renstra.pdf"}
    }
    assert isi["penetapan"] == {}  # the final answer came after the window closed
