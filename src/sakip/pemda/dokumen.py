"""The Kepala Daerah's Perjanjian Kinerja read from the database, as a document."""

from __future__ import annotations

from sakip.core.dokumen import pk_pemda
from sakip.core.dokumen.model import Dokumen
from sakip.core.dokumen.pk import choose_versi
from sakip.kinerja import models as m

from .models import PerjanjianKinerjaPemda


def data_pk(pemda: m.Pemda, tahun: int, versi: int | None = None) -> pk_pemda.PkPemda:
    """Return one version (the latest by default) of the Kepala Daerah's PK of the year."""
    pk = choose_versi(
        list(PerjanjianKinerjaPemda.objects.filter(pemda=pemda, tahun=tahun).order_by("versi")),
        versi,
        empty=f"Tidak ada Perjanjian Kinerja Kepala Daerah {pemda.nama} tahun {tahun}.",
        judul=f"Perjanjian Kinerja Kepala Daerah tahun {tahun}",
    )
    target = pk.target.select_related("indikator__sasaran").order_by(
        "indikator__sasaran__tujuan__misi__urutan",
        "indikator__sasaran__urutan",
        "indikator__urutan",
        "urutan",
        "id",
    )
    return pk_pemda.PkPemda(
        pemda=pemda.nama,
        tempat=pemda.tempat,
        tahun=pk.tahun,
        versi=pk.versi,
        tanggal=pk.tanggal,
        alasan_revisi=pk.alasan_revisi,
        jabatan=pk.pihak_pertama_jabatan,
        nama=pk.pihak_pertama_nama,
        nip=None,  # a head of region elected, not a civil servant: no NIP is printed
        baris=tuple(
            pk_pemda.BarisPkPemda(
                sasaran=t.indikator.sasaran.uraian,
                kode=t.indikator.kode,
                indikator=t.indikator.uraian,
                satuan=t.indikator.satuan,
                target=t.nilai,
            )
            for t in target
        ),
    )


def dokumen(pemda: m.Pemda, tahun: int, versi: int | None = None) -> Dokumen:
    """Return the Kepala Daerah's PK of the year as a document model."""
    return pk_pemda.build(data_pk(pemda, tahun, versi))
