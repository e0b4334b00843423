"""Narrative drafted from the data, in Bahasa Indonesia, with the exact computed figures.

Every figure comes from the same core rules the tables use (pengukuran, capaian, anggaran,
efficiency, scales), so the text and the tables can never disagree. Texts are returned in the
document model's source form: `**bold**` and `[[kunci]]` references to tables and figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType

from sakip.core import anggaran, skm
from sakip.core import format as fmt
from sakip.core.capaian import agregasi, capaian, perubahan_persen, perubahan_poin
from sakip.core.efficiency import EFISIENSI_SASARAN, efisiensi_sasaran
from sakip.core.model import Analisis, Indikator, OpdTahun, Polaritas, Sasaran
from sakip.core.numbers import percent
from sakip.core.pengukuran import (
    capaian_tahun,
    nilai_tahun,
    realisasi,
    realisasi_s_d_tahun,
    target_tahun,
)
from sakip.core.scales import Band, SkalaTidakDitemukan, load_scale
from sakip.core.serapan import AMBANG_SERAPAN, lambat
from sakip.core.tables.base import Jenis
from sakip.core.tables.capaian import kriteria, skala_kriteria
from sakip.core.tables.export import teks

_KATA_KECIL = {"dan", "di", "ke", "yang", "dalam", "untuk", "atau", "serta", "pada", "dari"}
_SATUAN_TANPA_LABEL = {"nilai", "indeks", "skor", "poin", "predikat"}


def nilai(v: Decimal | None) -> str:
    """Return an indicator value as the tables show it (86,28; 87; 483.480; n/a)."""
    return teks(v, Jenis.NILAI)


def uang(v: Decimal | None) -> str:
    """Return an amount in rupiah that never breaks between "Rp" and the figure."""
    return fmt.rupiah(v).replace("Rp ", "Rp\u00a0")


def nilai_satuan(v: Decimal | None, satuan: str) -> str:
    """Return a value with its unit: "100%", "112 kejadian", "86,28" for a score."""
    if v is None:
        return fmt.TIDAK_TERSEDIA
    if not satuan.strip():
        return nilai(v)
    if satuan.strip() == "%":
        return f"{nilai(v)}%"
    if satuan.strip().lower() in _SATUAN_TANPA_LABEL:
        return nilai(v)
    return f"{nilai(v)} {satuan}"


def nama_program(nama: str) -> str:
    """Return a program name written in capitals as a title ("Program Penunjang ... dan ...")."""
    if nama != nama.upper():
        return nama
    kata = [
        w.lower() if w.lower() in _KATA_KECIL else "/".join(b.capitalize() for b in w.split("/"))
        for w in nama.split()
    ]
    return " ".join(kata)


def rangkai(items: Iterable[str]) -> str:
    """Return items joined the Indonesian way: "a, b dan c"."""
    listing = [i for i in items if i]
    if len(listing) <= 1:
        return "".join(listing)
    return ", ".join(listing[:-1]) + " dan " + listing[-1]


def dasar_kriteria(s: OpdTahun) -> str:
    """Return the regulation the capaian criteria come from."""
    return skala_kriteria(s).dasar_hukum


def nilai_skm(s: OpdTahun, tahun: int) -> Decimal | None:
    """Return the year's SKM score: entered, or computed from the nine unsur when complete."""
    result = s.skm.get(tahun)
    if result is None:
        return None
    if result.nilai is not None:
        return result.nilai
    if set(result.unsur) >= set(skm.UNSUR):
        return skm.nilai_konversi(skm.ikm(result.unsur))
    return None


def mutu_skm(s: OpdTahun) -> tuple[Decimal, Band] | None:
    """Return the year's SKM score and its mutu pelayanan band, when both are known."""
    number = nilai_skm(s, s.tahun)
    band = skm.mutu(number, s.tahun)
    return (number, band) if number is not None and band is not None else None


def kalimat_skm(s: OpdTahun) -> str | None:
    """Return the sentence stating the SKM score and its mutu category, None without a score."""
    result = mutu_skm(s)
    if result is None:
        return None
    number, band = result
    dasar = load_scale("mutu-skm", s.tahun).dasar_hukum
    return (
        f"Nilai Survei Kepuasan Masyarakat tahun {s.tahun} sebesar {nilai(number)} berada pada "
        f"mutu pelayanan **{band.kode} ({band.label})** menurut {dasar}."
    )


