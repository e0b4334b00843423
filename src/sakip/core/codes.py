"""Program-tree and organisation codes of Permendagri 90/2019 and its updates.

See docs/rules.md#budget-codes.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache


class KodeTidakValid(ValueError):
    """A code that fits none of the accepted forms."""

    def __init__(self, kode: str, alasan: str) -> None:
        super().__init__(f'Kode "{kode}" tidak valid: {alasan}.')
        self.kode = kode


class Level(Enum):
    """The level of a code in the urusan → sub kegiatan tree."""

    URUSAN = 1
    BIDANG = 2
    PROGRAM = 3
    KEGIATAN = 5
    SUB_KEGIATAN = 6

    @property
    def segmen(self) -> int:
        """Return how many dot-separated segments a code of this level has."""
        return self.value


# [0-9], not \d: \d also matches other scripts' digits, which no code contains.
_POHON = re.compile(
    r"([0-9])(?:\.([0-9]{2})(?:\.([0-9]{2})(?:\.([0-9])\.([0-9]{2})(?:\.([0-9]{4}|[0-9]{2}))?)?)?)?"
)
_ORGANISASI = re.compile(r"[0-9]\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}")
_BENTUK_POHON = (
    "bentuk yang diterima: urusan 7, bidang 7.01, program 7.01.01, kegiatan 7.01.01.2.01, "
    "sub kegiatan 7.01.01.2.01.01 atau 7.01.01.2.01.0001"
)
_ORDER = tuple(Level)
_PROGRAM_PENUNJANG = "01"
_SKPD = "0000"


@lru_cache(maxsize=8192)
def normalize(kode: str) -> str:
    """Return the code in its stored form: whitespace stripped, sub kegiatan with 4 digits."""
    bersih = kode.strip()
    cocok = _POHON.fullmatch(bersih)
    if cocok is None:
        raise KodeTidakValid(kode, _BENTUK_POHON)
    segmen = [s for s in cocok.groups() if s is not None]
    if len(segmen) == Level.SUB_KEGIATAN.segmen:
        segmen[-1] = segmen[-1].zfill(4)
    return ".".join(segmen)


def level(kode: str) -> Level:
    """Return the level of a program-tree code."""
    return Level(normalize(kode).count(".") + 1)


@lru_cache(maxsize=8192)
def parent(kode: str) -> str | None:
    """Return the code one level up, or None for an urusan."""
    segmen = normalize(kode).split(".")
    urutan = _ORDER.index(Level(len(segmen)))
    if urutan == 0:
        return None
    return ".".join(segmen[: _ORDER[urutan - 1].segmen])


def ancestors(kode: str) -> list[str]:
    """Return the codes above this one, the urusan first."""
    result: list[str] = []
    induk = parent(kode)
    while induk is not None:
        result.insert(0, induk)
        induk = parent(induk)
    return result


def program_of(kode: str) -> str:
    """Return the program a program, kegiatan or sub kegiatan code belongs to."""
    return _potong(kode, Level.PROGRAM)


def kegiatan_of(kode: str) -> str:
    """Return the kegiatan a kegiatan or sub kegiatan code belongs to."""
    return _potong(kode, Level.KEGIATAN)


def display(kode: str, digits: int = 4) -> str:
    """Return the code as shown, its sub kegiatan segment with 2 or 4 digits."""
    if digits not in (2, 4):
        raise ValueError(f"Segmen sub kegiatan ditampilkan dengan 2 atau 4 digit, bukan {digits}.")
    normal = normalize(kode)
    if level(normal) is not Level.SUB_KEGIATAN:
        return normal
    awal, _, sub = normal.rpartition(".")
    if digits == 2 and int(sub) > 99:
        raise KodeTidakValid(kode, "segmen sub kegiatan lebih dari 99 tidak muat dalam 2 digit")
    return f"{awal}.{sub[-digits:]}"


def is_penunjang(kode: str) -> bool:
    """Return whether the code lies under a support program (X.XX.01, PROGRAM PENUNJANG ...)."""
    segmen = normalize(kode).split(".")
    return len(segmen) >= Level.PROGRAM.segmen and segmen[2] == _PROGRAM_PENUNJANG


def validate_kode_organisasi(kode: str) -> str:
    """Return an organisation code U.BB.U2.B2.U3.B3.NN.SSSS stripped, or raise KodeTidakValid."""
    bersih = kode.strip()
    if _ORGANISASI.fullmatch(bersih) is None:
        raise KodeTidakValid(kode, "kode organisasi berbentuk U.BB.U2.B2.U3.B3.NN.SSSS")
    return bersih


def skpd_of(kode: str) -> str:
    """Return the SKPD a unit belongs to: its code with the sub-unit segment set to 0000."""
    return validate_kode_organisasi(kode).rpartition(".")[0] + "." + _SKPD


def is_sub_unit(kode: str) -> bool:
    """Return whether the organisation code is a sub-unit (such as a Kelurahan) of an SKPD."""
    return validate_kode_organisasi(kode).rpartition(".")[2] != _SKPD


def _potong(kode: str, sampai: Level) -> str:
    """Return the code cut to a higher level, or raise when it is already above it."""
    segmen = normalize(kode).split(".")
    if len(segmen) < sampai.segmen:
        raise KodeTidakValid(kode, f"kode ini berada di atas tingkat {sampai.name.lower()}")
    return ".".join(segmen[: sampai.segmen])
