"""The workflow of a unit's quarter, signing and reopening a year: steps of the change service.

Each step runs inside `layanan.perubahan`, so it waits for the OPD's other writers and is
refused in the same words as every other change.
"""

from __future__ import annotations

from typing import Any

from sakip.core.periode import ROMAWI
from sakip.kinerja import models as m

from . import aturan, kelengkapan, sebelum_tanda
from .hak import Hak
from .layanan import Ditolak, Penolakan, perubahan
from .models import AKSI, DokumenTertanda, Periode, TransisiTidakSah, pindahkan


def aksi_allowed(h: Hak, unit: m.UnitKerja, status: str, aksi: str) -> bool:
    """Return whether the person may take this workflow step on the unit's quarter."""
    if h.superuser:
        return True
    opd_id = unit.opd_id
    if aksi == "ajukan":
        return unit.id in h.operator or opd_id in h.perencana
    if aksi == "verifikasi":
        return opd_id in h.perencana
    if aksi == "kembalikan":
        return opd_id in h.kepala or (opd_id in h.perencana and status == Periode.DIAJUKAN)
    return opd_id in h.kepala


def jalankan_aksi(
    unit: m.UnitKerja,
    tahun: int,
    triwulan: int,
    aksi: str,
    pengguna: Any,
    catatan: str = "",
    hak: Hak | None = None,
) -> Periode:
    """Take one workflow step on a unit's quarter, as the person, and record it.

    Refuse (`Ditolak`) a person without the right or a year whose LKjIP is signed; a step the
    quarter's status does not allow raises `TransisiTidakSah`.
    """
    nama = f"Triwulan {ROMAWI.get(triwulan, triwulan)} {tahun} {unit.nama}"
    if aksi not in AKSI:
        raise TransisiTidakSah(f"Tindakan {aksi} tidak dikenal.")
    with perubahan(pengguna, f"Alur kerja: {AKSI[aksi][2]}", opd_id=unit.opd_id, hak=hak) as sesi:
        periode, _ = Periode.objects.get_or_create(unit=unit, tahun=tahun, triwulan=triwulan)
        periode = Periode.objects.select_for_update().get(pk=periode.pk)
        if not aksi_allowed(sesi.hak, unit, periode.status, aksi):
            raise Ditolak([Penolakan(nama, "Anda tidak berhak melakukan tindakan ini")])
        if tahun in sesi.tahun_tertanda(unit.opd_id):
            raise Ditolak(
                [Penolakan(nama, f"LKjIP tahun {tahun} sudah ditandatangani: data terkunci")]
            )
        if aksi == "ajukan" and periode.status in AKSI[aksi][0]:
            _pastikan_lengkap(unit, tahun, triwulan, nama, catatan)
        pindahkan(periode, aksi, pengguna, catatan)
    return periode


class BelumLengkap(Ditolak):
    """A submission refused because figures are still empty: each is named."""

    def __init__(self, nama: str, kurang: list[kelengkapan.Kekurangan], perlu_catatan: bool):
        super().__init__([Penolakan(str(k.apa), k.alasan) for k in kurang])
        self.nama = nama
        self.kurang = kurang
        self.perlu_catatan = perlu_catatan

    def __str__(self) -> str:
        isi = "; ".join(str(k) for k in self.kurang)
        if self.perlu_catatan:
            return (
                f"{self.nama} belum lengkap: {isi}. Tulis catatan tentang yang belum lengkap "
                "untuk tetap mengajukan."
            )
        return f"{self.nama} belum lengkap, tidak diajukan: {isi}."


def _pastikan_lengkap(
    unit: m.UnitKerja, tahun: int, triwulan: int, nama: str, catatan: str
) -> None:
    """Refuse a submission with empty figures, or (per the setting) one without a note."""
    kurang = kelengkapan.check(unit, tahun, triwulan)
    if not kurang:
        return
    if kelengkapan.mode() == kelengkapan.TOLAK:
        raise BelumLengkap(nama, kurang, perlu_catatan=False)
    if not catatan.strip() or aturan.karakter_kendali(catatan):
        raise BelumLengkap(nama, kurang, perlu_catatan=True)


