"""The tables of the Pemda's LKjIP, each keyed for the references in its text."""

from __future__ import annotations

from sakip.core.dokumen.narasi import nilai
from sakip.core.numbers import percent
from sakip.core.tables.base import Gaya, Jenis, Kolom, Tabel

from .data import AnggaranBaris, LkjipPemda, total

RENCANA = "rencana_pemda"
PK = "pk_pemda"
CAPAIAN = "capaian_pemda"
RIWAYAT = "riwayat_pemda"
URUSAN = "anggaran_urusan"
OPD = "anggaran_opd"


def all_items(d: LkjipPemda) -> dict[str, Tabel]:
    return {
        RENCANA: _tabel_rencana(d),
        PK: _tabel_pk(d),
        CAPAIAN: _tabel_capaian(d),
        RIWAYAT: _tabel_riwayat(d),
        URUSAN: _tabel_anggaran(
            URUSAN,
            f"Realisasi Anggaran per Urusan Pemerintahan Tahun {d.tahun}",
            "Urusan/Bidang Urusan",
            d.anggaran_urusan,
        ),
        OPD: _tabel_anggaran(
            OPD,
            f"Realisasi Anggaran per Perangkat Daerah Tahun {d.tahun}",
            "Perangkat Daerah",
            d.anggaran_opd,
        ),
    }


def _tabel_rencana(d: LkjipPemda) -> Tabel:
    t = Tabel(
        RENCANA,
        f"Sasaran, Indikator dan Target RPJMD {d.rpjmd_awal}–{d.rpjmd_akhir}",
        [
            Kolom("Sasaran"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom("Baseline"),
            Kolom(f"Target {d.tahun}", Jenis.NILAI),
            Kolom(f"Target Akhir ({d.rpjmd_akhir})", Jenis.NILAI),
        ],
        gabung=(0,),
    )
    for i in d.indikator:
        baseline = None
        if i.baseline is not None:
            baseline = nilai(i.baseline) + (f" ({i.baseline_tahun})" if i.baseline_tahun else "")
        t.add(
            [
                i.sasaran,
                f"{i.kode} {i.uraian}",
                i.satuan,
                baseline,
                i.tahun.target,
                i.target_akhir,
            ]
        )
    return t


def _tabel_pk(d: LkjipPemda) -> Tabel:
    t = Tabel(
        PK,
        f"Target Perjanjian Kinerja {d.kepala_jabatan} Tahun {d.tahun}",
        [Kolom("No"), Kolom("Indikator Kinerja"), Kolom("Satuan"), Kolom("Target", Jenis.NILAI)],
    )
    for no, p in enumerate(d.pk or (), 1):
        t.add([str(no), f"{p.kode} {p.indikator}", p.satuan, p.target])
    return t


def _tabel_capaian(d: LkjipPemda) -> Tabel:
    t = Tabel(
        CAPAIAN,
        f"Capaian Indikator Kinerja {d.pemda} Tahun {d.tahun}",
        [
            Kolom("Sasaran"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom("Target", Jenis.NILAI),
            Kolom("Realisasi", Jenis.NILAI),
            Kolom("Capaian (%)", Jenis.PERSEN),
            Kolom("Kriteria"),
        ],
        gabung=(0,),
    )
    for i in d.indikator:
        band = d.kriteria.classify(i.tahun.capaian)
        t.add(
            [
                i.sasaran,
                f"{i.kode} {i.uraian}",
                i.satuan,
                i.tahun.target,
                i.tahun.realisasi,
                i.tahun.capaian,
                band.label if band else None,
            ]
        )
    t.catatan.append(f"Kriteria capaian menurut {d.kriteria.dasar_hukum}.")
    return t


def _tabel_riwayat(d: LkjipPemda) -> Tabel:
    tahun = sorted({r.tahun for i in d.indikator for r in i.riwayat})
    all_items = [*tahun, d.tahun]
    t = Tabel(
        RIWAYAT,
        f"Perbandingan Kinerja {d.pemda} Tahun {all_items[0]}–{d.tahun}",
        [Kolom("Indikator Kinerja"), Kolom("Satuan"), Kolom("Diukur dengan")]
        + [Kolom(str(y), Jenis.NILAI) for y in all_items]
        + [Kolom(f"Target Akhir ({d.rpjmd_akhir})", Jenis.NILAI)],
    )
    t.catatan.append(
        "Indikator yang capaiannya dihitung dari capaian indikator perangkat daerah dibandingkan "
        "menurut capaiannya; target akhirnya berupa nilai indikator, sehingga tidak dibandingkan."
    )
    for i in d.indikator:
        number = {r.tahun: r for r in (*i.riwayat, i.tahun)}
        if i.berrealisasi:
            isi = [number[y].realisasi if y in number else None for y in all_items]
            t.add([f"{i.kode} {i.uraian}", i.satuan, "realisasi", *isi, i.target_akhir])
        else:
            # The rule gives a capaian only: the end target, a value, does not apply to it.
            isi = [number[y].capaian if y in number else None for y in all_items]
            t.add([f"{i.kode} {i.uraian}", i.satuan, "capaian (%)", *isi, "-"])
    return t


def _tabel_anggaran(key: str, judul: str, kolom: str, baris: tuple[AnggaranBaris, ...]) -> Tabel:
    t = Tabel(
        key,
        judul,
        [
            Kolom("Kode"),
            Kolom(kolom),
            Kolom("Pagu (Rp)", Jenis.UANG),
            Kolom("Realisasi (Rp)", Jenis.UANG),
            Kolom("Serapan (%)", Jenis.PERSEN),
        ],
    )
    for b in baris:
        t.add([b.kode, b.nama, b.pagu, b.realisasi, percent(b.realisasi, b.pagu)])
    jumlah = total(baris)
    if jumlah is not None:
        t.add(
            ["", "Jumlah", jumlah.pagu, jumlah.realisasi, percent(jumlah.realisasi, jumlah.pagu)],
            Gaya.TOTAL,
        )
    return t
