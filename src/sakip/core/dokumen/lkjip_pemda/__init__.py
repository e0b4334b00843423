"""The Pemda's own LKjIP (the Kabupaten/Kota report of PermenPANRB 53/2014), in the OPD's model.

PermenPANRB 53/2014 Lampiran II [P]: the report of a Pemda follows the same chapters as an
OPD's — Ikhtisar Eksekutif; Bab I Pendahuluan; Bab II Perencanaan Kinerja (the RPJMD and the
Kepala Daerah's Perjanjian Kinerja); Bab III Akuntabilitas Kinerja (the capaian of each sasaran
indicator, compared with earlier years and with the RPJMD end target, and the budget); Bab IV
Penutup — at the level of the Pemda: its sasaran and indicators, the OPDs that carry each one,
and the APBD realisation per urusan and per OPD (docs/pemda.md#lkjip-pemda).

Built from plain data (`LkjipPemda`); `sakip.pemda.lkjip` reads it from the database. Every
figure comes computed: the indicators by `sakip.core.pemda.compute`, the budget by the core
roll-up. A figure that is missing prints n/a and the sentences about it say it is not known.
"""

from __future__ import annotations

from sakip.core import format as fmt
from sakip.core.dokumen.model import (
    Bagian,
    Blok,
    Daftar,
    DaftarOtomatis,
    Dokumen,
    Identitas,
    TabelDok,
    TandaTangan,
    Teks,
)
from sakip.core.dokumen.narasi import nilai, nilai_satuan, rangkai, uang
from sakip.core.dokumen.pengesahan import tanda_tangan_kepala_daerah
from sakip.core.numbers import percent
from sakip.core.tables.base import Tabel

from . import tabel as tb
from .data import (
    AnggaranBaris,
    IndikatorLkjip,
    LkjipPemda,
    SumbanganOpd,
    TargetPk,
    YearNumbers,
    total,
)

__all__ = [
    "AnggaranBaris",
    "YearNumbers",
    "IndikatorLkjip",
    "LkjipPemda",
    "SumbanganOpd",
    "TargetPk",
    "build",
]


def build(d: LkjipPemda) -> Dokumen:
    """Return the Pemda's LKjIP of the year as a document."""
    tabel = tb.all_items(d)
    isi = [_bab1(d), _bab2(d, tabel), _bab3(d, tabel), _bab4(d)]
    return Dokumen(
        jenis="lkjip-pemda",
        judul=f"Laporan Kinerja Instansi Pemerintah {d.pemda} Tahun {d.tahun}",
        identitas=Identitas(
            judul="LAPORAN KINERJA INSTANSI PEMERINTAH",
            singkatan="LKjIP",
            opd=d.pemda.upper(),
            tahun=str(d.tahun),
            pemda=d.pemda.upper(),
        ),
        depan=[
            Bagian("KATA PENGANTAR", [Teks(_kata_pengantar(d)), _tanda_tangan(d)]),
            Bagian("IKHTISAR EKSEKUTIF", [Teks(t) for t in _ikhtisar(d)]),
            Bagian("DAFTAR ISI", [DaftarOtomatis(Daftar.ISI)], daftar_isi=False),
            Bagian("DAFTAR TABEL", [DaftarOtomatis(Daftar.TABEL)]),
        ],
        isi=isi,
        tanggal=d.tanggal,
    )


# -- what the chapters say ----------------------------------------------------------------


def _kata_pengantar(d: LkjipPemda) -> str:
    return (
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) {d.pemda} Tahun {d.tahun} menyajikan "
        f"rencana dan capaian kinerja {d.pemda} dalam Tahun Anggaran {d.tahun}, yang mengacu "
        f"pada Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Tahun "
        f"{d.rpjmd_awal}–{d.rpjmd_akhir}, sebagai wujud pertanggungjawaban atas pelaksanaan "
        "pemerintahan daerah dan penggunaan anggaran kepada masyarakat dan pemerintah."
    )


def _ikhtisar(d: LkjipPemda) -> list[str]:
    teks = [
        f"{d.pemda} menetapkan {len(_sasaran(d))} sasaran RPJMD dengan {len(d.indikator)} "
        f"indikator kinerja untuk tahun {d.tahun}, yang dilaksanakan oleh {d.opd_count} "
        "perangkat daerah."
    ]
    teks.append(_kalimat_capaian(d))
    jumlah = total(d.anggaran_opd)
    if jumlah is not None:
        teks.append(
            f"Realisasi belanja perangkat daerah tahun {d.tahun} sebesar "
            f"{uang(jumlah.realisasi)} dari pagu {uang(jumlah.pagu)} "
            f"(serapan {fmt.persen(percent(jumlah.realisasi, jumlah.pagu))})."
        )
    return teks


