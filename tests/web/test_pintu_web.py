"""The data screens refuse, through the change service, what a signed year or a locked quarter
holds, and text that cannot be stored; the refusal is a message on the form, never a 500."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from sakip.alur.models import DokumenTertanda, Periode
from sakip.kinerja import models as m
from sakip.laporan.models import ParagrafKustom
from sakip.riwayat.recorder import snapshot, token
from sakip.web.jenis import PER_SLUG
from sakip.web.konflik import page_token
from sakip.web.lingkup import Lingkup, form_class
from sakip.web.number import NumberTextInput

from .conftest import KANAAN, OPD, TAHUN, url_opd


def _data(form: Any) -> dict[str, str]:
    """Return a form's fields as a browser posts them unchanged."""
    data = {}
    for name, field in form.fields.items():
        nilai = form[name].value()
        if nilai is None or nilai is False:
            continue
        if isinstance(nilai, list):
            data[name] = nilai
            continue
        show = (
            field.widget.format_value(nilai) if isinstance(field.widget, NumberTextInput) else None
        )
        data[name] = str(show if show is not None else nilai)
    return data


def _change(client: Client, slug: str, obj: Any, **ganti: str) -> str:
    jenis = PER_SLUG[slug]
    opd = m.PerangkatDaerah.objects.select_related("pemda").get(kode=OPD)
    form = form_class(jenis, Lingkup(opd.pemda, opd, TAHUN))(instance=obj)
    data = {**_data(form), **ganti, "token": str(token(obj))}
    r = client.post(url_opd(f"data/{slug}/{obj.pk}/"), data, follow=True)
    assert r.status_code == 200
    return r.content.decode()


def _tanda_tangan() -> None:
    DokumenTertanda.objects.create(
        opd=m.PerangkatDaerah.objects.get(kode=OPD),
        tahun=TAHUN,
        jenis="lkjip",
        format="html",
        isi=b"<p>LKjIP</p>",
        oleh=get_user_model().objects.get(username="camat"),
    )


def _iku() -> m.Indikator:
    return m.Indikator.objects.filter(sasaran__renstra__opd__kode=OPD).order_by("pk").first()


@pytest.mark.parametrize(
    ("slug", "rekaman", "ganti"),
    [
        ("indikator", lambda: _iku(), {"formula": "Formula lain"}),
        (
            "target-renstra",
            lambda: m.TargetRenstra.objects.filter(indikator=_iku(), tahun=TAHUN).get(),
            {"nilai": "1"},
        ),
        (
            "realisasi",
            lambda: m.Realisasi.objects.filter(indikator=_iku(), tahun=TAHUN).first(),
            {"nilai": "1"},
        ),
    ],
)
def test_a_signed_year_refuses_the_planning_officers_change_on_the_data_screens(
    login: Callable[[str], Client], slug: str, rekaman: Callable[[], Any], ganti: dict[str, str]
) -> None:
    _tanda_tangan()
    obj = rekaman()
    sebelum = snapshot(obj)
    page = _change(login("perencana"), slug, obj, **ganti)
    assert "sudah ditandatangani" in page
    obj.refresh_from_db()
    assert snapshot(obj) == sebelum


def test_a_locked_quarter_refuses_the_output_indicator_screen(
    login: Callable[[str], Client],
) -> None:
    unit = m.UnitKerja.objects.get(kode=KANAAN)
    Periode.objects.create(unit=unit, tahun=TAHUN, triwulan=4, status=Periode.DIKUNCI)
    obj = m.IndikatorKeluaran.objects.filter(unit=unit, tahun=TAHUN).first()
    sebelum = snapshot(obj)
    page = _change(login("perencana"), "indikator-keluaran", obj, realisasi="1")
    assert "berstatus Dikunci" in page
    obj.refresh_from_db()
    assert snapshot(obj) == sebelum


@pytest.mark.parametrize("kendali", ["\x00", "\x07", "\x1b"])
def test_control_characters_are_refused_with_a_message(
    login: Callable[[str], Client], kendali: str
) -> None:
    perencana = login("perencana")
    obj = m.Kebijakan.objects.filter(sasaran__renstra__opd__kode=OPD).first()
    page = _change(perencana, "kebijakan", obj, uraian=f"Kebijakan{kendali}baru")
    assert "karakter" in page.lower()
    obj.refresh_from_db()
    assert kendali not in obj.uraian

    r = perencana.post(
        url_opd("laporan/lkjip/paragraf/"),
        {"kunci": "kata_pengantar", "teks": f"Teks{kendali}", "token": str(page_token())},
        follow=True,
    )
    assert r.status_code == 200
    assert "karakter" in r.content.decode()
    assert not ParagrafKustom.objects.exists()


def test_an_opd_code_that_is_not_an_organisation_code_is_refused_under_its_box(
    login: Callable[[str], Client],
) -> None:
    admin = login("admin")
    data = {"kode": "dinas pendidikan", "nama": "Dinas Pendidikan", "jenis": "Dinas"}
    r = admin.post("/pemda/64.74/data/opd/baru/", data)
    page = r.content.decode()
    assert r.status_code == 200
    assert "kode dinas pendidikan bukan kode organisasi" in page
    assert "U.BB.U2.B2.U3.B3.NN.SSSS" in page
    assert not m.PerangkatDaerah.objects.filter(nama="Dinas Pendidikan").exists()
