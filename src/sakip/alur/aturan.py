"""The validation rules every door applies to a record it writes, in one place and in one wording.

Field rules look at one record (control characters in text, negative amounts, years outside the
Renstra, budget codes unknown to the year's nomenclature); line rules look at a budget line once
every change of a save is written (realisation within the pagu, one kind of period per line).
Each returns the reason in Bahasa Indonesia, or None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from django.db import models

from sakip.core import codes
from sakip.core.format import number, rupiah, tanggal
from sakip.core.pengukuran import nilai_rasio
from sakip.core.periode import JenisPeriode, Periode
from sakip.core.scales import SkalaTidakDitemukan, evaluasi_regulasi_listing, load_evaluasi_regulasi
from sakip.kinerja import models as m

KENDALI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters a text may not hold: the C0 range and DEL, except tab and line breaks."""


def karakter_kendali(teks: str) -> str | None:
    """Return why a text is refused when it holds a control character (NUL and the like)."""
    cocok = KENDALI.search(teks)
    if cocok is None:
        return None
    return (
        f"berisi karakter kendali yang tidak dapat disimpan (kode {ord(cocok.group()):#04x}); "
        "hapus karakter itu, lalu simpan kembali"
    )


def uang_negatif(nilai: Decimal) -> str | None:
    """Return why a negative rupiah amount is refused."""
    if nilai < 0:
        return f"jumlah rupiah tidak boleh negatif ({rupiah(nilai)})"
    return None


def _uang(f: models.Field[Any, Any]) -> bool:
    return isinstance(f, models.DecimalField) and f.decimal_places == 2 and f.max_digits == 20


def check_field(obj: models.Model) -> Iterator[tuple[str, str]]:
    """Yield (field name, reason) for every field value of a record that a door must refuse."""
    for f in obj._meta.concrete_fields:
        nilai = getattr(obj, f.attname)
        if nilai is None:
            continue
        if isinstance(nilai, str):
            alasan = karakter_kendali(nilai)
            if alasan:
                yield f.name, alasan
        elif isinstance(nilai, Decimal) and _uang(f):
            alasan = uang_negatif(nilai)
            if alasan:
                yield f.name, alasan


def tahun_renstra(tahun: int, awal: int, akhir: int) -> str | None:
    """Return why a year outside the Renstra period is refused."""
    if awal <= tahun <= akhir:
        return None
    return f"tahun {tahun} di luar periode Renstra {awal}–{akhir}"


def realisasi_melebihi_pagu(total: Decimal, pagu: Decimal) -> str | None:
    """Return why a line whose realisation exceeds its pagu is refused."""
    if total <= pagu:
        return None
    return f"jumlah realisasi setahun ({rupiah(total)}) melebihi pagu ({rupiah(pagu)})"


NAMA_JENIS_PERIODE = {
    JenisPeriode.TAHUN: "setahun",
    JenisPeriode.TRIWULAN: "per triwulan",
    JenisPeriode.BULAN: "per bulan",
}


def periode_campur(periode: set[str]) -> str | None:
    """Return why a budget line recorded with two kinds of period is refused."""
    jenis = {Periode.parse(p).jenis for p in periode}
    if len(jenis) <= 1:
        return None
    listing = " dan ".join(NAMA_JENIS_PERIODE[j] for j in JenisPeriode if j in jenis)
    return (
        f"realisasi satu baris anggaran dicatat {listing} sekaligus; "
        "pakai satu cara pencatatan untuk satu baris"
    )


def kode_anggaran(kode: str, tahun: int, item: set[str] | None, nama_versi: str) -> str | None:
    """Return why a budget code that is malformed or unknown to the year's nomenclature is refused.

    `item` holds the codes of the complete nomenclature version in force for the year, or None
    when no complete version is stored (the import reports a partial one; nothing is guessed).
    """
    try:
        codes.level(kode)
    except codes.KodeTidakValid:
        return f"kode {kode} bukan kode nomenklatur yang sah"
    if item is not None and kode not in item:
        return (
            f"kode {codes.display(kode, 4)} tidak ada dalam {nama_versi} yang berlaku tahun {tahun}"
        )
    return None


def kode_organisasi(kode: str, bidang: set[str] | None, nama_versi: str) -> str | None:
    """Return why an OPD's organisation code is refused: not of the form
    U.BB.U2.B2.U3.B3.NN.SSSS, not an SKPD's (sub-unit 0000), or naming a bidang urusan that the
    complete nomenclature does not hold (`bidang`: its bidang codes; None: no complete one)."""
    try:
        bersih = codes.validate_kode_organisasi(kode)
    except codes.KodeTidakValid:
        return (
            f"kode {kode} bukan kode organisasi; bentuknya U.BB.U2.B2.U3.B3.NN.SSSS, "
            "misalnya 7.01.0.00.0.00.30.0000"
        )
    if codes.is_sub_unit(bersih):
        return f"kode {bersih} adalah kode sub unit; kode perangkat daerah berakhiran .0000"
    if bidang is None:
        return None
    segmen = bersih.split(".")
    for u, b in ((segmen[0], segmen[1]), (segmen[2], segmen[3]), (segmen[4], segmen[5])):
        if u == "0" and b == "00":
            continue
        if f"{u}.{b}" not in bidang:
            return f"bidang urusan {u}.{b} pada kode {bersih} tidak ada dalam {nama_versi}"
    return None


