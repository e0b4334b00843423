"""The read-only pohon kinerja page shows the stored tree with its review; without one, the
tree the data implies, and says so."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from sakip.pohon.models import PohonKinerja, ReviuPohon

from .conftest import OPD, TAHUN, url_opd


def test_it_shows_the_stored_tree_with_its_review_state(login: Callable[[str], Client]) -> None:
    pohon = PohonKinerja.objects.get(opd__kode=OPD, tahun=TAHUN)
    pohon.putaran, pohon.diajukan = 1, True
    pohon.save()
    ReviuPohon.objects.create(
        pohon=pohon, putaran=1, keputusan="ditolak", catatan="Lengkapi indikator program."
    )
    simpul = pohon.simpul.get(jenis="sasaran", rujukan="S1")
    simpul.uraian = "Sasaran S1 sebagaimana disusun perencana"
    simpul.save()
    page = login("inspektorat").get(url_opd("pohon/")).content.decode()
    assert "Status: <strong>Ditolak</strong>" in page
    assert "Pengajuan ke-1: Ditolak — Lengkapi indikator program." in page
    assert "Sasaran S1 sebagaimana disusun perencana" in page  # the stored node, not the data
    assert "Belum ada pohon kinerja yang disusun" not in page
    # The year's figures of the records its nodes name.
    assert "capaian 99,17%" in page
    assert "pagu Rp 3.809.732.516,00" in page


def test_without_a_stored_tree_it_shows_the_derived_one_and_says_so(
    login: Callable[[str], Client],
) -> None:
    PohonKinerja.objects.filter(opd__kode=OPD, tahun=TAHUN).delete()
    page = login("inspektorat").get(url_opd("pohon/")).content.decode()
    assert f"Belum ada pohon kinerja yang disusun untuk tahun {TAHUN}" in page
    assert "Meningkatnya kualitas pelayanan masyarakat Kecamatan Bontang Barat" in page
