"""One document model for every report: sections, text, tables, figures, signatures.

A builder (lkjip, pk, triwulan) turns an `OpdTahun` into a `Dokumen`; each output format (DOCX,
PDF, HTML) is a renderer of it. Tables and figures are numbered here, once, in the order they
appear, and every mention in the text is a reference by `key` resolved against that numbering,
so a number can never be given twice or point at the wrong table.

Text is written in a small source form that users can edit: paragraphs are lines (a blank line
or a new line starts a new one), a line starting "1.", "a." or "-" is a list item, `**...**` is
bold, and `[[kunci]]` is a reference to a table or figure ("Tabel 15", "Grafik 3").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sakip.core.tables.base import Tabel

_RUJUKAN = re.compile(r"\[\[([A-Za-z0-9_.-]+)\]\]")
_TEBAL = re.compile(r"\*\*(.+?)\*\*")
_BUTIR = re.compile(r"^(\s*)(\d{1,2}[.)]|[a-z][.)]|[-•])\s+(.*)$")


class Rata(StrEnum):
    """How a text block is aligned."""

    BIASA = "biasa"  # justified body text
    TENGAH = "tengah"
    KANAN = "kanan"


@dataclass(frozen=True)
class Potongan:
    """A run of text inside a paragraph: plain, bold, or a reference to a table or figure."""

    teks: str
    tebal: bool = False
    rujukan: str | None = None
    """Kunci of a table or figure; the renderer writes its label ("Tabel 15")."""


@dataclass(frozen=True)
class Paragraf:
    potongan: tuple[Potongan, ...]
    butir: str | None = None
    """The list marker as written ("1.", "a.", "-") when the paragraph is a list item."""
    tingkat: int = 0
    """Indentation level of a list item."""

    @property
    def pengantar(self) -> bool:
        """Return whether the paragraph leads into the next one: a run-in title (wholly bold)
        or a line ending in a colon ("Faktor pendukung:"), never to end a page."""
        if self.butir or not self.potongan:
            return False
        tebal = all(p.tebal or not p.teks.strip() for p in self.potongan)
        return tebal or self.potongan[-1].teks.rstrip().endswith(":")


def urai(sumber: str) -> tuple[Paragraf, ...]:
    """Return the paragraphs of a text in source form (see the module docstring)."""
    result = []
    for baris in sumber.strip().splitlines():
        if not baris.strip():
            continue
        cocok = _BUTIR.match(baris)
        if cocok:
            indent, butir, isi = cocok.groups()
            tingkat = 1 + len(indent.expandtabs(4)) // 3
            result.append(Paragraf(_potongan(isi), butir=butir, tingkat=tingkat))
        else:
            result.append(Paragraf(_potongan(baris.strip())))
    return tuple(result)


def _potongan(teks: str) -> tuple[Potongan, ...]:
    result: list[Potongan] = []
    for i, bagian in enumerate(_TEBAL.split(teks)):
        tebal = i % 2 == 1
        for j, sub in enumerate(_RUJUKAN.split(bagian)):
            if j % 2 == 1:
                result.append(Potongan("", tebal, rujukan=sub))
            elif sub:
                result.append(Potongan(sub, tebal))
    return tuple(result)


def rujukan_dalam(sumber: str) -> list[str]:
    """Return the kunci every `[[kunci]]` in a source text names."""
    return _RUJUKAN.findall(sumber)


@dataclass(frozen=True)
class Teks:
    """A block of one or more paragraphs; with a `key`, users may replace its text."""

    sumber: str
    key: str | None = None
    rata: Rata = Rata.BIASA
    diubah: bool = False
    """True when the text is a user's, not the generated one."""

    @property
    def paragraf(self) -> tuple[Paragraf, ...]:
        """Return the paragraphs of the text."""
        return urai(self.sumber)


@dataclass(frozen=True)
class TabelDok:
    """A computed table placed in a document, with its caption above it."""

    tabel: Tabel
    lanskap: bool = False
    """Printed on a landscape page (the widest tables)."""

    @property
    def key(self) -> str:
        """Return the table's key, used by references."""
        return self.tabel.key


class JenisGrafik(StrEnum):
    BATANG = "batang"  # vertical bars
    BATANG_MENDATAR = "batang_mendatar"  # horizontal bars, for long labels
    BAGAN = "bagan"  # an organisation chart: the first label heads the others, no values


