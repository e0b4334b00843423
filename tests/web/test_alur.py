"""The workflow of a unit's quarter: draft → diajukan → diverifikasi/dikembalikan → dikunci."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from sakip.alur.models import Periode

from .conftest import KANAAN, TAHUN, baris, isian_awal, url_entri

AJUKAN = url_entri(KANAAN) + "ajukan/"
VERIFIKASI = url_entri(KANAAN) + "verifikasi/"
KEMBALIKAN = url_entri(KANAAN) + "kembalikan/"
SETUJUI = url_entri(KANAAN) + "setujui/"
BUKA = url_entri(KANAAN) + "buka/"


def _periode() -> Periode:
    return Periode.objects.get(unit__kode=KANAAN, tahun=TAHUN, triwulan=4)


def test_it_records_who_moved_the_period_and_when(login: Callable[[str], Client]) -> None:
    login("op-kanaan").post(AJUKAN)
    login("perencana").post(VERIFIKASI)
    login("camat").post(SETUJUI)
    periode = _periode()
    assert periode.status == Periode.DIKUNCI
    langkah = [(t.oleh.username, t.dari, t.ke) for t in periode.transisi.all()]
    assert langkah == [
        ("op-kanaan", "draft", "diajukan"),
        ("perencana", "diajukan", "diverifikasi"),
        ("camat", "diverifikasi", "dikunci"),
    ]
    assert all(t.waktu is not None for t in periode.transisi.all())


def test_it_locks_the_figures_once_submitted(login: Callable[[str], Client]) -> None:
    operator = login("op-kanaan")
    data = isian_awal(KANAAN)
    operator.post(AJUKAN)
    assert operator.post(url_entri(KANAAN), data).status_code == 403
    page = operator.get(url_entri(KANAAN)).content.decode()
    assert "formulir hanya dapat dibaca" in page


def test_it_returns_a_submission_with_a_note_and_lets_the_operator_fix_it(
    login: Callable[[str], Client],
) -> None:
    operator = login("op-kanaan")
    operator.post(AJUKAN)
    r = login("perencana").post(KEMBALIKAN, follow=True)
    assert "Tulis catatan pengembalian." in r.content.decode()
    assert _periode().status == Periode.DIAJUKAN
    login("perencana").post(KEMBALIKAN, {"catatan": "Lampirkan SP2D bulan Desember."})
    periode = _periode()
    assert periode.status == Periode.DIKEMBALIKAN
    assert periode.transisi.last().catatan == "Lampirkan SP2D bulan Desember."
    b = baris(KANAAN, "7.01.02.2.02.0003")
    data = isian_awal(KANAAN)
    data[f"f{b.id}"] = "99"
    assert operator.post(url_entri(KANAAN), data).status_code == 302
    operator.post(AJUKAN)
    assert _periode().status == Periode.DIAJUKAN


def test_the_head_returns_a_verified_submission(login: Callable[[str], Client]) -> None:
    login("op-kanaan").post(AJUKAN)
    login("perencana").post(VERIFIKASI)
    login("camat").post(KEMBALIKAN, {"catatan": "Realisasi fisik belum sesuai laporan."})
    assert _periode().status == Periode.DIKEMBALIKAN


def test_it_refuses_steps_outside_a_role(login: Callable[[str], Client]) -> None:
    login("op-kanaan").post(AJUKAN)
    assert login("op-kanaan").post(VERIFIKASI).status_code == 403
    assert login("perencana").post(SETUJUI).status_code == 403
    assert login("inspektorat").post(VERIFIKASI).status_code == 403
    assert login("admin").post(SETUJUI).status_code == 403
    assert _periode().status == Periode.DIAJUKAN


def test_it_refuses_a_step_the_status_does_not_allow(login: Callable[[str], Client]) -> None:
    r = login("camat").post(SETUJUI, follow=True)
    assert "tidak dapat dilakukan pada status Draf" in r.content.decode()
    assert not Periode.objects.filter(unit__kode=KANAAN, status=Periode.DIKUNCI).exists()


def test_the_head_reopens_a_locked_period_only_with_a_reason(
    login: Callable[[str], Client],
) -> None:
    login("op-kanaan").post(AJUKAN)
    login("perencana").post(VERIFIKASI)
    camat = login("camat")
    camat.post(SETUJUI)
    camat.post(BUKA, {"catatan": "  "})
    assert _periode().status == Periode.DIKUNCI
    camat.post(BUKA, {"catatan": "Koreksi realisasi setelah audit BPK."})
    periode = _periode()
    assert periode.status == Periode.DRAFT
    assert periode.transisi.last().catatan == "Koreksi realisasi setelah audit BPK."
    assert login("op-kanaan").post(url_entri(KANAAN), isian_awal(KANAAN)).status_code == 302


def test_only_the_head_reopens(login: Callable[[str], Client]) -> None:
    login("op-kanaan").post(AJUKAN)
    login("perencana").post(VERIFIKASI)
    login("camat").post(SETUJUI)
    assert login("perencana").post(BUKA, {"catatan": "x"}).status_code == 403
    assert login("op-kanaan").post(BUKA, {"catatan": "x"}).status_code == 403
    assert _periode().status == Periode.DIKUNCI
