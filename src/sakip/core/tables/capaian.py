"""Tabel 11–15: capaian of the year, per quarter, against earlier years, against the Renstra
end target, and against the budget spent."""

from __future__ import annotations

from decimal import Decimal

from sakip.core import anggaran
from sakip.core.capaian import capaian, perubahan_persen, perubahan_poin
from sakip.core.efficiency import EFISIENSI_SASARAN, efisiensi_sasaran
from sakip.core.model import Indikator, OpdTahun, Sasaran
from sakip.core.numbers import percent
from sakip.core.pengukuran import (
    capaian_tahun,
    nilai_per_triwulan,
    realisasi,
    realisasi_s_d_tahun,
    target_tahun,
)
from sakip.core.scales import Scale, SkalaTidakDitemukan, load_scale
from sakip.core.tables.base import Jenis, Kolom, Tabel

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
SKALA_IKU = {"skm": "mutu-skm"}
"""An IKU's `skala` that is not a scale's own name: the SKM score is read on the mutu scale."""
TANPA_STANDAR = "-"
"""The cell of an IKU tied to no national standard (not n/a: there is nothing to compare)."""


def _pairs(s: OpdTahun) -> list[tuple[int, Sasaran, Indikator]]:
    if s.renstra is None:
        return []
    return [
        (no, sasaran, ind)
        for no, sasaran in enumerate(s.renstra.sasaran, 1)
        for ind in sasaran.indikator
    ]


def skala_kriteria(s: OpdTahun) -> Scale:
    """Return the criteria of capaian for the year: the Pemda's own, else the regulation's.

    Every output (tables, LKjIP, Triwulan, dashboard) takes its labels from here (RULES.md §4).
    """
    return s.kriteria or load_scale("kriteria-capaian", s.tahun)


def kriteria(s: OpdTahun, nilai: Decimal | None) -> str | None:
    """Return the criterion of a capaian on the scale in force (docs/rules.md#kriteria-capaian)."""
    band = skala_kriteria(s).classify(nilai)
    return band.label if band else None


def skala_standar(s: OpdTahun, ind: Indikator) -> Scale | None:
    """Return the national standard an IKU is tied to, in force in the year; None without one."""
    if ind.skala is None:
        return None
    try:
        return load_scale(SKALA_IKU.get(ind.skala, ind.skala), s.tahun)
    except SkalaTidakDitemukan:
        return None


def standar(s: OpdTahun, ind: Indikator, nilai: Decimal | None) -> str | None:
    """Return where a value of the IKU stands on its national standard ("B (Baik)").

    `TANPA_STANDAR` when the IKU is tied to none, None when the value is missing.
    """
    skala = skala_standar(s, ind)
    if skala is None:
        return TANPA_STANDAR
    band = skala.classify(nilai)
    if band is None:
        return None
    return f"{band.kode} ({band.label})" if skala.jenis == "mutu-skm" else band.label


def _catatan_standar(s: OpdTahun, t: Tabel) -> None:
    """Name the regulation of every standard the table's rows are read on."""
    dasar = sorted({sk.dasar_hukum for _, _, ind in _pairs(s) if (sk := skala_standar(s, ind))})
    if dasar:
        t.catatan.append(
            f"Standar nasional menurut {'; '.join(dasar)}; tanda {TANPA_STANDAR}: indikator "
            "tanpa standar nasional."
        )


