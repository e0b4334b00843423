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
from sakip.core.scales import Scale, load_scale
from sakip.core.tables.base import Jenis, Kolom, Tabel

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


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
        ],
        gabung=(0, 1),
    )
    for no, sasaran, ind in _pairs(s):
        c = capaian_tahun(s, ind)
        t.tambah(
            [
                str(no),
                sasaran.uraian,
                ind.nama,
                ind.satuan,
                target_tahun(s, ind),
                realisasi(s, ind),
                c,
                kriteria(s, c),
            ]
        )
    t.catatan.append(f"Kriteria capaian menurut {skala_kriteria(s).dasar_hukum}.")
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
            t.tambah(
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
    """Return Tabel 13: this year's realisation against the two years before."""
    years = [s.tahun - 2, s.tahun - 1, s.tahun]
    t = Tabel(
        "perbandingan",
        f"Perbandingan Realisasi Kinerja Tahun {s.tahun} "
        f"dengan Tahun {years[1]} dan Tahun {years[0]}",
        [Kolom("No"), Kolom("Indikator Kinerja"), Kolom("Satuan")]
        + [Kolom(f"Realisasi {y}", Jenis.NILAI) for y in years]
        + [
            Kolom(f"Perubahan {s.tahun} (poin)", Jenis.NILAI),
            Kolom(f"% Peningkatan/Penurunan {s.tahun}", Jenis.PERSEN),
        ],
    )
    for no, (_, _, ind) in enumerate(_pairs(s), 1):
        values = [realisasi(s, ind, y) for y in years]
        t.tambah(
            [
                str(no),
                ind.nama,
                ind.satuan,
                *values,
                perubahan_poin(values[2], values[1]),
                perubahan_persen(values[2], values[1]),
            ]
        )
    t.catatan.append(
        "% peningkatan/penurunan = (realisasi tahun ini − realisasi tahun lalu) "
        "/ realisasi tahun lalu × 100."
    )
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
        t.tambah(
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
        t.tambah(
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
