"""LKE templates as versioned data (sakip/data/lke/*.yaml, plus a Pemda's own folder)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from sakip.core import yamlfile
from sakip.core.numbers import to_decimal

_KEPASTIAN = re.compile(r"(\[[RPCU]\])+")
METODE = ("rata-rata", "jumlah")
"""How a sub-component turns its criteria into a score: the mean × weight, or the sum of values."""


class TemplateTidakValid(ValueError):
    """A template file breaks a rule of the format (docs/lke.md)."""


class TemplateTidakDitemukan(LookupError):
    """No template file has the asked kode (and version)."""


@dataclass(frozen=True)
class Pilihan:
    """One allowed answer, its value (0–1) and what it means."""

    kode: str
    nilai: Decimal
    penjelasan: str
    batas_bawah: Decimal | None = None
    """The share (percent) above which a measured suggestion gives this answer, if any."""
    inklusif: bool = False

    def memuat(self, persen: Decimal) -> bool:
        """Return whether a measured share gives this answer."""
        if self.batas_bawah is None:
            return False
        return persen >= self.batas_bawah if self.inklusif else persen > self.batas_bawah


@dataclass(frozen=True)
class JenisJawaban:
    """An answer type: Y/T, A/B/C/D/E or a template's own option set."""

    kode: str
    pilihan: tuple[Pilihan, ...]

    def nilai(self, jawaban: str | None) -> Decimal | None:
        """Return the value of an answer, None when unanswered; raise on an unknown answer."""
        if jawaban is None:
            return None
        for p in self.pilihan:
            if p.kode == jawaban:
                return p.nilai
        raise ValueError(f"Jawaban {jawaban} tidak dikenal untuk jenis {self.kode}.")

    def dari_persen(self, persen: Decimal) -> str | None:
        """Return the answer a measured share gives (the first option whose bound holds)."""
        return next((p.kode for p in self.pilihan if p.memuat(persen)), None)

    @property
    def kode_pilihan(self) -> tuple[str, ...]:
        """Return the allowed answers in order."""
        return tuple(p.kode for p in self.pilihan)


@dataclass(frozen=True)
class Kriteria:
    """One question of the LKE."""

    kode: str
    pertanyaan: str
    jenis: str
    bukti: str
    """The evidence the criterion expects, in the words of the template."""
    saran: str | None = None
    """The kode of the suggestion rule that answers it from sakip's data, if any."""
    dasar: str | None = None
    """The criterion this one builds on (logic rule), when it is not the sub-component's."""
    kepastian: str | None = None


@dataclass(frozen=True)
class Subkomponen:
    """A weighted part of a component holding its criteria."""

    kode: str
    nama: str
    bobot: Decimal
    kriteria: tuple[Kriteria, ...]
    dasar: str | None = None
    """The sub-component whose mean this one's answers may not exceed (logic rule)."""
    metode: str = "rata-rata"


@dataclass(frozen=True)
class Komponen:
    """A weighted component of the LKE."""

    kode: str
    nama: str
    bobot: Decimal
    subkomponen: tuple[Subkomponen, ...]


@dataclass(frozen=True)
class TemplateLke:
    """One version of an LKE: its answer types and its components."""

    kode: str
    versi: int
    tanggal: str
    nama: str
    dasar_hukum: str
    kepastian: str
    berlaku_mulai: int
    predikat: str
    """Kode of the `predikat-sakip` scale."""
    jenis_jawaban: Mapping[str, JenisJawaban]
    komponen: tuple[Komponen, ...]

    def subkomponen(self) -> list[Subkomponen]:
        """Return every sub-component in order."""
        return [s for k in self.komponen for s in k.subkomponen]

    def kriteria(self) -> list[Kriteria]:
        """Return every criterion in order."""
        return [kr for s in self.subkomponen() for kr in s.kriteria]

    def jenis(self, kriteria: Kriteria) -> JenisJawaban:
        """Return the answer type of a criterion."""
        return self.jenis_jawaban[kriteria.jenis]