def _kalimat_capaian(d: LkjipPemda) -> str:
    """Return how many indicators reached their target, fell short, or cannot be judged yet."""
    n = len(d.indikator)
    dinilai = [i.tahun.capaian for i in d.indikator if i.tahun.capaian is not None]
    tercapai = sum(1 for c in dinilai if c >= 100)
    bagian = []
    if tercapai:
        bagian.append(
            "semuanya mencapai atau melampaui target"
            if tercapai == n
            else f"{tercapai} mencapai atau melampaui target"
        )
    if len(dinilai) - tercapai:
        kurang = len(dinilai) - tercapai
        bagian.append(
            "semuanya belum mencapai target" if kurang == n else f"{kurang} belum mencapai target"
        )
    if n - len(dinilai):
        belum = n - len(dinilai)
        bagian.append(
            "capaian semuanya belum dapat dihitung karena datanya belum lengkap"
            if belum == n
            else f"capaian {belum} indikator belum dapat dihitung karena datanya belum lengkap"
        )
    return f"Dari {n} indikator, {rangkai(bagian)}."


def _bab1(d: LkjipPemda) -> Bagian:
    return Bagian(
        "PENDAHULUAN",
        [
            Bagian(
                "Latar Belakang",
                [
                    Teks(
                        f"Penyusunan LKjIP {d.pemda} Tahun {d.tahun} dilaksanakan berdasarkan "
                        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
                        "Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun "
                        "2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan "
                        "Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah."
                    )
                ],
                "A.",
            ),
            Bagian(
                "Perangkat Daerah",
                [
                    Teks(
                        f"Kinerja {d.pemda} dilaksanakan oleh {d.opd_count} perangkat daerah. "
                        "Perangkat daerah yang bertanggung jawab atas setiap indikator kinerja "
                        "daerah disajikan pada Bab III."
                    )
                ],
                "B.",
            ),
        ],
    )


def _bab2(d: LkjipPemda, tabel: dict[str, Tabel]) -> Bagian:
    rpjmd: list[Blok] = [
        Teks(
            f"RPJMD {d.nama_daerah} Tahun {d.rpjmd_awal}–{d.rpjmd_akhir}"
            + (f" ditetapkan dengan {d.rpjmd_dasar}" if d.rpjmd_dasar else "")
            + f". Visi: {d.visi.rstrip('.')}."
        ),
    ]
    if d.misi:
        rpjmd.append(Teks("Misi:\n" + "\n".join(f"{i}. {u}" for i, (_, u) in enumerate(d.misi, 1))))
    rpjmd += [
        Teks(f"Sasaran, indikator dan target RPJMD disajikan pada [[{tb.RENCANA}]]."),
        TabelDok(tabel[tb.RENCANA]),
    ]
    isi: list[Blok] = [Bagian("Rencana Pembangunan Jangka Menengah Daerah", rpjmd, "A.")]
    if d.pk is not None:
        tanggal = f" pada {fmt.tanggal(d.pk_tanggal)}" if d.pk_tanggal else ""
        isi.append(
            Bagian(
                f"Perjanjian Kinerja Tahun {d.tahun}",
                [
                    Teks(
                        f"{d.kepala_jabatan} menandatangani Perjanjian Kinerja Tahun "
                        f"{d.tahun}{tanggal} dengan target pada [[{tb.PK}]]."
                    ),
                    TabelDok(tabel[tb.PK]),
                ],
                "B.",
            )
        )
    return Bagian("PERENCANAAN KINERJA", isi)


def _bab3(d: LkjipPemda, tabel: dict[str, Tabel]) -> Bagian:
    capaian: list[Blok] = [
        Teks(
            f"Capaian indikator kinerja {d.pemda} tahun {d.tahun} disajikan pada "
            f"[[{tb.CAPAIAN}]]; capaian dihitung menurut aturan setiap indikator dan kriterianya "
            f"menurut {d.kriteria.dasar_hukum}. {_kalimat_capaian(d)}"
        ),
        TabelDok(tabel[tb.CAPAIAN]),
    ]
    if any(i.riwayat for i in d.indikator):
        capaian += [
            Teks(
                f"Perbandingan realisasi dengan tahun sebelumnya disajikan pada [[{tb.RIWAYAT}]]."
            ),
            # Up to four years fit a portrait page; more columns need a landscape one.
            TabelDok(tabel[tb.RIWAYAT], lanskap=len(tabel[tb.RIWAYAT].kolom) > 8),
        ]
    for no, (kode, uraian) in enumerate(_sasaran(d), 1):
        capaian.append(
            Bagian(
                f"Sasaran {uraian}",
                [Teks(t) for i in d.indikator if i.sasaran_kode == kode for t in _analisis(d, i)],
                f"{no}.",
            )
        )
    anggaran: list[Blok] = []
    jumlah = total(d.anggaran_opd)
    if jumlah is not None:
        anggaran += [
            Teks(
                f"Pagu belanja perangkat daerah {d.pemda} tahun {d.tahun} sebesar "
                f"{uang(jumlah.pagu)} dengan realisasi {uang(jumlah.realisasi)} (serapan "
                f"{fmt.persen(percent(jumlah.realisasi, jumlah.pagu))}). Realisasi per urusan "
                f"pemerintahan disajikan pada [[{tb.URUSAN}]] dan per perangkat daerah pada "
                f"[[{tb.OPD}]]; setiap perangkat daerah dihitung menurut tahap anggaran yang "
                "berlaku baginya (Perubahan bila sudah ada, selain itu Murni)."
            ),
            TabelDok(tabel[tb.URUSAN]),
            TabelDok(tabel[tb.OPD]),
        ]
    isi: list[Blok] = [Bagian("Capaian Kinerja", capaian, "A.")]
    if anggaran:
        isi.append(Bagian("Realisasi Anggaran", anggaran, "B."))
    return Bagian("AKUNTABILITAS KINERJA", isi)


