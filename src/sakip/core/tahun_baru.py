"""Carrying budget codes into a new year: each old code against the nomenclature of the new year.

docs/pemda.md#tahun-baru. A code is carried only as itself: when the version in force for the
new year does not hold it, sakip never picks a successor; it lists the code for the planner.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from sakip.core import codes


class Nasib(StrEnum):
    """What happens to one old code in the new year."""

    SAMA = "sama"
    """The new version holds the code under the same name: carried."""
    NAMA_BERUBAH = "nama_berubah"
    """The new version holds the code under another name: carried, listed for review."""
    HILANG = "hilang"
    """The new version is complete and does not hold the code: not carried, listed."""
    TIDAK_TERDAFTAR = "tidak_terdaftar"
    """The new version is partial and does not hold the code: carried, listed as unverified."""
    TANPA_NOMENKLATUR = "tanpa_nomenklatur"
    """No version is in force for the new year: carried, listed as unverified."""


KETERANGAN = {
    Nasib.SAMA: "sama",
    Nasib.NAMA_BERUBAH: "nama berubah",
    Nasib.HILANG: "tidak ada lagi dalam nomenklatur tahun baru; tidak disalin",
    Nasib.TIDAK_TERDAFTAR: (
        "tidak terdaftar dalam nomenklatur parsial tahun baru; disalin apa adanya"
    ),
    Nasib.TANPA_NOMENKLATUR: "tidak ada nomenklatur yang berlaku tahun baru; disalin apa adanya",
}
"""How the command and the web page name each fate (Indonesian, for the user)."""


@dataclass(frozen=True)
class Versi:
    """The nomenclature version in force for a year, as far as the mapping needs it."""

    nama: str
    lengkap: bool
    format_sub_kegiatan: int
    item: Mapping[str, str]
    """Normalised code -> name."""


@dataclass(frozen=True)
class Pemetaan:
    """One old code and its fate in the new year."""

    kode: str
    """The normalised old code."""
    nasib: Nasib
    old_nama: str | None
    new_nama: str | None
    kode_sumber: str | None
    """The code as written in the new version's format; None when it is not carried."""

    @property
    def disalin(self) -> bool:
        """Return whether the code is carried into the new year."""
        return self.nasib is not Nasib.HILANG

    @property
    def dicatat(self) -> bool:
        """Return whether the code is listed for the planner to review."""
        return self.nasib is not Nasib.SAMA


def petakan(kode: str, old_nama: str | None, new: Versi | None) -> Pemetaan:
    """Return the fate of one old code under the version in force for the new year."""
    normal = codes.normalize(kode)
    if new is None:
        return Pemetaan(normal, Nasib.TANPA_NOMENKLATUR, old_nama, None, kode)
    show = codes.display(normal, new.format_sub_kegiatan)
    new_nama = new.item.get(normal)
    if new_nama is None:
        if new.lengkap:
            return Pemetaan(normal, Nasib.HILANG, old_nama, None, None)
        return Pemetaan(normal, Nasib.TIDAK_TERDAFTAR, old_nama, None, show)
    if old_nama is not None and _sama(old_nama, new_nama):
        return Pemetaan(normal, Nasib.SAMA, old_nama, new_nama, show)
    if old_nama is None:
        return Pemetaan(normal, Nasib.SAMA, old_nama, new_nama, show)
    return Pemetaan(normal, Nasib.NAMA_BERUBAH, old_nama, new_nama, show)


def map_all(kode: Iterable[tuple[str, str | None]], new: Versi | None) -> dict[str, Pemetaan]:
    """Return the fate of each distinct old code (with its old name), by normalised code."""
    result: dict[str, Pemetaan] = {}
    for k, nama in kode:
        p = petakan(k, nama, new)
        result.setdefault(p.kode, p)
    return result


def _sama(a: str, b: str) -> bool:
    # Names differ in case and spacing between printings of one regulation: not a change.
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
