"""Working papers (kertas kerja evaluasi) pre-filled from sakip's own data.

The evaluator's working note of a criterion starts from the test the data already allow: the SMART
test of each IKU, the alignment of the cascade (PK ↔ Renstra ↔ budget), the follow-up of each
recommendation of the last evaluation (docs/lke.md#kertas-kerja). Like a suggestion, a pre-fill is
never stored without the evaluator saving it. It reads the same data as the suggestions
(`saran.Data`) and is chosen by the criterion's suggestion rule (`KERTAS`), so a Pemda's own
template gets the pre-fill wherever it names the rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.format import number, rupiah
from sakip.core.lke.saran import Data
from sakip.core.lke.template import TemplateLke
from sakip.core.model import Indikator
from sakip.core.periode import ROMAWI
from sakip.core.tables.evaluasi import STATUS

LABEL = "Diisi awal dari data sakip"


@dataclass(frozen=True)
class Kertas:
    """A pre-filled working note of one criterion: its rule, text and evidence references."""

    aturan: str
    catatan: str
    bukti: tuple[str, ...]


def _ada(nilai: str | None) -> str:
    return "ada" if nilai else "belum diisi"


def _renstra(d: Data) -> str | None:
    r = d.s.renstra
    return f"Renstra {r.periode_awal}–{r.periode_akhir}" if r is not None else None


def _iku(d: Data) -> list[Indikator]:
    return d.s.renstra.indikator() if d.s.renstra is not None else []


def _smart(d: Data, ind: Indikator) -> str:
    tahun = d.s.tahun
    satuan = f"satuan {ind.satuan}" if ind.satuan else "satuan belum diisi"
    spesifik = (
        f"formula {_ada(ind.formula)}, {satuan}, sumber data {_ada(ind.sumber_data)}, "
        f"penanggung jawab {_ada(ind.penanggung_jawab)}"
    )
    sasaran = f"sasaran {ind.sasaran}" if ind.sasaran else "tanpa sasaran strategis"
    target = ind.target.get(tahun)
    renstra = (
        f"target Renstra {tahun} {number(target)}"
        if target is not None
        else f"target Renstra {tahun} belum diisi"
    )
    k = d.s.kinerja.get((ind.kode, tahun))
    ada = [q for q in range(1, 5) if k is not None and k.target_triwulan.get(q) is not None]
    if len(ada) == 4:
        triwulan = "target triwulan I–IV lengkap"
    elif ada:
        kurang = ", ".join(ROMAWI[q] for q in range(1, 5) if q not in ada)
        triwulan = f"target triwulan {', '.join(ROMAWI[q] for q in ada)} (triwulan {kurang} kosong)"
    else:
        triwulan = "tanpa target triwulan"
    return f"{ind.kode} {ind.nama}: {spesifik}; {sasaran}, {renstra}; {triwulan}."


def uji_smart(d: Data) -> Kertas:
    """The SMART test of each IKU: specific/measurable, achievable/relevant, time-bound."""
    iku = _iku(d)
    if not iku:
        return Kertas("uji-smart", f"Tidak ada IKU dalam Renstra tahun {d.s.tahun}.", ())
    baris = [f"Uji SMART {len(iku)} IKU tahun {d.s.tahun}:", *(_smart(d, i) for i in iku)]
    bukti = tuple(
        b for b in (_renstra(d), f"Target dan realisasi triwulanan {d.s.tahun}") if b is not None
    )
    return Kertas("uji-smart", "\n".join(baris), bukti)


def _pagu_program(d: Data, program: str) -> tuple[int, Decimal]:
    baris = [b for b in d.s.anggaran if b.sub_kegiatan.startswith(program + ".")]
    return len(baris), sum((b.pagu for b in baris), Decimal(0))


def kaskade(d: Data) -> Kertas:
    """The cascade: each PK target against the Renstra target, each PK program's budget lines."""
    pk = d.s.pk
    tahun = d.s.tahun
    if pk is None or not pk.target:
        return Kertas("kaskade", f"Tidak ada Perjanjian Kinerja tahun {tahun}.", ())
    iku = {i.kode: i for i in _iku(d)}
    baris = [f"Keselarasan Perjanjian Kinerja {pk.tahun} versi {pk.versi} dengan Renstra:"]
    for kode, target_pk in pk.target.items():
        ind = iku.get(kode)
        if ind is None:
            baris.append(f"{kode}: target PK {number(target_pk)}, bukan IKU Renstra.")
            continue
        target_renstra = ind.target.get(pk.tahun)
        result = "sama" if target_pk == target_renstra else "berbeda"
        baris.append(
            f"{kode} {ind.nama}: target {pk.tahun} Renstra {number(target_renstra)} "
            f"vs PK {number(target_pk)} ({result})."
        )
    if pk.program:
        baris.append("Program Perjanjian Kinerja dan anggarannya:")
        for program in pk.program:
            n, pagu = _pagu_program(d, program)
            baris.append(
                f"Program {program}: {n} baris anggaran, pagu {rupiah(pagu)}."
                if n
                else f"Program {program}: tidak ada baris anggaran."
            )
    else:
        baris.append("Perjanjian Kinerja tidak memuat program.")
    bukti = tuple(
        b
        for b in (
            f"Perjanjian Kinerja {pk.tahun} versi {pk.versi}",
            _renstra(d),
            f"Anggaran {tahun}" if d.s.anggaran else None,
        )
        if b is not None
    )
    return Kertas("kaskade", "\n".join(baris), bukti)


def tindak_lanjut(d: Data) -> Kertas:
    """The follow-up status of each recommendation of last year's evaluation."""
    lalu_tahun = d.s.tahun - 1
    lalu = [r for r in d.s.rekomendasi if r.tahun_evaluasi == lalu_tahun]
    if not lalu:
        return Kertas("tindak-lanjut", f"Tidak ada rekomendasi evaluasi tahun {lalu_tahun}.", ())
    baris = [f"Tindak lanjut {len(lalu)} rekomendasi evaluasi tahun {lalu_tahun}:"]
    for no, r in enumerate(lalu, 1):
        status = STATUS.get(r.status, r.status)
        tl = f"; tindak lanjut: {r.tindak_lanjut.strip()}" if r.tindak_lanjut else ""
        baris.append(f"{no}. {r.uraian.strip()}: {status}{tl}.")
    return Kertas(
        "tindak-lanjut", "\n".join(baris), (f"Rekomendasi hasil evaluasi tahun {lalu_tahun}",)
    )


KERTAS: dict[str, Callable[[Data], Kertas]] = {
    "iku-lengkap": uji_smart,
    "pk-sesuai-renstra": kaskade,
    "rekomendasi-selesai": tindak_lanjut,
}
"""Suggestion rule of a criterion (its `saran` in the template) -> the working paper it gets."""


def kertas(t: TemplateLke, d: Data) -> dict[str, Kertas]:
    """Return the pre-filled working note of every criterion whose rule has a working paper."""
    result: dict[str, Kertas] = {}
    dibuat: dict[str, Kertas] = {}
    for kr in t.kriteria():
        if kr.saran is None or kr.saran not in KERTAS:
            continue
        if kr.saran not in dibuat:
            dibuat[kr.saran] = KERTAS[kr.saran](d)
        result[kr.kode] = dibuat[kr.saran]
    return result
