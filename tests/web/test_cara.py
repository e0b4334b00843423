"""The planning officer switches a budget line between yearly, quarterly and monthly entry."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.test import Client

from sakip.kinerja import models as m

from .conftest import KANAAN, baris, url_entri, url_opd

LINE = "7.01.02.2.02.0003"


def _realisasi(b: m.BarisAnggaran) -> dict[str, Decimal | None]:
    return {r.periode: r.nilai for r in b.realisasi.all()}


def test_the_perencana_switches_a_yearly_line_to_monthly_keeping_the_sum(
    login: Callable[[str], Client],
) -> None:
    b = baris(KANAAN, LINE)
    (tahun,) = _realisasi(b).values()
    perencana = login("perencana")
    assert 'data-aksi="ubah-cara"' in perencana.get(url_entri(KANAAN)).content.decode()
    r = perencana.post(url_opd(f"anggaran/{b.pk}/cara/"), {"cara": "bulan", "kembali": "4"})
    assert r.status_code == 302 and r["Location"] == url_entri(KANAAN)
    assert _realisasi(b) == {"12": tahun}
    html = perencana.get(url_entri(KANAAN)).content.decode()
    assert f'id="id_a{b.pk}_12"' in html and f'id="id_a{b.pk}_10"' in html
    perencana.post(url_opd(f"anggaran/{b.pk}/cara/"), {"cara": "triwulan"})
    assert _realisasi(b) == {"tw4": tahun}


def test_an_operator_cannot_switch_a_line(login: Callable[[str], Client]) -> None:
    b = baris(KANAAN, LINE)
    operator = login("op-kanaan")
    assert 'data-aksi="ubah-cara"' not in operator.get(url_entri(KANAAN)).content.decode()
    r = operator.post(url_opd(f"anggaran/{b.pk}/cara/"), {"cara": "bulan"})
    assert r.status_code == 403
    assert set(_realisasi(b)) == {"tahun"}


def test_a_locked_quarter_refuses_the_switch(login: Callable[[str], Client]) -> None:
    b = baris(KANAAN, LINE)
    login("op-kanaan").post(url_entri(KANAAN) + "ajukan/")
    r = login("perencana").post(url_opd(f"anggaran/{b.pk}/cara/"), {"cara": "bulan"}, follow=True)
    assert "Perubahan ditolak" in r.content.decode()
    assert set(_realisasi(b)) == {"tahun"}
