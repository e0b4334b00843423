"""The document register: documents sakip signed and those uploaded, per OPD (or Pemda) and year.

A document sakip made is its signed copy (`DokumenTertanda`, one per format); its register row
exists once someone publishes it, to hold the public flag. An uploaded document is a register
row with its file. Every write goes through the change service (decision 0007).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import IO, Any

from django.core.files import File
from django.db.models import Q
from django.db.models.functions import Length
from django.utils import timezone

from sakip.alur.hak import Hak
from sakip.alur.layanan import Ditolak, Penolakan, perubahan
from sakip.alur.models import DokumenTertanda
from sakip.kinerja.models import Pemda, PerangkatDaerah

from . import berkas as module_file
from .jenis import JenisDokumen, listing
from .models import DokumenPemda, DokumenSakip

BELUM_TERTANDA = "dokumen belum ditandatangani; hanya dokumen tertanda yang dapat dipublikasikan"


@dataclass(frozen=True)
class Entri:
    """One document of the register, whatever its source."""

    jenis: JenisDokumen
    tahun: int
    opd_kode: str | None
    """None for a document of the Pemda itself."""
    opd_nama: str
    judul: str
    sumber: str
    format: str
    nama_berkas: str
    ukuran: int
    sha256: str
    penandatangan: str
    tanggal_tanda: datetime.date | None
    ditandatangani: bool
    publik: bool
    dokumen_id: int | None
    """The register row (an upload, or a published signed copy)."""
    tertanda_id: int | None
    versi: int | None = None

    @property
    def terbit(self) -> bool:
        """Return whether the public may see it: flagged public and signed."""
        return self.publik and self.ditandatangani


def _nama_tertanda(d: DokumenTertanda) -> str:
    versi = f"-v{d.versi}" if d.versi else ""
    pemilik = d.opd.kode if d.opd_id else f"pemda-{d.pemda.kode}"  # type: ignore[union-attr]
    return f"{listing().dari_tertanda(d.jenis).kode}-{pemilik}-{d.tahun}{versi}.{d.format}"


def _penanda_pemda(d: Any) -> tuple[str, datetime.date | None]:
    """Return who signed a document of the Pemda itself, and the date the Pemda recorded."""
    from sakip.pemda.models import PengesahanLkjipPemda, PerjanjianKinerjaPemda

    pk = (
        PerjanjianKinerjaPemda.objects.filter(pemda_id=d.pemda_id, tahun=d.tahun)
        .filter(**({"versi": d.versi} if d.versi else {}))
        .order_by("-versi")
        .first()
    )
    nama = (pk.pihak_pertama_nama if pk else None) or d.pemda.kepala_nama or ""
    if d.jenis == "pk":
        return nama, pk.tanggal if pk else None
    sah = PengesahanLkjipPemda.objects.filter(pemda_id=d.pemda_id, tahun=d.tahun).first()
    return (sah.nama if sah and sah.nama else nama), (sah.tanggal if sah else None)


def _dari_tertanda(d: Any) -> Entri:
    jenis = listing().dari_tertanda(d.jenis)
    row = getattr(d, "register", None)
    versi = f" versi {d.versi}" if d.versi else ""
    if d.opd_id is None:
        # A document of the Pemda itself: signed on paper by the Kepala Daerah, on its date.
        penandatangan, tanggal = _penanda_pemda(d)
        kode, nama = None, d.pemda.nama
    else:
        penandatangan = d.opd.kepala_nama or d.oleh.get_full_name() or d.oleh.get_username()
        tanggal = timezone.localdate(d.waktu)
        kode, nama = d.opd.kode, d.opd.nama
    return Entri(
        jenis=jenis,
        tahun=d.tahun,
        opd_kode=kode,
        opd_nama=nama,
        judul=f"{jenis.nama} {d.tahun}{versi} {nama}",
        sumber=DokumenSakip.SAKIP,
        format=d.format,
        nama_berkas=_nama_tertanda(d),
        ukuran=d.ukuran,
        sha256=d.sha256,
        penandatangan=penandatangan,
        tanggal_tanda=tanggal,
        ditandatangani=not d.dicabut,
        publik=bool(row and row.publik),
        dokumen_id=row.pk if row else None,
        tertanda_id=d.pk,
        versi=d.versi,
    )


def dari_unggahan(d: DokumenSakip) -> Entri:
    """Return the register entry of an uploaded document."""
    jenis = listing().get(d.jenis)
    assert jenis is not None, d.jenis
    return Entri(
        jenis=jenis,
        tahun=d.tahun,
        opd_kode=d.opd.kode if d.opd is not None else None,
        opd_nama=d.opd.nama if d.opd is not None else d.pemda.nama,
        judul=d.judul,
        sumber=d.sumber,
        format=d.nama_berkas.rsplit(".", 1)[-1].lower(),
        nama_berkas=d.nama_berkas,
        ukuran=d.ukuran,
        sha256=d.sha256,
        penandatangan=d.penandatangan,
        tanggal_tanda=d.tanggal_tanda,
        ditandatangani=d.tanggal_tanda is not None,
        publik=d.publik,
        dokumen_id=d.pk,
        tertanda_id=None,
    )


def entri(pemda: Pemda, tahun: int, opd: PerangkatDaerah | None = None) -> list[Entri]:
    """Return the register of a year: one OPD's documents, or the Pemda's and all its OPDs'."""
    tertanda = (
        DokumenTertanda.objects.filter(Q(opd__pemda=pemda) | Q(pemda=pemda), tahun=tahun)
        .select_related("opd", "pemda", "oleh", "register")
        .defer("isi")
        .annotate(ukuran=Length("isi"))
        .order_by("opd__kode", "jenis", "versi", "id")
    )
    unggahan = DokumenSakip.objects.filter(
        pemda=pemda, tahun=tahun, sumber=DokumenSakip.UPLOAD
    ).select_related("opd", "pemda")
    if opd is not None:
        tertanda = tertanda.filter(opd=opd)
        unggahan = unggahan.filter(opd=opd)
    urutan = {j.kode: i for i, j in enumerate(listing().jenis)}
    all_items = [_dari_tertanda(d) for d in tertanda] + [dari_unggahan(d) for d in unggahan]
    return sorted(all_items, key=lambda e: (e.opd_kode or "", urutan[e.jenis.kode], e.nama_berkas))