def kode_unit(kode: str, kode_opd: str) -> str | None:
    """Return why a unit's code is refused: not an organisation code, or not one of its OPD's
    (the same code but for the sub-unit segment)."""
    try:
        skpd = codes.skpd_of(kode)
    except codes.KodeTidakValid:
        return (
            f"kode {kode} bukan kode organisasi; bentuknya U.BB.U2.B2.U3.B3.NN.SSSS, "
            "misalnya 7.01.0.00.0.00.30.0001"
        )
    if skpd != kode_opd.strip():
        return f"kode unit {kode.strip()} bukan bagian dari perangkat daerah {kode_opd}"
    return None


def rekomendasi(r: m.Rekomendasi, opd_unit: int | None) -> Iterator[tuple[str, str]]:
    """Yield (field, reason) when a recommendation's responsible unit or deadline is refused:
    the unit is one of the recommendation's own OPD (`opd_unit`: the OPD of the unit chosen),
    and the deadline does not fall before the year evaluated (docs/lke.md#penanggung-jawab)."""
    if r.unit_id is not None and opd_unit != r.opd_id:
        yield (
            "unit",
            "unit penanggung jawab harus unit kerja perangkat daerah yang diberi rekomendasi",
        )
    if r.tenggat is not None and r.tahun_evaluasi and r.tenggat.year < r.tahun_evaluasi:
        yield (
            "tenggat",
            f"tenggat {tanggal(r.tenggat)} jatuh sebelum tahun yang dievaluasi "
            f"({r.tahun_evaluasi})",
        )


def check_baris(baris: m.BarisAnggaran, realisasi: list[m.RealisasiAnggaran]) -> list[str]:
    """Return the reasons a budget line, with all its realisation rows, is refused."""
    alasan = []
    total = sum((r.nilai for r in realisasi if r.nilai is not None), Decimal(0))
    for teks in (
        realisasi_melebihi_pagu(total, baris.pagu),
        periode_campur({r.periode for r in realisasi}),
    ):
        if teks:
            alasan.append(teks)
    return alasan


def realisasi_indikator(
    r: m.Realisasi, jenis: str, periode_ukur: str, pengali: Decimal
) -> Iterator[tuple[str, str]]:
    """Yield (field, reason) when a realisation row does not fit its indicator's kind.

    A monthly indicator is entered per month (and may have a year value), a quarterly one per
    quarter; a ratio keeps its parts and the figure computed from them
    (docs/rules.md#periode-bulan, #indikator-rasio).
    """
    if r.bulan is not None and periode_ukur != "bulan":
        yield "bulan", "indikator ini diukur per triwulan, bukan per bulan"
    if r.bulan is None and r.triwulan is not None and periode_ukur == "bulan":
        yield "triwulan", "indikator ini diukur per bulan; isi realisasi setiap bulannya"
    if r.bulan is not None and r.triwulan != (r.bulan + 2) // 3:
        yield "triwulan", f"bulan {r.bulan} tidak termasuk triwulan {r.triwulan}"
    ada_bagian = r.pembilang is not None or r.penyebut is not None
    if jenis != "rasio":
        if ada_bagian:
            yield "pembilang", "indikator ini bernilai langsung, tanpa pembilang dan penyebut"
        return
    for nama in ("pembilang", "penyebut"):
        nilai = getattr(r, nama)
        if nilai is not None and nilai < 0:
            yield nama, f"{nama} tidak boleh negatif ({number(nilai)})"
    if ada_bagian and (r.pembilang is None or r.penyebut is None):
        yield "penyebut", "isi pembilang dan penyebut sekaligus, atau kosongkan keduanya"
    elif ada_bagian or r.nilai is not None:
        compute = nilai_rasio(r.pembilang, r.penyebut, pengali)
        if compute != r.nilai:
            yield (
                "nilai",
                (
                    f"nilai {number(r.nilai)} tidak sama dengan pembilang dibagi penyebut dikali "
                    f"{number(pengali)} ({number(compute)})"
                ),
            )


def regulasi_evaluasi(kode: str) -> str | None:
    """Return why an evaluation regulation no scale file holds is refused."""
    dikenal = {r.kode for r in evaluasi_regulasi_listing()}
    if kode in dikenal:
        return None
    return f"regulasi evaluasi {kode} tidak dikenal; pilih salah satu: {', '.join(sorted(dikenal))}"


def komponen_evaluasi(kode: str, regulasi: str) -> str | None:
    """Return why a component its evaluation's regulation does not have is refused."""
    try:
        milik = {k.kode: k.nama for k in load_evaluasi_regulasi(regulasi).komponen}
    except SkalaTidakDitemukan:
        return None
    if kode in milik:
        return None
    return f"komponen {kode} tidak ada dalam regulasi {regulasi}"
