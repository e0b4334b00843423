"""A report costs the same number of queries whatever the size of the OPD."""

from itertools import cycle

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.kinerja import models as m
from sakip.laporan import services

from .conftest import BONTANG, TANGGAL

ASAL = (BONTANG, "7.01.0.00.0.00.30.0001", "7.01.0.00.0.00.30.0002", "7.01.0.00.0.00.30.0003")


def _perbesar(kali: int) -> None:
    """Make the Kecamatan `kali` times as large: (kali − 1) copies of each of its units, with
    their budget lines, realisation, physical progress and output indicators."""
    opd = m.PerangkatDaerah.objects.get(kode=BONTANG)
    asal = {u.kode: u for u in m.UnitKerja.objects.filter(kode__in=ASAL)}
    jumlah_baru = (kali - 1) * opd.unit_kerja.count()
    for i, kode_asal in zip(range(jumlah_baru), cycle(ASAL), strict=False):
        unit = m.UnitKerja.objects.create(
            opd=opd,
            kode=f"7.01.0.00.0.00.30.{i + 4:04d}",
            nama=f"Unit Uji {i + 1}",
            nama_singkat=f"Unit Uji {i + 1}",
            urutan=100 + i,
            kepala_jabatan=f"Lurah Uji {i + 1}",
        )
        for baris in m.BarisAnggaran.objects.filter(unit=asal[kode_asal]).prefetch_related(
            "realisasi", "fisik"
        ):
            realisasi, fisik = list(baris.realisasi.all()), list(baris.fisik.all())
            baris.pk, baris.id, baris.unit = None, None, unit
            baris.save()
            m.RealisasiAnggaran.objects.bulk_create(
                m.RealisasiAnggaran(baris=baris, periode=r.periode, nilai=r.nilai)
                for r in realisasi
            )
            m.RealisasiFisik.objects.bulk_create(
                m.RealisasiFisik(baris=baris, triwulan=f.triwulan, persen=f.persen) for f in fisik
            )
        salinan = list(m.IndikatorKeluaran.objects.filter(unit=asal[kode_asal]))
        for k in salinan:
            k.pk, k.id, k.unit = None, None, unit
        m.IndikatorKeluaran.objects.bulk_create(salinan)


def _hitung(jenis: str, **kw: int) -> int:
    with CaptureQueriesContext(connection) as kueri:
        services.render(jenis, BONTANG, 2022, "html", tanggal=TANGGAL, **kw)
    return len(kueri)


@pytest.mark.parametrize(
    ("jenis", "kw"), [("lkjip", {}), ("pk", {}), ("triwulan", {"triwulan": 3})]
)
def test_a_ten_times_larger_opd_costs_the_same_queries(
    bontang: str, jenis: str, kw: dict[str, int]
) -> None:
    baris = m.BarisAnggaran.objects.filter(unit__opd__kode=BONTANG)
    keluaran = m.IndikatorKeluaran.objects.filter(unit__opd__kode=BONTANG)
    jumlah_awal = (baris.count(), keluaran.count())
    awal = _hitung(jenis, **kw)

    _perbesar(10)

    assert m.UnitKerja.objects.filter(opd__kode=BONTANG).count() == 40
    assert (baris.count(), keluaran.count()) == (10 * jumlah_awal[0], 10 * jumlah_awal[1])
    assert _hitung(jenis, **kw) == awal
