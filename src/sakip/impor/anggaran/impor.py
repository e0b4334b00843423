"""Budget realisation files (SIPD exports and the like): read with a profile, saved by line.

Each row of the file is one budget line (unit, year, stage, sub kegiatan) with its pagu, and,
when the file gives it, its realisation for a period. The import adds lines that are new, changes
the pagu and realisation that differ, and leaves every other line alone: a file may cover one unit
or a whole Pemda. Codes are normalised (2- or 4-digit sub kegiatan) but never guessed.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from django.db.models import Max

from sakip.core import codes
from sakip.impor.buku import pilihan
from sakip.impor.data import DataImpor
from sakip.impor.selaras import Diinginkan, Penyelaras
from sakip.kinerja import models as m
from sakip.spreadsheet import nilai as nv
from sakip.spreadsheet import pesan
from sakip.spreadsheet.baca import LembarMentah
from sakip.spreadsheet.galat import Galat, Tempat
from sakip.spreadsheet.lembar import Jenis, Kolom, Rekaman, SpesifikasiLembar, baca_lembar

from .profil import BIDANG, Profil

_BARIS = ("unit", "tahun", "tahap", "sub_kegiatan")


def spesifikasi(profil: Profil, nama_lembar: str) -> SpesifikasiLembar:
    """Return the table a profile reads: one column per field it maps."""
    tahap = tuple(
        (kode, labels + tuple(k for k, v in profil.nilai_tahap.items() if v == kode))
        for kode, labels in pilihan.TAHAP
    )
    lewati = profil.lewati_baris_induk
    jenis: dict[str, dict[str, Any]] = {
        "unit": {"jenis": Jenis.KODE_UNIT, "wajib": not lewati},
        "sub_kegiatan": {
            "jenis": Jenis.KODE_ANGGARAN,
            "wajib": not lewati,
            "tingkat": (codes.Level.SUB_KEGIATAN,),
        },
        "uraian": {"jenis": Jenis.TEKS},
        "tahun": {"jenis": Jenis.TAHUN, "wajib": True},
        "tahap": {"jenis": Jenis.PILIHAN, "wajib": True, "pilihan": tahap},
        "pagu": {"jenis": Jenis.UANG, "wajib": True},
        "realisasi": {"jenis": Jenis.UANG},
        "periode": {"jenis": Jenis.PILIHAN, "pilihan": pilihan.PERIODE},
    }
    kolom = []
    for bidang, opsi in jenis.items():
        judul = profil.kolom.get(bidang, (BIDANG[bidang],))
        if bidang not in profil.kolom:
            opsi = {**opsi, "wajib": False}
        kolom.append(Kolom(bidang, judul[0], alias=judul[1:], **opsi))
    return SpesifikasiLembar(
        nama_lembar,
        tuple(kolom),
        kunci=("unit", "tahun", "tahap", "sub_kegiatan", "periode"),
        baris_judul=profil.baris_judul,
    )


def baca_anggaran(
    lembar: list[LembarMentah], profil: Profil
) -> tuple[DataImpor | None, list[Galat], int]:
    """Return the records of a budget file, the errors met, and how many rows were skipped."""
    mentah = _pilih_lembar(lembar, profil)
    if isinstance(mentah, Galat):
        return None, [mentah], 0
    spec = spesifikasi(profil, mentah.nama)
    hasil = baca_lembar(mentah, spec, profil.format_angka)
    if hasil.baris_judul is None or any(g.kode == pesan.KOLOM_TIDAK_ADA.kode for g in hasil.galat):
        return None, hasil.galat, 0
    rekaman, galat, dilewati = _saring(hasil.rekaman, hasil.galat, profil)
    for r in rekaman:
        for bidang, nilai in profil.tetap.items():
            r.nilai[bidang] = nilai
        if r.get("periode") is None and r.get("realisasi") is not None:
            if "periode" not in profil.kolom:
                r.nilai["periode"] = "tahun"
            elif "periode" not in r.salah:
                galat.append(pesan.WAJIB_DIISI.galat(r.tempat("periode"), None, apa="periode"))
    if not rekaman and not galat:
        galat.append(
            pesan.LEMBAR_KOSONG.galat(
                Tempat(mentah.nama, (hasil.baris_judul or 0) + 1, "A"),
                None,
                kolom="baris anggaran di bawah baris judul",
            )
        )
    data = DataImpor(
        spec={mentah.nama: spec},
        lembar={mentah.nama: rekaman},
        unit_dari_db=(mentah.nama,),
        periode_anggaran=(mentah.nama,),
        kolom_lain=hasil.kolom_lain,
    )
    return data, galat, dilewati


def _pilih_lembar(lembar: list[LembarMentah], profil: Profil) -> LembarMentah | Galat:
    if profil.lembar is None:
        return lembar[0]
    for x in lembar:
        if x.nama.strip().lower() == profil.lembar.strip().lower():
            return x
    return pesan.LEMBAR_TIDAK_ADA.galat(
        Tempat(profil.lembar),
        teks="lembar: " + ", ".join(f'"{x.nama}"' for x in lembar),
        lembar=profil.lembar,
    )


def _saring(
    rekaman: list[Rekaman], galat: list[Galat], profil: Profil
) -> tuple[list[Rekaman], list[Galat], int]:
    """Leave out total and subtotal rows when the profile says so; a row without a unit or
    sub kegiatan code is otherwise an error."""
    if not profil.lewati_baris_induk:
        return rekaman, galat, 0
    dilewati: set[int] = set()
    tetap: list[Rekaman] = []
    for r in rekaman:
        kode = r.get("sub_kegiatan")
        induk = kode is not None and codes.level(kode) is not codes.Level.SUB_KEGIATAN
        if nv.kosong(r.mentah("sub_kegiatan")) or induk:
            dilewati.add(r.baris)
            continue
        if r.get("unit") is None and "unit" not in r.salah:
            galat.append(pesan.WAJIB_DIISI.galat(r.tempat("unit"), None, apa="Kode unit"))
        tetap.append(r)
    sisa = [g for g in galat if g.tempat.baris not in dilewati]
    return tetap, sisa, len(dilewati)


def simpan_anggaran(data: DataImpor, penyelaras: Penyelaras) -> None:
    """Store the file's budget lines and realisations (inside the caller's transaction)."""
    nama, rekaman = next(iter(data.lembar.items()))
    unit = {
        u.kode: u for u in m.UnitKerja.objects.filter(kode__in={r.get("unit") for r in rekaman})
    }
    kode_unit = {u.pk: k for k, u in unit.items()}
    baris: dict[Hashable, Rekaman] = {}
    for r in rekaman:
        baris.setdefault(tuple(r.get(k) for k in _BARIS), r)
    tahun = {r.get("tahun") for r in rekaman}
    # Stored lines and realisations are fetched by unit and year, without joins: a file of
    # thousands of lines must not cost thousands of queries or a join per row.
    kunci_id: dict[int, Hashable] = {}
    lama: dict[Hashable, m.BarisAnggaran] = {}
    for b in m.BarisAnggaran.objects.filter(unit__in=unit.values(), tahun__in=tahun):
        kunci = (kode_unit[b.unit_id], b.tahun, b.tahap, b.sub_kegiatan)
        kunci_id[b.pk] = kunci
        if kunci in baris:
            lama[kunci] = b
    urutan = _urutan_berikut(unit.values(), tahun)
    baru = []
    for kunci, r in baris.items():
        u = unit[r.get("unit")]
        if kunci in lama:
            baru.append(Diinginkan(kunci, {"pagu": r.get("pagu")}, r.baris))
            continue
        posisi = (u.opd_id, r.get("tahun"))
        urutan[posisi] = urutan.get(posisi, -1) + 1
        baru.append(
            Diinginkan(
                kunci,
                {
                    "unit_id": u.pk,
                    "tahun": r.get("tahun"),
                    "tahap": r.get("tahap"),
                    "sub_kegiatan": r.get("sub_kegiatan"),
                    "kode_sumber": str(r.mentah("sub_kegiatan")).strip(),
                    "uraian": r.get("uraian"),
                    "pagu": r.get("pagu"),
                    "urutan": urutan[posisi],
                },
                r.baris,
            )
        )
    tersimpan = penyelaras.selaraskan(
        m.BarisAnggaran, nama, lama, baru, hapus=False, uraian=_uraian, urutan=False
    )
    lama_realisasi = {}
    if lama:
        for x in m.RealisasiAnggaran.objects.filter(
            baris__unit__in=unit.values(), baris__tahun__in=tahun
        ):
            kunci = kunci_id.get(x.baris_id)
            if kunci in lama:
                lama_realisasi[(*kunci, x.periode)] = x  # type: ignore[misc]
    penyelaras.selaraskan(
        m.RealisasiAnggaran,
        nama,
        lama_realisasi,
        [
            Diinginkan(
                (*kunci, r.get("periode")),
                {
                    "baris_id": tersimpan[kunci].pk,
                    "periode": r.get("periode"),
                    "nilai": r.get("realisasi"),
                },
                r.baris,
            )
            for r in rekaman
            if r.get("realisasi") is not None
            for kunci in [tuple(r.get(k) for k in _BARIS)]
        ],
        hapus=False,
        uraian=_uraian,
    )


def _urutan_berikut(unit: Any, tahun: set[int]) -> dict[tuple[int, int], int]:
    """Return the last display position of each OPD's lines per year: new lines come after."""
    rows = (
        m.BarisAnggaran.objects.filter(unit__opd__in={u.opd_id for u in unit}, tahun__in=tahun)
        .values("unit__opd", "tahun")
        .annotate(terakhir=Max("urutan"))
    )
    return {(r["unit__opd"], r["tahun"]): r["terakhir"] for r in rows}


def _uraian(kunci: Hashable) -> str:
    bagian = [str(x) for x in kunci]  # type: ignore[attr-defined]
    return " · ".join(bagian)
