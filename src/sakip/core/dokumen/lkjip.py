"""The LKjIP of one OPD and year (PermenPAN-RB 53/2014 Lampiran II, docs/rules.md#lkjip-layout).

The layout follows the reference report: cover, Kata Pengantar, Ikhtisar Eksekutif, the lists of
contents, tables and figures, Bab I–IV and the Perjanjian Kinerja as Lampiran. Its tables are
exactly `all_tabel` (Tabel 1–19), placed where the reference report places them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sakip.core import anggaran
from sakip.core import format as fmt
from sakip.core.dokumen import akuntabilitas, grafik, pk
from sakip.core.dokumen.model import (
    Bagian,
    Blok,
    Daftar,
    DaftarOtomatis,
    Dokumen,
    Grafik,
    Identitas,
    TabelDok,
    Teks,
    Ubahan,
)
from sakip.core.dokumen.narasi import kalimat_skm, nilai, rangkai, uang
from sakip.core.dokumen.pengesahan import tanda_tangan_kepala, tanggal_sah
from sakip.core.model import OpdTahun, PerjanjianKinerja
from sakip.core.periode import Tahap
from sakip.core.serapan import AMBANG_SERAPAN
from sakip.core.tables import Tabel, all_tabel
from sakip.core.tables.base import Gaya
from sakip.core.tables.perencanaan import codes_count
from sakip.core.tables.profil import is_non_pns


def build(
    s: OpdTahun,
    ubahan: Mapping[str, str],
    *,
    tanggal: date | None = None,
    anggaran_tahap: Mapping[str, pk.BarisPagu] | None = None,
    ambang_serapan: Decimal = AMBANG_SERAPAN[4],
) -> Dokumen:
    """Return the LKjIP, signed on `tanggal` if given, else on the date the planning officer set."""
    u = Ubahan(ubahan)
    tabel = {t.key: t for t in all_tabel(s)}
    bab = akuntabilitas.Bab3(s, u, tabel, ambang_serapan)
    isi = [_bab1(s, u, tabel), _bab2(s, u, tabel), bab.build(), _bab4(s, u, tanggal)]
    depan = [
        _kata_pengantar(s, u, tanggal),
        Bagian("IKHTISAR EKSEKUTIF", bab.ikhtisar()),
        Bagian("DAFTAR ISI", [DaftarOtomatis(Daftar.ISI)], daftar_isi=False),
        Bagian("DAFTAR TABEL", [DaftarOtomatis(Daftar.TABEL)]),
        Bagian("DAFTAR GRAFIK", [DaftarOtomatis(Daftar.GRAFIK)]),
    ]
    return Dokumen(
        jenis="lkjip",
        judul=f"Laporan Kinerja Instansi Pemerintah {s.opd.nama} Tahun {s.tahun}",
        identitas=Identitas(
            judul="LAPORAN KINERJA INSTANSI PEMERINTAH",
            singkatan="LKjIP",
            opd=s.opd.nama.upper(),
            tahun=str(s.tahun),
            pemda=s.pemda.nama.upper(),
        ),
        depan=depan,
        isi=isi,
        lampiran=[_lampiran(s, u, anggaran_tahap)],
        tanggal=tanggal or tanggal_sah(s.sah("lkjip").tanggal),
    )


def total(tabel: Tabel, kolom: int) -> Decimal | None:
    """Return a figure of a table's total row, as the table shows it."""
    for baris, gaya in zip(reversed(tabel.baris), reversed(tabel.gaya), strict=True):
        if gaya is Gaya.TOTAL:
            nilai = baris[kolom]
            return nilai if isinstance(nilai, Decimal) else None
    return None


