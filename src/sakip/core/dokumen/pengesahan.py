"""Place, date and signatories above and under a report's signatures, from the signing data."""

from __future__ import annotations

from datetime import date

from sakip.core import format as fmt
from sakip.core.dokumen.model import Penanda, Rata, TandaTangan, Teks, Ubahan
from sakip.core.model import OpdTahun, Pejabat, Pengesahan

EMPTY = "...................."
"""Written where the date is not set yet: the signatory fills it in by hand."""


def tempat_tanggal(s: OpdTahun, sah: Pengesahan, tanggal: object | None = None) -> str:
    """Return "Bontang, 24 Februari 2023": the date given, else the one set, else a blank."""
    hari = tanggal if tanggal is not None else sah.tanggal
    teks = fmt.tanggal(hari) if isinstance(hari, date) else EMPTY
    return f"{sah.tempat or s.pemda.tempat}, {teks}"


def tanggal_sah(nilai: object | None) -> date | None:
    """Return a signing date as a date, None when it is not set."""
    return nilai if isinstance(nilai, date) else None


def jabatan(p: Pejabat, status: str | None) -> str:
    """Return the position, prefixed "Plt." or "Plh." when the signatory acts for the head."""
    return f"{status} {p.jabatan}" if status else p.jabatan


def penanda(p: Pejabat, status: str | None, peran: str | None = None) -> Penanda:
    """Return one signatory as the signature block shows it."""
    return Penanda(jabatan(p, status), p.nama, p.nip, peran)


def tanda_tangan_kepala(
    s: OpdTahun, u: Ubahan, key: str, sah: Pengesahan, tanggal: date | None = None
) -> TandaTangan:
    """Return the head of the OPD's signature under the document's place and date."""
    return TandaTangan(
        u.blok(key, tempat_tanggal(s, sah, tanggal), Rata.KANAN),
        (penanda(s.opd.kepala, sah.status),),
    )


def tanda_tangan_kepala_daerah(
    tempat: str, tanggal: date | None, jabatan_: str, nama: str | None
) -> TandaTangan:
    """Return the head of region's signature under the Pemda's place and the date (dots while
    unset); no NIP: the head of region is elected, not a civil servant."""
    hari = fmt.tanggal(tanggal) if tanggal else EMPTY
    return TandaTangan(Teks(f"{tempat}, {hari}", rata=Rata.KANAN), (Penanda(jabatan_, nama, None),))
