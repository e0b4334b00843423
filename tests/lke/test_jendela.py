"""The LKE windows: who writes which answer, and when (docs/lke.md#jendela)."""

from __future__ import annotations

from typing import Any

import pytest

from sakip.alur.layanan import Ditolak, perubahan
from sakip.kinerja import models as m
from sakip.lke import layanan
from sakip.lke.models import EvaluasiLke, JawabanPenetapan, JawabanUsulan, JendelaLke


def test_the_demo_opens_the_opds_window_of_2022(evaluasi: EvaluasiLke) -> None:
    assert layanan.status_jendela(evaluasi.opd.pemda_id, 2022, JendelaLke.OPD) == "dibuka"
    assert layanan.status_jendela(evaluasi.opd.pemda_id, 2022, JendelaLke.INSPEKTORAT) == "belum"
    assert (evaluasi.template_kode, evaluasi.template_versi) == ("permenpanrb-88-2021-opd", 1)


def test_the_opd_answers_during_its_window(evaluasi: EvaluasiLke, perencana: Any) -> None:
    with perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_usulan(sesi, evaluasi, "1.a.2", "Y", "Renstra 2021–2026.", "renstra")
    u = JawabanUsulan.objects.get(evaluasi=evaluasi, kriteria="1.a.2")
    assert (u.jawaban, u.catatan, u.bukti) == ("Y", "Renstra 2021–2026.", "renstra")


def test_it_rejects_an_opd_edit_outside_its_window(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    with perubahan(inspektur, "Tutup", pemda_id=evaluasi.opd.pemda_id) as sesi:
        layanan.atur_jendela(sesi, evaluasi.opd.pemda, 2022, JendelaLke.OPD, JendelaLke.DITUTUP)
    with (
        pytest.raises(
            Ditolak, match="jendela pengisian LKE oleh perangkat daerah tahun 2022 sudah ditutup"
        ),
        perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi,
    ):
        layanan.save_usulan(sesi, evaluasi, "1.a.2", "Y")
    assert not JawabanUsulan.objects.exists()


def test_a_closed_window_cannot_be_opened_again(evaluasi: EvaluasiLke, inspektur: Any) -> None:
    pemda = evaluasi.opd.pemda
    with perubahan(inspektur, "Tutup", pemda_id=pemda.pk) as sesi:
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.OPD, JendelaLke.DITUTUP)
    with (
        pytest.raises(Ditolak, match="terkunci"),
        perubahan(inspektur, "Buka", pemda_id=pemda.pk) as sesi,
    ):
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.OPD, JendelaLke.DIBUKA)


def test_it_rejects_an_inspektorat_edit_of_the_opds_answer(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    with (
        pytest.raises(Ditolak, match="hanya perencana perangkat daerah ini"),
        perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi,
    ):
        layanan.save_usulan(sesi, evaluasi, "1.a.2", "Y")


def test_it_rejects_an_opd_edit_of_the_final_answer(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    with perubahan(inspektur, "Buka", pemda_id=evaluasi.opd.pemda_id) as sesi:
        layanan.atur_jendela(
            sesi, evaluasi.opd.pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA
        )
    with (
        pytest.raises(Ditolak, match="hanya Inspektorat"),
        perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi,
    ):
        layanan.save_penetapan(sesi, evaluasi, "1.a.2", "Y")
    with perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_penetapan(sesi, evaluasi, "1.a.2", "T", "Renstra belum ditetapkan.")
    assert JawabanPenetapan.objects.get(evaluasi=evaluasi).jawaban == "T"


def test_it_rejects_the_inspektorats_answer_before_its_window(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    with (
        pytest.raises(Ditolak, match="penilaian LKE oleh Inspektorat tahun 2022 belum dibuka"),
        perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi,
    ):
        layanan.save_penetapan(sesi, evaluasi, "1.a.2", "Y")


def test_it_rejects_an_answer_its_type_does_not_allow(
    evaluasi: EvaluasiLke, perencana: Any
) -> None:
    with (
        pytest.raises(Ditolak, match="jawaban B tidak dikenal; pilih salah satu dari Y, T"),
        perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi,
    ):
        layanan.save_usulan(sesi, evaluasi, "1.a.2", "B")
    with (
        pytest.raises(Ditolak, match="kriteria 9.z.1 tidak ada"),
        perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi,
    ):
        layanan.save_usulan(sesi, evaluasi, "9.z.1", "Y")


def test_opening_the_window_opens_an_lke_for_every_opd(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    pemda = evaluasi.opd.pemda
    with perubahan(inspektur, "Buka", pemda_id=pemda.pk) as sesi:
        layanan.atur_jendela(sesi, pemda, 2023, JendelaLke.OPD, JendelaLke.DIBUKA)
    new = EvaluasiLke.objects.get(opd=evaluasi.opd, tahun=2023)
    assert new.template_kode == "permenpanrb-88-2021-opd"
    assert m.PerangkatDaerah.objects.filter(pemda=pemda).count() == 1


def test_the_inspektorat_publishes(evaluasi: EvaluasiLke, perencana: Any, inspektur: Any) -> None:
    with (
        pytest.raises(Ditolak, match="hanya Inspektorat"),
        perubahan(perencana, "Terbit", opd_id=evaluasi.opd_id) as sesi,
    ):
        layanan.terbitkan(sesi, evaluasi)
    with perubahan(inspektur, "Terbit", opd_id=evaluasi.opd_id) as sesi:
        layanan.terbitkan(sesi, evaluasi)
    evaluasi.refresh_from_db()
    assert evaluasi.diterbitkan
