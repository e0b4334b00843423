"""What several rules share: names and places as a report writer says them, and year values."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.codes import KodeTidakValid, Level, normalize
from sakip.core.model import (
    BarisAnggaran,
    Indikator,
    IndikatorKeluaran,
    Kinerja,
    OpdTahun,
    PerjanjianKinerja,
    Rekomendasi,
)
from sakip.core.pengukuran import nilai_tahun
from sakip.core.periode import JenisPeriode, Periode
from sakip.core.scales import evaluasi_regulasi_listing

_ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


def nama_unit(s: OpdTahun, kode: str) -> str:
    """Return the unit's short name as the reports print it, or its code when it is unknown."""
    unit = s.unit(kode)
    return unit.nama_singkat if unit is not None else kode


def iku(s: OpdTahun) -> dict[str, Indikator]:
    """Return the Renstra's IKU by kode, in display order."""
    return {ind.kode: ind for ind in s.renstra.indikator()} if s.renstra is not None else {}


def lokasi_indikator(kode: str, indikator: Indikator | None) -> str:
    """Return "IKU1 Nilai Survey Kepuasan Masyarakat (SKM)", or the bare kode of an unknown one."""
    return f"{kode} {indikator.nama}" if indikator is not None else kode


def lokasi_pk(pk: PerjanjianKinerja, lokasi: str) -> str:
    """Return a place inside one version of the Perjanjian Kinerja."""
    return f"Perjanjian Kinerja {pk.tahun} versi {pk.versi}, {lokasi}"


def lokasi_baris(s: OpdTahun, baris: BarisAnggaran) -> str:
    """Return the unit and the sub kegiatan code as written in the source."""
    return f"{nama_unit(s, baris.unit)}, sub kegiatan {baris.kode_sumber}"


def ref_baris(baris: BarisAnggaran) -> dict[str, str]:
    """Return the link to a budget line."""
    return {"unit": baris.unit, "kode": baris.sub_kegiatan, "tahap": baris.tahap}


def lokasi_keluaran(s: OpdTahun, indikator: IndikatorKeluaran) -> str:
    """Return the unit, the program/kegiatan/sub kegiatan code and the indicator's wording."""
    return f"{nama_unit(s, indikator.unit)}, {indikator.kode} {indikator.uraian}"


def nama_triwulan(triwulan: int) -> str:
    """Return "Triwulan IV", as the reports name a quarter."""
    return f"Triwulan {_ROMAWI.get(triwulan, str(triwulan))}"


def nama_level(tingkat: Level) -> str:
    """Return "sub kegiatan" for Level.SUB_KEGIATAN."""
    return tingkat.name.lower().replace("_", " ")


def normal_atau_none(kode: str) -> str | None:
    """Return the normalised code, or None when it fits no code form (rule kode-format says so)."""
    try:
        return normalize(kode)
    except KodeTidakValid:
        return None


def jenis_periode(key: str) -> JenisPeriode | None:
    """Return the kind of a budget realisation key, None when the key names no period."""
    periode = Periode.try_parse(key)
    return None if periode is None else periode.jenis


def realisasi_tahun(kinerja: Kinerja, indikator: Indikator) -> Decimal | None:
    """Return the year value: as entered directly, or aggregated from its periods by its method."""
    return nilai_tahun(kinerja, indikator)


def kutipan(dasar_hukum: str) -> str:
    """Return a regulation's short citation, its title cut off ("Peraturan ... Tahun 2021")."""
    return dasar_hukum.partition(" tentang ")[0]


def rekomendasi_tabel_10(s: OpdTahun) -> list[tuple[int, Rekomendasi]]:
    """Return the recommendations Tabel 10 reports (those of the last evaluation before the
    year), each with its number within its component, as the table numbers them."""
    akhir = max((r.tahun_evaluasi for r in s.rekomendasi), default=None)
    result: list[tuple[int, Rekomendasi]] = []
    kelompok, no = None, 0
    for r in (r for r in s.rekomendasi if r.tahun_evaluasi == akhir):
        if r.komponen != kelompok:
            kelompok, no = r.komponen, 0
        no += 1
        result.append((no, r))
    return result


def lokasi_rekomendasi(no: int, r: Rekomendasi) -> str:
    """Return "Rekomendasi evaluasi 2022, Perencanaan Kinerja nomor 1"."""
    nama = next(
        (k.nama for e in evaluasi_regulasi_listing() for k in e.komponen if k.kode == r.komponen),
        r.komponen,
    )
    return f"Rekomendasi evaluasi {r.tahun_evaluasi}, {nama} nomor {no}"


def ringkas(teks: str, panjang: int = 80) -> str:
    """Return a text on one line, cut at a word before `panjang` characters with "…"."""
    satu = " ".join(teks.split())
    if len(satu) <= panjang:
        return satu
    return satu[:panjang].rsplit(" ", 1)[0] + " …"