def tandatangani(
    opd: m.PerangkatDaerah,
    tahun: int,
    jenis: str,
    isi: dict[str, bytes],
    pengguna: Any,
    *,
    versi: int | None = None,
    hak: Hak | None = None,
    alasan: str = "",
) -> list[DokumenTertanda]:
    """Keep the exact bytes of a document as the head of the OPD signs it, one per format.

    A signed LKjIP locks its year: every record it reports is refused from then on. Signing
    while quarters are open or checks find errors needs a written reason, kept with the
    document together with the open items it was given for.
    """
    nama = f"{dict(DokumenTertanda.JENIS).get(jenis, jenis)} {tahun}"
    alasan = alasan.strip()
    with perubahan(pengguna, f"Tanda tangan {nama}", opd_id=opd.pk, hak=hak) as sesi:
        if not (sesi.hak.superuser or opd.pk in sesi.hak.kepala):
            raise Ditolak(
                [Penolakan(nama, "hanya kepala perangkat daerah yang menandatangani dokumen")]
            )
        if jenis == "lkjip" and tahun in sesi.tahun_tertanda(opd.pk):
            raise Ditolak([Penolakan(nama, "LKjIP tahun ini sudah ditandatangani")])
        terbuka = sebelum_tanda.butir_terbuka(
            jenis,
            tahun,
            sebelum_tanda.status_triwulan(opd, tahun),
            sebelum_tanda.temuan(opd, tahun),
        )
        if terbuka and (not alasan or aturan.karakter_kendali(alasan)):
            raise Ditolak(
                [
                    Penolakan(
                        nama,
                        f"masih ada {len(terbuka)} butir terbuka; tulis alasan menandatangani",
                    )
                ]
            )
        tercatat = f"{alasan}\n\nButir terbuka:\n" + "\n".join(terbuka) if terbuka else ""
        return save_salinan(
            isi, pengguna, opd=opd, tahun=tahun, jenis=jenis, versi=versi, alasan_tanda=tercatat
        )


def save_salinan(isi: dict[str, bytes], pengguna: Any, **pemilik: Any) -> list[DokumenTertanda]:
    """Keep one signed copy per format of a document (an OPD's or the Pemda's own), inside the
    change the caller opened and checked."""
    return [
        DokumenTertanda.objects.create(format=fmt, isi=data, oleh=pengguna, **pemilik)
        for fmt, data in isi.items()
    ]


def buka_tahun(
    pemilik: m.PerangkatDaerah | m.Pemda,
    tahun: int,
    alasan: str,
    pengguna: Any,
    hak: Hak | None = None,
) -> int:
    """Withdraw the LKjIP signature of an OPD's year, or of the Pemda's own, with a written reason.

    The signed bytes stay kept and the year's records can change again. An OPD's year is
    reopened by its kepala, the Pemda's by its Admin Pemda.
    """
    pemda = isinstance(pemilik, m.Pemda)
    nama = f"LKjIP Pemda {tahun}" if pemda else f"LKjIP {tahun}"
    alasan = alasan.strip()
    with perubahan(
        pengguna,
        f"Buka kembali {nama}: {alasan}",
        opd_id=None if pemda else pemilik.pk,
        pemda_id=pemilik.pk if pemda else None,
        hak=hak,
    ) as sesi:
        holders = sesi.hak.admin if pemda else sesi.hak.kepala
        if not (sesi.hak.superuser or pemilik.pk in holders):
            why = (
                "hanya Admin Pemda yang dapat membuka kembali tahun LKjIP Pemda"
                if pemda
                else "hanya kepala perangkat daerah yang dapat membuka kembali"
            )
            raise Ditolak([Penolakan(nama, why)])
        if not alasan or aturan.karakter_kendali(alasan):
            raise Ditolak([Penolakan(nama, "tulis alasan membuka kembali tahun ini")])
        siapa = pengguna.get_username() if pengguna is not None else "sistem"
        signed = DokumenTertanda.objects.filter(tahun=tahun, jenis="lkjip", dicabut=False)
        signed = signed.filter(pemda_id=pemilik.pk) if pemda else signed.filter(opd_id=pemilik.pk)
        return signed.update(dicabut=True, alasan_cabut=f"{alasan} (oleh {siapa})")
