"""The Pemda's own documents kept as signed: its LKjIP and the Kepala Daerah's PK.

The Kepala Daerah signs them on paper; the Admin Pemda (the Bagian Organisasi) keeps in sakip
the exact bytes of what was signed, in each format, on the signing date the Pemda recorded
(docs/pemda.md#dokumen-tertanda-pemda). Like an OPD's signed LKjIP, the Pemda's locks the
Pemda's records of its year (`alur.layanan.Sesi`) until the Admin Pemda reopens the year with
a written reason; the signed bytes stay kept. Every step goes through the change service.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from sakip.alur.hak import Hak
from sakip.alur.langkah import buka_tahun as buka_tahun  # the OPD's step reopens the Pemda's year
from sakip.alur.langkah import save_salinan
from sakip.alur.layanan import Ditolak, Penolakan, Sesi, perubahan
from sakip.alur.models import DokumenTertanda
from sakip.kinerja import models as m

from .models import PengesahanLkjipPemda, PerjanjianKinerjaPemda

LKJIP = "lkjip"
PK = "pk"
NAMA = {LKJIP: "LKjIP Pemda", PK: "Perjanjian Kinerja Kepala Daerah"}


@dataclass(frozen=True)
class SiapTanda:
    """Whether a document of the Pemda can be kept as signed now, and its signing date."""

    jenis: str
    tahun: int
    versi: int | None
    tanggal: datetime.date | None
    tertanda: tuple[DokumenTertanda, ...]
    """Its signed copies (one per format and signature), the latest first."""

    @property
    def nama(self) -> str:
        versi = f" versi {self.versi}" if self.versi else ""
        return f"{NAMA[self.jenis]} {self.tahun}{versi}"

    @property
    def berlaku(self) -> tuple[DokumenTertanda, ...]:
        """Return the signed copies not withdrawn."""
        return tuple(d for d in self.tertanda if not d.dicabut)


def tanggal_tanda(
    pemda: m.Pemda, tahun: int, jenis: str, versi: int | None
) -> datetime.date | None:
    """Return the date the Pemda recorded for the document's signature, or None."""
    if jenis == LKJIP:
        sah = PengesahanLkjipPemda.objects.filter(pemda=pemda, tahun=tahun).first()
        return sah.tanggal if sah else None
    if versi is None:
        return None
    pk = PerjanjianKinerjaPemda.objects.filter(pemda=pemda, tahun=tahun, versi=versi).first()
    return pk.tanggal if pk else None


def dokumen_tahun(pemda: m.Pemda, tahun: int) -> list[SiapTanda]:
    """Return the Pemda's documents of the year: its LKjIP, then each version of the PK."""
    salinan = list(
        DokumenTertanda.objects.filter(pemda=pemda, tahun=tahun)
        .select_related("oleh")
        .defer("isi")
        .order_by("-id")
    )
    pk = PerjanjianKinerjaPemda.objects.filter(pemda=pemda, tahun=tahun).order_by("versi")
    sah = PengesahanLkjipPemda.objects.filter(pemda=pemda, tahun=tahun).first()
    result = [
        SiapTanda(
            LKJIP,
            tahun,
            None,
            sah.tanggal if sah else None,
            tuple(d for d in salinan if d.jenis == LKJIP),
        )
    ]
    result += [
        SiapTanda(
            PK,
            tahun,
            p.versi,
            p.tanggal,
            tuple(d for d in salinan if d.jenis == PK and d.versi == p.versi),
        )
        for p in pk
    ]
    return result


def _hanya_admin(sesi: Sesi, pemda: m.Pemda, nama: str, apa: str) -> None:
    if not (sesi.hak.superuser or pemda.pk in sesi.hak.admin):
        raise Ditolak([Penolakan(nama, f"hanya Admin Pemda yang dapat {apa}")])


def save_tertanda(
    pemda: m.Pemda,
    tahun: int,
    jenis: str,
    isi: dict[str, bytes],
    pengguna: Any,
    *,
    versi: int | None = None,
    hak: Hak | None = None,
) -> list[DokumenTertanda]:
    """Keep the exact bytes of a Pemda document as signed on its recorded date, one per format.

    Refused without the signing date (a document is never kept as signed on the day the file
    was made), for a PK version that does not exist, and for a year or PK version already kept.
    """
    if jenis not in NAMA:
        raise Ditolak([Penolakan(str(jenis), "jenis dokumen Pemda tidak dikenal")])
    versi = versi if jenis == PK else None
    siap = SiapTanda(jenis, tahun, versi, None, ())
    with perubahan(
        pengguna, f"Simpan dokumen tertanda {siap.nama}", pemda_id=pemda.pk, hak=hak
    ) as sesi:
        _hanya_admin(sesi, pemda, siap.nama, "menyimpan dokumen Pemda sebagai dokumen tertanda")
        if jenis == PK and (
            versi is None
            or not PerjanjianKinerjaPemda.objects.filter(
                pemda=pemda, tahun=tahun, versi=versi
            ).exists()
        ):
            raise Ditolak([Penolakan(siap.nama, "versi Perjanjian Kinerja ini tidak ada")])
        if tanggal_tanda(pemda, tahun, jenis, versi) is None:
            tempat = (
                "Pengesahan LKjIP Pemda" if jenis == LKJIP else "Perjanjian Kinerja Kepala Daerah"
            )
            raise Ditolak(
                [
                    Penolakan(
                        siap.nama,
                        "tanggal penandatanganannya belum diisi (layar data Pemda, kelompok "
                        f"{tempat}); dokumen tanpa tanggal tidak disimpan sebagai tertanda",
                    )
                ]
            )
        if DokumenTertanda.objects.filter(
            pemda=pemda, tahun=tahun, jenis=jenis, versi=versi, dicabut=False
        ).exists():
            raise Ditolak([Penolakan(siap.nama, "dokumen ini sudah tersimpan sebagai tertanda")])
        return save_salinan(isi, pengguna, pemda=pemda, tahun=tahun, jenis=jenis, versi=versi)
