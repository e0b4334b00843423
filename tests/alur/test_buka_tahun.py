"""Reopening a signed year: an OPD's by its kepala, the Pemda's own by its Admin Pemda, each
withdrawing only its own LKjIP with the written reason (one step, `alur.langkah.buka_tahun`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from sakip.alur import langkah
from sakip.alur.layanan import Ditolak
from sakip.alur.models import DokumenTertanda, Peran
from sakip.kinerja import models as m
from sakip.pemda import tanda

TAHUN = 2023


def _orang(nama: str, jenis: str, opd: m.PerangkatDaerah) -> Any:
    user = get_user_model().objects.create_user(nama)
    pemda_sendiri = jenis == Peran.ADMIN
    Peran.objects.create(
        user=user, jenis=jenis, pemda=opd.pemda, opd=None if pemda_sendiri else opd
    )
    return user


def _tertanda(**pemilik: Any) -> None:
    for fmt in ("html", "pdf"):
        DokumenTertanda.objects.create(
            tahun=TAHUN, jenis="lkjip", format=fmt, isi=b"isi", oleh=_sistem(), **pemilik
        )


def _sistem() -> Any:
    return get_user_model().objects.get_or_create(username="penanda")[0]


def _dicabut(**pemilik: Any) -> list[str]:
    return sorted(
        DokumenTertanda.objects.filter(dicabut=True, **pemilik).values_list(
            "alasan_cabut", flat=True
        )
    )


@pytest.fixture
def opd(dinas: Path) -> m.PerangkatDaerah:
    opd = m.PerangkatDaerah.objects.select_related("pemda").get(pemda__kode="99.01")
    _tertanda(opd=opd)
    _tertanda(pemda=opd.pemda)
    return opd


def test_it_reopens_an_opds_year_by_its_kepala_only(opd: m.PerangkatDaerah) -> None:
    with pytest.raises(Ditolak, match="hanya kepala perangkat daerah"):
        langkah.buka_tahun(opd, TAHUN, "Koreksi", _orang("perencana", Peran.PERENCANA, opd))
    with pytest.raises(Ditolak, match="hanya kepala perangkat daerah"):
        langkah.buka_tahun(opd, TAHUN, "Koreksi", _orang("admin", Peran.ADMIN, opd))
    kepala = _orang("kepala", Peran.KEPALA, opd)
    with pytest.raises(Ditolak, match="tulis alasan membuka kembali"):
        langkah.buka_tahun(opd, TAHUN, "  ", kepala)
    assert langkah.buka_tahun(opd, TAHUN, " Koreksi aset ", kepala) == 2
    assert _dicabut(opd=opd) == ["Koreksi aset (oleh kepala)"] * 2
    # The Pemda's own LKjIP of the year stays signed.
    assert _dicabut(pemda=opd.pemda) == []


def test_it_reopens_the_pemdas_year_by_its_admin_only(opd: m.PerangkatDaerah) -> None:
    with pytest.raises(Ditolak, match="hanya Admin Pemda"):
        tanda.buka_tahun(opd.pemda, TAHUN, "Koreksi", _orang("kepala", Peran.KEPALA, opd))
    admin = _orang("admin", Peran.ADMIN, opd)
    assert tanda.buka_tahun(opd.pemda, TAHUN, "Salah ketik", admin) == 2
    assert _dicabut(pemda=opd.pemda) == ["Salah ketik (oleh admin)"] * 2
    assert _dicabut(opd=opd) == []
    # Nothing is left to withdraw.
    assert tanda.buka_tahun(opd.pemda, TAHUN, "Lagi", admin) == 0
