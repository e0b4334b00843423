"""The periods a realisation is recorded for, and the budget stages.

One vocabulary for every reader, writer and check: the keys of the dataset format
(docs/dataset-format.md) are "tahun" for the whole year, "tw1".."tw4" for quarters and
"1".."12" for months (docs/rules.md#budget-stages).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from babel.dates import get_month_names

TRIWULAN = range(1, 5)
BULAN = range(1, 13)
ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
"""How a quarter is numbered in a sentence of a report or a message."""
_NAMA_BULAN = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


class JenisPeriode(StrEnum):
    """The kind of period a realisation is recorded for; a budget line keeps one kind."""

    TAHUN = "tahun"
    TRIWULAN = "triwulan"
    BULAN = "bulan"


@dataclass(frozen=True)
class Periode:
    """A year, a quarter (nomor 1..4) or a month (nomor 1..12) of the report's year."""

    jenis: JenisPeriode
    nomor: int = 0
    """The quarter or month; 0 for the year."""

    def __post_init__(self) -> None:
        limit = {JenisPeriode.TAHUN: (0,), JenisPeriode.TRIWULAN: TRIWULAN}
        if self.nomor not in limit.get(self.jenis, BULAN):
            raise ValueError(f"Periode {self.jenis} {self.nomor} tidak ada.")

    @classmethod
    def tahun(cls) -> Periode:
        """Return the whole year."""
        return cls(JenisPeriode.TAHUN)

    @classmethod
    def triwulan(cls, nomor: int) -> Periode:
        """Return quarter 1..4."""
        return cls(JenisPeriode.TRIWULAN, nomor)

    @classmethod
    def bulan(cls, nomor: int) -> Periode:
        """Return month 1..12."""
        return cls(JenisPeriode.BULAN, nomor)

    @classmethod
    def parse(cls, key: str) -> Periode:
        """Return the period of a dataset key ("tahun", "tw1".."tw4", "1".."12")."""
        periode = cls.try_parse(key)
        if periode is None:
            raise ValueError(
                f'Periode "{key}" tidak dikenal; gunakan "tahun", "tw1".."tw4" '
                'atau bulan "1".."12".'
            )
        return periode

    @classmethod
    def try_parse(cls, key: str) -> Periode | None:
        """Return the period of a dataset key, None when the key names none."""
        if key == JenisPeriode.TAHUN:
            return cls.tahun()
        if key in _TRIWULAN_KEY:
            return cls.triwulan(int(key[2]))
        if key.isascii() and key.isdigit() and int(key) in BULAN and key == str(int(key)):
            return cls.bulan(int(key))
        return None

    @property
    def key(self) -> str:
        """Return the dataset key of this period."""
        if self.jenis is JenisPeriode.TAHUN:
            return JenisPeriode.TAHUN.value
        if self.jenis is JenisPeriode.TRIWULAN:
            return f"tw{self.nomor}"
        return str(self.nomor)

    @property
    def end_month(self) -> int:
        """Return the month in which this period ends (a quarter its last month, a year 12)."""
        if self.jenis is JenisPeriode.TAHUN:
            return 12
        if self.jenis is JenisPeriode.TRIWULAN:
            return 3 * self.nomor
        return self.nomor

    @property
    def end_quarter(self) -> int:
        """Return the quarter in which this period ends."""
        return (self.end_month + 2) // 3

    @property
    def sort_key(self) -> tuple[int, int]:
        """Return the order periods are listed in: the year, then quarters, then months."""
        return (list(JenisPeriode).index(self.jenis), self.nomor)

    @property
    def label(self) -> str:
        """Return how a person names the period: "Setahun", "Triwulan 2", "Mar"."""
        if self.jenis is JenisPeriode.TAHUN:
            return "Setahun"
        if self.jenis is JenisPeriode.TRIWULAN:
            return f"Triwulan {self.nomor}"
        return _NAMA_BULAN[self.nomor - 1]

    def nama(self, tahun: int) -> str:
        """Return the period in a sentence: "tahun 2022", "triwulan IV 2022", "Desember 2022"."""
        if self.jenis is JenisPeriode.TAHUN:
            return f"tahun {tahun}"
        if self.jenis is JenisPeriode.TRIWULAN:
            return f"triwulan {ROMAWI[self.nomor]} {tahun}"
        return f"{get_month_names('wide', locale='id')[self.nomor]} {tahun}"

    @property
    def choice_label(self) -> str:
        """Return the name a stored period shows in a list of choices: "Bulan 3" for March."""
        return f"Bulan {self.nomor}" if self.jenis is JenisPeriode.BULAN else self.label


