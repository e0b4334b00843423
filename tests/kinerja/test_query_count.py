"""The tables and checks of an OPD cost the same queries whatever its number of budget lines."""

from __future__ import annotations

from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.core.checks import run_checks
from sakip.core.tables import semua_tabel
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from tests.conftest import KODE_BONTANG


def _queries() -> int:
    with CaptureQueriesContext(connection) as ctx:
        s = snapshot.build(snapshot.pilih_opd(KODE_BONTANG), 2022)
        semua_tabel(s)
        run_checks(s)
    return len(ctx.captured_queries)


def enlarge(factor: int) -> None:
    """Give the OPD `factor - 1` copies of each of its units, with every budget line and output."""
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    originals = list(opd.unit_kerja.all())
    for n in range(1, factor):
        for i, original in enumerate(originals):
            unit = m.UnitKerja.objects.create(
                opd=opd,
                kode=f"7.01.0.00.0.00.30.{100 * n + i:04d}",
                nama=f"{original.nama} {n}",
                nama_singkat=f"{original.nama_singkat} {n}",
                urutan=10 * n + i,
            )
            _copy_unit(original, unit)


def _copy_unit(original: m.UnitKerja, unit: m.UnitKerja) -> None:
    for b in original.anggaran.prefetch_related("realisasi", "fisik"):
        copy = m.BarisAnggaran.objects.create(
            unit=unit,
            tahun=b.tahun,
            tahap=b.tahap,
            sub_kegiatan=b.sub_kegiatan,
            kode_sumber=b.kode_sumber,
            pagu=b.pagu,
            urutan=b.urutan,
        )
        m.RealisasiAnggaran.objects.bulk_create(
            m.RealisasiAnggaran(baris=copy, periode=r.periode, nilai=r.nilai)
            for r in b.realisasi.all()
        )
        m.RealisasiFisik.objects.bulk_create(
            m.RealisasiFisik(baris=copy, triwulan=f.triwulan, persen=f.persen)
            for f in b.fisik.all()
        )
    m.IndikatorKeluaran.objects.bulk_create(
        m.IndikatorKeluaran(
            unit=unit,
            tahun=k.tahun,
            kode=k.kode,
            uraian=k.uraian,
            satuan=k.satuan,
            target=k.target,
            realisasi=k.realisasi,
            urutan=k.urutan,
        )
        for k in original.indikator_keluaran.all()
    )


def test_queries_do_not_grow_with_budget_lines(demo: Path) -> None:
    before = _queries()
    enlarge(10)
    assert m.BarisAnggaran.objects.count() == 560
    assert _queries() == before
    # 39 for the data, 1 for the signing data, 2 for the Pemda's own criteria (bands, labels)
    assert before <= 42