def analisis_sasaran(
    s: OpdTahun, sasaran: Sasaran, ambang: Decimal = AMBANG_SERAPAN[4]
) -> dict[str, str]:
    """Return the seven analyses (docs/rules.md#lkjip-layout) of one sasaran, by aspect key."""
    indikator = sasaran.indikator
    return {
        "target": " ".join(_target(s, ind) for ind in indikator),
        "perbandingan": " ".join(_perbandingan(s, ind) for ind in indikator),
        "renstra": " ".join(_renstra(s, ind) for ind in indikator),
        "standar": " ".join(t for ind in indikator if (t := _standar(s, ind))),
        "penyebab": "\n".join(p for ind in indikator if (p := _penyebab(s, ind))),
        "efisiensi": _efisiensi(s, sasaran),
        "program": _program(s, sasaran, ambang),
    }


JUDUL_ANALISIS: Mapping[str, str] = MappingProxyType(
    {
        "target": "Target dan realisasi",
        "perbandingan": "Perbandingan dengan tahun-tahun sebelumnya",
        "renstra": "Perbandingan dengan target akhir Renstra",
        "standar": "Perbandingan dengan standar nasional",
        "penyebab": "Penyebab keberhasilan/kegagalan dan solusi",
        "efisiensi": "Efisiensi penggunaan sumber daya",
        "program": "Program dan kegiatan pendukung",
    }
)


def _arah(ind: Indikator) -> str:
    return " (semakin rendah semakin baik)" if ind.polaritas is Polaritas.TURUN else ""


def _target(s: OpdTahun, ind: Indikator) -> str:
    target = target_tahun(s, ind)
    nyata = realisasi(s, ind)
    awal = f"Indikator {ind.nama}{_arah(ind)} pada tahun {s.tahun} ditargetkan "
    if target is None:
        return awal + "tanpa target, sehingga capaian kinerjanya tidak dapat dihitung."
    if nyata is None:
        return (
            awal + f"{nilai_satuan(target, ind.satuan)}, namun realisasinya tidak tersedia "
            "sehingga capaian kinerjanya tidak dapat dihitung ([[capaian]])."
        )
    c = capaian_tahun(s, ind)
    result = "tercapai" if c is not None and c >= 100 else "belum tercapai"
    label = kriteria(s, c)
    return (
        awal + f"{nilai_satuan(target, ind.satuan)} dan terealisasi "
        f"{nilai_satuan(nyata, ind.satuan)}, sehingga capaian kinerjanya **{fmt.persen(c)}** "
        f"dengan kriteria {label or fmt.TIDAK_TERSEDIA}; target {result} ([[capaian]])."
    )


def _perbandingan(s: OpdTahun, ind: Indikator) -> str:
    t = s.tahun
    sekarang, lalu, dulu = (realisasi(s, ind, y) for y in (t, t - 1, t - 2))
    riwayat = rangkai(
        f"tahun {y} {nilai_satuan(v, ind.satuan)}"
        for y, v in ((t - 2, dulu), (t - 1, lalu), (t, sekarang))
        if v is not None
    )
    if sekarang is None or lalu is None:
        tidak_ada = t if sekarang is None else t - 1
        kalimat = (
            f"Realisasi {ind.nama} tahun {tidak_ada} tidak tersedia, sehingga perbandingan "
            f"tahun {t} dengan tahun {t - 1} tidak dapat dilakukan"
        )
        return (
            kalimat
            + (f"; realisasi yang ada: {riwayat}" if riwayat else "")
            + " ([[perbandingan]])."
        )
    poin = perubahan_poin(sekarang, lalu)
    assert poin is not None
    persen = fmt.persen(perubahan_persen(sekarang, lalu))
    if poin == 0:
        gerak = f"sama dengan tahun {t - 1} (perubahan {persen})"
    else:
        arah = "naik" if poin > 0 else "turun"
        gerak = f"{arah} {nilai(abs(poin))} poin dibandingkan tahun {t - 1} (perubahan {persen})"
        membaik = (poin > 0) == (ind.polaritas is Polaritas.NAIK)
        if ind.polaritas is Polaritas.TURUN:
            gerak += ", yang berarti kinerja " + ("membaik" if membaik else "memburuk")
    kalimat = f"Realisasi {ind.nama} tahun {t} {gerak}. Realisasi menurut tahun: {riwayat}"
    target_lalu = ind.target.get(t - 1)
    capaian_lalu = capaian(target_lalu, lalu, ind.polaritas)
    if capaian_lalu is not None:
        kalimat += (
            f"; capaian tahun {t - 1} terhadap target Renstra "
            f"{nilai_satuan(target_lalu, ind.satuan)} adalah {fmt.persen(capaian_lalu)}"
        )
    return kalimat + " ([[perbandingan]])."