_TRIWULAN_KEY = frozenset(f"tw{q}" for q in TRIWULAN)

ALL: tuple[Periode, ...] = (
    Periode.tahun(),
    *(Periode.triwulan(q) for q in TRIWULAN),
    *(Periode.bulan(b) for b in BULAN),
)
"""Every period a realisation can be recorded for, in the order they are listed."""


def kind_of(keys: Iterable[str]) -> JenisPeriode:
    """Return the kind a line's realisation is recorded by; a line without any goes by month.

    A line keeps one kind of period (the check campuran-periode-realisasi says why); when keys of
    several kinds are present, the year wins over quarters, quarters over months.
    """
    jenis = {p.jenis for p in map(Periode.try_parse, keys) if p is not None}
    for kandidat in (JenisPeriode.TAHUN, JenisPeriode.TRIWULAN):
        if kandidat in jenis:
            return kandidat
    return JenisPeriode.BULAN


def periods_of_quarter(jenis: JenisPeriode, triwulan: int) -> tuple[Periode, ...]:
    """Return the periods of one kind that a quarter's entry holds (the year: in quarter 4)."""
    if jenis is JenisPeriode.BULAN:
        return tuple(Periode.bulan(b) for b in range(3 * triwulan - 2, 3 * triwulan + 1))
    if jenis is JenisPeriode.TRIWULAN:
        return (Periode.triwulan(triwulan),)
    return (Periode.tahun(),) if triwulan == 4 else ()


class Tahap(StrEnum):
    """The budget stage of the APBD (docs/rules.md#budget-stages)."""

    MURNI = "murni"
    PERUBAHAN = "perubahan"

    @property
    def label(self) -> str:
        """Return the stage's name as the reports print it: "APBD Murni", "Perubahan APBD"."""
        return _LABEL_TAHAP[self][0]

    @property
    def in_sentence(self) -> str:
        """Return the stage's name inside a sentence: "APBD murni", "perubahan APBD"."""
        return _LABEL_TAHAP[self][1]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """Return (value, label) pairs for a model field or a form."""
        return [(t.value, t.label) for t in cls]


_LABEL_TAHAP = {
    Tahap.MURNI: ("APBD Murni", "APBD murni"),
    Tahap.PERUBAHAN: ("Perubahan APBD", "perubahan APBD"),
}


def tahap_berlaku(tahap: Iterable[str]) -> Tahap | None:
    """Return the stage a year's figures use: perubahan once any line has it, else murni.

    None when there is no budget line at all.
    """
    ada = set(tahap)
    if Tahap.PERUBAHAN in ada:
        return Tahap.PERUBAHAN
    return Tahap.MURNI if ada else None


def change_cara(
    realisasi: Mapping[str, Decimal | None], ke: JenisPeriode
) -> dict[str, Decimal | None]:
    """Return a line's realisation recorded by another kind of period, its sum unchanged.

    Each amount moves to the period of the new kind in which it ends (a month to its quarter,
    a quarter to its last month, anything to the year, the year to the fourth quarter or
    December): no amount is counted earlier than it was recorded.
    """
    result: dict[str, Decimal | None] = {}
    for key in sorted(realisasi, key=lambda k: Periode.parse(k).sort_key):
        p = Periode.parse(key)
        if ke is JenisPeriode.TAHUN:
            tujuan = Periode.tahun()
        elif ke is JenisPeriode.TRIWULAN:
            tujuan = Periode.triwulan(p.end_quarter)
        else:
            tujuan = Periode.bulan(p.end_month)
        nilai, ada = realisasi[key], result.get(tujuan.key)
        result[tujuan.key] = ada if nilai is None else (nilai if ada is None else ada + nilai)
    return result