def capaian_tahunan(s: OpdTahun) -> Tabel:
    """Return Tabel 11: target, realisasi and capaian of each IKU this year, with its criterion."""
    t = Tabel(
        "capaian",
        f"Capaian Kinerja Tahun {s.tahun}",
        [
            Kolom("No"),
            Kolom("Sasaran Strategis"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom("Target", Jenis.NILAI),
            Kolom("Realisasi", Jenis.NILAI),
            Kolom("% Capaian", Jenis.PERSEN),
            Kolom("Kriteria"),
            Kolom("Standar Nasional"),
        ],
        gabung=(0, 1),
    )
    for no, sasaran, ind in _pairs(s):
        c = capaian_tahun(s, ind)
        nilai = realisasi(s, ind)
        t.add(
            [
                str(no),
                sasaran.uraian,
                ind.nama,
                ind.satuan,
                target_tahun(s, ind),
                nilai,
                c,
                kriteria(s, c),
                standar(s, ind, nilai),
            ]
        )
    t.catatan.append(f"Kriteria capaian menurut {skala_kriteria(s).dasar_hukum}.")
    _catatan_standar(s, t)
    return t


def per_triwulan(s: OpdTahun) -> Tabel:
    """Return Tabel 12: per IKU and quarter, the quarter's target, realisation and capaian."""
    t = Tabel(
        "triwulan",
        "Pengukuran Kinerja Organisasi per Triwulan",
        [
            Kolom("No"),
            Kolom("Sasaran Strategis"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom("Target Tahunan", Jenis.NILAI),
            Kolom("Triwulan"),
            Kolom("Target", Jenis.NILAI),
            Kolom("Realisasi", Jenis.NILAI),
            Kolom("%", Jenis.PERSEN),
        ],
        gabung=(0, 1, 2, 3, 4),
    )
    for no, sasaran, ind in _pairs(s):
        k = s.kinerja.get((ind.kode, s.tahun))
        per_triwulan = nilai_per_triwulan(k, ind)
        for q in range(1, 5):
            target = k.target_triwulan.get(q) if k else None
            nilai = per_triwulan.get(q)
            t.add(
                [
                    str(no),
                    sasaran.uraian,
                    ind.nama,
                    ind.satuan,
                    target_tahun(s, ind),
                    f"Triwulan {ROMAWI[q]}",
                    target,
                    nilai,
                    capaian(target, nilai, ind.polaritas),
                ]
            )
    return t


def perbandingan(s: OpdTahun) -> Tabel:
    """Return Tabel 13: this year's realisation and capaian against the two years before
    (PermenPAN-RB 53/2014, RULES.md §1 A.2), with the national standard where there is one."""
    years = [s.tahun - 2, s.tahun - 1, s.tahun]
    t = Tabel(
        "perbandingan",
        f"Perbandingan Realisasi dan Capaian Kinerja Tahun {s.tahun} "
        f"dengan Tahun {years[1]} dan Tahun {years[0]}",
        [Kolom("No"), Kolom("Indikator Kinerja"), Kolom("Satuan")]
        + [Kolom(f"Realisasi {y}", Jenis.NILAI) for y in years]
        + [
            Kolom(f"Perubahan {s.tahun} (poin)", Jenis.NILAI),
            Kolom(f"% Peningkatan/Penurunan {s.tahun}", Jenis.PERSEN),
        ]
        + [Kolom(f"% Capaian {y}", Jenis.PERSEN) for y in years]
        + [Kolom(f"Standar Nasional {s.tahun}")],
    )
    for no, (_, _, ind) in enumerate(_pairs(s), 1):
        values = [realisasi(s, ind, y) for y in years]
        # Earlier years are measured against the Renstra's target of that year; this year
        # against the Perjanjian Kinerja's, as in Tabel 11.
        capaian_lalu = [
            capaian(ind.target.get(y), v, ind.polaritas)
            for y, v in zip(years[:2], values[:2], strict=True)
        ]
        t.add(
            [
                str(no),
                ind.nama,
                ind.satuan,
                *values,
                perubahan_poin(values[2], values[1]),
                perubahan_persen(values[2], values[1]),
                *capaian_lalu,
                capaian_tahun(s, ind),
                standar(s, ind, values[2]),
            ]
        )
    t.catatan.append(
        "% peningkatan/penurunan = (realisasi tahun ini − realisasi tahun lalu) "
        "/ realisasi tahun lalu × 100. % capaian tahun-tahun sebelumnya terhadap target Renstra "
        "tahun itu."
    )
    _catatan_standar(s, t)
    return t


def target_akhir(s: OpdTahun) -> Tabel:
    """Return Tabel 14: the realisation to date against the Renstra end target."""
    akhir = s.renstra.tahun_target_akhir() if s.renstra else s.tahun
    t = Tabel(
        "target_akhir",
        "Realisasi Kinerja sampai dengan Tahun Ini dibandingkan dengan Target Akhir Renstra",
        [
            Kolom("No"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom(f"Realisasi s.d. {s.tahun}", Jenis.NILAI),
            Kolom(f"Target Akhir Renstra ({akhir})", Jenis.NILAI),
            Kolom("% Capaian", Jenis.PERSEN),
        ],
    )
    for no, (_, _, ind) in enumerate(_pairs(s), 1):
        nilai = realisasi_s_d_tahun(s, ind)
        t.add(
            [
                str(no),
                ind.nama,
                ind.satuan,
                nilai,
                ind.target_akhir,
                capaian(ind.target_akhir, nilai, ind.polaritas),
            ]
        )
    t.catatan.append(
        "Indikator berjenis jumlah diakumulasikan sejak awal Renstra; indikator berjenis nilai "
        "terakhir memakai nilai tahun ini."
    )
    return t


def efisiensi(s: OpdTahun) -> Tabel:
    """Return Tabel 15: capaian of each IKU against the budget spent on its sasaran.

    See docs/rules.md#efficiency.
    """
    t = Tabel(
        "efisiensi_sasaran",
        "Efisiensi Penggunaan Sumber Daya",
        [
            Kolom("No"),
            Kolom("Sasaran Strategis"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom("Target", Jenis.NILAI),
            Kolom("Realisasi", Jenis.NILAI),
            Kolom("% Capaian", Jenis.PERSEN),
            Kolom("Anggaran (Rp)", Jenis.UANG),
            Kolom("Realisasi Anggaran (Rp)", Jenis.UANG),
            Kolom("% Serapan", Jenis.PERSEN),
            Kolom(f"{EFISIENSI_SASARAN.nama} (%)", Jenis.PERSEN),
        ],
        gabung=(0, 1, 7, 8, 9),
    )
    budget = {r.sasaran.kode: r for r in anggaran.per_sasaran(s) if r.sasaran}
    for no, sasaran, ind in _pairs(s):
        c = capaian_tahun(s, ind)
        b = budget.get(sasaran.kode)
        pagu = b.pagu if b else None
        real = b.realisasi if b else None
        serapan = percent(real, pagu)
        t.add(
            [
                str(no),
                sasaran.uraian,
                ind.nama,
                ind.satuan,
                target_tahun(s, ind),
                realisasi(s, ind),
                c,
                pagu,
                real,
                serapan,
                efisiensi_sasaran(c, serapan),
            ]
        )
    t.catatan.append(f"{EFISIENSI_SASARAN.nama} = {EFISIENSI_SASARAN.rumus}.")
    return t
