"""Submitting a quarter: what is still empty is listed, then refused or accepted with a note."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from sakip.alur.models import Periode
from sakip.kinerja import models as m

from .conftest import KANAAN, OPD, TAHUN, baris, url_entri

AJUKAN_OPD = url_entri(OPD) + "ajukan/"
AJUKAN_KANAAN = url_entri(KANAAN) + "ajukan/"
LINE = "7.01.02.2.02.0003"


def _status(unit: str) -> str:
    p = Periode.objects.filter(unit__kode=unit, tahun=TAHUN, triwulan=4).first()
    return p.status if p else "draft"


@pytest.fixture
def iku1_empty(personas: None) -> None:
    """Empty the quarter IV realisation of IKU1 (its quarter target is 87)."""
    m.Realisasi.objects.filter(indikator__kode="IKU1", tahun=TAHUN, triwulan=4).delete()


@pytest.fixture
def kanaan_bulanan(personas: None) -> None:
    """Record a Kanaan line by month, with October and November only."""
    b = baris(KANAAN, LINE)
    b.realisasi.all().delete()
    for bulan in ("10", "11"):
        m.RealisasiAnggaran.objects.create(baris=b, periode=bulan, nilai=Decimal("1000000"))


def test_it_lists_what_is_empty_before_confirming(
    iku1_empty: None, login: Callable[[str], Client]
) -> None:
    html = login("perencana").get(AJUKAN_OPD).content.decode()
    assert "Belum lengkap (1)" in html
    assert "<strong>Realisasi IKU1 triwulan IV 2022</strong>: belum diisi (target 87,00)" in html
    assert "Ajukan dengan catatan" in html
    assert _status(OPD) == "draft"


def test_it_refuses_an_incomplete_quarter_when_set_to_refuse(
    iku1_empty: None, login: Callable[[str], Client], settings
) -> None:  # type: ignore[no-untyped-def]
    settings.SAKIP_AJUKAN_LENGKAP = "tolak"
    client = login("perencana")
    assert "Ajukan dengan catatan" not in client.get(AJUKAN_OPD).content.decode()
    r = client.post(AJUKAN_OPD, {"catatan": "nanti menyusul"}, follow=True)
    assert _status(OPD) == "draft"
    assert (
        "Triwulan IV 2022 Kecamatan Bontang Barat belum lengkap, tidak diajukan: "
        "Realisasi IKU1 triwulan IV 2022: belum diisi (target 87,00)." in r.content.decode()
    )


def test_it_accepts_an_incomplete_quarter_only_with_a_note(
    kanaan_bulanan: None, login: Callable[[str], Client]
) -> None:
    client = login("op-kanaan")
    html = client.get(AJUKAN_KANAAN).content.decode()
    assert (
        "Realisasi anggaran 7.01.02.2.02.03 Kelurahan Kanaan</strong>: "
        "belum diisi untuk Desember 2022" in html
    )
    r = client.post(AJUKAN_KANAAN, {"catatan": "  "}, follow=True)
    assert _status(KANAAN) == "draft"
    assert "Tulis catatan tentang yang belum lengkap" in r.content.decode()
    client.post(AJUKAN_KANAAN, {"catatan": "SP2D Desember belum terbit."})
    p = Periode.objects.get(unit__kode=KANAAN, tahun=TAHUN, triwulan=4)
    assert p.status == "diajukan"
    assert p.transisi.get().catatan == "SP2D Desember belum terbit."


def test_a_complete_quarter_is_submitted_without_a_note(login: Callable[[str], Client]) -> None:
    client = login("op-kanaan")
    assert "sudah terisi" in client.get(AJUKAN_KANAAN).content.decode()
    client.post(AJUKAN_KANAAN)
    assert _status(KANAAN) == "diajukan"


def test_evidence_is_required_where_the_pemda_requires_it(
    login: Callable[[str], Client], settings
) -> None:  # type: ignore[no-untyped-def]
    settings.SAKIP_AJUKAN_BUKTI = True
    settings.SAKIP_AJUKAN_LENGKAP = "tolak"
    client = login("op-kanaan")
    client.post(AJUKAN_KANAAN)
    assert _status(KANAAN) == "draft"
    pdf = SimpleUploadedFile("sp2d.pdf", b"%PDF-1.4 bukti", content_type="application/pdf")
    client.post(url_entri(KANAAN) + "bukti/", {"berkas": pdf})
    client.post(AJUKAN_KANAAN)
    assert _status(KANAAN) == "diajukan"


def test_the_command_line_refuses_the_same_way(iku1_empty: None, settings) -> None:  # type: ignore[no-untyped-def]
    settings.SAKIP_AJUKAN_LENGKAP = "tolak"
    argumen = ["--year", "2022", "--unit", OPD, "--quarter", "4", "--action", "ajukan"]
    with pytest.raises(CommandError, match="Realisasi IKU1 triwulan IV 2022: belum diisi"):
        call_command("alur", *argumen, "--as", "perencana")
    assert _status(OPD) == "draft"
    settings.SAKIP_AJUKAN_LENGKAP = "catatan"
    call_command("alur", *argumen, "--as", "perencana", "--note", "IKU1 menunggu data BPS.")
    assert _status(OPD) == "diajukan"