def upload(
    pengguna: Any,
    *,
    pemda: Pemda,
    opd: PerangkatDaerah | None,
    tahun: int,
    jenis: str,
    judul: str,
    nama: str,
    berkas: IO[bytes],
    penandatangan: str = "",
    tanggal_tanda: datetime.date | None = None,
    keterangan: str = "",
    publik: bool = False,
    hak: Hak | None = None,
) -> DokumenSakip:
    """Check and keep an uploaded document in the register; refuse it with `Ditolak`."""
    label = judul or nama
    tipe = listing().get(jenis)
    if tipe is None or not tipe.untuk(pemda=opd is None):
        tingkat = "Pemda" if opd is None else "perangkat daerah"
        raise Ditolak([Penolakan(label, f"jenis dokumen {jenis} bukan dokumen {tingkat}")])
    try:
        cek = module_file.check(nama, berkas)
    except module_file.InvalidFile as exc:
        raise Ditolak([Penolakan(label, str(exc))]) from exc
    if publik and tanggal_tanda is None:
        raise Ditolak([Penolakan(label, BELUM_TERTANDA)])
    kelas = DokumenSakip if opd is not None else DokumenPemda
    obj = kelas(
        pemda=pemda,
        opd=opd,
        tahun=tahun,
        jenis=jenis,
        judul=(judul or cek.nama)[:255],
        sumber=DokumenSakip.UPLOAD,
        berkas=File(berkas, name=cek.nama),
        nama_berkas=cek.nama,
        ukuran=cek.ukuran,
        sha256=cek.sha256,
        penandatangan=penandatangan,
        tanggal_tanda=tanggal_tanda,
        keterangan=keterangan,
        publik=publik,
        diunggah_oleh=pengguna,
    )
    with perubahan(
        pengguna,
        f"Unggah dokumen {tipe.nama} {tahun}",
        opd_id=opd.pk if opd else None,
        pemda_id=pemda.pk,
        hak=hak,
    ) as sesi:
        sesi.save(obj)
    return obj