def _number(nilai: Any, where: str) -> Decimal:
    result: Decimal | None = to_decimal(nilai)
    if result is None:
        raise TemplateTidakValid(f"{where}: angka kosong.")
    return result


def _teks(isi: Mapping[str, Any], key: str, where: str) -> str:
    nilai = isi.get(key)
    if nilai is None or str(nilai).strip() == "":
        raise TemplateTidakValid(f"{where}: {key} wajib diisi.")
    return str(nilai)


def _jenis(kode: str, isi: Mapping[str, Any], where: str) -> JenisJawaban:
    pilihan = tuple(
        Pilihan(
            _teks(p, "kode", where),
            _number(p.get("nilai"), f"{where}.{p.get('kode')}"),
            str(p.get("penjelasan") or ""),
            to_decimal(p.get("batas_bawah")),
            bool(p.get("inklusif", False)),
        )
        for p in isi.get("pilihan") or ()
    )
    if len(pilihan) < 2:
        raise TemplateTidakValid(f"{where}: jenis jawaban {kode} perlu sedikitnya dua pilihan.")
    for p in pilihan:
        if not Decimal(0) <= p.nilai <= Decimal(1):
            raise TemplateTidakValid(f"{where}: nilai pilihan {p.kode} harus antara 0 dan 1.")
    return JenisJawaban(kode, pilihan)


def _kriteria(isi: Mapping[str, Any], jenis: Mapping[str, JenisJawaban], where: str) -> Kriteria:
    kode = _teks(isi, "kode", where)
    nama_jenis = _teks(isi, "jenis", f"{where} {kode}")
    if nama_jenis not in jenis:
        raise TemplateTidakValid(f"{where} {kode}: jenis jawaban {nama_jenis} tidak dikenal.")
    return Kriteria(
        kode=kode,
        pertanyaan=_teks(isi, "pertanyaan", f"{where} {kode}"),
        jenis=nama_jenis,
        bukti=str(isi.get("bukti") or ""),
        saran=isi.get("saran"),
        dasar=isi.get("dasar"),
        kepastian=isi.get("kepastian"),
    )


def _subkomponen(
    isi: Mapping[str, Any], jenis: Mapping[str, JenisJawaban], where: str
) -> Subkomponen:
    kode = _teks(isi, "kode", where)
    metode = str(isi.get("metode") or "rata-rata")
    if metode not in METODE:
        raise TemplateTidakValid(f"{where} {kode}: metode {metode} tidak dikenal.")
    kriteria = tuple(_kriteria(k, jenis, f"{where} {kode}") for k in isi.get("kriteria") or ())
    if not kriteria:
        raise TemplateTidakValid(f"{where} {kode}: tidak ada kriteria.")
    return Subkomponen(
        kode=kode,
        nama=_teks(isi, "nama", f"{where} {kode}"),
        bobot=_number(isi.get("bobot"), f"{where} {kode}.bobot"),
        kriteria=kriteria,
        dasar=isi.get("dasar"),
        metode=metode,
    )


def read(isi: Mapping[str, Any], where: str) -> TemplateLke:
    """Return a template from its YAML mapping, checking every rule of the format."""
    kepastian = str(isi.get("kepastian") or "")
    if not _KEPASTIAN.fullmatch(kepastian):
        raise TemplateTidakValid(f"{where}: kepastian harus berbentuk [R], [P], [C] atau [U].")
    jenis = {str(k): _jenis(str(k), v, where) for k, v in (isi.get("jenis_jawaban") or {}).items()}
    komponen = tuple(
        Komponen(
            kode=_teks(k, "kode", where),
            nama=_teks(k, "nama", where),
            bobot=_number(k.get("bobot"), f"{where} {k.get('kode')}.bobot"),
            subkomponen=tuple(_subkomponen(s, jenis, where) for s in k.get("subkomponen") or ()),
        )
        for k in isi.get("komponen") or ()
    )
    template = TemplateLke(
        kode=_teks(isi, "kode", where),
        versi=int(_number(isi.get("versi"), f"{where}.versi")),
        tanggal=str(_teks(isi, "tanggal", where)),
        nama=_teks(isi, "nama", where),
        dasar_hukum=_teks(isi, "dasar_hukum", where),
        kepastian=kepastian,
        berlaku_mulai=int(_number(isi.get("berlaku_mulai"), f"{where}.berlaku_mulai")),
        predikat=_teks(isi, "predikat", where),
        jenis_jawaban=jenis,
        komponen=komponen,
    )
    _check_bobot(template, where)
    _check_kode(template, where)
    return template