@dataclass(frozen=True)
class Grafik:
    """A chart as data; the renderer draws it. Frozen and hashable, so a drawing can be reused."""

    key: str
    judul: str
    jenis: JenisGrafik
    label: tuple[str, ...]
    nilai: tuple[Decimal | None, ...]
    satuan: str
    garis_acuan: Decimal | None = None
    """A reference line (100 for capaian, the expected absorption for serapan)."""
    nama_acuan: str | None = None
    catatan: str | None = None
    """Shown under the caption (what n/a means, the method)."""


@dataclass(frozen=True)
class Penanda:
    """One signatory."""

    jabatan: str
    nama: str | None
    nip: str | None
    peran: str | None = None
    """e.g. "PIHAK PERTAMA"."""


@dataclass(frozen=True)
class TandaTangan:
    """Place, date and signatures (side by side when there are two)."""

    tempat_tanggal: Teks | None
    penanda: tuple[Penanda, ...]


class Daftar(StrEnum):
    """A generated list: contents, tables or figures."""

    ISI = "isi"
    TABEL = "tabel"
    GRAFIK = "grafik"


@dataclass(frozen=True)
class DaftarOtomatis:
    jenis: Daftar


@dataclass
class Bagian:
    """A section: a heading and its blocks, which may hold sub-sections."""

    judul: str
    isi: list[Blok] = field(default_factory=list)
    nomor: str | None = None
    """As printed before the title: "BAB I", "A.", "1.", "a."."""
    jangkar: str = ""
    """Anchor for links and the contents; set by the document when empty."""
    daftar_isi: bool = True
    lanskap: bool = False
    """Printed on landscape pages, with everything it holds."""
    new_page: bool = False
    """Starts on a new page (top-level sections always do)."""

    @property
    def judul_lengkap(self) -> str:
        """Return the number and the title as the heading shows them."""
        return f"{self.nomor} {self.judul}" if self.nomor else self.judul


Blok = Teks | TabelDok | Grafik | TandaTangan | DaftarOtomatis | Bagian


@dataclass(frozen=True)
class Identitas:
    """What the cover shows, and what a DOCX template's placeholders are filled with."""

    judul: str
    singkatan: str
    opd: str
    tahun: str
    pemda: str

    def isian(self) -> dict[str, str]:
        """Return the values of the DOCX template placeholders ({{judul}}, {{opd}}, ...)."""
        return {
            "judul": self.judul,
            "singkatan": self.singkatan,
            "opd": self.opd,
            "tahun": self.tahun,
            "pemda": self.pemda,
        }


@dataclass(frozen=True)
class Nomor:
    """The number a table or figure has in one document."""

    jenis: str  # "Tabel" or "Grafik"
    number: int
    judul: str
    jangkar: str

    @property
    def label(self) -> str:
        """Return the label used in captions and references ("Tabel 15")."""
        return f"{self.jenis} {self.number}"


class DokumenTidakSah(ValueError):
    """A document names a table twice, or refers to a table or figure it does not hold."""


