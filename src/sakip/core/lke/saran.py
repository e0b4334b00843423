"""Answers suggested from sakip's own data, each naming its rule and the evidence it rests on.

A suggestion is never an answer: a person accepts it (docs/lke.md#saran). Each rule measures a
share in percent (a yes/no fact is 100 or 0), and the criterion's answer type turns the share
into an answer by its options' bounds (the template's `batas_bawah`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sakip.core.capaian import capaian
from sakip.core.checks import pk_target_beda_renstra
from sakip.core.format import number, tanggal
from sakip.core.lke.template import TemplateLke
from sakip.core.model import Indikator, OpdTahun
from sakip.core.pengukuran import nilai_per_triwulan, realisasi, realisasi_s_d_tahun
from sakip.core.periode import ROMAWI
from sakip.core.tables.capaian import skala_standar

SERATUS = Decimal(100)


@dataclass(frozen=True)
class Data:
    """What a suggestion reads: the OPD-year snapshot and the date its LKjIP was signed."""

    s: OpdTahun
    lkjip_ditandatangani: date | None = None


@dataclass(frozen=True)
class Ukuran:
    """What one rule found: a share in percent (None: nothing to measure) and its evidence."""

    persen: Decimal | None
    bukti: tuple[str, ...]


@dataclass(frozen=True)
class Saran:
    """A suggested answer to one criterion, with the rule and the evidence behind it."""

    aturan: str
    jawaban: str | None
    persen: Decimal | None
    bukti: tuple[str, ...]


def _ya(benar: bool) -> Decimal:
    return SERATUS if benar else Decimal(0)


def _bagian(jumlah: int, dari: int) -> Decimal | None:
    return Decimal(jumlah) * SERATUS / dari if dari else None


def _iku(d: Data) -> list[Indikator]:
    return d.s.renstra.indikator() if d.s.renstra is not None else []


def renstra_ada(d: Data) -> Ukuran:
    """The OPD has a Renstra covering the year."""
    r = d.s.renstra
    if r is None or not r.periode_awal <= d.s.tahun <= r.periode_akhir:
        return Ukuran(Decimal(0), (f"Tidak ada Renstra yang mencakup tahun {d.s.tahun}.",))
    bukti = f"Renstra {r.periode_awal}–{r.periode_akhir}"
    return Ukuran(SERATUS, (f"{bukti}: {r.dasar_hukum}." if r.dasar_hukum else f"{bukti}.",))


def pk_ada(d: Data) -> Ukuran:
    """The year has a Perjanjian Kinerja with targets."""
    pk = d.s.pk
    if pk is None or not pk.target:
        return Ukuran(Decimal(0), (f"Tidak ada Perjanjian Kinerja tahun {d.s.tahun}.",))
    kapan = f", {tanggal(pk.tanggal)}" if isinstance(pk.tanggal, date) else ""
    return Ukuran(
        SERATUS,
        (f"Perjanjian Kinerja {pk.tahun} versi {pk.versi}{kapan}: {len(pk.target)} target.",),
    )


def iku_lengkap(d: Data) -> Ukuran:
    """The share of IKU that have a formula, a data source and a responsible person."""
    iku = _iku(d)
    kurang = []
    for ind in iku:
        tanpa = [
            nama
            for nama, nilai in (
                ("formula", ind.formula),
                ("sumber data", ind.sumber_data),
                ("penanggung jawab", ind.penanggung_jawab),
            )
            if not nilai
        ]
        if tanpa:
            kurang.append(f"{ind.kode} {ind.nama}: tanpa {', '.join(tanpa)}.")
    persen = _bagian(len(iku) - len(kurang), len(iku))
    ringkas = f"{len(iku) - len(kurang)} dari {len(iku)} IKU memiliki formula, sumber data dan "
    return Ukuran(persen, (ringkas + "penanggung jawab.", *kurang))


def pk_sesuai_renstra(d: Data) -> Ukuran:
    """The share of the PK's targets equal to the Renstra target of the year."""
    pk = d.s.pk
    if pk is None or not pk.target:
        return Ukuran(None, (f"Tidak ada Perjanjian Kinerja tahun {d.s.tahun}.",))
    beda = [f"{f.lokasi}: {f.pesan}" for f in pk_target_beda_renstra.check(d.s)]
    sama = len(pk.target) - len(beda)
    ringkas = f"{sama} dari {len(pk.target)} target Perjanjian Kinerja sama dengan Renstra."
    return Ukuran(_bagian(sama, len(pk.target)), (ringkas, *beda))


def target_triwulan(d: Data) -> Ukuran:
    """The share of IKU with a target and a realisation in each of the four quarters."""
    iku = _iku(d)
    kurang = []
    for ind in iku:
        k = d.s.kinerja.get((ind.kode, d.s.tahun))
        diisi = nilai_per_triwulan(k, ind)
        tanpa = [
            ROMAWI[q]
            for q in range(1, 5)
            if k is None or q not in k.target_triwulan or q not in diisi
        ]
        if tanpa:
            kurang.append(f"{ind.kode} {ind.nama}: triwulan {', '.join(tanpa)} tidak lengkap.")
    diukur = len(iku) - len(kurang)
    ringkas = f"{diukur} dari {len(iku)} IKU memiliki target dan realisasi setiap triwulan."
    return Ukuran(_bagian(diukur, len(iku)), (ringkas, *kurang))


def _banding(d: Data, iku: list[Indikator], kurang: list[str], apa: str) -> Ukuran:
    """Return the share of the IKU the LKjIP compares, with the IKU it cannot compare."""
    ada = len(iku) - len(kurang)
    ringkas = f"{ada} dari {len(iku)} IKU {apa} di LKjIP {d.s.tahun}."
    return Ukuran(_bagian(ada, len(iku)), (ringkas, *kurang))


