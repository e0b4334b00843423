"""Bab III Akuntabilitas Kinerja of the LKjIP, its Ikhtisar Eksekutif and its conclusions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from string import ascii_lowercase

from sakip.core import anggaran
from sakip.core import format as fmt
from sakip.core.dokumen import grafik
from sakip.core.dokumen.model import Bagian, Blok, Grafik, TabelDok, Ubahan
from sakip.core.dokumen.narasi import (
    JUDUL_ANALISIS,
    analisis_sasaran,
    dasar_kriteria,
    kalimat_skm,
    rangkai,
    sub_kegiatan_lambat,
    uang,
)
from sakip.core.efficiency import EFISIENSI_ANGGARAN, EFISIENSI_SASARAN
from sakip.core.model import OpdTahun
from sakip.core.pengukuran import capaian_tahun
from sakip.core.tables import Tabel
from sakip.core.tables.capaian import kriteria
from sakip.core.tables.evaluasi import komponen_total, predikat
from sakip.core.tables.perencanaan import codes_count


def ringkasan_capaian(s: OpdTahun) -> str:
    """Return how many IKU reached their target, by criterion, and how many cannot be measured."""
    indikator = s.renstra.indikator() if s.renstra else []
    if not indikator:
        return "Indikator kinerja utama belum ditetapkan."
    nilai = [capaian_tahun(s, ind) for ind in indikator]
    tercapai = sum(1 for c in nilai if c is not None and c >= 100)
    belum = sum(1 for c in nilai if c is not None and c < 100)
    tidak_terukur = sum(1 for c in nilai if c is None)
    per_kriteria = Counter(kriteria(s, c) for c in nilai if c is not None)
    kalimat = (
        f"Dari {len(indikator)} indikator kinerja utama tahun {s.tahun}, {tercapai} indikator "
        f"mencapai atau melampaui target dan {belum} indikator belum mencapai target"
    )
    if tidak_terukur:
        kalimat += (
            f", sedangkan {tidak_terukur} indikator belum dapat diukur karena target atau "
            "realisasinya tidak tersedia"
        )
    kalimat += "."
    if per_kriteria:
        kalimat += f" Menurut kriteria {dasar_kriteria(s)}: " + rangkai(
            f"{n} indikator berkriteria {label}" for label, n in per_kriteria.items()
        )
        kalimat += " ([[capaian]])."
    return kalimat


def kalimat_evaluasi(s: OpdTahun) -> str:
    """Return the result of the latest SAKIP evaluation: score, predicate, letter."""
    if not s.evaluasi:
        return "Belum ada hasil evaluasi SAKIP yang tercatat ([[evaluasi]])."
    e = max(s.evaluasi, key=lambda x: x.tahun)
    p = predikat(e)
    surat = ""
    if e.nomor_surat:
        surat = f" sebagaimana disampaikan dengan surat Nomor {e.nomor_surat}"
        if isinstance(e.tanggal_surat, date):
            surat += f" tanggal {fmt.tanggal(e.tanggal_surat)}"
    result = f"predikat **{p[0]}** ({p[1]})" if p else "predikat yang belum dapat ditentukan"
    return (
        f"Hasil evaluasi atas implementasi SAKIP {s.opd.nama} tahun {e.tahun}{surat} memberikan "
        f"nilai **{fmt.number(komponen_total(e))}** dengan {result} ([[evaluasi]])."
    )


def kesimpulan(s: OpdTahun) -> tuple[str, str]:
    """Return the conclusions on performance and on the budget, the latter with its terbilang."""
    jumlah = anggaran.skpd_total(s)
    fisik = anggaran.fisik(s.anggaran)
    kalimat = (
        f"Realisasi anggaran {s.opd.nama} tahun {s.tahun} sebesar **{uang(jumlah.realisasi)}**"
    )
    if jumlah.realisasi is not None:
        kalimat += f" ({fmt.terbilang(jumlah.realisasi)})"
    kalimat += (
        f" atau **{fmt.persen(jumlah.serapan)}** dari pagu **{uang(jumlah.pagu)}** "
        f"({fmt.terbilang(jumlah.pagu)}), dengan sisa anggaran {uang(jumlah.sisa)} "
        "([[realisasi_unit]])."
    )
    if fisik is not None:
        kalimat += f" Capaian realisasi fisik kegiatan sebesar {fmt.persen(fisik)}."
    return ringkasan_capaian(s) + " " + kalimat_evaluasi(s), kalimat


@dataclass
class Bab3:
    """Bab III of one LKjIP: capaian per sasaran with its seven analyses, and the budget."""

    s: OpdTahun
    u: Ubahan
    tabel: Mapping[str, Tabel]
    ambang: Decimal

    def _t(self, key: str, lanskap: bool = False) -> TabelDok:
        return TabelDok(self.tabel[key], lanskap)

    def build(self) -> Bagian:
        """Return Bab III."""
        s, u = self.s, self.u
        last = max((r.tahun_evaluasi for r in s.rekomendasi), default=None)
        judul_evaluasi = "Tindak Lanjut Hasil Evaluasi SAKIP" + (f" Tahun {last}" if last else "")
        return Bagian(
            "AKUNTABILITAS KINERJA",
            [
                u.blok(
                    "bab3.pengantar",
                    "Akuntabilitas kinerja instansi pemerintah adalah perwujudan kewajiban suatu "
                    "instansi untuk mempertanggungjawabkan keberhasilan dan kegagalan "
                    "pelaksanaan misi organisasi dalam mencapai sasaran dan tujuan yang telah "
                    "ditetapkan, melalui sistem pertanggungjawaban secara periodik.",
                ),
                Bagian(
                    judul_evaluasi,
                    [
                        u.blok("bab3.evaluasi", kalimat_evaluasi(s)),
                        self._t("evaluasi"),
                        u.blok(
                            "bab3.rekomendasi",
                            "Rekomendasi hasil evaluasi beserta tindak lanjut dan rencana "
                            "aksinya disajikan pada [[tindak_lanjut]].",
                        ),
                        self._t("tindak_lanjut"),
                    ],
                ),
                self._capaian(),
                self._realisasi_anggaran(),
            ],
            "BAB III",
        )

    def _capaian(self) -> Bagian:
        s, u = self.s, self.u
        g = grafik.capaian_iku(s)
        n_program, n_kegiatan, n_sub = codes_count(s)
        isi: list[Blok] = [
            u.blok(
                "bab3.capaian.pengantar",
                "Pengukuran kinerja membandingkan target dan realisasi setiap indikator kinerja "
                "utama. Capaian kinerja dihitung sebagai realisasi dibagi target dikali 100; untuk "
                "indikator yang semakin rendah semakin baik, capaian = (2 × target − realisasi) / "
                f"target × 100. Kriteria capaian mengikuti {dasar_kriteria(s)}.",
            ),
            Bagian(
                f"Target dan Realisasi Kinerja Tahun {s.tahun}",
                [
                    u.blok("bab3.capaian.ringkasan", ringkasan_capaian(s)),
                    self._t("capaian"),
                    u.blok(
                        "bab3.capaian.triwulan",
                        "Pengukuran kinerja per triwulan disajikan pada [[triwulan]]"
                        + (f" dan capaian setiap indikator pada [[{g.key}]]." if g else "."),
                    ),
                    self._t("triwulan"),
                    *([g] if g else []),
                ],
                "1.",
            ),
            Bagian(
                "Perbandingan Realisasi dengan Tahun-Tahun Sebelumnya",
                [
                    u.blok(
                        "bab3.perbandingan",
                        f"Realisasi kinerja tahun {s.tahun} dibandingkan dengan realisasi tahun "
                        f"{s.tahun - 1} dan {s.tahun - 2} pada [[perbandingan]].",
                    ),
                    # Realisation, capaian and the standard of three years: too wide upright.
                    self._t("perbandingan", lanskap=True),
                ],
                "2.",
            ),
            Bagian(
                "Perbandingan Realisasi dengan Target Akhir Renstra",
                [
                    u.blok(
                        "bab3.renstra",
                        f"Realisasi kinerja sampai dengan tahun {s.tahun} dibandingkan dengan "
                        "target jangka menengah dalam Renstra pada [[target_akhir]].",
                    ),
                    self._t("target_akhir"),
                ],
                "3.",
            ),
            Bagian("Analisis Capaian Kinerja per Sasaran Strategis", self._analisis(), "4."),
            Bagian(
                "Efisiensi Penggunaan Sumber Daya",
                [
                    u.blok("bab3.efisiensi", self._kalimat_efisiensi()),
                    self._t("efisiensi_sasaran"),
                    u.blok("bab3.efisiensi.anggaran", self._kalimat_efisiensi_anggaran()),
                    self._t("efisiensi_anggaran"),
                ],
                "5.",
                lanskap=True,
            ),
            Bagian(
                "Program dan Kegiatan yang Menunjang Pencapaian Kinerja",
                [
                    u.blok(
                        "bab3.program",
                        f"Pada tahun {s.tahun} {s.opd.nama} melaksanakan {n_program} program, "
                        f"{n_kegiatan} kegiatan dan {n_sub} sub kegiatan yang diarahkan untuk "
                        "mencapai target kinerja. Target dan realisasi kinerja program, kegiatan "
                        "dan sub kegiatan beserta anggarannya disajikan pada [[keluaran]].",
                    ),
                    self._t("keluaran"),
                ],
                "6.",
                lanskap=True,
            ),
        ]
        return Bagian("Capaian Kinerja Organisasi", isi, "A.")

    def _analisis(self) -> list[Blok]:
        s, u = self.s, self.u
        isi: list[Blok] = [
            u.blok(
                "bab3.analisis.pengantar",
                "Untuk setiap sasaran strategis diuraikan perbandingan target dan realisasi, "
                "perbandingan dengan tahun-tahun sebelumnya dan dengan target akhir Renstra, "
                "perbandingan dengan standar nasional, penyebab keberhasilan atau kegagalan "
                "beserta solusinya, efisiensi penggunaan sumber daya, serta program dan kegiatan "
                "yang menunjang atau menghambat pencapaiannya.",
            )
        ]
        sasaran = s.renstra.sasaran if s.renstra else ()
        if not any(ind.skala == "skm" for sas in sasaran for ind in sas.indikator):
            skm = kalimat_skm(s)
            if skm:
                isi.append(u.blok("bab3.skm", skm))
        for huruf, sas in zip(ascii_lowercase, sasaran, strict=False):
            analisis = analisis_sasaran(s, sas, self.ambang)
            isi.append(
                Bagian(
                    sas.uraian,
                    [
                        u.blok(
                            f"bab3.sasaran.{sas.kode}.{aspek}",
                            f"**{JUDUL_ANALISIS[aspek]}**\n{teks}",
                        )
                        # An aspect with nothing entered or no standard is left out: the check
                        # analisis-iku-kosong says what is missing, the document does not.
                        for aspek, teks in analisis.items()
                        if teks
                    ],
                    f"{huruf}.",
                )
            )
        return isi

    def _kalimat_efisiensi(self) -> str:
        return (
            "Efisiensi penggunaan sumber daya membandingkan capaian kinerja setiap indikator "
            "dengan persentase realisasi anggaran program yang mendukung sasarannya, dengan "
            f"metode {EFISIENSI_SASARAN.nama} = {EFISIENSI_SASARAN.rumus} "
            "([[efisiensi_sasaran]])."
        )

    def _kalimat_efisiensi_anggaran(self) -> str:
        jumlah = anggaran.skpd_total(self.s)
        lambat = sub_kegiatan_lambat(self.s, None, self.ambang)
        kalimat = (
            f"Efisiensi anggaran per program, kegiatan dan sub kegiatan dihitung dengan metode "
            f"{EFISIENSI_ANGGARAN.nama} = {EFISIENSI_ANGGARAN.rumus}; untuk seluruh "
            f"{self.s.opd.nama} sebesar {fmt.persen(jumlah.efisiensi)} ([[efisiensi_anggaran]])."
        )
        if lambat:
            kalimat += (
                f" Sub kegiatan dengan serapan di bawah {fmt.persen(self.ambang, 0)}: "
                f"{rangkai(lambat)}."
            )
        return kalimat

    def _realisasi_anggaran(self) -> Bagian:
        s, u = self.s, self.u
        jumlah = anggaran.skpd_total(s)
        per_unit: Grafik | None = grafik.serapan_unit(s)
        per_program: Grafik | None = grafik.serapan_program(s)
        rujukan_program = "[[realisasi_program]]" + (
            f" dan [[{per_program.key}]]" if per_program else ""
        )
        return Bagian(
            "Realisasi Anggaran",
            [
                u.blok(
                    "bab3.anggaran",
                    f"Dalam penyelenggaraan pemerintahan, pembangunan dan pelayanan kepada "
                    f"masyarakat pada tahun {s.tahun}, {s.opd.nama} mendapat alokasi anggaran "
                    f"sebesar {uang(jumlah.pagu)} dengan realisasi "
                    f"{uang(jumlah.realisasi)} ({fmt.persen(jumlah.serapan)}) dan sisa "
                    f"{uang(jumlah.sisa)} ([[realisasi_unit]]"
                    + (f", [[{per_unit.key}]]" if per_unit else "")
                    + ").",
                ),
                self._t("realisasi_unit"),
                *([per_unit] if per_unit else []),
                u.blok(
                    "bab3.anggaran.program",
                    f"Realisasi anggaran per program, kegiatan dan sub kegiatan disajikan pada "
                    f"{rujukan_program}.",
                ),
                *([per_program] if per_program else []),
                self._t("realisasi_program", lanskap=True),
            ],
            "B.",
        )

    def ikhtisar(self) -> list[Blok]:
        """Return the Ikhtisar Eksekutif: aims, how far they were reached, obstacles, steps."""
        s, u = self.s, self.u
        sasaran = s.renstra.sasaran if s.renstra else ()
        awal = s.renstra.periode_awal if s.renstra else s.tahun
        akhir = s.renstra.periode_akhir if s.renstra else s.tahun
        tujuan = f"{len(s.renstra.tujuan)} tujuan dan " if s.renstra and s.renstra.tujuan else ""
        n_iku = sum(len(x.indikator) for x in sasaran)
        kendala, langkah = self._kendala_langkah()
        jumlah = anggaran.skpd_total(s)
        acuan = f", mengacu pada Rencana Strategis {s.opd.nama} Tahun {awal}–{akhir}"
        blok = [
            u.blok(
                "ikhtisar.pengantar",
                f"Laporan Kinerja Instansi Pemerintah (LKjIP) {s.opd.nama} Tahun {s.tahun} "
                f"menyajikan capaian kinerja atas Perjanjian Kinerja tahun {s.tahun}"
                + (acuan if s.renstra else "")
                + ".",
            ),
        ]
        if sasaran:
            # Without a Renstra there is nothing to count: the check renstra-tidak-ada says so.
            blok.append(
                u.blok(
                    "ikhtisar.sasaran",
                    f"Renstra menetapkan {tujuan}{len(sasaran)} sasaran strategis yang diukur "
                    f"dengan {n_iku} indikator kinerja utama:\n"
                    + "\n".join(f"{i}. {x.uraian}" for i, x in enumerate(sasaran, 1)),
                )
            )
        blok.append(u.blok("ikhtisar.capaian", ringkasan_capaian(s)))
        if kendala:
            blok.append(u.blok("ikhtisar.kendala", kendala))
        if langkah:
            blok.append(u.blok("ikhtisar.langkah", langkah))
        return [
            *blok,
            u.blok(
                "ikhtisar.anggaran",
                f"Dari pagu anggaran {uang(jumlah.pagu)} telah direalisasikan "
                f"{uang(jumlah.realisasi)} atau {fmt.persen(jumlah.serapan)} "
                "([[realisasi_unit]]). " + kalimat_evaluasi(s),
            ),
        ]

    def _kendala_langkah(self) -> tuple[str, str]:
        s = self.s
        kendala: list[str] = []
        langkah: list[str] = []
        for ind in s.renstra.indikator() if s.renstra else []:
            k = s.kinerja.get((ind.kode, s.tahun))
            if k is None:
                continue
            for teks, listing in ((k.faktor_penghambat, kendala), (k.solusi, langkah)):
                baris = [b.strip() for b in (teks or "").splitlines() if b.strip()]
                listing.extend(f"- {ind.nama}: {b}" for b in baris)
        return (
            "Kendala yang dihadapi dalam pencapaian kinerja:\n" + "\n".join(kendala)
            if kendala
            else "",
            "Langkah yang telah dan akan dilakukan:\n" + "\n".join(langkah) if langkah else "",
        )
