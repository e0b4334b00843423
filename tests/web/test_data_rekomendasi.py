"""The Inspektorat keeps a recommendation's deadline, responsible unit and position on the data
screens: choices of the OPD's own units and positions, refused in words when they are not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.test import Client

from sakip.kaskade import models as k
from sakip.kinerja import models as m
from sakip.lke.models import JabatanRekomendasi

from .conftest import KANAAN, OPD, TAHUN

DATA = f"/opd/{OPD}/{TAHUN}/data/"


def _rekomendasi() -> m.Rekomendasi:
    return m.Rekomendasi.objects.filter(opd__kode=OPD).order_by("urutan", "id").first()  # type: ignore[return-value]


def _isian(r: m.Rekomendasi, **lain: object) -> dict[str, object]:
    return {
        "tahun_evaluasi": r.tahun_evaluasi,
        "komponen": r.komponen,
        "uraian": r.uraian,
        "tindak_lanjut": r.tindak_lanjut or "",
        "status": r.status,
        "urutan": r.urutan,
        **lain,
    }


def test_the_inspektorat_sets_a_deadline_and_unit_from_choices(
    login: Callable[[str], Client],
) -> None:
    c = login("inspektorat")
    r = _rekomendasi()
    page = c.get(f"{DATA}rekomendasi/{r.pk}/").content.decode()
    assert 'type="date" name="tenggat"' in page
    kanaan = m.UnitKerja.objects.get(kode=KANAAN)
    assert f'<option value="{kanaan.pk}">' in page
    jawab = c.post(
        f"{DATA}rekomendasi/{r.pk}/", _isian(r, tenggat="2023-06-30", unit=str(kanaan.pk))
    )
    assert jawab.status_code == 302, jawab.content.decode()[:2000]
    r.refresh_from_db()
    assert (r.tenggat, r.unit) == (date(2023, 6, 30), kanaan)
    assert "30 Juni 2023" in c.get(f"{DATA}rekomendasi/").content.decode()


def test_a_deadline_before_the_year_evaluated_is_refused_under_its_box(
    login: Callable[[str], Client],
) -> None:
    c = login("inspektorat")
    r = _rekomendasi()
    jawab = c.post(f"{DATA}rekomendasi/{r.pk}/", _isian(r, tenggat="2019-01-31"))
    teks = jawab.content.decode()
    assert f"tenggat 31 Januari 2019 jatuh sebelum tahun yang dievaluasi ({r.tahun_evaluasi})" in (
        teks
    )
    r.refresh_from_db()
    assert r.tenggat is None


def test_the_position_is_one_of_the_opds_own(login: Callable[[str], Client]) -> None:
    c = login("inspektorat")
    r = _rekomendasi()
    sekcam = k.Jabatan.objects.get(opd__kode=OPD, kode="sekcam")
    page = c.get(f"{DATA}jabatan-rekomendasi/baru/").content.decode()
    assert f'<option value="{sekcam.pk}">Sekretaris Kecamatan Bontang Barat</option>' in page
    jawab = c.post(f"{DATA}jabatan-rekomendasi/baru/", {"rekomendasi": r.pk, "jabatan": sekcam.pk})
    assert jawab.status_code == 302, jawab.content.decode()[:2000]
    assert JabatanRekomendasi.objects.get(rekomendasi=r).jabatan == sekcam


def test_the_opds_perencana_only_reads_them(login: Callable[[str], Client]) -> None:
    r = _rekomendasi()
    c = login("perencana")
    assert c.post(f"{DATA}rekomendasi/{r.pk}/", _isian(r, tenggat="2023-06-30")).status_code == 403
    r.refresh_from_db()
    assert r.tenggat is None
