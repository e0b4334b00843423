"""The types of SAKIP documents the national e-SAKIP expects, read from their dated data file."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from sakip.core import yamlfile

FILES = "jenis-dokumen-esr.yaml"
PEMDA = "pemda"
OPD = "opd"
KEDUANYA = "keduanya"


@dataclass(frozen=True)
class JenisDokumen:
    """One document type: its code, its name, the level that keeps it, its upload category."""

    kode: str
    nama: str
    tingkat: str
    """pemda, opd or keduanya (both)."""
    esr: str
    """The national upload's type it goes under (its own code, or `lainnya`)."""
    dibuat_sakip: str | None
    """The kind of signed document sakip makes of this type (DokumenTertanda.jenis), if any."""

    def untuk(self, pemda: bool) -> bool:
        """Return whether a Pemda (True) or an OPD (False) keeps documents of this type."""
        return self.tingkat == KEDUANYA or self.tingkat == (PEMDA if pemda else OPD)


@dataclass(frozen=True)
class JenisListing:
    """The data file: its source, its certainty, and its types in the national order."""

    kode: str
    sumber: str
    kepastian: str
    dicatat: str
    jenis: tuple[JenisDokumen, ...]

    def get(self, kode: str) -> JenisDokumen | None:
        """Return the type of a code, or None."""
        return next((j for j in self.jenis if j.kode == kode), None)

    def dari_tertanda(self, jenis_tertanda: str) -> JenisDokumen:
        """Return the type of a document sakip signed (lkjip, pk)."""
        return next(j for j in self.jenis if j.dibuat_sakip == jenis_tertanda)


@functools.cache
def listing() -> JenisListing:
    """Return the document types of the bundled data file."""
    teks = (resources.files("sakip.data") / "esakip" / FILES).read_text(encoding="utf-8")
    data = yamlfile.load(teks)
    return JenisListing(
        kode=data["kode"],
        sumber=data["sumber"],
        kepastian=data["kepastian"],
        dicatat=str(data["dicatat"]),
        jenis=tuple(
            JenisDokumen(
                kode=j["kode"],
                nama=j["nama"],
                tingkat=j["tingkat"],
                esr=j.get("esr", j["kode"]),
                dibuat_sakip=j.get("dibuat_sakip"),
            )
            for j in data["jenis"]
        ),
    )


def pilihan() -> list[tuple[str, str]]:
    """Return the document types as model choices."""
    return [(j.kode, j.nama) for j in listing().jenis]
