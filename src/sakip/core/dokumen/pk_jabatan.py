"""The Perjanjian Kinerja of one position as a document, in the same model as the OPD's.

The Lembar Pernyataan between the holder and the holder of the position above (PermenPANRB
53/2014), and its Lampiran: the position's indicators at its level of the cascade, each with
its target and the indicator above it supports.
"""

from __future__ import annotations

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
from sakip.core.dokumen.pengesahan import jabatan as nama_jabatan
from sakip.core.dokumen.pengesahan import penanda, tempat_tanggal
from sakip.core.dokumen.pk import PkTidakAda, choose_versi
from sakip.core.kaskade import Jabatan, Kaskade, Pemegang, PerjanjianJabatan
from sakip.core.model import OpdTahun, Pejabat, Pengesahan
from sakip.core.tables.base import Kolom, Tabel

STATUS = {"plt": "Plt.", "plh": "Plh."}
JENIS = {
    "sasaran": "Sasaran Strategis",
    "program": "Program",
    "kegiatan": "Kegiatan",
    "sub_kegiatan": "Sub Kegiatan",
}
EMPTY = "...................................."


def choose(k: Kaskade | None, kode: str, versi: int | None) -> tuple[Jabatan, PerjanjianJabatan]:
    """Return the position and the version of its PK asked for (the latest by default)."""
    jabatan = k.find_jabatan(kode) if k else None
    if k is None or jabatan is None:
        raise PkTidakAda(f"Jabatan dengan kode {kode} tidak ada.")
    return jabatan, choose_versi(
        k.pk_jabatan(kode),
        versi,
        empty=f"Tidak ada Perjanjian Kinerja {jabatan.nama} tahun {k.tahun}.",
        judul=f"Perjanjian Kinerja {jabatan.nama} tahun {k.tahun}",
    )


def _pejabat(jabatan: Jabatan | None, p: Pemegang | None) -> tuple[Pejabat, str | None]:
    nama = jabatan.nama if jabatan else "Atasan langsung"
    if p is None:
        return Pejabat(nama), None
    return Pejabat(nama, p.nama, p.nip), STATUS.get(p.status)


def build(s: OpdTahun, kode: str, *, versi: int | None = None) -> Dokumen:
    """Return the PK of one position for the year, in the version asked for."""
    k = s.kaskade
    jabatan, pk = choose(k, kode, versi)
    assert k is not None
    atasan = k.find_jabatan(jabatan.induk) if jabatan.induk else None
    return Dokumen(
        jenis="pk",
        judul=f"Perjanjian Kinerja Tahun {s.tahun} {jabatan.nama}",
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
            Bagian(_judul(s, jabatan, pk), _pernyataan(s, jabatan, atasan, pk)),
            Bagian(
                f"LAMPIRAN PERJANJIAN KINERJA TAHUN {s.tahun}",
                [
                    Teks(jabatan.nama.upper(), rata=Rata.TENGAH),
                    Teks(s.opd.nama.upper(), rata=Rata.TENGAH),
                    TabelDok(tabel_indikator(s, k, pk)),
                    _tanda_tangan(s, jabatan, atasan, pk),
                ],
            ),
        ],
    )


def _judul(s: OpdTahun, jabatan: Jabatan, pk: PerjanjianJabatan) -> str:
    judul = f"PERJANJIAN KINERJA TAHUN {s.tahun} {jabatan.nama.upper()}"
    return judul + (f" (REVISI {pk.versi - 1})" if pk.versi > 1 else "")


def _pernyataan(
    s: OpdTahun, jabatan: Jabatan, atasan: Jabatan | None, pk: PerjanjianJabatan
) -> list[Blok]:
    p1, st1 = _pejabat(jabatan, pk.pihak_pertama)
    p2, st2 = _pejabat(atasan, pk.pihak_kedua)
    blok: list[Blok] = [
        Teks(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
            "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
        ),
        Teks(
            f"Nama: {p1.nama or EMPTY}\nJabatan: {nama_jabatan(p1, st1)}\n"
            "selanjutnya disebut **pihak pertama**."
        ),
        Teks(
            f"Nama: {p2.nama or EMPTY}\nJabatan: {nama_jabatan(p2, st2)}\n"
            "selaku atasan pihak pertama, selanjutnya disebut **pihak kedua**."
        ),
        Teks(
            "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
            "lampiran perjanjian ini, dalam rangka mencapai target kinerja "
            f"{'jabatan atasannya' if atasan else 'perangkat daerah'} sebagaimana tercantum "
            "dalam lampiran. Keberhasilan dan kegagalan pencapaian target kinerja tersebut "
            "menjadi tanggung jawab kami.\n"
            "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
            "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
            "dalam rangka pemberian penghargaan dan sanksi."
        ),
    ]
    if pk.versi > 1:
        alasan = f", karena {pk.alasan_revisi}." if pk.alasan_revisi else "."
        blok.append(
            Teks(
                f"Perjanjian ini adalah revisi ke-{pk.versi - 1} atas Perjanjian Kinerja "
                f"{jabatan.nama} tahun {s.tahun}{alasan}"
            )
        )
    blok.append(_tanda_tangan(s, jabatan, atasan, pk))
    return blok


def _tanda_tangan(
    s: OpdTahun, jabatan: Jabatan, atasan: Jabatan | None, pk: PerjanjianJabatan
) -> TandaTangan:
    p1, st1 = _pejabat(jabatan, pk.pihak_pertama)
    p2, st2 = _pejabat(atasan, pk.pihak_kedua)
    return TandaTangan(
        Teks(tempat_tanggal(s, Pengesahan("pk", pk.versi), pk.tanggal), rata=Rata.KANAN),
        (penanda(p2, st2, "Pihak Kedua"), penanda(p1, st1, "Pihak Pertama")),
    )


def tabel_indikator(s: OpdTahun, k: Kaskade, pk: PerjanjianJabatan) -> Tabel:
    """Return (No, Tingkat, Indikator Kinerja, Target, Mendukung Indikator) of the PK."""
    t = Tabel(
        "pk_jabatan",
        f"Indikator Kinerja dan Target Perjanjian Kinerja Tahun {s.tahun}",
        [
            Kolom("No"),
            Kolom("Tingkat"),
            Kolom("Indikator Kinerja"),
            Kolom("Target"),
            Kolom("Mendukung Indikator"),
        ],
    )
    nama = {j.kode: j.nama for j in k.jabatan}
    for no, ind in enumerate(pk.indikator, 1):
        induk = f"{ind.induk[1]} ({nama.get(ind.induk[0], ind.induk[0])})" if ind.induk else "-"
        uraian = f"{ind.kode} {ind.uraian}"
        t.add(
            [
                str(no),
                JENIS.get(ind.jenis, ind.jenis),
                uraian,
                nilai_satuan(ind.target, ind.satuan),
                induk,
            ]
        )
    return t
