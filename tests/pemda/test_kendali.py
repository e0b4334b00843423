"""The control room: statuses from the data, missing never green, queries flat in the OPDs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sakip.alur import kelengkapan
from sakip.alur.models import DokumenTertanda, Periode
from sakip.core import ringkasan
from sakip.core.numbers import percent
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.pemda.kelengkapan import kekurangan
from sakip.pemda.kendali import susun
from sakip.pemda.models import TenggatPemda
from tests.conftest import KODE_BONTANG


def _pemda() -> m.Pemda:
    return m.Pemda.objects.get(kode="64.74")


def _baris(tahun: int = 2022, hari_ini: date = date(2023, 6, 1)):  # type: ignore[no-untyped-def]
    ruang = susun(_pemda(), tahun, hari_ini)
    return next(b for b in ruang.baris if b.opd.kode == KODE_BONTANG)


def _tanda(jenis: str, tahun: int, waktu: datetime) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    user = get_user_model().objects.get_or_create(username="kepala")[0]
    dok = DokumenTertanda.objects.create(
        opd=opd, tahun=tahun, jenis=jenis, format="html", isi=b"<p>x</p>", oleh=user
    )
    DokumenTertanda.objects.filter(pk=dok.pk).update(waktu=timezone.make_aware(waktu))


def test_nothing_signed_is_shown_as_missing_and_late_once_due(demo: Path) -> None:
    b = _baris(hari_ini=date(2023, 6, 1))
    assert (b.pk_ditandatangani, b.lkjip_ditandatangani) == (None, None)
    assert (b.pk_tepat_waktu, b.tepat_waktu) == (False, False)
    # Before the deadline (end of February of the next year) it is neither late nor on time.
    assert _baris(hari_ini=date(2023, 2, 10)).tepat_waktu is None


def test_a_signature_by_the_deadline_is_on_time_and_after_it_late(demo: Path) -> None:
    _tanda("lkjip", 2022, datetime(2023, 2, 24, 10, 0))
    _tanda("pk", 2022, datetime(2022, 3, 2, 10, 0))
    b = _baris()
    assert (b.lkjip_ditandatangani, b.tepat_waktu) == (date(2023, 2, 24), True)
    assert (b.pk_ditandatangani, b.pk_tepat_waktu) == (date(2022, 3, 2), False)
    # The Pemda's own deadline replaces the default.
    TenggatPemda.objects.create(
        pemda=_pemda(), tahun=2022, dokumen="lkjip", tanggal=date(2023, 1, 31)
    )
    assert _baris().tepat_waktu is False


def test_a_withdrawn_signature_does_not_count(demo: Path) -> None:
    _tanda("lkjip", 2022, datetime(2023, 2, 24, 10, 0))
    DokumenTertanda.objects.update(dicabut=True)
    assert _baris().lkjip_ditandatangani is None


def test_an_iku_without_realisation_makes_the_average_missing(demo: Path) -> None:
    b = _baris()
    # IKU3 (Zona Integritas) was not measured in 2022: n/a, so no average and no rank.
    assert b.capaian["IKU3"] is None
    assert b.capaian["IKU1"] == D("86.28") / D(87) * 100
    assert b.capaian_rata is None
    assert b.peringkat is None


def test_the_serapan_is_the_dashboards(demo: Path) -> None:
    b = _baris()
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    r = ringkasan.compute(snapshot.build(opd, 2022))
    pagu = sum(u.pagu for u in r.unit)
    real = sum(u.realisasi for u in r.unit if u.realisasi is not None)
    assert (b.pagu, b.realisasi) == (pagu, real)
    assert b.serapan == percent(real, pagu)


def test_a_year_without_data_is_all_missing(demo: Path) -> None:
    b = _baris(tahun=2030, hari_ini=date(2030, 1, 5))
    assert (b.pagu, b.realisasi, b.serapan, b.capaian_rata, b.lke_total) == (None,) * 5
    assert (b.kurang, b.lengkap, b.tepat_waktu) == (None, None, None)


def test_the_quarter_states_come_from_the_workflow(demo: Path) -> None:
    unit = m.UnitKerja.objects.get(kode="7.01.0.00.0.00.30.0001")
    Periode.objects.create(unit=unit, tahun=2022, triwulan=2, status=Periode.DIAJUKAN)
    b = _baris()
    status = dict((u.kode, s) for u, s in b.status_triwulan(2))
    assert status["7.01.0.00.0.00.30.0001"] == Periode.DIAJUKAN
    assert status["7.01.0.00.0.00.30.0002"] == Periode.DRAFT


def test_the_empty_entries_are_those_of_the_submission_check(demo: Path) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    assert kekurangan([opd.id], 2022, 4) == {opd.id: 0}
    # Empty one IKU realisation and the realisation rows of one line.
    m.Realisasi.objects.filter(indikator__kode="IKU1", tahun=2022, triwulan=4).delete()
    baris = m.BarisAnggaran.objects.filter(tahun=2022, tahap="perubahan").order_by("id")[0]
    baris.realisasi.all().delete()
    satu = sum(
        len([k for k in kelengkapan.check(u, 2022, q) if k.apa != "Bukti dukung"])
        for u in opd.unit_kerja.all()
        for q in (1, 2, 3, 4)
    )
    assert kekurangan([opd.id], 2022, 4) == {opd.id: satu}
    # The IKU's fourth quarter, and the emptied line in each of the four quarters.
    assert satu == 5
    b = _baris(hari_ini=date(2023, 6, 1))
    assert (b.kurang, b.lengkap, b.triwulan_jatuh_tempo) == (satu, False, 4)


def test_its_query_count_does_not_grow_with_the_opds(
    demo: Path, salin_opd: Callable[[int], str]
) -> None:
    with CaptureQueriesContext(connection) as satu:
        ruang = susun(_pemda(), 2022, date(2023, 6, 1))
    assert len(ruang.baris) == 1
    salin_opd(1)
    salin_opd(2)
    with CaptureQueriesContext(connection) as tiga:
        ruang = susun(_pemda(), 2022, date(2023, 6, 1))
    assert len(ruang.baris) == 3
    assert len(tiga) == len(satu)
    # The copies hold the same figures as the original.
    assert len({(b.pagu, b.realisasi, b.kurang) for b in ruang.baris}) == 1
