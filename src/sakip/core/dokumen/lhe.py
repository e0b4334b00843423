"""The Laporan Hasil Evaluasi (LHE) of one OPD's LKE: scores, predikat, findings, recommendations.

Built from the evaluator's final answers and notes (docs/lke.md#lhe): every sentence states a
figure, an answer or a note of the evaluation; a part without a finding says so in one line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sakip.core import format as fmt
from sakip.core.dokumen.model import (
    Bagian,
    Blok,
    Dokumen,
    Identitas,
    Penanda,
    Rata,
    TabelDok,
    TandaTangan,
    Teks,
)
from sakip.core.dokumen.pengesahan import EMPTY, jabatan
from sakip.core.lke import skor
from sakip.core.lke.template import Komponen, Kriteria, TemplateLke
from sakip.core.model import Pejabat
from sakip.core.scales import load_scale
from sakip.core.tables.base import Gaya, Jenis, Kolom, Tabel


@dataclass(frozen=True)
class RekomendasiLhe:
    """One recommendation of the LHE, with its deadline and who answers for it, where set."""

    komponen: str
    """The LKE component kode it belongs to."""
    uraian: str
    tenggat: date | None = None
    unit: str | None = None
    jabatan: str | None = None


@dataclass(frozen=True)
class BahanLhe:
    """What an LHE is made of: the template, the final answers and notes, its signing data."""

    template: TemplateLke
    opd: str
    pemda: str
    tempat_pemda: str
    tahun: int
    jawaban: Mapping[str, str]
    """Criterion kode -> the evaluator's final answer."""
    catatan: Mapping[str, str]
    """Criterion kode -> the evaluator's note."""
    rekomendasi: Sequence[RekomendasiLhe] = ()
    """The recommendations in order."""
    penandatangan: Pejabat | None = None
    status: str | None = None
    """"Plt." or "Plh." when the signatory acts for the Inspektur."""
    tempat: str | None = None
    tanggal: date | None = None
    nomor: str | None = None


def predikat_label(t: TemplateLke, total: Decimal | None) -> str | None:
    """Return "B (Baik)" for a total on the template's predikat scale, None without a total."""
    band = load_scale("predikat-sakip", kode=t.predikat).classify(total)
    return f"{band.kode} ({band.label})" if band else None


def tabel_nilai(b: BahanLhe, n: skor.NilaiLke) -> Tabel:
    """Return (No, Komponen / Subkomponen, Bobot, Nilai) with the total and the predikat."""
    t = Tabel(
        "lhe_nilai",
        f"Nilai Hasil Evaluasi Akuntabilitas Kinerja {b.opd} Tahun {b.tahun}",
        [
            Kolom("No"),
            Kolom("Komponen / Subkomponen"),
            Kolom("Bobot", Jenis.PERSEN),
            Kolom("Nilai", Jenis.PERSEN),
        ],
    )
    for k in b.template.komponen:
        t.add([k.kode, k.nama, k.bobot, n.komponen[k.kode]], Gaya.KELOMPOK)
        for s in k.subkomponen:
            t.add([s.kode, s.nama, s.bobot, n.subkomponen[s.kode]])
    bobot = sum((k.bobot for k in b.template.komponen), Decimal(0))
    t.add(["", "Nilai hasil evaluasi", bobot, n.total], Gaya.TOTAL)
    t.add(["", "Predikat", "", predikat_label(b.template, n.total)], Gaya.TOTAL)
    t.catatan.append(
        f"Dinilai dengan {b.template.nama} versi {b.template.versi} menurut "
        f"{b.template.dasar_hukum}."
    )
    return t


def ringkasan(b: BahanLhe, n: skor.NilaiLke) -> str:
    """Return the sentence stating the total and the predikat, or what is still unscored."""
    if n.total is None:
        belum = [kr.kode for kr in b.template.kriteria() if not b.jawaban.get(kr.kode)]
        return (
            f"Nilai hasil evaluasi belum dapat dihitung: {len(belum)} kriteria belum diberi "
            f"jawaban penetapan ({', '.join(belum[:10])}{', …' if len(belum) > 10 else ''})."
        )
    return (
        f"Nilai hasil evaluasi akuntabilitas kinerja {b.opd} tahun {b.tahun} adalah "
        f"**{fmt.number(n.total)}** dengan predikat **{predikat_label(b.template, n.total)}**."
    )


def _kurang(b: BahanLhe, kr: Kriteria) -> str | None:
    """Return the finding of one criterion answered below the highest value, else None."""
    jenis = b.template.jenis(kr)
    jawaban = b.jawaban.get(kr.kode)
    nilai = jenis.nilai(jawaban)
    tertinggi = max(p.nilai for p in jenis.pilihan)
    if nilai is None or nilai >= tertinggi:
        return None
    pilihan = next(p for p in jenis.pilihan if p.kode == jawaban)
    baris = f"- **{kr.kode}** {kr.pertanyaan} Jawaban {jawaban} (nilai {fmt.number(nilai)})"
    baris += f": {pilihan.penjelasan}" if pilihan.penjelasan else "."
    catatan = b.catatan.get(kr.kode)
    if catatan and catatan.strip():
        baris += " " + " ".join(catatan.split())
    return baris