def _kata_pengantar(s: OpdTahun, u: Ubahan, tanggal: date | None) -> Bagian:
    acuan = (
        f" yang mengacu pada Rencana Strategis {s.opd.nama} Tahun "
        f"{s.renstra.periode_awal}–{s.renstra.periode_akhir}"
        if s.renstra
        else ""
    )
    bawaan = (
        f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, sehingga Laporan Kinerja "
        f"Instansi Pemerintah (LKjIP) {s.opd.nama} Tahun {s.tahun} dapat diselesaikan.\n"
        f"Laporan ini menyajikan rencana dan capaian kinerja {s.opd.nama} dalam Tahun Anggaran "
        f"{s.tahun}{acuan}, "
        "sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta penggunaan "
        "anggaran.\n"
        "Kami menyadari laporan ini masih jauh dari sempurna; masukan dan saran yang "
        "konstruktif kami harapkan untuk penyempurnaan laporan di tahun yang akan datang."
    )
    return Bagian(
        "KATA PENGANTAR",
        [
            u.blok("kata_pengantar", s.narasi.get("kata_pengantar") or bawaan),
            tanda_tangan_kepala(s, u, "kata_pengantar.tanggal", s.sah("lkjip"), tanggal),
        ],
    )


def _narasi(s: OpdTahun, u: Ubahan, bagian: str, bawaan: str) -> Teks:
    return u.blok(f"bab1.{bagian}", s.narasi.get(bagian) or bawaan)


def _belum(s: OpdTahun, apa: str) -> str:
    return f"Uraian {apa} {s.opd.nama} belum diisi."


def _tabel(tabel: Mapping[str, Tabel], key: str, lanskap: bool = False) -> TabelDok:
    return TabelDok(tabel[key], lanskap)


def _grafik(g: Grafik | None) -> list[Blok]:
    return [g] if g is not None else []


def _bab1(s: OpdTahun, u: Ubahan, tabel: Mapping[str, Tabel]) -> Bagian:
    unit = s.opd.unit_kerja
    struktur = _belum(s, "struktur organisasi")
    if len(unit) > 1:
        struktur = f"{s.opd.nama} terdiri atas unit kerja berikut:\n" + "\n".join(
            f"{i}. {x.nama}" for i, x in enumerate(unit, 1)
        )
    golongan, pendidikan = grafik.pegawai_golongan(s), grafik.pegawai_pendidikan(s)
    rujukan_pegawai = rangkai(
        ["[[pegawai]]"] + [f"[[{g.key}]]" for g in (golongan, pendidikan) if g]
    )
    return Bagian(
        "PENDAHULUAN",
        [
            Bagian(
                "Latar Belakang",
                [
                    _narasi(
                        s,
                        u,
                        "latar_belakang",
                        f"Penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP) {s.opd.nama} "
                        f"Tahun {s.tahun} dilaksanakan berdasarkan Peraturan Presiden Nomor 29 "
                        "Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan "
                        "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis "
                        "Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan "
                        "Kinerja Instansi Pemerintah.",
                    )
                ],
                "A.",
            ),
            Bagian(
                "Struktur Organisasi",
                [
                    _narasi(s, u, "struktur_organisasi", struktur),
                    *_grafik(grafik.struktur_organisasi(s)),
                ],
                "B.",
            ),
            Bagian(
                "Sumber Daya Aparatur",
                [
                    _narasi(s, u, "sumber_daya_aparatur", _belum(s, "sumber daya aparatur")),
                    u.blok("bab1.pegawai", _kalimat_pegawai(s, rujukan_pegawai)),
                    _tabel(tabel, "pegawai"),
                    *_grafik(golongan),
                    *_grafik(pendidikan),
                ],
                "C.",
            ),
            Bagian(
                "Tugas dan Fungsi Perangkat Daerah",
                [_narasi(s, u, "tugas_fungsi", _belum(s, "tugas dan fungsi"))],
                "D.",
            ),
            Bagian(
                "Aspek Strategis Organisasi",
                [_narasi(s, u, "aspek_strategis", _belum(s, "aspek strategis"))],
                "E.",
            ),
            Bagian(
                "Isu Strategis", [_narasi(s, u, "isu_strategis", _belum(s, "isu strategis"))], "F."
            ),
            Bagian(
                "Aset Perangkat Daerah",
                [
                    _narasi(s, u, "aset", f"Aset {s.opd.nama} tahun {s.tahun} sebagai berikut:"),
                    _tabel(tabel, "aset"),
                    u.blok(
                        "bab1.aset.jumlah",
                        f"Nilai seluruh aset {s.opd.nama} sebesar "
                        f"{uang(total(tabel['aset'], 2))} ([[aset]]).",
                    ),
                ],
                "G.",
            ),
            Bagian("Keuangan", [u.blok("bab1.keuangan", _kalimat_keuangan(s))], "H."),
        ],
        "BAB I",
    )


