"""The Kepala Daerah's Perjanjian Kinerja as a document, in the same model as the OPD's.

PermenPANRB 53/2014 [P]: the head of region states the year's targets alone (there is no
superior party inside the Pemda); the Lampiran lists the RPJMD sasaran, their indicators and the
year's targets. Built from plain data: `sakip.pemda.dokumen` reads it from the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sakip.core.dokumen.model import (
    Bagian,
    Blok,
    Dokumen,
    Identitas,
    Rata,
    TabelDok,
    TandaTangan,
    Teks,
)
from sakip.core.dokumen.narasi import nilai_satuan
from sakip.core.dokumen.pengesahan import tanda_tangan_kepala_daerah
from sakip.core.tables.base import Kolom, Tabel

EMPTY_NAMA = "...................................."
NBSP = "\u00a0"


@dataclass(frozen=True)
class BarisPkPemda:
    """One target of the Kepala Daerah's PK: its sasaran, indicator and target."""

    sasaran: str
    kode: str
    indikator: str
    satuan: str
    target: Decimal | None


@dataclass(frozen=True)
class PkPemda:
    """One version of the Kepala Daerah's PK of a year, with who signs it and where."""

    pemda: str
    """"Pemerintah Kota Bontang"."""
    tempat: str
    tahun: int
    versi: int
    tanggal: date | None
    alasan_revisi: str | None
    jabatan: str
    nama: str | None
    nip: str | None
    baris: tuple[BarisPkPemda, ...]


def build(pk: PkPemda) -> Dokumen:
    """Return the statement and its Lampiran, in the version given."""
    revisi = f" (REVISI {pk.versi - 1})" if pk.versi > 1 else ""
    return Dokumen(
        jenis="pk",
        judul=f"Perjanjian Kinerja Tahun {pk.tahun} {pk.jabatan}",
        identitas=Identitas(
            judul=f"PERJANJIAN KINERJA TAHUN {pk.tahun}",
            singkatan="PK" + (f" REVISI {pk.versi - 1}" if pk.versi > 1 else ""),
            opd=pk.pemda.upper(),
            tahun=str(pk.tahun),
            pemda=pk.pemda.upper(),
        ),
        bersampul=False,
        depan=[],
        isi=[
            # Non-breaking spaces inside the name: the title breaks before it, never inside.
            Bagian(
                f"PERJANJIAN KINERJA TAHUN {pk.tahun} {pk.pemda.upper().replace(' ', NBSP)}"
                f"{revisi}",
                _pernyataan(pk),
            ),
            Bagian(
                f"LAMPIRAN PERJANJIAN KINERJA TAHUN {pk.tahun}",
                [
                    Teks(pk.jabatan.upper(), rata=Rata.TENGAH),
                    TabelDok(tabel(pk)),
                    _tanda_tangan(pk),
                ],
            ),
        ],
    )


def _pernyataan(pk: PkPemda) -> list[Blok]:
    blok: list[Blok] = [
        Teks(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
            "akuntabel serta berorientasi pada hasil, yang bertanda tangan di bawah ini:"
        ),
        Teks(f"Nama: {pk.nama or EMPTY_NAMA}\nJabatan: {pk.jabatan}"),
        Teks(
            "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini "
            "dalam rangka mencapai target kinerja jangka menengah sebagaimana ditetapkan dalam "
            "Rencana Pembangunan Jangka Menengah Daerah. Keberhasilan dan kegagalan pencapaian "
            "target kinerja tersebut menjadi tanggung jawab kami."
        ),
    ]
    if pk.versi > 1:
        alasan = f", karena {pk.alasan_revisi}." if pk.alasan_revisi else "."
        blok.append(
            Teks(
                f"Perjanjian ini adalah revisi ke-{pk.versi - 1} atas Perjanjian Kinerja "
                f"tahun {pk.tahun}{alasan}"
            )
        )
    blok.append(_tanda_tangan(pk))
    return blok


def _tanda_tangan(pk: PkPemda) -> TandaTangan:
    return tanda_tangan_kepala_daerah(pk.tempat, pk.tanggal, pk.jabatan, pk.nama)


def tabel(pk: PkPemda) -> Tabel:
    """Return (No, Sasaran, Indikator Kinerja, Target) of the PK, a sasaran's rows merged."""
    t = Tabel(
        "pk_pemda",
        f"Sasaran, Indikator Kinerja dan Target Tahun {pk.tahun}",
        [Kolom("No"), Kolom("Sasaran"), Kolom("Indikator Kinerja"), Kolom("Target")],
        gabung=(1,),
    )
    for no, b in enumerate(pk.baris, 1):
        t.add([str(no), b.sasaran, f"{b.kode} {b.indikator}", nilai_satuan(b.target, b.satuan)])
    return t
