"""Dated classification scales and evaluation regulations, read from sakip/data/skala (YAML)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from sakip.core import yamlfile
from sakip.core.numbers import to_decimal

_KEPASTIAN = re.compile(r"(\[[RPCU]\])+")
_EVALUASI = "evaluasi-akip"


class SkalaTidakDitemukan(LookupError):
    """No scale or regulation file answers the request."""


@dataclass(frozen=True)
class Band:
    """One class of a scale: values from `batas_bawah` up to the next band's bound.

    A `batas_bawah` of Decimal("-Infinity") marks a band without lower bound.
    """

    kode: str
    label: str
    batas_bawah: Decimal
    inklusif: bool

    def holds(self, value: Decimal) -> bool:
        """Return whether the value lies on or above this band's lower bound."""
        return value >= self.batas_bawah if self.inklusif else value > self.batas_bawah


@dataclass(frozen=True)
class Scale:
    """A set of bands from one regulation, in force from `berlaku_mulai`."""

    kode: str
    jenis: str
    nama: str
    dasar_hukum: str
    kepastian: str
    berlaku_mulai: int
    bands: tuple[Band, ...]
    """Highest band first."""

    def classify(self, value: Decimal | None) -> Band | None:
        """Return the band the value falls in, None when it is missing or below every band."""
        if value is None:
            return None
        return next((band for band in self.bands if band.holds(value)), None)

    def with_labels(self, labels: Mapping[str, str]) -> Scale:
        """Return this scale with some band labels replaced (kode -> label), e.g. a Pemda's own."""
        asing = set(labels) - {band.kode for band in self.bands}
        if asing:
            raise ValueError(f"Skala {self.kode} tidak punya kelas {', '.join(sorted(asing))}.")
        return replace(
            self,
            bands=tuple(replace(b, label=labels.get(b.kode, b.label)) for b in self.bands),
        )


def wrong_limit(limit: list[Decimal | None]) -> list[str]:
    """Return what is wrong with the lower bounds of a scale's bands, highest band first.

    A band runs from its lower bound up to the next band's: the bounds must fall strictly from
    band to band (equal bounds would overlap, rising ones leave a band empty), and only the
    last, lowest band has none.
    """
    salah = []
    if len(limit) < 2:
        salah.append("Skala memerlukan sedikitnya dua kelas.")
    if not limit or limit[-1] is not None:
        salah.append("Kelas terakhir (terendah) tidak memiliki batas bawah: kosongkan batasnya.")
    if any(b is None for b in limit[:-1]):
        salah.append("Hanya kelas terakhir yang boleh tanpa batas bawah.")
    number = [b for b in limit if b is not None]
    if any(bawah >= atas for atas, bawah in zip(number, number[1:], strict=False)):
        salah.append(
            "Batas bawah harus menurun dari kelas ke kelas, tanpa batas yang sama: "
            "kelas-kelas tidak boleh bertumpang tindih."
        )
    return salah


@dataclass(frozen=True)
class KomponenRegulasi:
    """One weighted component of an evaluation (bobot in percent)."""

    kode: str
    nama: str
    bobot: Decimal


@dataclass(frozen=True)
class EvaluasiRegulasi:
    """The components, weights and predikat scale of one SAKIP evaluation regulation."""

    kode: str
    nama: str
    dasar_hukum: str
    komponen: tuple[KomponenRegulasi, ...]
    predikat: str
    """Kode of the `predikat-sakip` scale."""
    subkomponen: tuple[KomponenRegulasi, ...] = ()
    """The split applied within every component (percent of the component), if any."""
    kepastian: str | None = None


def load_scale(jenis: str, tahun: int | None = None, kode: str | None = None) -> Scale:
    """Return the scale with this kode, or else the one in force in `tahun` (None: the latest)."""
    skala = _skala(jenis)
    if kode is not None:
        cocok = [s for s in skala if s.kode == kode]
        if not cocok:
            raise SkalaTidakDitemukan(f"Skala {jenis} dengan kode {kode} tidak ada.")
        return cocok[0]
    berlaku = [s for s in skala if tahun is None or s.berlaku_mulai <= tahun]
    if not berlaku:
        raise SkalaTidakDitemukan(f"Tidak ada skala {jenis} yang berlaku pada tahun {tahun}.")
    return max(berlaku, key=lambda s: s.berlaku_mulai)


def jenis_skala() -> tuple[str, ...]:
    """Return the kinds of scale with bands (every folder but the evaluation regulations')."""
    folder = files("sakip.data") / "skala"
    return tuple(sorted(f.name for f in folder.iterdir() if f.is_dir() and f.name != _EVALUASI))