def temuan_komponen(b: BahanLhe, k: Komponen, n: skor.NilaiLke) -> list[Blok]:
    """Return the findings of one component: its score, each shortfall with its note."""
    nilai = n.komponen[k.kode]
    if nilai is None or not k.bobot:
        dihitung = fmt.number(nilai) if nilai is not None else "belum dapat dihitung"
        teks = f"Nilai komponen {dihitung} (bobot {fmt.number(k.bobot)})."
    else:
        teks = (
            f"Nilai komponen {fmt.number(nilai)} dari bobot {fmt.number(k.bobot)} "
            f"({fmt.persen(nilai / k.bobot * 100)})."
        )
    blok: list[Blok] = [Teks(teks)]
    kode = {kr.kode for s in k.subkomponen for kr in s.kriteria}
    baris = [x for s in k.subkomponen for kr in s.kriteria if (x := _kurang(b, kr))]
    logika = [
        f"- {f.pesan}" for f in skor.temuan_logika(b.template, b.jawaban) if f.kriteria in kode
    ]
    belum = [kr.kode for s in k.subkomponen for kr in s.kriteria if not b.jawaban.get(kr.kode)]
    if baris:
        blok.append(Teks("Kriteria yang belum terpenuhi sepenuhnya:\n" + "\n".join(baris)))
    if logika:
        blok.append(Teks("Jawaban yang tidak sesuai kerangka logis:\n" + "\n".join(logika)))
    if belum:
        blok.append(Teks(f"Kriteria yang belum dinilai: {', '.join(belum)}."))
    if not (baris or logika or belum):
        blok.append(Teks("Seluruh kriteria komponen ini mendapat jawaban tertinggi."))
    return blok


def penanggung_jawab(r: RekomendasiLhe) -> str:
    """Return "Penanggung jawab: <position>, <unit>. Tenggat: <date>." with what is set, or ""."""
    siapa = ", ".join(x for x in (r.jabatan, r.unit) if x)
    bagian = [f"Penanggung jawab: {siapa}." if siapa else ""]
    bagian.append(f"Tenggat: {fmt.tanggal(r.tenggat)}." if r.tenggat is not None else "")
    return " ".join(x for x in bagian if x)


def _butir(i: int, r: RekomendasiLhe) -> str:
    teks = " ".join(r.uraian.split())
    tambahan = penanggung_jawab(r)
    return f"{i}. {teks} {tambahan}" if tambahan else f"{i}. {teks}"


def rekomendasi(b: BahanLhe) -> list[Blok]:
    """Return the recommendations grouped by component, numbered within each, each with its
    responsible position and unit and its deadline where they are set."""
    if not b.rekomendasi:
        return [Teks("Inspektorat tidak memberikan rekomendasi.")]
    blok: list[Blok] = []
    for k in b.template.komponen:
        milik = [r for r in b.rekomendasi if r.komponen == k.kode]
        if milik:
            isi = "\n".join(_butir(i, r) for i, r in enumerate(milik, 1))
            blok.append(Teks(f"**{k.nama}**\n{isi}"))
    return blok


def tanda_tangan(b: BahanLhe) -> TandaTangan:
    """Return the Inspektur's signature under the place and date of the LHE."""
    hari = fmt.tanggal(b.tanggal) if b.tanggal is not None else EMPTY
    p = b.penandatangan or Pejabat("Inspektur")
    return TandaTangan(
        Teks(f"{b.tempat or b.tempat_pemda}, {hari}", rata=Rata.KANAN),
        (Penanda(jabatan(p, b.status), p.nama, p.nip),),
    )


def build(b: BahanLhe) -> Dokumen:
    """Return the LHE of one OPD's LKE as a document."""
    n = skor.compute(b.template, b.jawaban)
    pembuka = [Teks(f"Nomor: {b.nomor}")] if b.nomor else []
    temuan: list[Blok] = [
        Bagian(k.nama, temuan_komponen(b, k, n), nomor=f"{i}.")
        for i, k in enumerate(b.template.komponen, 1)
    ]
    return Dokumen(
        jenis="lhe",
        judul=f"Laporan Hasil Evaluasi AKIP {b.opd} Tahun {b.tahun}",
        identitas=Identitas(
            judul=f"LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA TAHUN {b.tahun}",
            singkatan="LHE",
            opd=b.opd.upper(),
            tahun=str(b.tahun),
            pemda=b.pemda.upper(),
        ),
        bersampul=False,
        depan=[],
        isi=[
            Bagian(
                f"LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA {b.opd.upper()} TAHUN {b.tahun}",
                [
                    *pembuka,
                    Bagian(
                        "Nilai Hasil Evaluasi",
                        [Teks(ringkasan(b, n)), TabelDok(tabel_nilai(b, n))],
                        nomor="A.",
                    ),
                    Bagian("Temuan", temuan, nomor="B."),
                    Bagian("Rekomendasi", rekomendasi(b), nomor="C."),
                    tanda_tangan(b),
                ],
            )
        ],
    )


__all__ = ["BahanLhe", "RekomendasiLhe", "build", "predikat_label"]
