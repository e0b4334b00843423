"""Pages cost a bounded number of queries: the same on an OPD ten times the demo's size."""

from __future__ import annotations

from collections.abc import Callable

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.kinerja import models as m

from .conftest import KANAAN, OPD, url_entri, url_opd

HALAMAN = (
    url_opd(),
    url_opd("pohon/"),
    url_opd("alur/"),
    url_entri(KANAAN),
    url_entri(OPD),
    url_opd("data/anggaran/"),
    url_opd("data/indikator/"),
    url_opd("laporan/lkjip/"),
)


def perbesar(kali: int = 10) -> None:
    """Clone the demo OPD's units, budget lines and indicators until it is `kali` times larger."""
    opd = m.PerangkatDaerah.objects.get(kode=OPD)
    units = list(opd.unit_kerja.all())
    lines = list(
        m.BarisAnggaran.objects.filter(unit__opd=opd).prefetch_related("realisasi", "fisik")
    )
    keluaran = list(m.IndikatorKeluaran.objects.filter(unit__opd=opd))
    nomor = 100
    for salinan in range(1, kali):
        for unit in units:
            nomor += 1
            baru = m.UnitKerja.objects.create(
                opd=opd,
                kode=f"7.01.0.00.0.00.30.{nomor:04d}",
                nama=f"{unit.nama} {salinan}",
                nama_singkat=f"{unit.nama_singkat} {salinan}",
                urutan=nomor,
            )
            for b in [x for x in lines if x.unit_id == unit.id]:
                klon = m.BarisAnggaran.objects.create(
                    unit=baru,
                    tahun=b.tahun,
                    tahap=b.tahap,
                    sub_kegiatan=b.sub_kegiatan,
                    kode_sumber=b.kode_sumber,
                    pagu=b.pagu,
                    urutan=b.urutan,
                )
                m.RealisasiAnggaran.objects.bulk_create(
                    m.RealisasiAnggaran(baris=klon, periode=r.periode, nilai=r.nilai)
                    for r in b.realisasi.all()
                )
                m.RealisasiFisik.objects.bulk_create(
                    m.RealisasiFisik(baris=klon, triwulan=f.triwulan, persen=f.persen)
                    for f in b.fisik.all()
                )
            m.IndikatorKeluaran.objects.bulk_create(
                m.IndikatorKeluaran(
                    unit=baru,
                    tahun=k.tahun,
                    kode=k.kode,
                    uraian=k.uraian,
                    satuan=k.satuan,
                    target=k.target,
                    realisasi=k.realisasi,
                    urutan=k.urutan,
                )
                for k in keluaran
                if k.unit_id == unit.id
            )
    for ind in list(
        m.Indikator.objects.filter(sasaran__renstra__opd=opd).prefetch_related(
            "target", "target_triwulan", "realisasi"
        )
    ):
        for salinan in range(1, kali):
            klon = m.Indikator.objects.create(
                sasaran=ind.sasaran,
                kode=f"{ind.kode}.{salinan}",
                nama=f"{ind.nama} ({salinan})",
                satuan=ind.satuan,
                polaritas=ind.polaritas,
                agregasi=ind.agregasi,
                urutan=ind.urutan * 100 + salinan,
            )
            m.TargetRenstra.objects.bulk_create(
                m.TargetRenstra(indikator=klon, tahun=t.tahun, nilai=t.nilai)
                for t in ind.target.all()
            )
            m.TargetTriwulan.objects.bulk_create(
                m.TargetTriwulan(indikator=klon, tahun=t.tahun, triwulan=t.triwulan, nilai=t.nilai)
                for t in ind.target_triwulan.all()
            )
            m.Realisasi.objects.bulk_create(
                m.Realisasi(indikator=klon, tahun=r.tahun, triwulan=r.triwulan, nilai=r.nilai)
                for r in ind.realisasi.all()
            )


def _hitung(client: Client) -> dict[str, int]:
    hasil = {}
    for url in HALAMAN:
        cache.clear()
        with CaptureQueriesContext(connection) as q:
            assert client.get(url).status_code == 200, url
        hasil[url] = len(q.captured_queries)
    return hasil


def test_pages_cost_the_same_queries_on_a_ten_times_larger_opd(
    login: Callable[[str], Client],
) -> None:
    client = login("perencana")
    kecil = _hitung(client)
    perbesar()
    assert m.UnitKerja.objects.filter(opd__kode=OPD).count() == 40
    besar = _hitung(client)
    assert besar == kecil
    assert max(besar.values()) <= 60


def test_the_dashboard_is_computed_once_per_data_version(
    login: Callable[[str], Client],
) -> None:
    client = login("perencana")
    cache.clear()
    client.get(url_opd())
    with CaptureQueriesContext(connection) as q:
        client.get(url_opd())
    assert len(q.captured_queries) <= 15
