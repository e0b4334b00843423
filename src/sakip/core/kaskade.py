"""The cascade of kinerja down the positions: progress, roll-up and its consistency.

Pure computations on plain data (no Django): the Django app builds a `Kaskade` from the
database. A figure missing for a period stays None and makes what depends on it None: a month
with no entry is never counted as 0, and never shown as reached.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any

from sakip.core import yamlfile
from sakip.core.capaian import capaian
from sakip.core.model import Polaritas
from sakip.core.periode import Periode

SERATUS = Decimal(100)
LANGSUNG = "langsung"
RENCANA_AKSI = "rencana_aksi"
KEPASTIAN = {"[R]", "[P]", "[C]", "[U]"}


@dataclass(frozen=True)
class Pemegang:
    """One holder of a position for a time (None: open)."""

    nama: str
    nip: str | None
    status: str
    mulai: date | None
    selesai: date | None


@dataclass(frozen=True)
class Jabatan:
    """A position, its parent's code and its holders."""

    kode: str
    nama: str
    tingkat: str
    induk: str | None
    unit: str | None = None
    pemegang: tuple[Pemegang, ...] = ()


@dataclass(frozen=True)
class NilaiPeriode:
    """The target and realisation of one period (a dataset period key)."""

    periode: str
    target: Decimal | None
    realisasi: Decimal | None
    status: str = "diisi"


@dataclass(frozen=True)
class Aksi:
    """One action of a PK target, its responsible position and weight, by period."""

    uraian: str
    jabatan: str
    bobot: Decimal | None
    periode: tuple[NilaiPeriode, ...] = ()


@dataclass(frozen=True)
class Indikator:
    """An indicator of a position's PK; `induk` is (position, indicator code) of its parent."""

    kode: str
    uraian: str
    satuan: str
    jenis: str
    induk: tuple[str, str] | None
    periode: tuple[NilaiPeriode, ...] = ()
    aksi: tuple[Aksi, ...] = ()
    sasaran: str = ""
    polaritas: Polaritas = Polaritas.NAIK

    @property
    def target(self) -> Decimal | None:
        """Return the target of the year."""
        return next((p.target for p in self.periode if p.periode == "tahun"), None)


@dataclass(frozen=True)
class PerjanjianJabatan:
    """One version of a position's PK for the year, with its two parties."""

    jabatan: str
    tahun: int
    versi: int
    tanggal: date | None
    pihak_pertama: Pemegang | None
    pihak_kedua: Pemegang | None
    indikator: tuple[Indikator, ...] = ()
    alasan_revisi: str = ""


@dataclass(frozen=True)
class Kaskade:
    """The positions of one OPD and their PKs for one year."""

    tahun: int
    jabatan: tuple[Jabatan, ...] = ()
    pk: tuple[PerjanjianJabatan, ...] = ()

    def find_jabatan(self, kode: str) -> Jabatan | None:
        """Return the position with this code."""
        return next((j for j in self.jabatan if j.kode == kode), None)

    def pk_jabatan(self, kode: str) -> tuple[PerjanjianJabatan, ...]:
        """Return every version of a position's PK of the year, oldest first."""
        return tuple(sorted((p for p in self.pk if p.jabatan == kode), key=lambda p: p.versi))

    def pk_terbaru(self, kode: str) -> PerjanjianJabatan | None:
        """Return the latest version of a position's PK of the year."""
        listing = self.pk_jabatan(kode)
        return listing[-1] if listing else None


# The rule of how a target's progress is measured
@dataclass(frozen=True)
class AturanProgres:
    """How each level of the cascade is measured: directly, or from its actions."""

    kode: str
    dasar_hukum: str
    kepastian: str
    berlaku_mulai: int
    cara: Mapping[str, str]


@cache
def aturan_progres(tahun: int) -> AturanProgres:
    """Return the rule in force for a year (the latest `berlaku_mulai` not after it)."""
    all_items = sorted(_read_aturan(), key=lambda a: a.berlaku_mulai)
    berlaku = [a for a in all_items if a.berlaku_mulai <= tahun] or all_items[:1]
    return berlaku[-1]


def _read_aturan() -> list[AturanProgres]:
    result = []
    for berkas in (files("sakip.data") / "kaskade").iterdir():
        if not berkas.name.endswith(".yaml"):
            continue
        isi: dict[str, Any] = yamlfile.load(berkas.read_text(encoding="utf-8"))
        tanda = {f"[{t}" for t in str(isi["kepastian"]).split("[") if t}
        if not tanda or not tanda <= KEPASTIAN:
            raise ValueError(f"{berkas.name}: kepastian {isi['kepastian']} tidak dikenal")
        cara = {str(k): str(v) for k, v in isi["cara"].items()}
        if set(cara.values()) - {LANGSUNG, RENCANA_AKSI}:
            raise ValueError(f"{berkas.name}: cara pengukuran tidak dikenal")
        result.append(
            AturanProgres(
                str(isi["kode"]),
                str(isi["dasar_hukum"]),
                str(isi["kepastian"]),
                int(isi["berlaku_mulai"]),
                cara,
            )
        )
    return result


