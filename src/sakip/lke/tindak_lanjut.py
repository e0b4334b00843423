"""The follow-up of the LHE's recommendations: reported by the OPD, verified by the Inspektorat.

The OPD's perencana reports what was done, its evidence, the status it claims and the actions
planned (`kinerja.RencanaAksi`); the Inspektorat accepts or returns each report. Only an accepted
report becomes the recommendation's `tindak_lanjut` and `status`, which Tabel 10 of the next
LKjIP reads (core.tables.evaluasi.tindak_lanjut): the table is built once, from the records.
"""

from __future__ import annotations

from collections.abc import Sequence

from sakip.alur.layanan import Ditolak, Penolakan, Sesi, nama_rekaman
from sakip.kinerja import models as m

from .models import TindakLanjutLke, VerifikasiTindakLanjut

MENUNGGU = "menunggu"
KEADAAN = {
    MENUNGGU: "Menunggu verifikasi Inspektorat",
    VerifikasiTindakLanjut.DITERIMA: "Diterima Inspektorat",
    VerifikasiTindakLanjut.DIKEMBALIKAN: "Dikembalikan Inspektorat",
}


def laporkan(
    sesi: Sesi,
    rekomendasi: m.Rekomendasi,
    uraian: str,
    status: str,
    bukti: str = "",
    rencana_aksi: Sequence[str] | None = None,
) -> TindakLanjutLke:
    """Report the follow-up of a recommendation; `rencana_aksi` replaces its planned actions."""
    obj = TindakLanjutLke.objects.filter(rekomendasi=rekomendasi).first()
    if obj is None:
        obj = TindakLanjutLke(rekomendasi=rekomendasi)
    else:
        obj.nomor += 1
    obj.uraian, obj.status, obj.bukti = uraian, status, bukti
    sesi.save(obj, ["uraian", "status", "bukti", "nomor"])
    if rencana_aksi is not None:
        for old in rekomendasi.rencana_aksi.all():
            sesi.delete(old)
        for i, teks in enumerate(t for t in rencana_aksi if t.strip()):
            sesi.save(m.RencanaAksi(rekomendasi=rekomendasi, uraian=teks.strip(), urutan=i))
    return obj


def keadaan(obj: TindakLanjutLke) -> str:
    """Return whether the latest report waits, was accepted or was returned."""
    v = obj.verifikasi.filter(nomor=obj.nomor).order_by("-id").first()
    return v.keputusan if v is not None else MENUNGGU


def verifikasi(
    sesi: Sesi, obj: TindakLanjutLke, keputusan: str, catatan: str = ""
) -> VerifikasiTindakLanjut:
    """Accept or return the OPD's latest report; an accepted one becomes the recommendation's."""
    if keadaan(obj) != MENUNGGU:
        raise Ditolak([Penolakan(nama_rekaman(obj), f"laporan ke-{obj.nomor} sudah diverifikasi")])
    v = VerifikasiTindakLanjut(
        tindak_lanjut=obj, nomor=obj.nomor, keputusan=keputusan, catatan=catatan
    )
    sesi.save(v)
    if keputusan == VerifikasiTindakLanjut.DITERIMA:
        r = obj.rekomendasi
        r.tindak_lanjut, r.status = obj.uraian, obj.status
        sesi.save(r, ["tindak_lanjut", "status"])
    return v