def load_evaluasi_regulasi(kode: str) -> EvaluasiRegulasi:
    """Return the evaluation regulation with this kode."""
    for regulasi in evaluasi_regulasi_listing():
        if regulasi.kode == kode:
            return regulasi
    raise SkalaTidakDitemukan(f"Regulasi evaluasi AKIP {kode} tidak ada.")


@cache
def evaluasi_regulasi_listing() -> tuple[EvaluasiRegulasi, ...]:
    """Return every evaluation regulation of the scale files, oldest file name first (read
    once per process: the files ship with sakip)."""
    folder = _folder(_EVALUASI)
    berkas = sorted((b for b in folder.iterdir() if b.name.endswith(".yaml")), key=lambda b: b.name)
    return tuple(_evaluasi(b) for b in berkas)


def _folder(jenis: str) -> Traversable:
    """Return the data folder of one kind, raising when there is none."""
    folder = files("sakip.data") / "skala" / jenis
    if not folder.is_dir():
        raise SkalaTidakDitemukan(f"Jenis skala {jenis} tidak dikenal.")
    return folder


def _read(berkas: Traversable) -> dict[str, Any]:
    """Return the mapping a YAML file holds, checking its kode matches the file name."""
    isi = yamlfile.load(berkas.read_text(encoding="utf-8"))
    if not isinstance(isi, dict) or f"{isi.get('kode')}.yaml" != berkas.name:
        raise ValueError(f"Berkas {berkas.name}: kode harus sama dengan nama berkas.")
    kepastian = isi.get("kepastian")
    if not isinstance(kepastian, str) or not _KEPASTIAN.fullmatch(kepastian):
        raise ValueError(f"Berkas {berkas.name}: kepastian harus berbentuk [R], [P], [C] atau [U].")
    return isi


@cache
def _skala(jenis: str) -> tuple[Scale, ...]:
    """Return every scale of one kind."""
    if jenis == _EVALUASI:
        raise SkalaTidakDitemukan(f"{jenis} berisi regulasi evaluasi, bukan skala.")
    result = []
    for berkas in sorted(_folder(jenis).iterdir(), key=lambda b: b.name):
        if not berkas.name.endswith(".yaml"):
            continue
        isi = _read(berkas)
        if isi["jenis"] != jenis:
            raise ValueError(f"Berkas {berkas.name}: jenis {isi['jenis']} di folder {jenis}.")
        bands = tuple(_band(b) for b in isi["bands"])
        result.append(
            Scale(
                kode=isi["kode"],
                jenis=jenis,
                nama=isi["nama"],
                dasar_hukum=isi["dasar_hukum"],
                kepastian=isi["kepastian"],
                berlaku_mulai=int(isi["berlaku_mulai"]),
                # Highest first, so classify() can stop at the first band that holds the value.
                bands=tuple(sorted(bands, key=lambda b: b.batas_bawah, reverse=True)),
            )
        )
    return tuple(result)


def _band(isi: Mapping[str, Any]) -> Band:
    """Return a band from its YAML mapping; a null lower bound means none."""
    limit = to_decimal(isi["batas_bawah"])
    return Band(
        kode=str(isi["kode"]),
        label=str(isi["label"]),
        batas_bawah=Decimal("-Infinity") if limit is None else limit,
        inklusif=bool(isi["inklusif"]),
    )


def _evaluasi(berkas: Traversable) -> EvaluasiRegulasi:
    """Return an evaluation regulation from its YAML file, checking its weights sum to 100."""
    isi = _read(berkas)
    komponen = tuple(_komponen(k) for k in isi["komponen"])
    subkomponen = tuple(_komponen(k) for k in isi.get("subkomponen") or ())
    for bagian in (komponen, subkomponen):
        if bagian and sum(k.bobot for k in bagian) != 100:
            raise ValueError(f"Berkas {berkas.name}: jumlah bobot bukan 100.")
    return EvaluasiRegulasi(
        kode=isi["kode"],
        nama=isi["nama"],
        dasar_hukum=isi["dasar_hukum"],
        komponen=komponen,
        predikat=isi["predikat"],
        subkomponen=subkomponen,
        kepastian=isi["kepastian"],
    )


def _komponen(isi: Mapping[str, Any]) -> KomponenRegulasi:
    """Return a weighted component from its YAML mapping."""
    bobot = to_decimal(isi["bobot"])
    if bobot is None:
        raise ValueError(f"Komponen {isi['kode']}: bobot kosong.")
    return KomponenRegulasi(kode=str(isi["kode"]), nama=str(isi["nama"]), bobot=bobot)