def _analisis(d: LkjipPemda, i: IndikatorLkjip) -> list[str]:
    t = i.tahun
    kalimat = f"{i.kode} {i.uraian}: target tahun {d.tahun} {nilai_satuan(t.target, i.satuan)}"
    if t.realisasi is not None:
        kalimat += f", realisasi {nilai_satuan(t.realisasi, i.satuan)}"
    if t.capaian is not None:
        band = d.kriteria.classify(t.capaian)
        kategori = f", kategori {band.label.lower()}" if band else ""
        kalimat += f", capaian {fmt.persen(t.capaian)}{kategori}."
    else:
        kalimat += "; capaiannya belum dapat dihitung karena datanya belum lengkap."
    result = [kalimat, f"Cara menghitung: {i.aturan}"]
    if i.dihitung:
        result[-1] += f" Perhitungan: {i.rincian}."
    lalu = [r for r in i.riwayat if r.realisasi is not None or r.capaian is not None]
    if lalu:
        result.append(
            "Tahun sebelumnya: "
            + "; ".join(f"{r.tahun}: {_tahun_number(r, i.satuan)}" for r in lalu)
            + "."
        )
    if i.target_akhir is not None and i.berrealisasi:
        result.append(_target_akhir(d, i))
    melalui = [s for s in i.sumbangan if s.indikator is not None]
    if melalui:
        result.append(
            "Perangkat daerah penanggung jawab dan indikatornya:\n"
            + "\n".join(f"- {_sumbangan(s)}" for s in melalui)
        )
    elif i.sumbangan:
        result.append(f"Perangkat daerah penanggung jawab: {rangkai(s.opd for s in i.sumbangan)}.")
    return result


def _target_akhir(d: LkjipPemda, i: IndikatorLkjip) -> str:
    assert i.target_akhir is not None
    akhir = f"Target akhir RPJMD ({d.rpjmd_akhir}) {nilai_satuan(i.target_akhir, i.satuan)}"
    r = i.tahun.realisasi
    if r is None:
        return akhir + "."
    tercapai = r >= i.target_akhir if i.naik else r <= i.target_akhir
    if tercapai:
        return f"{akhir}; realisasi tahun {d.tahun} telah mencapai target akhir tersebut."
    arah = "di bawah" if i.naik else "di atas"
    selisih = nilai(abs(r - i.target_akhir))
    return f"{akhir}; realisasi tahun {d.tahun} masih {selisih} {arah} target akhir."


def _tahun_number(r: YearNumbers, satuan: str) -> str:
    if r.realisasi is not None:
        teks = nilai_satuan(r.realisasi, satuan)
        return f"{teks} (capaian {fmt.persen(r.capaian)})" if r.capaian is not None else teks
    return f"capaian {fmt.persen(r.capaian)}"


def _sumbangan(s: SumbanganOpd) -> str:
    number = []
    if s.realisasi is not None:
        number.append(f"realisasi {nilai_satuan(s.realisasi, s.satuan)}")
    number.append(f"capaian {fmt.persen(s.capaian)}")
    if s.bobot is not None:
        number.append(f"bobot {nilai(s.bobot)}")
    return f"{s.opd}: {s.indikator} ({', '.join(number)})"


def _bab4(d: LkjipPemda) -> Bagian:
    return Bagian(
        "PENUTUP",
        [
            Teks(
                f"Laporan ini menyajikan capaian kinerja {d.pemda} tahun {d.tahun} terhadap "
                f"sasaran RPJMD {d.rpjmd_awal}–{d.rpjmd_akhir}. {_kalimat_capaian(d)}"
            ),
            _tanda_tangan(d),
        ],
    )


def _tanda_tangan(d: LkjipPemda) -> TandaTangan:
    return tanda_tangan_kepala_daerah(d.tempat, d.tanggal, d.kepala_jabatan, d.kepala_nama)


def _sasaran(d: LkjipPemda) -> list[tuple[str, str]]:
    result: dict[str, str] = {}
    for i in d.indikator:
        result.setdefault(i.sasaran_kode, i.sasaran)
    return list(result.items())