@dataclass
class Dokumen:
    """A whole report: cover, front matter, chapters and appendices.

    On construction the tables and figures are numbered in order of appearance, section anchors
    are set, and every key and reference is checked.
    """

    jenis: str
    """"lkjip", "pk" or "triwulan": the kind of report, also the kind of its overrides."""
    judul: str
    identitas: Identitas
    depan: list[Bagian]
    """Front matter (Kata Pengantar, Ikhtisar, Daftar Isi ...), paged in roman numerals."""
    isi: list[Bagian]
    lampiran: list[Bagian] = field(default_factory=list)
    bersampul: bool = True
    """Whether the document opens with a cover page."""
    tanggal: date | None = None
    """The date the document bears (its signing date), for the file's properties."""
    penomoran: dict[str, Nomor] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        teks_keys: set[str] = set()
        compute = {"Tabel": 0, "Grafik": 0}
        for i, (blok, _) in enumerate(self.telusuri()):
            if isinstance(blok, Bagian) and not blok.jangkar:
                blok.jangkar = f"bagian-{i}"
            elif isinstance(blok, Teks) and blok.key is not None:
                if blok.key in teks_keys:
                    raise DokumenTidakSah(f"Kunci paragraf {blok.key} dipakai dua kali.")
                teks_keys.add(blok.key)
            elif isinstance(blok, TabelDok | Grafik):
                jenis = "Tabel" if isinstance(blok, TabelDok) else "Grafik"
                judul = blok.tabel.judul if isinstance(blok, TabelDok) else blok.judul
                if blok.key in self.penomoran:
                    raise DokumenTidakSah(f"{jenis} {blok.key} dimuat dua kali.")
                compute[jenis] += 1
                self.penomoran[blok.key] = Nomor(
                    jenis, compute[jenis], judul, f"{jenis.lower()}-{blok.key}"
                )
        self._check_rujukan()

    def _check_rujukan(self) -> None:
        for teks in self.all_teks():
            for key in rujukan_dalam(teks.sumber):
                if key not in self.penomoran and not teks.diubah:
                    raise DokumenTidakSah(
                        f"Paragraf {teks.key or teks.sumber[:40]!r} merujuk {key}, "
                        "yang tidak ada di dokumen ini."
                    )

    def bagian_utama(self) -> Iterator[tuple[str, Bagian]]:
        """Yield ("depan" | "isi" | "lampiran", section) for each top-level section in order."""
        for nama, listing in (
            ("depan", self.depan),
            ("isi", self.isi),
            ("lampiran", self.lampiran),
        ):
            for bagian in listing:
                yield nama, bagian

    def telusuri(self) -> Iterator[tuple[Blok, int]]:
        """Yield every block in reading order with its depth (1 for a top-level section)."""
        for _, bagian in self.bagian_utama():
            yield from _telusuri(bagian, 1)

    def all_teks(self) -> Iterator[Teks]:
        """Yield every text block, including the dates above signatures."""
        for blok, _ in self.telusuri():
            if isinstance(blok, Teks):
                yield blok
            elif isinstance(blok, TandaTangan) and blok.tempat_tanggal is not None:
                yield blok.tempat_tanggal

    def nomor(self, key: str) -> Nomor | None:
        """Return the number of the table or figure with this key, None when absent."""
        return self.penomoran.get(key)

    def label(self, key: str) -> str:
        """Return "Tabel n" / "Grafik n" for a key; a user's unknown key shows as written."""
        nomor = self.penomoran.get(key)
        return nomor.label if nomor else f"[[{key}]]"

    def listing(self, jenis: str) -> list[Nomor]:
        """Return the numbers of all tables ("Tabel") or all figures ("Grafik"), in order."""
        return [n for n in self.penomoran.values() if n.jenis == jenis]

    def judul_daftar_isi(self, kedalaman: int = 2) -> list[tuple[Bagian, int]]:
        """Return the sections the table of contents lists, with their depth."""
        return [
            (blok, tingkat)
            for blok, tingkat in self.telusuri()
            if isinstance(blok, Bagian) and blok.daftar_isi and tingkat <= kedalaman
        ]

    def paragraf_berkunci(self) -> list[tuple[Teks, str]]:
        """Return every overridable text with the title of the section holding it."""
        result: list[tuple[Teks, str]] = []
        for _, bagian in self.bagian_utama():
            _kumpulkan(bagian, bagian.judul_lengkap, result)
        return result


def _telusuri(bagian: Bagian, tingkat: int) -> Iterator[tuple[Blok, int]]:
    yield bagian, tingkat
    for blok in bagian.isi:
        if isinstance(blok, Bagian):
            yield from _telusuri(blok, tingkat + 1)
        else:
            yield blok, tingkat


def _kumpulkan(bagian: Bagian, judul: str, result: list[tuple[Teks, str]]) -> None:
    for blok in bagian.isi:
        if isinstance(blok, Bagian):
            _kumpulkan(blok, blok.judul_lengkap, result)
        elif isinstance(blok, Teks) and blok.key:
            result.append((blok, judul))
        elif isinstance(blok, TandaTangan) and blok.tempat_tanggal and blok.tempat_tanggal.key:
            result.append((blok.tempat_tanggal, judul))


@dataclass(frozen=True)
class Ubahan:
    """The texts users wrote over generated paragraphs, by key."""

    teks: Mapping[str, str] = field(default_factory=dict)

    def blok(self, key: str, bawaan: str, rata: Rata = Rata.BIASA) -> Teks:
        """Return the block for a key: the user's text when there is one, else the generated."""
        milik_pengguna = self.teks.get(key)
        if milik_pengguna is not None and milik_pengguna.strip():
            return Teks(milik_pengguna, key, rata, diubah=True)
        return Teks(bawaan, key, rata)