def banding_target_akhir(d: Data) -> Ukuran:
    """The share of IKU whose realisation to date is compared with the Renstra end target
    (Tabel 14)."""
    kurang = []
    for ind in _iku(d):
        if ind.target_akhir is None:
            kurang.append(f"{ind.kode} {ind.nama}: tanpa target akhir Renstra.")
        elif capaian(ind.target_akhir, realisasi_s_d_tahun(d.s, ind), ind.polaritas) is None:
            kurang.append(f"{ind.kode} {ind.nama}: tanpa realisasi s.d. tahun {d.s.tahun}.")
    apa = "dibandingkan dengan target akhir Renstra (Tabel 14)"
    return _banding(d, _iku(d), kurang, apa)


def banding_tahun_lalu(d: Data) -> Ukuran:
    """The share of IKU whose realisation is compared with the year before (Tabel 13)."""
    kurang = []
    for ind in _iku(d):
        tanpa = [str(y) for y in (d.s.tahun - 1, d.s.tahun) if realisasi(d.s, ind, y) is None]
        if tanpa:
            kurang.append(f"{ind.kode} {ind.nama}: tanpa realisasi tahun {', '.join(tanpa)}.")
    apa = f"dibandingkan dengan realisasi tahun {d.s.tahun - 1} (Tabel 13)"
    return _banding(d, _iku(d), kurang, apa)


def banding_standar_nasional(d: Data) -> Ukuran:
    """The share of the IKU tied to a national standard whose realisation is read on it
    (Tabel 11 and 13); an IKU tied to none has nothing to compare with."""
    iku = [ind for ind in _iku(d) if skala_standar(d.s, ind) is not None]
    if not iku:
        return Ukuran(None, ("Tidak ada IKU yang memiliki standar nasional.",))
    kurang = [
        f"{ind.kode} {ind.nama}: tanpa realisasi tahun {d.s.tahun}."
        for ind in iku
        if realisasi(d.s, ind) is None
    ]
    apa = "yang memiliki standar nasional dibandingkan dengannya (Tabel 11 dan 13)"
    return _banding(d, iku, kurang, apa)


def lkjip_ditandatangani(d: Data) -> Ukuran:
    """The LKjIP of the year was signed by the head of the OPD."""
    tgl = d.lkjip_ditandatangani
    if tgl is None:
        return Ukuran(Decimal(0), (f"LKjIP {d.s.tahun} belum ditandatangani di sakip.",))
    return Ukuran(SERATUS, (f"LKjIP {d.s.tahun} ditandatangani {tanggal(tgl)}.",))


def lkjip_tepat_waktu(d: Data) -> Ukuran:
    """The LKjIP of the year was signed in the first quarter of the next year."""
    tahun = d.s.tahun
    tgl = d.lkjip_ditandatangani
    if tgl is None:
        return Ukuran(Decimal(0), (f"LKjIP {tahun} belum ditandatangani di sakip.",))
    tepat = date(tahun + 1, 1, 1) <= tgl <= date(tahun + 1, 3, 31)
    limit = f"batas 31 Maret {tahun + 1}"
    return Ukuran(_ya(tepat), (f"LKjIP {tahun} ditandatangani {tanggal(tgl)} ({limit}).",))


def rekomendasi_selesai(d: Data) -> Ukuran:
    """The share of last year's recommendations whose follow-up is Selesai."""
    lalu = [r for r in d.s.rekomendasi if r.tahun_evaluasi == d.s.tahun - 1]
    if not lalu:
        return Ukuran(None, (f"Tidak ada rekomendasi evaluasi tahun {d.s.tahun - 1}.",))
    selesai = sum(1 for r in lalu if r.status == "selesai")
    persen = _bagian(selesai, len(lalu))
    return Ukuran(
        persen,
        (
            f"{selesai} dari {len(lalu)} rekomendasi evaluasi tahun {d.s.tahun - 1} berstatus "
            f"Selesai ({number(persen)}%).",
        ),
    )


ATURAN: dict[str, Callable[[Data], Ukuran]] = {
    "renstra-ada": renstra_ada,
    "pk-ada": pk_ada,
    "iku-lengkap": iku_lengkap,
    "pk-sesuai-renstra": pk_sesuai_renstra,
    "target-triwulan": target_triwulan,
    "banding-target-akhir": banding_target_akhir,
    "banding-tahun-lalu": banding_tahun_lalu,
    "banding-standar-nasional": banding_standar_nasional,
    "lkjip-ditandatangani": lkjip_ditandatangani,
    "lkjip-tepat-waktu": lkjip_tepat_waktu,
    "rekomendasi-selesai": rekomendasi_selesai,
}
"""Rule kode (the `saran` of a criterion in a template) -> its measure."""


def saran(t: TemplateLke, d: Data) -> dict[str, Saran]:
    """Return the suggestion for every criterion of the template that names a known rule."""
    result = {}
    ukuran: dict[str, Ukuran] = {}
    for kr in t.kriteria():
        if kr.saran is None or kr.saran not in ATURAN:
            continue
        if kr.saran not in ukuran:
            ukuran[kr.saran] = ATURAN[kr.saran](d)
        u = ukuran[kr.saran]
        jawaban = t.jenis(kr).dari_persen(u.persen) if u.persen is not None else None
        result[kr.kode] = Saran(kr.saran, jawaban, u.persen, u.bukti)
    return result