def atur_publik(pengguna: Any, dok: DokumenSakip, publik: bool, hak: Hak | None = None) -> None:
    """Publish or withdraw an uploaded document; only a signed one can be published."""
    if publik and not dok.ditandatangani:
        raise Ditolak([Penolakan(dok.judul, BELUM_TERTANDA)])
    # The change service knows a Pemda's own document by its class (its editor is the admin).
    if dok.opd_id is None and not isinstance(dok, DokumenPemda):
        dok = DokumenPemda.objects.get(pk=dok.pk)
    dok.publik = publik
    aksi = "Publikasikan" if publik else "Tarik publikasi"
    with perubahan(
        pengguna, f"{aksi} {dok.judul}", opd_id=dok.opd_id, pemda_id=dok.pemda_id, hak=hak
    ) as sesi:
        sesi.save(dok, ["publik"])


def atur_publik_tertanda(
    pengguna: Any, tertanda: DokumenTertanda, publik: bool, hak: Hak | None = None
) -> DokumenSakip:
    """Publish or withdraw a document sakip signed, through its register row."""
    e = _dari_tertanda(
        DokumenTertanda.objects.select_related("opd", "pemda", "oleh", "register")
        .defer("isi")
        .annotate(ukuran=Length("isi"))
        .get(pk=tertanda.pk)
    )
    if publik and not e.ditandatangani:
        raise Ditolak([Penolakan(e.judul, BELUM_TERTANDA)])
    # The change service knows a Pemda's own document by its class (its editor is the admin).
    kelas = DokumenSakip if tertanda.opd_id is not None else DokumenPemda
    pemda_id = tertanda.opd.pemda_id if tertanda.opd is not None else tertanda.pemda_id
    assert pemda_id is not None  # a signed document is an OPD's or its Pemda's
    dok = kelas.objects.filter(tertanda=tertanda).first() or kelas(
        pemda_id=pemda_id,
        opd_id=tertanda.opd_id,
        tahun=e.tahun,
        jenis=e.jenis.kode,
        judul=e.judul[:255],
        sumber=DokumenSakip.SAKIP,
        tertanda=tertanda,
        nama_berkas=e.nama_berkas,
        ukuran=e.ukuran,
        sha256=e.sha256,
        penandatangan=e.penandatangan,
        tanggal_tanda=e.tanggal_tanda,
        diunggah_oleh=pengguna,
    )
    dok.publik = publik
    aksi = "Publikasikan" if publik else "Tarik publikasi"
    with perubahan(
        pengguna, f"{aksi} {e.judul}", opd_id=tertanda.opd_id, pemda_id=pemda_id, hak=hak
    ) as sesi:
        sesi.save(dok, None if dok.pk is None else ["publik"])
    return dok


def isi(e: Entri) -> bytes:
    """Return the bytes of a register entry."""
    if e.tertanda_id is not None:
        return bytes(DokumenTertanda.objects.values_list("isi", flat=True).get(pk=e.tertanda_id))
    assert e.dokumen_id is not None  # an entry is signed by sakip or uploaded
    return DokumenSakip.objects.get(pk=e.dokumen_id).isi()


class PemdaTidakJelas(LookupError):
    """No Pemda of that code, or several Pemda and no code."""


def choose_pemda(kode: str | None) -> Pemda:
    """Return the Pemda with this code, or the only Pemda when no code is given."""
    if kode:
        pemda = Pemda.objects.filter(kode=kode).first()
        if pemda is None:
            raise PemdaTidakJelas(f"Pemda {kode} tidak ada di basis data.")
        return pemda
    all_items = list(Pemda.objects.all()[:2])
    if len(all_items) != 1:
        raise PemdaTidakJelas("Sebutkan kode Pemda dengan --pemda KODE.")
    return all_items[0]
