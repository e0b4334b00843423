"""The Perjanjian Kinerja as a document: Lembar Pernyataan and its Lampiran (RULES.md §2)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Protocol, TypeVar

from sakip.core import anggaran
from sakip.core.dokumen.model import (
    Bagian,
    Blok,
    Dokumen,
    Identitas,
    Rata,
    TabelDok,
    TandaTangan,
    Teks,
    Ubahan,
)
from sakip.core.dokumen.narasi import nilai_satuan
from sakip.core.dokumen.pengesahan import jabatan, penanda, tanggal_sah, tempat_tanggal
from sakip.core.model import OpdTahun, Pejabat, PerjanjianKinerja
from sakip.core.tables.base import Gaya, Jenis, Kolom, Tabel

TAHAP = {"murni": "APBD Murni", "perubahan": "Perubahan APBD"}

BarisPagu = Sequence[tuple[str, Decimal]]
"""(sub kegiatan code, pagu) of every budget line of one stage."""


class PkTidakAda(LookupError):
    """The year has no Perjanjian Kinerja, or not the version asked for."""


class _Berversi(Protocol):
    @property
    def versi(self) -> int: ...


V = TypeVar("V", bound=_Berversi)


def choose_versi(listing: Sequence[V], versi: int | None, *, empty: str, judul: str) -> V:
    """Return the version asked for, the latest (the last) when `versi` is None.

    Refused in words: `empty` when there is no version at all; "<judul> versi N tidak ada"
    naming the versions there are when the one asked for is not among them. Every PK (an
    OPD's, a position's, the Kepala Daerah's) is chosen here.
    """
    if not listing:
        raise PkTidakAda(empty)
    if versi is None:
        return listing[-1]
    for pk in listing:
        if pk.versi == versi:
            return pk
    ada = ", ".join(str(p.versi) for p in listing)
    raise PkTidakAda(f"{judul} versi {versi} tidak ada (versi yang ada: {ada}).")


def choose(s: OpdTahun, versi: int | None) -> PerjanjianKinerja:
    """Return the PK version asked for, the latest when `versi` is None."""
    return choose_versi(
        s.perjanjian_kinerja,
        versi,
        empty=f"Tidak ada Perjanjian Kinerja {s.opd.nama} tahun {s.tahun}.",
        judul=f"Perjanjian Kinerja tahun {s.tahun}",
    )


def build(
    s: OpdTahun,
    ubahan: Mapping[str, str],
    *,
    versi: int | None = None,
    anggaran_tahap: Mapping[str, BarisPagu] | None = None,
) -> Dokumen:
    """Return the Perjanjian Kinerja of the year, in the version asked for."""
    pk = choose(s, versi)
    u = Ubahan(ubahan)
    awalan = f"v{pk.versi}."
    return Dokumen(
        jenis="pk",
        judul=f"Perjanjian Kinerja Tahun {s.tahun} {s.opd.nama}",
        identitas=Identitas(
            judul=f"PERJANJIAN KINERJA TAHUN {s.tahun}",
            singkatan="PK" + (f" REVISI {pk.versi - 1}" if pk.versi > 1 else ""),
            opd=s.opd.nama.upper(),
            tahun=str(s.tahun),
            pemda=s.pemda.nama.upper(),
        ),
        bersampul=False,
        depan=[],
        isi=[
            Bagian(judul_pk(s, pk), pernyataan(s, pk, u, awalan)),
            Bagian(
                f"LAMPIRAN PERJANJIAN KINERJA TAHUN {s.tahun}",
                lampiran(s, pk, u, awalan, anggaran_tahap),
            ),
        ],
        tanggal=tanggal_sah(pk.tanggal),
    )


def judul_pk(s: OpdTahun, pk: PerjanjianKinerja) -> str:
    """Return the PK's title, the OPD's name kept whole on one line, naming a revision."""
    # Non-breaking spaces inside the name: the title breaks before it, never before "BARAT".
    opd = s.opd.nama.upper().replace(" ", "\u00a0")
    judul = f"PERJANJIAN KINERJA TAHUN {s.tahun} {opd}"
    return judul + (f" (REVISI {pk.versi - 1})" if pk.versi > 1 else "")


def _nama(p: Pejabat) -> str:
    return p.nama or "...................................."


def pernyataan(s: OpdTahun, pk: PerjanjianKinerja, u: Ubahan, awalan: str) -> list[Blok]:
    """Return the Lembar Pernyataan: the parties, the promise and the signatures."""
    p1, p2 = pk.pihak_pertama, pk.pihak_kedua
    sah = s.sah("pk", pk.versi)
    blok: list[Blok] = [
        u.blok(
            awalan + "pernyataan.pembuka",
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
            "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
        ),
        Teks(
            f"Nama: {_nama(p1)}\nJabatan: {jabatan(p1, sah.status)}\n"
            "selanjutnya disebut **pihak pertama**."
        ),
        Teks(
            f"Nama: {_nama(p2)}\nJabatan: {jabatan(p2, sah.status_pihak_kedua)}\n"
            "selaku atasan pihak pertama, selanjutnya disebut **pihak kedua**."
        ),
        u.blok(
            awalan + "pernyataan.janji",
            "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
            "lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah "
            "seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan "
            "pencapaian target kinerja tersebut menjadi tanggung jawab kami.\n"
            "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
            "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
            "dalam rangka pemberian penghargaan dan sanksi.",
        ),
    ]
    if pk.versi > 1:
        blok.append(
            Teks(
                f"Perjanjian ini adalah revisi ke-{pk.versi - 1} atas Perjanjian Kinerja tahun "
                f"{s.tahun}" + (f", karena {pk.alasan_revisi}." if pk.alasan_revisi else ".")
            )
        )
    blok.append(tanda_tangan(s, pk, u, awalan + "pernyataan.tanggal"))
    return blok


def tanda_tangan(s: OpdTahun, pk: PerjanjianKinerja, u: Ubahan, key: str) -> TandaTangan:
    """Return both parties' signatures under the place and date of the PK."""
    sah = s.sah("pk", pk.versi)
    return TandaTangan(
        u.blok(key, tempat_tanggal(s, sah, pk.tanggal), Rata.KANAN),
        (
            penanda(pk.pihak_kedua, sah.status_pihak_kedua, "Pihak Kedua"),
            penanda(pk.pihak_pertama, sah.status, "Pihak Pertama"),
        ),
    )


def lampiran(
    s: OpdTahun,
    pk: PerjanjianKinerja,
    u: Ubahan,
    awalan: str,
    anggaran_tahap: Mapping[str, BarisPagu] | None,
) -> list[Blok]:
    """Return the annex: the targets per sasaran and indicator, and the programs' budget."""
    blok: list[Blok] = [
        Teks(s.opd.nama.upper(), rata=Rata.TENGAH),
        TabelDok(tabel_sasaran(s, pk)),
    ]
    if pk.program:
        blok.append(TabelDok(tabel_program(s, pk, anggaran_tahap)))
    blok.append(tanda_tangan(s, pk, u, awalan + "lampiran.tanggal"))
    return blok


def tabel_sasaran(s: OpdTahun, pk: PerjanjianKinerja) -> Tabel:
    """Return (No, Sasaran Strategis, Indikator Kinerja, Satuan, Target) of the PK."""
    t = Tabel(
        "pk_sasaran",
        f"Sasaran Strategis, Indikator Kinerja dan Target Perjanjian Kinerja Tahun {s.tahun}",
        [
            Kolom("No"),
            Kolom("Sasaran Strategis"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom("Target"),
        ],
        gabung=(0, 1),
    )
    no = 0
    for sasaran in s.renstra.sasaran if s.renstra else ():
        indikator = [ind for ind in sasaran.indikator if ind.kode in pk.target]
        no += 1 if indikator else 0
        for ind in indikator:
            target = pk.target[ind.kode]
            t.add([str(no), sasaran.uraian, ind.nama, ind.satuan, nilai_satuan(target, ind.satuan)])
    return t


def tabel_program(
    s: OpdTahun, pk: PerjanjianKinerja, anggaran_tahap: Mapping[str, BarisPagu] | None
) -> Tabel:
    """Return (No, Program, Anggaran Rp): each PK program's pagu at the PK's budget stage."""
    tahap, baris = baris_tahap(s, pk, anggaran_tahap)
    t = Tabel(
        "pk_program",
        f"Program dan Anggaran Perjanjian Kinerja Tahun {s.tahun}",
        [
            Kolom("No"),
            Kolom("Program"),
            Kolom(f"Anggaran {TAHAP.get(tahap, tahap)} (Rp)", Jenis.UANG),
        ],
    )
    node = {n.kode: n for n in anggaran.rollup((kode, pagu, None) for kode, pagu in baris)}
    for no, program in enumerate(pk.program, 1):
        ada = node.get(program)
        t.add([str(no), anggaran.nama(s, program), ada.pagu if ada else None])
    dikenal = [node[p] for p in pk.program if p in node]
    t.add(["", "Jumlah", anggaran.total(dikenal).pagu if dikenal else None], Gaya.TOTAL)
    return t


def baris_tahap(
    s: OpdTahun, pk: PerjanjianKinerja, anggaran_tahap: Mapping[str, BarisPagu] | None
) -> tuple[str, BarisPagu]:
    """Return the stage and lines the annex uses: the PK's stage, else the one held.

    Falling back is reported by the check `pk-anggaran-tahap`, never in the document.
    """
    baris = (anggaran_tahap or {}).get(pk.tahap_anggaran)
    if baris:
        return pk.tahap_anggaran, baris
    return s.tahap_anggaran or pk.tahap_anggaran, [(b.sub_kegiatan, b.pagu) for b in s.anggaran]
