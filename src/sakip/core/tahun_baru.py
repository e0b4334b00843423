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
    nama_lama: str | None
    nama_baru: str | None
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


def petakan(kode: str, nama_lama: str | None, baru: Versi | None) -> Pemetaan:
    """Return the fate of one old code under the version in force for the new year."""
    normal = codes.normalize(kode)
    if baru is None:
        return Pemetaan(normal, Nasib.TANPA_NOMENKLATUR, nama_lama, None, kode)
    tampil = codes.display(normal, baru.format_sub_kegiatan)
    nama_baru = baru.item.get(normal)
    if nama_baru is None:
        if baru.lengkap:
            return Pemetaan(normal, Nasib.HILANG, nama_lama, None, None)
        return Pemetaan(normal, Nasib.TIDAK_TERDAFTAR, nama_lama, None, tampil)
    if nama_lama is not None and _sama(nama_lama, nama_baru):
        return Pemetaan(normal, Nasib.SAMA, nama_lama, nama_baru, tampil)
    if nama_lama is None:
        return Pemetaan(normal, Nasib.SAMA, nama_lama, nama_baru, tampil)
    return Pemetaan(normal, Nasib.NAMA_BERUBAH, nama_lama, nama_baru, tampil)


def petakan_semua(
    kode: Iterable[tuple[str, str | None]], baru: Versi | None
) -> dict[str, Pemetaan]:
    """Return the fate of each distinct old code (with its old name), by normalised code."""
    hasil: dict[str, Pemetaan] = {}
    for k, nama in kode:
        p = petakan(k, nama, baru)
        hasil.setdefault(p.kode, p)
    return hasil


def _sama(a: str, b: str) -> bool:
    # Names differ in case and spacing between printings of one regulation: not a change.
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
