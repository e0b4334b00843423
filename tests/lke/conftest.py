"""Personas of the LKE tests: the OPD's planning officer and the Pemda's inspector."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from sakip.alur.models import Peran
from sakip.kinerja import models as m
from sakip.lke.models import EvaluasiLke
from tests.conftest import KODE_BONTANG


@pytest.fixture
def opd(demo: Path) -> m.PerangkatDaerah:
    return m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)


@pytest.fixture
def evaluasi(opd: m.PerangkatDaerah) -> EvaluasiLke:
    return EvaluasiLke.objects.get(opd=opd, tahun=2022)


@pytest.fixture
def perencana(opd: m.PerangkatDaerah) -> Any:
    user = get_user_model().objects.create_user("alice")
    Peran.objects.create(user=user, jenis=Peran.PERENCANA, pemda=opd.pemda, opd=opd)
    return user


@pytest.fixture
def inspektur(opd: m.PerangkatDaerah) -> Any:
    user = get_user_model().objects.create_user("ivan")
    Peran.objects.create(user=user, jenis=Peran.INSPEKTORAT, pemda=opd.pemda)
    return user