# Progress
def _sampai(periode: str, bulan: int) -> bool:
    """Return whether a period ends by the month (the year ends in December)."""
    return Periode.parse(periode).end_month <= bulan


def progres_aksi(aksi: Aksi, sampai_bulan: int = 12) -> Decimal | None:
    """Return an action's progress to a month: realised over planned of its periods, × 100.

    Only periods with a target count; one of them without a realisation makes the progress
    unknown (None), never smaller. The share is capped at 100: an action done is done.
    """
    baris = [
        p
        for p in aksi.periode
        if p.periode != "tahun" and p.target is not None and _sampai(p.periode, sampai_bulan)
    ]
    if not baris or any(p.realisasi is None for p in baris):
        return None
    target = sum((p.target for p in baris if p.target is not None), Decimal(0))
    realisasi = sum((p.realisasi for p in baris if p.realisasi is not None), Decimal(0))
    if target == 0:
        return None
    return min(realisasi / target * SERATUS, SERATUS)


def progres_tertimbang(aksi: Iterable[Aksi], sampai_bulan: int = 12) -> Decimal | None:
    """Return the weighted share of actions done: Σ bobot × progres / Σ bobot (None: unknown)."""
    listing = list(aksi)
    if not listing or any(a.bobot is None for a in listing):
        return None
    total = sum((a.bobot for a in listing if a.bobot is not None), Decimal(0))
    if total == 0:
        return None
    jumlah = Decimal(0)
    for a in listing:
        p = progres_aksi(a, sampai_bulan)
        if p is None:
            return None
        jumlah += (a.bobot or Decimal(0)) * p
    return jumlah / total


def realisasi_langsung(ind: Indikator, sampai_bulan: int = 12) -> Decimal | None:
    """Return the indicator's own realisation to a month: the year's, else its latest period."""
    tahun = next((p for p in ind.periode if p.periode == "tahun"), None)
    if sampai_bulan == 12 and tahun is not None and tahun.realisasi is not None:
        return tahun.realisasi
    lain = sorted(
        (p for p in ind.periode if p.periode != "tahun" and _sampai(p.periode, sampai_bulan)),
        key=lambda p: Periode.parse(p.periode).end_month,
    )
    return lain[-1].realisasi if lain else None


def cara_ukur(ind: Indikator, tahun: int) -> str:
    """Return how the indicator is measured in the year: directly or from its actions."""
    cara = aturan_progres(tahun).cara.get(ind.jenis, LANGSUNG)
    return cara if cara == LANGSUNG or ind.aksi else LANGSUNG


def capaian_indikator(ind: Indikator, tahun: int, sampai_bulan: int = 12) -> Decimal | None:
    """Return the indicator's capaian (percent) by the rule of the year; None when unknown."""
    if cara_ukur(ind, tahun) == RENCANA_AKSI:
        return progres_tertimbang(ind.aksi, sampai_bulan)
    return capaian(ind.target, realisasi_langsung(ind, sampai_bulan), ind.polaritas)


def _rata(nilai: list[Decimal | None]) -> Decimal | None:
    if not nilai or any(v is None for v in nilai):
        return None
    return sum((v for v in nilai if v is not None), Decimal(0)) / len(nilai)


@dataclass(frozen=True)
class CapaianJabatan:
    """A position's capaian: of its own PK, and over its whole subtree (None: data missing)."""

    kode: str
    sendiri: Decimal | None
    bersama_bawahan: Decimal | None
    kurang: tuple[str, ...] = field(default_factory=tuple)
    """Codes of the indicators whose capaian is unknown."""


def rollup(k: Kaskade, sampai_bulan: int = 12) -> dict[str, CapaianJabatan]:
    """Return each position's capaian: its latest PK's mean, and its subtree's."""
    sendiri: dict[str, list[Decimal | None]] = {}
    kurang: dict[str, list[str]] = {}
    for j in k.jabatan:
        pk = k.pk_terbaru(j.kode)
        nilai = [capaian_indikator(i, k.tahun, sampai_bulan) for i in (pk.indikator if pk else ())]
        sendiri[j.kode] = nilai
        kurang[j.kode] = [
            i.kode for i, v in zip(pk.indikator if pk else (), nilai, strict=True) if v is None
        ]
    anak: dict[str | None, list[str]] = {}
    for j in k.jabatan:
        anak.setdefault(j.induk, []).append(j.kode)

    def subtree(kode: str) -> list[Decimal | None]:
        return sendiri[kode] + [v for a in anak.get(kode, []) for v in subtree(a)]

    return {
        j.kode: CapaianJabatan(
            j.kode, _rata(sendiri[j.kode]), _rata(subtree(j.kode)), tuple(kurang[j.kode])
        )
        for j in k.jabatan
    }


# Consistency
@dataclass(frozen=True)
class IndukSalah:
    """A PK indicator whose parent is not in the parent position's PK of the year."""

    jabatan: str
    versi: int
    indikator: str
    induk: tuple[str, str] | None
    jabatan_atasan: str | None


