"""Deadlines: the dated defaults, the Pemda's own dates, and the task list naming them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model
from django.test import Client

from sakip.alur.models import Peran
from sakip.core import tenggat
from sakip.kinerja import models as m
from sakip.pemda.models import TenggatPemda
from tests.conftest import KODE_BONTANG


def test_the_defaults_of_a_year() -> None:
    t = tenggat.bawaan(2022)
    assert t["pk"].tanggal == date(2022, 2, 28)
    assert t["realisasi_1"].tanggal == date(2022, 4, 10)
    assert t["realisasi_4"].tanggal == date(2023, 1, 10)
    assert t["lkjip"].tanggal == date(2023, 2, 28)
    assert t["lkjip"].kepastian == "[U]"
    # The end of February of a leap year.
    assert tenggat.bawaan(2024)["pk"].tanggal == date(2024, 2, 29)
    assert set(t) == {k for k, _ in tenggat.DOKUMEN}


def test_the_pemdas_date_replaces_the_default_and_names_its_basis() -> None:
    t = tenggat.berlaku(2022, {"lkjip": (date(2023, 1, 31), "Surat Edaran Wali Kota")})
    assert (t["lkjip"].tanggal, t["lkjip"].dasar, t["lkjip"].kepastian) == (
        date(2023, 1, 31),
        "Surat Edaran Wali Kota",
        "Pemda",
    )
    assert t["pk"].tanggal == date(2022, 2, 28)


def test_on_time_late_and_not_yet_due() -> None:
    limit = date(2023, 2, 28)
    assert tenggat.tepat_waktu(date(2023, 2, 28), limit, date(2023, 6, 1)) is True
    assert tenggat.tepat_waktu(date(2023, 3, 1), limit, date(2023, 6, 1)) is False
    assert tenggat.tepat_waktu(None, limit, date(2023, 3, 1)) is False
    assert tenggat.tepat_waktu(None, limit, date(2023, 2, 28)) is None
    assert tenggat.tepat_waktu(None, None, date(2023, 2, 28)) is None


def test_the_task_list_names_the_deadlines(demo: Path) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    TenggatPemda.objects.create(
        pemda=opd.pemda, tahun=2022, dokumen="pk", tanggal=date(2022, 1, 31)
    )
    user = get_user_model().objects.create_user("bob")
    Peran.objects.create(user=user, jenis=Peran.PERENCANA, pemda=opd.pemda, opd=opd)
    c = Client()
    c.force_login(user)
    html = c.get("/tugas/?tahun=2022").content.decode()
    assert "Belum ditandatangani · batas 31 Januari 2022 (terlambat)" in html
    assert "Belum ditandatangani · batas 28 Februari 2023 (terlambat)" in html