def _kalimat_pegawai(s: OpdTahun, rujukan: str) -> str:
    p = s.pegawai
    if p is None:
        return f"Data pegawai tahun {s.tahun} belum diisi ([[pegawai]])."
    jumlah = sum(p.golongan.values())
    non_pns = sum(v for k, v in p.golongan.items() if is_non_pns(k))
    pendidikan = rangkai(f"{k} {v} orang" for k, v in p.pendidikan.items() if v)
    return (
        f"Pada tahun {s.tahun} {s.opd.nama} didukung {jumlah} pegawai, terdiri atas "
        f"{jumlah - non_pns} PNS dan {non_pns} non PNS; menurut tingkat pendidikan: "
        f"{pendidikan}. Komposisi pegawai disajikan pada {rujukan}."
    )


def _kalimat_keuangan(s: OpdTahun) -> str:
    jumlah = anggaran.skpd_total(s)
    kalimat = (
        f"Dukungan anggaran untuk melaksanakan tugas dan fungsi {s.opd.nama} pada tahun "
        f"{s.tahun} berasal dari APBD {s.pemda.nama_daerah}"
    )
    if s.tahap_anggaran is None:
        # No budget line of the year: no allocation to state (never "Rp 0,00").
        return kalimat + "."
    kalimat += (
        f". Alokasi anggaran menurut {Tahap(s.tahap_anggaran).in_sentence} sebesar "
        f"{uang(jumlah.pagu)}"
    )
    belanja = [b for b in s.belanja if b.tahap == s.tahap_anggaran and b.nilai is not None]
    if belanja:
        kalimat += ", terdiri atas " + rangkai(
            f"{b.jenis.lower()} sebesar {uang(b.nilai)}" for b in belanja
        )
    kalimat += "."
    unit = s.opd.unit_kerja
    if len(unit) > 1:
        kalimat += (
            f" Anggaran tersebut dialokasikan untuk {len(unit)} unit kerja: "
            f"{rangkai(x.nama for x in unit)}."
        )
    return kalimat