JENIS_ORDER = ("sasaran", "program", "kegiatan", "sub_kegiatan")


def induk_di_luar_pk_atasan(k: Kaskade) -> list[IndukSalah]:
    """Return the indicators whose parent lies outside the parent position's PK of the year.

    The parent must be an indicator of any version of the parent position's PK of the same
    year, or of the same PK at a higher level (the head's program under its own sasaran). An
    indicator of a position under another one without any parent is reported too: its
    contribution is unknown. The head of the OPD answers to the head of region, outside it.
    """
    result = []
    for pk in k.pk:
        jabatan = k.find_jabatan(pk.jabatan)
        atasan = jabatan.induk if jabatan else None
        milik_atasan = {
            i.kode for p in (k.pk_jabatan(atasan) if atasan else ()) for i in p.indikator
        }
        sendiri = {i.kode: i.jenis for i in pk.indikator}
        for ind in pk.indikator:
            if ind.induk is None:
                if atasan is not None:
                    result.append(IndukSalah(pk.jabatan, pk.versi, ind.kode, None, atasan))
                continue
            pos, kode = ind.induk
            if pos == atasan and kode in milik_atasan:
                continue
            if pos == pk.jabatan and _lebih_tinggi(sendiri.get(kode), ind.jenis):
                continue
            result.append(IndukSalah(pk.jabatan, pk.versi, ind.kode, ind.induk, atasan))
    return result


@dataclass(frozen=True)
class TingkatTerbalik:
    """An indicator placed at a higher level of the cascade than the indicator it supports."""

    jabatan: str
    versi: int
    indikator: str
    jenis: str
    induk: tuple[str, str]
    jenis_induk: str


def tingkat_terbalik(k: Kaskade) -> list[TingkatTerbalik]:
    """Return the indicators at a higher level than their parent (a program under a kegiatan).

    The cascade runs sasaran → program → kegiatan → sub kegiatan (PermenPANRB 53/2014,
    Permendagri 90/2019): an indicator supports one at its own level or above it, never one
    below. A parent that is not found is `induk_di_luar_pk_atasan`'s to report.
    """
    jenis_dari = {(p.jabatan, i.kode): i.jenis for p in k.pk for i in p.indikator}
    result = []
    for pk in k.pk:
        for ind in pk.indikator:
            if ind.induk is None or ind.induk not in jenis_dari:
                continue
            jenis_induk = jenis_dari[ind.induk]
            if _lebih_tinggi(ind.jenis, jenis_induk):
                result.append(
                    TingkatTerbalik(
                        pk.jabatan, pk.versi, ind.kode, ind.jenis, ind.induk, jenis_induk
                    )
                )
    return result


def _lebih_tinggi(jenis_induk: str | None, jenis: str) -> bool:
    if jenis_induk not in JENIS_ORDER or jenis not in JENIS_ORDER:
        return False
    return JENIS_ORDER.index(jenis_induk) < JENIS_ORDER.index(jenis)


def hari_tanpa_pemegang(j: Jabatan, tahun: int) -> list[tuple[date, date]]:
    """Return the spans of the year in which nobody (definitive, Plt or Plh) held the position."""
    awal_tahun, akhir_tahun = date(tahun, 1, 1), date(tahun, 12, 31)
    masa = sorted(
        (max(p.mulai or awal_tahun, awal_tahun), min(p.selesai or akhir_tahun, akhir_tahun))
        for p in j.pemegang
        if (p.mulai or awal_tahun) <= akhir_tahun and (p.selesai or akhir_tahun) >= awal_tahun
    )
    empty = []
    berikut = awal_tahun
    for mulai, selesai in masa:
        if mulai > berikut:
            empty.append((berikut, mulai - timedelta(days=1)))
        berikut = max(berikut, selesai + timedelta(days=1))
    if berikut <= akhir_tahun:
        empty.append((berikut, akhir_tahun))
    return empty


def pemegang_pada(j: Jabatan, hari: date) -> Pemegang | None:
    """Return who held the position on a day (an acting holder before the definitive one)."""
    ada = [
        p
        for p in j.pemegang
        if (p.mulai is None or p.mulai <= hari) and (p.selesai is None or hari <= p.selesai)
    ]
    ada.sort(key=lambda p: p.status == "definitif")
    return ada[0] if ada else None


def pohon(k: Kaskade) -> list[tuple[Jabatan, int]]:
    """Return the positions in tree order (each under its parent), with their depth."""
    kode = {j.kode for j in k.jabatan}
    anak: dict[str | None, list[Jabatan]] = {}
    for j in k.jabatan:
        anak.setdefault(j.induk if j.induk in kode else None, []).append(j)
    result: list[tuple[Jabatan, int]] = []

    def turun(induk: str | None, dalam: int) -> None:
        for j in anak.get(induk, []):
            result.append((j, dalam))
            turun(j.kode, dalam + 1)

    turun(None, 0)
    return result
