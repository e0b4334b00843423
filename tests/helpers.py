"""Helpers the database tests share."""

from __future__ import annotations

from sakip.kinerja import models as m


def enlarge(kode_opd: str, factor: int, *, iku: bool = False) -> None:
    """Make an OPD `factor` times as large: `factor - 1` copies of each of its units.

    Each copy gets the unit's budget lines with their realisation and physical progress, and its
    output indicators; with `iku`, each IKU is copied `factor - 1` times too, with its targets and
    realisations.
    """
    opd = m.PerangkatDaerah.objects.get(kode=kode_opd)
    originals = list(opd.unit_kerja.all())
    awalan = kode_opd.rpartition(".")[0]
    for n in range(1, factor):
        for i, original in enumerate(originals):
            unit = m.UnitKerja.objects.create(
                opd=opd,
                kode=f"{awalan}.{100 * n + i:04d}",
                nama=f"{original.nama} {n}",
                nama_singkat=f"{original.nama_singkat} {n}",
                urutan=100 * n + i,
                kepala_jabatan=original.kepala_jabatan,
            )
            _copy_unit(original, unit)
    if iku:
        _copy_iku(opd, factor)


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


def _copy_iku(opd: m.PerangkatDaerah, factor: int) -> None:
    for ind in list(
        m.Indikator.objects.filter(sasaran__renstra__opd=opd).prefetch_related(
            "target", "target_triwulan", "realisasi"
        )
    ):
        for n in range(1, factor):
            copy = m.Indikator.objects.create(
                sasaran=ind.sasaran,
                kode=f"{ind.kode}.{n}",
                nama=f"{ind.nama} ({n})",
                satuan=ind.satuan,
                polaritas=ind.polaritas,
                agregasi=ind.agregasi,
                urutan=ind.urutan * 100 + n,
            )
            m.TargetRenstra.objects.bulk_create(
                m.TargetRenstra(indikator=copy, tahun=t.tahun, nilai=t.nilai)
                for t in ind.target.all()
            )
            m.TargetTriwulan.objects.bulk_create(
                m.TargetTriwulan(indikator=copy, tahun=t.tahun, triwulan=t.triwulan, nilai=t.nilai)
                for t in ind.target_triwulan.all()
            )
            m.Realisasi.objects.bulk_create(
                m.Realisasi(indikator=copy, tahun=r.tahun, triwulan=r.triwulan, nilai=r.nilai)
                for r in ind.realisasi.all()
            )


def jalankan_pekerja() -> None:
    """Run the queue's worker in the test's process until the queue is empty.

    The worker closes "old" connections between tasks, as a server process should; in a test
    that would close the connection holding the test's transaction (PostgreSQL), so it is kept.
    """
    import pytest
    from django.core.management import call_command
    from django_tasks_db.management.commands import db_worker

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(db_worker, "close_old_connections", lambda: None)
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