def _bab2(s: OpdTahun, u: Ubahan, tabel: Mapping[str, Tabel]) -> Bagian:
    n_program, n_kegiatan, n_sub = codes_count(s)
    return Bagian(
        "PERENCANAAN KINERJA",
        [
            Bagian(
                "Perencanaan Kinerja",
                [
                    u.blok("bab2.perencanaan", _kalimat_perencanaan(s)),
                    _tabel(tabel, "cascade"),
                    u.blok("bab2.sasaran_pemda", _kalimat_sasaran_pemda(s)),
                ],
                "A.",
            ),
            Bagian(
                "Indikator Kinerja Utama",
                [
                    u.blok(
                        "bab2.iku",
                        f"Indikator Kinerja Utama (IKU) {s.opd.nama} disusun untuk mengukur "
                        "tingkat pencapaian tujuan dan sasaran Renstra; rumusan, cara "
                        "perhitungan dan sumber datanya disajikan pada [[iku]], sedangkan target "
                        "tahunannya pada [[target_iku]].",
                    ),
                    _tabel(tabel, "iku"),
                    _tabel(tabel, "target_iku"),
                ],
                "B.",
            ),
            Bagian(
                f"Perjanjian Kinerja Tahun {s.tahun}",
                [u.blok("bab2.pk", _kalimat_pk(s)), _tabel(tabel, "pk")],
                "C.",
            ),
            Bagian(
                "Strategi, Kebijakan, Program dan Kegiatan",
                [
                    u.blok(
                        "bab2.strategi",
                        f"Program, kegiatan dan sub kegiatan {s.opd.nama} tahun {s.tahun} yang "
                        f"mendukung sasaran strategis terdiri atas {n_program} program, "
                        f"{n_kegiatan} kegiatan dan {n_sub} sub kegiatan. Keterkaitan sasaran, "
                        "strategi, kebijakan, program dan kegiatan disajikan pada [[strategi]].",
                    ),
                    _tabel(tabel, "strategi"),
                ],
                "D.",
            ),
            Bagian(
                "Alokasi Anggaran",
                [
                    u.blok(
                        "bab2.alokasi",
                        f"Pada tahun anggaran {s.tahun} {s.opd.nama} melaksanakan program dan "
                        f"kegiatan dengan pagu {uang(total(tabel['anggaran_sasaran'], 2))}. "
                        "Anggaran belanja per sasaran strategis, menurut program yang mendukung "
                        "setiap sasaran, disajikan pada [[anggaran_sasaran]].",
                    ),
                    _tabel(tabel, "anggaran_sasaran"),
                ],
                "E.",
            ),
        ],
        "BAB II",
    )


def _kalimat_perencanaan(s: OpdTahun) -> str:
    if s.renstra is None:
        return "Visi, misi, tujuan dan sasaran Pemerintah Daerah disajikan pada [[cascade]]."
    r = s.renstra
    kalimat = (
        f"{s.opd.nama} telah menyusun Rencana Strategis (Renstra) Tahun "
        f"{r.periode_awal}–{r.periode_akhir}"
        + (f" ({r.dasar_hukum})" if r.dasar_hukum else "")
        + ". Renstra memuat tujuan, sasaran dan strategi penyelenggaraan program, kegiatan dan "
        "sub kegiatan yang harus dilaksanakan secara terpadu dan berkelanjutan."
    )
    if s.rpjmd is not None:
        kalimat += (
            f" Renstra tersebut mendukung visi dan misi {s.pemda.nama} dalam RPJMD "
            f"{s.rpjmd.periode_awal}–{s.rpjmd.periode_akhir}"
            + (f" ({s.rpjmd.dasar_hukum})" if s.rpjmd.dasar_hukum else "")
            + ", yang visi, misi, tujuan dan sasarannya disajikan pada [[cascade]]."
        )
    else:
        kalimat += " Visi, misi, tujuan dan sasaran Pemerintah Daerah disajikan pada [[cascade]]."
    return kalimat


def _kalimat_sasaran_pemda(s: OpdTahun) -> str:
    nama = {
        sp.kode: sp.uraian
        for misi in (s.rpjmd.misi if s.rpjmd else ())
        for tujuan in misi.tujuan
        for sp in tujuan.sasaran
    }
    didukung = list(
        dict.fromkeys(
            kode for sas in (s.renstra.sasaran if s.renstra else ()) for kode in sas.mendukung
        )
    )
    uraian = [nama[k] for k in didukung if k in nama]
    if not uraian:
        return "Keterkaitan sasaran strategis dengan sasaran Pemerintah Daerah belum diisi."
    return (
        f"Sesuai tugas dan fungsinya, {s.opd.nama} mendukung pencapaian sasaran Pemerintah "
        "Daerah berikut:\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(uraian, 1))
    )