def _check_bobot(t: TemplateLke, where: str) -> None:
    """Refuse weights that do not add up: components to 100, sub-components to their component."""
    if sum((k.bobot for k in t.komponen), Decimal(0)) != 100:
        raise TemplateTidakValid(f"{where}: jumlah bobot komponen bukan 100.")
    for k in t.komponen:
        jumlah = sum((s.bobot for s in k.subkomponen), Decimal(0))
        if jumlah != k.bobot:
            raise TemplateTidakValid(
                f"{where}: jumlah bobot subkomponen {k.kode} ({jumlah}) bukan {k.bobot}."
            )


def _check_kode(t: TemplateLke, where: str) -> None:
    """Refuse repeated codes and a logic-rule reference to a code the template lacks."""
    all_items = [k.kode for k in t.komponen] + [s.kode for s in t.subkomponen()]
    all_items += [kr.kode for kr in t.kriteria()]
    ganda = sorted({k for k in all_items if all_items.count(k) > 1})
    if ganda:
        raise TemplateTidakValid(f"{where}: kode ganda {', '.join(ganda)}.")
    sub = {s.kode for s in t.subkomponen()}
    kriteria = {kr.kode for kr in t.kriteria()}
    for s in t.subkomponen():
        if s.dasar is not None and s.dasar not in sub:
            raise TemplateTidakValid(f"{where} {s.kode}: dasar {s.dasar} tidak ada.")
        for kr in s.kriteria:
            if kr.dasar is not None and kr.dasar not in kriteria:
                raise TemplateTidakValid(f"{where} {kr.kode}: dasar {kr.dasar} tidak ada.")


def read_file(path: Path) -> TemplateLke:
    """Return the template a YAML file holds."""
    isi = yamlfile.load(path.read_text(encoding="utf-8"))
    if not isinstance(isi, dict):
        raise TemplateTidakValid(f"{path.name}: bukan pemetaan YAML.")
    return read(isi, path.name)


@cache
def _bawaan() -> tuple[TemplateLke, ...]:
    folder = files("sakip.data") / "lke"
    return tuple(
        read_file(Path(str(b)))
        for b in sorted(folder.iterdir(), key=lambda b: b.name)
        if b.name.endswith(".yaml")
    )


def all_items(folder_tambahan: Iterable[Path] = ()) -> list[TemplateLke]:
    """Return the bundled templates and those of the Pemda's own folders."""
    result = list(_bawaan())
    for folder in folder_tambahan:
        result += [read_file(p) for p in sorted(folder.glob("*.yaml"))]
    return result


def find(kode: str, versi: int | None = None, folder_tambahan: Iterable[Path] = ()) -> TemplateLke:
    """Return the template with this kode and version (None: its latest version)."""
    cocok = [t for t in all_items(folder_tambahan) if t.kode == kode]
    if versi is not None:
        cocok = [t for t in cocok if t.versi == versi]
    if not cocok:
        raise TemplateTidakDitemukan(f"Template LKE {kode} versi {versi or 'terbaru'} tidak ada.")
    return max(cocok, key=lambda t: t.versi)


def berlaku(tahun: int, folder_tambahan: Iterable[Path] = ()) -> TemplateLke:
    """Return the template for a year: the Pemda's own first, else the latest bundled one."""
    listing = [t for t in all_items(folder_tambahan) if t.berlaku_mulai <= tahun]
    if not listing:
        raise TemplateTidakDitemukan(f"Tidak ada template LKE yang berlaku pada tahun {tahun}.")
    bawaan = _bawaan()
    return max(listing, key=lambda t: (all(t is not b for b in bawaan), t.berlaku_mulai, t.versi))
