"""The Pemda's figures: its indicators rolled up from the OPDs' ones, and the OPD ranking.

docs/pemda.md. The Bagian Organisasi validates how each Pemda indicator is computed
(PEMDA.md [P]: "computed by formulas it validates, not summed blindly"), so every rule is one
named choice whose wording the user sees next to the figure; a figure with any input missing
is missing, never a partial roll-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sakip.core.capaian import capaian
from sakip.core.format import number
from sakip.core.model import Polaritas


class Aturan(StrEnum):
    """How a Pemda indicator's realisation (or capaian) is obtained."""

    DIISI = "diisi"
    JUMLAH = "jumlah"
    RATA_REALISASI = "rata_realisasi"
    RATA_CAPAIAN = "rata_capaian"
    TERTIMBANG = "tertimbang"

    @property
    def label(self) -> str:
        """Return the rule's short name as the user sees it."""
        return _LABEL[self]

    @property
    def uraian(self) -> str:
        """Return the rule in words, shown next to the figure."""
        return _URAIAN[self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """Return the (value, label) pairs of a choices field."""
        return [(a.value, a.label) for a in cls]


_LABEL = {
    Aturan.DIISI: "Diisi langsung",
    Aturan.JUMLAH: "Jumlah realisasi perangkat daerah",
    Aturan.RATA_REALISASI: "Rata-rata realisasi perangkat daerah",
    Aturan.RATA_CAPAIAN: "Rata-rata capaian perangkat daerah",
    Aturan.TERTIMBANG: "Rata-rata capaian tertimbang",
}
_URAIAN = {
    Aturan.DIISI: "Realisasi diisi oleh Bagian Organisasi; capaian = realisasi / target × 100.",
    Aturan.JUMLAH: (
        "Realisasi = jumlah realisasi indikator perangkat daerah yang ditautkan; "
        "capaian = realisasi / target × 100."
    ),
    Aturan.RATA_REALISASI: (
        "Realisasi = rata-rata realisasi indikator perangkat daerah yang ditautkan; "
        "capaian = realisasi / target × 100."
    ),
    Aturan.RATA_CAPAIAN: (
        "Capaian = rata-rata capaian indikator perangkat daerah yang ditautkan; "
        "realisasi tidak dihitung."
    ),
    Aturan.TERTIMBANG: (
        "Capaian = Σ (bobot × capaian indikator perangkat daerah) / Σ bobot; "
        "realisasi tidak dihitung."
    ),
}


@dataclass(frozen=True)
class Sumbangan:
    """One OPD indicator feeding a Pemda indicator, with its figures of the year."""

    opd: str
    """The OPD's code."""
    realisasi: Decimal | None
    capaian: Decimal | None
    bobot: Decimal | None = None


@dataclass(frozen=True)
class IndikatorResult:
    """A Pemda indicator's figures of the year and how they were obtained."""

    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    aturan: Aturan
    rincian: str
    """The computation with its figures, e.g. "(80,00 + 90,00) / 2 = 85,00"."""


def compute(
    aturan: Aturan,
    target: Decimal | None,
    polaritas: Polaritas,
    diisi: Decimal | None,
    sumbangan: Sequence[Sumbangan],
) -> IndikatorResult:
    """Return a Pemda indicator's realisation and capaian by its rule."""
    if aturan is Aturan.DIISI:
        return IndikatorResult(
            target, diisi, capaian(target, diisi, polaritas), aturan, _rincian_diisi(diisi)
        )
    if aturan in (Aturan.JUMLAH, Aturan.RATA_REALISASI):
        nilai = [s.realisasi for s in sumbangan]
        r = _total(nilai) if aturan is Aturan.JUMLAH else _rata(nilai)
        teks = _rincian(nilai, r, aturan is Aturan.RATA_REALISASI)
        return IndikatorResult(target, r, capaian(target, r, polaritas), aturan, teks)
    if aturan is Aturan.RATA_CAPAIAN:
        nilai = [s.capaian for s in sumbangan]
        c = _rata(nilai)
        return IndikatorResult(target, None, c, aturan, _rincian(nilai, c, True))
    c = _tertimbang(sumbangan)
    return IndikatorResult(target, None, c, aturan, _rincian_bobot(sumbangan, c))


def _total(nilai: Sequence[Decimal | None]) -> Decimal | None:
    if not nilai or any(v is None for v in nilai):
        return None
    return sum((v for v in nilai if v is not None), Decimal(0))


def _rata(nilai: Sequence[Decimal | None]) -> Decimal | None:
    total = _total(nilai)
    return None if total is None else total / len(nilai)


def _tertimbang(sumbangan: Sequence[Sumbangan]) -> Decimal | None:
    if not sumbangan or any(s.capaian is None or s.bobot is None for s in sumbangan):
        return None
    atas = bawah = Decimal(0)
    for s in sumbangan:
        assert s.bobot is not None and s.capaian is not None
        atas += s.bobot * s.capaian
        bawah += s.bobot
    return None if bawah == 0 else atas / bawah


def _teks(v: Decimal | None) -> str:
    return "n/a" if v is None else number(v)


def _rincian_diisi(diisi: Decimal | None) -> str:
    return "belum diisi" if diisi is None else f"diisi {number(diisi)}"


def _rincian(nilai: Sequence[Decimal | None], result: Decimal | None, rata: bool) -> str:
    if not nilai:
        return "tidak ada indikator perangkat daerah yang ditautkan"
    isi = " + ".join(_teks(v) for v in nilai)
    rumus = f"({isi}) / {len(nilai)}" if rata else isi
    return f"{rumus} = {_teks(result)}"


def _rincian_bobot(sumbangan: Sequence[Sumbangan], result: Decimal | None) -> str:
    if not sumbangan:
        return "tidak ada indikator perangkat daerah yang ditautkan"
    atas = " + ".join(f"{_teks(s.bobot)} × {_teks(s.capaian)}" for s in sumbangan)
    bawah = " + ".join(_teks(s.bobot) for s in sumbangan)
    return f"({atas}) / ({bawah}) = {_teks(result)}"


ATURAN_PERINGKAT = (
    "Peringkat menurut rata-rata capaian IKU perangkat daerah (tertinggi lebih dahulu); bila sama, "
    "menurut serapan anggaran (tertinggi lebih dahulu; serapan yang belum ada di bawah). Perangkat "
    "daerah yang rata-rata capaiannya belum dapat dihitung tidak diperingkat. Peringkat yang sama "
    "untuk angka yang sama."
)
"""The ranking rule, shown above the ranking (a local management choice [U], not a regulation)."""


def peringkat(
    baris: Sequence[tuple[str, Decimal | None, Decimal | None]],
) -> dict[str, int | None]:
    """Return each OPD's rank from (kode, average capaian, serapan) by `ATURAN_PERINGKAT`."""
    dinilai = [b for b in baris if b[1] is not None]

    def key(b: tuple[str, Decimal | None, Decimal | None]) -> tuple[Decimal, int, Decimal]:
        serapan = b[2]
        return (-(b[1] or Decimal(0)), 0 if serapan is not None else 1, -(serapan or Decimal(0)))

    urut = sorted(dinilai, key=key)
    result: dict[str, int | None] = {b[0]: None for b in baris}
    for i, b in enumerate(urut):
        sebelum = urut[i - 1] if i else None
        if sebelum is not None and key(sebelum) == key(b):
            result[b[0]] = result[sebelum[0]]
        else:
            result[b[0]] = i + 1
    return result


def rata_capaian(nilai: Sequence[Decimal | None]) -> Decimal | None:
    """Return the average capaian of an OPD's IKU; None when any IKU's capaian is missing."""
    return _rata(nilai)