def _kalimat_pk(s: OpdTahun) -> str:
    dokumen = s.pk
    if dokumen is None:
        return f"Perjanjian Kinerja tahun {s.tahun} belum tercatat ([[pk]])."
    tanggal = dokumen.tanggal
    kalimat = (
        f"Target kinerja tahun {s.tahun} ditetapkan dalam Perjanjian Kinerja"
        + (f" tanggal {fmt.tanggal(tanggal)}" if isinstance(tanggal, date) else "")
        + (
            f" (revisi ke-{dokumen.versi - 1}"
            + (f", karena {dokumen.alasan_revisi}" if dokumen.alasan_revisi else "")
            + ")"
            if dokumen.versi > 1
            else ""
        )
        + ", yang memuat sasaran strategis, indikator kinerja dan target ([[pk]]). Dokumen "
        "Perjanjian Kinerja selengkapnya dimuat pada Lampiran."
    )
    beda = _beda_renstra(s, dokumen)
    if beda:
        kalimat += " " + " ".join(beda)
    return kalimat


def _beda_renstra(s: OpdTahun, dokumen: PerjanjianKinerja) -> list[str]:
    """Return a sentence per PK target that differs from the Renstra target of the year."""
    result = []
    for ind in s.renstra.indikator() if s.renstra else ():
        if ind.kode not in dokumen.target:
            continue
        target, renstra = dokumen.target[ind.kode], ind.target.get(s.tahun)
        if target != renstra:
            result.append(
                f"Target {ind.nama} dalam Perjanjian Kinerja ({nilai(target)}) berbeda "
                f"dengan target Renstra tahun {s.tahun} ({nilai(renstra)})."
            )
    return result


def _bab4(s: OpdTahun, u: Ubahan, tanggal: date | None) -> Bagian:
    solusi = [
        baris.strip()
        for ind in (s.renstra.indikator() if s.renstra else [])
        if (k := s.kinerja.get((ind.kode, s.tahun))) and k.solusi
        for baris in k.solusi.splitlines()
        if baris.strip()
    ]
    saran = (
        "Untuk meningkatkan capaian kinerja pada tahun berikutnya, langkah yang akan "
        "dilakukan:\n" + "\n".join(f"- {x}" for x in solusi)
        if solusi
        else "Saran untuk peningkatan kinerja tahun berikutnya belum diisi."
    )
    kesimpulan = akuntabilitas.kesimpulan(s)
    skm = kalimat_skm(s)
    return Bagian(
        "PENUTUP",
        [
            Bagian(
                "Kesimpulan",
                [
                    u.blok(
                        "bab4.kesimpulan.pengantar",
                        f"LKjIP {s.opd.nama} Tahun {s.tahun} disusun sebagai perwujudan "
                        "pertanggungjawaban pelaksanaan tugas dan fungsi serta pengelolaan sumber "
                        f"daya yang dipercayakan dalam Tahun Anggaran {s.tahun}.",
                    ),
                    u.blok("bab4.kesimpulan.capaian", kesimpulan[0] + (f" {skm}" if skm else "")),
                    u.blok("bab4.kesimpulan.anggaran", kesimpulan[1]),
                ],
                "A.",
            ),
            Bagian(
                "Saran",
                [
                    u.blok("bab4.saran", s.narasi.get("saran") or saran),
                    tanda_tangan_kepala(s, u, "bab4.tanggal", s.sah("lkjip"), tanggal),
                ],
                "B.",
            ),
        ],
        "BAB IV",
    )


def _lampiran(s: OpdTahun, u: Ubahan, anggaran_tahap: Mapping[str, pk.BarisPagu] | None) -> Bagian:
    dokumen = s.pk
    if dokumen is None:
        return Bagian("LAMPIRAN", [Teks(f"Perjanjian Kinerja tahun {s.tahun} belum tercatat.")])
    awalan = "lampiran.pk."
    return Bagian(
        "LAMPIRAN",
        [
            Bagian(pk.judul_pk(s, dokumen), pk.pernyataan(s, dokumen, u, awalan)),
            Bagian(
                f"Lampiran Perjanjian Kinerja Tahun {s.tahun}",
                pk.lampiran(s, dokumen, u, awalan, anggaran_tahap),
                new_page=True,
            ),
        ],
    )