def _renstra(s: OpdTahun, ind: Indikator) -> str:
    akhir = s.renstra.tahun_target_akhir() if s.renstra else s.tahun
    nyata = realisasi_s_d_tahun(s, ind)
    if ind.target_akhir is None:
        return f"Target akhir Renstra untuk {ind.nama} belum ditetapkan."
    if nyata is None:
        return (
            f"Realisasi {ind.nama} sampai dengan tahun {s.tahun} tidak tersedia, sehingga belum "
            f"dapat dibandingkan dengan target akhir Renstra ({akhir}) sebesar "
            f"{nilai_satuan(ind.target_akhir, ind.satuan)} ([[target_akhir]])."
        )
    c = capaian(ind.target_akhir, nyata, ind.polaritas)
    return (
        f"Realisasi {ind.nama} sampai dengan tahun {s.tahun} sebesar "
        f"{nilai_satuan(nyata, ind.satuan)} dibandingkan target akhir Renstra ({akhir}) sebesar "
        f"{nilai_satuan(ind.target_akhir, ind.satuan)} memberikan capaian {fmt.persen(c)} "
        "([[target_akhir]])."
    )


def _standar(s: OpdTahun, ind: Indikator) -> str:
    """Return the comparison with the national standard the IKU is tied to, or nothing."""
    if ind.skala == "skm":
        return kalimat_skm(s) or ""
    if ind.skala is not None:
        return kalimat_standar(s, ind)
    return ""


def kalimat_standar(s: OpdTahun, ind: Indikator) -> str:
    """Return where the latest known value of an IKU stands on the standard it is tied to."""
    assert ind.skala is not None
    try:
        skala = load_scale(ind.skala, s.tahun)
    except SkalaTidakDitemukan:
        return ""
    tahun, number = next(
        (
            (y, v)
            for y in range(s.tahun, s.tahun - 3, -1)
            if (v := realisasi(s, ind, y)) is not None
        ),
        (None, None),
    )
    band = skala.classify(number)
    if band is None or tahun is None:
        return ""
    kapan = f"tahun {s.tahun}" if tahun == s.tahun else f"terakhir yang tersedia (tahun {tahun})"
    limit = rangkai(
        f"{b.label} pada nilai {nilai(b.batas_bawah)} ke atas"
        for b in skala.bands
        if b.batas_bawah.is_finite()
    )
    return (
        f"{ind.nama} {kapan} sebesar {nilai_satuan(number, ind.satuan)} berada pada "
        f"kelompok **{band.label}** menurut {skala.dasar_hukum} ({limit})."
    )


def _penyebab(s: OpdTahun, ind: Indikator) -> str:
    k = s.kinerja.get((ind.kode, s.tahun))
    return uraian_analisis(ind, k.analisis(4) if k else Analisis(), capaian_tahun(s, ind))


def uraian_analisis(ind: Indikator, a: Analisis, c: Decimal | None) -> str:
    """Return what the unit entered, under the IKU and the capaian it explains; "" if nothing."""
    bagian = [
        (judul, isi.strip())
        for judul, isi in (
            ("Faktor pendukung", a.faktor_pendukung),
            ("Faktor penghambat", a.faktor_penghambat),
            ("Solusi yang telah dan akan dilakukan", a.solusi),
        )
        if isi and isi.strip()
    ]
    if not bagian:
        return ""
    baris = [f"**{ind.nama}** (capaian {fmt.persen(c)})" if c is not None else f"**{ind.nama}**"]
    for judul, isi in bagian:
        baris.append(f"{judul}:")
        baris.extend(f"- {b.strip()}" for b in isi.splitlines() if b.strip())
    return "\n".join(baris)


