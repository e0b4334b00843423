"""The follow-up of the LHE's recommendations: reported by the OPD, verified, in Tabel 10."""

from __future__ import annotations

from typing import Any

import pytest

from sakip.alur.layanan import Ditolak, perubahan
from sakip.core.tables.evaluasi import tindak_lanjut
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.lke import lhe
from sakip.lke import tindak_lanjut as tl
from sakip.lke.models import EvaluasiLke, VerifikasiTindakLanjut


@pytest.fixture
def rekomendasi(evaluasi: EvaluasiLke, inspektur: Any) -> m.Rekomendasi:
    with perubahan(inspektur, "LHE", opd_id=evaluasi.opd_id) as sesi:
        return lhe.add_rekomendasi(
            sesi, evaluasi, "1", "Lengkapi formula dan sumber data seluruh IKU."
        )


def _baris_2022(opd: m.PerangkatDaerah) -> list[list[Any]]:
    t = tindak_lanjut(snapshot.build(opd, 2023))
    return [b for b in t.baris if b[1] == "Lengkapi formula dan sumber data seluruh IKU."]


def test_the_recommendation_is_in_tabel_10_of_the_next_year(
    evaluasi: EvaluasiLke, rekomendasi: m.Rekomendasi
) -> None:
    t = tindak_lanjut(snapshot.build(evaluasi.opd, 2023))
    assert t.judul == "Tindak Lanjut Evaluasi SAKIP Tahun 2022"
    assert ["", "PERENCANAAN KINERJA", "", "", ""] in t.baris
    assert _baris_2022(evaluasi.opd) == [
        ["1", "Lengkapi formula dan sumber data seluruh IKU.", "", "", "Belum ditindaklanjuti"]
    ]


def test_an_accepted_follow_up_feeds_tabel_10(
    evaluasi: EvaluasiLke, rekomendasi: m.Rekomendasi, perencana: Any, inspektur: Any
) -> None:
    with perubahan(perencana, "Tindak lanjut", opd_id=evaluasi.opd_id) as sesi:
        laporan = tl.laporkan(
            sesi,
            rekomendasi,
            "Formula lima IKU ditetapkan dengan Keputusan Camat.",
            "selesai",
            "https://contoh.go.id/sk-iku.pdf",
            ["Menyusun formula IKU", "Menetapkan Keputusan Camat"],
        )
    # Reported but not verified: Tabel 10 still shows what the Inspektorat accepted (nothing).
    assert _baris_2022(evaluasi.opd)[0][2:] == [
        "",
        "1. Menyusun formula IKU\n2. Menetapkan Keputusan Camat",
        "Belum ditindaklanjuti",
    ]
    assert tl.keadaan(laporan) == tl.MENUNGGU
    with perubahan(inspektur, "Verifikasi", opd_id=evaluasi.opd_id) as sesi:
        tl.verifikasi(sesi, laporan, VerifikasiTindakLanjut.DITERIMA)
    assert _baris_2022(evaluasi.opd)[0][2:] == [
        "Formula lima IKU ditetapkan dengan Keputusan Camat.",
        "1. Menyusun formula IKU\n2. Menetapkan Keputusan Camat",
        "Selesai",
    ]


def test_a_returned_follow_up_changes_nothing_of_tabel_10(
    evaluasi: EvaluasiLke, rekomendasi: m.Rekomendasi, perencana: Any, inspektur: Any
) -> None:
    with perubahan(perencana, "Tindak lanjut", opd_id=evaluasi.opd_id) as sesi:
        laporan = tl.laporkan(sesi, rekomendasi, "Sedang disusun.", "selesai")
    with perubahan(inspektur, "Verifikasi", opd_id=evaluasi.opd_id) as sesi:
        tl.verifikasi(sesi, laporan, VerifikasiTindakLanjut.DIKEMBALIKAN, "Belum ada bukti.")
    rekomendasi.refresh_from_db()
    assert (rekomendasi.tindak_lanjut, rekomendasi.status) == (None, "belum")
    assert tl.keadaan(laporan) == VerifikasiTindakLanjut.DIKEMBALIKAN
    # The OPD reports again: the new report waits for the Inspektorat.
    with perubahan(perencana, "Tindak lanjut", opd_id=evaluasi.opd_id) as sesi:
        laporan = tl.laporkan(sesi, rekomendasi, "Disusun; SK terlampir.", "dalam_proses")
    assert (laporan.nomor, tl.keadaan(laporan)) == (2, tl.MENUNGGU)


def test_it_rejects_a_verification_by_the_opd(
    evaluasi: EvaluasiLke, rekomendasi: m.Rekomendasi, perencana: Any
) -> None:
    with perubahan(perencana, "Tindak lanjut", opd_id=evaluasi.opd_id) as sesi:
        laporan = tl.laporkan(sesi, rekomendasi, "Selesai.", "selesai")
    with (
        pytest.raises(Ditolak, match="hanya Inspektorat"),
        perubahan(perencana, "Verifikasi", opd_id=evaluasi.opd_id) as sesi,
    ):
        tl.verifikasi(sesi, laporan, VerifikasiTindakLanjut.DITERIMA)
    rekomendasi.refresh_from_db()
    assert rekomendasi.status == "belum"


def test_it_rejects_verifying_the_same_report_twice(
    evaluasi: EvaluasiLke, rekomendasi: m.Rekomendasi, perencana: Any, inspektur: Any
) -> None:
    with perubahan(perencana, "Tindak lanjut", opd_id=evaluasi.opd_id) as sesi:
        laporan = tl.laporkan(sesi, rekomendasi, "Selesai.", "selesai")
    with perubahan(inspektur, "Verifikasi", opd_id=evaluasi.opd_id) as sesi:
        tl.verifikasi(sesi, laporan, VerifikasiTindakLanjut.DITERIMA)
    with (
        pytest.raises(Ditolak, match="laporan ke-1 sudah diverifikasi"),
        perubahan(inspektur, "Verifikasi", opd_id=evaluasi.opd_id) as sesi,
    ):
        tl.verifikasi(sesi, laporan, VerifikasiTindakLanjut.DIKEMBALIKAN)