def _efisiensi(s: OpdTahun, sasaran: Sasaran) -> str:
    baris = next(
        (
            b
            for b in anggaran.per_sasaran(s)
            if b.sasaran is not None and b.sasaran.kode == sasaran.kode
        ),
        None,
    )
    if baris is None or baris.pagu == 0:
        return (
            "Tidak ada program yang diatribusikan ke sasaran ini, sehingga efisiensi "
            "penggunaan sumber daya tidak dapat dihitung ([[efisiensi_sasaran]])."
        )
    serapan = percent(baris.realisasi, baris.pagu)
    kalimat = [
        f"Anggaran program yang mendukung sasaran ini sebesar {uang(baris.pagu)} dengan "
        f"realisasi {uang(baris.realisasi)} (serapan {fmt.persen(serapan)}). "
        f"Efisiensi diukur dengan metode {EFISIENSI_SASARAN.nama} "
        f"({EFISIENSI_SASARAN.rumus}; [[efisiensi_sasaran]])."
    ]
    for ind in sasaran.indikator:
        e = efisiensi_sasaran(capaian_tahun(s, ind), serapan)
        if e is None:
            kalimat.append(
                f"Untuk {ind.nama} tingkat efisiensi tidak dapat dihitung karena capaian "
                "kinerja atau serapan anggarannya tidak tersedia."
            )
            continue
        makna = (
            "capaian kinerja melampaui persentase penyerapan anggaran (efisien)"
            if e > 0
            else "capaian kinerja tidak melampaui persentase penyerapan anggaran"
        )
        kalimat.append(
            f"Untuk {ind.nama} tingkat efisiensinya {fmt.number(e)} poin persen: {makna}."
        )
    return " ".join(kalimat)


def _program(s: OpdTahun, sasaran: Sasaran, ambang: Decimal) -> str:
    kode_program = [p for p, k in s.atribusi_program.items() if k == sasaran.kode]
    pohon = {n.kode: n for n in anggaran.pohon(s.anggaran)}
    program = [pohon[p] for p in sorted(kode_program) if p in pohon]
    if not program:
        return "Belum ada program yang diatribusikan untuk mendukung sasaran ini."
    uraian = rangkai(
        f"{nama_program(anggaran.nama(s, p.kode))} (pagu {uang(p.pagu)}, "
        f"serapan {fmt.persen(p.serapan)})"
        for p in program
    )
    kalimat = f"Sasaran ini didukung oleh {uraian}."
    lambat = sub_kegiatan_lambat(s, {p.kode for p in program}, ambang)
    if lambat:
        # Only the absorption is known: a low one is named, not said to hold the sasaran back.
        kalimat += (
            f" Sub kegiatan pendukungnya yang terserap di bawah {fmt.persen(ambang, 0)} adalah "
            f"{rangkai(lambat)}."
        )
    else:
        kalimat += (
            f" Seluruh sub kegiatan pendukungnya terserap sedikitnya {fmt.persen(ambang, 0)}."
        )
    return kalimat + " Rincian kinerja program dan kegiatan disajikan pada [[keluaran]]."


def sub_kegiatan_lambat(
    s: OpdTahun, program: set[str] | None, ambang: Decimal, triwulan: int = 4
) -> list[str]:
    """Return "name (unit) 13,69%" for funded sub kegiatan absorbed below the threshold."""
    result = []
    for unit, nodes, _ in anggaran.per_unit(s, triwulan):
        for p in nodes:
            if program is not None and p.kode not in program:
                continue
            for kegiatan in p.children:
                for sub in kegiatan.children:
                    if lambat(sub, ambang):
                        result.append(
                            f"{anggaran.nama(s, sub.kode)} ({unit.nama}) {fmt.persen(sub.serapan)}"
                        )
    return result


def sampai_triwulan(
    s: OpdTahun, ind: Indikator, triwulan: int
) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """Return target, realisation and capaian of an IKU up to a quarter (the year at 4).

    Up to a quarter, target and realisation aggregate the quarters by the indicator's own
    method; for the whole year they are the year's target and value, as in Tabel 11.
    """
    if triwulan == 4:
        return target_tahun(s, ind), realisasi(s, ind), capaian_tahun(s, ind)
    k = s.kinerja.get((ind.kode, s.tahun))
    target = agregasi(k.target_triwulan, ind.agregasi, triwulan) if k else None
    nyata = nilai_tahun(k, ind, triwulan)
    return target, nyata, capaian(target, nyata, ind.polaritas)
