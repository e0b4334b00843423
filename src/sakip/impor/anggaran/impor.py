"""Budget realisation files (SIPD exports and the like): read with a profile, saved by line.

Each row of the file is one budget line (unit, year, stage, sub kegiatan) with its pagu, and,
when the file gives it, its realisation for a period. The import adds lines that are new, changes
the pagu and realisation that differ, and leaves every other line alone: a file may cover one unit
or a whole Pemda. Codes are normalised (2- or 4-digit sub kegiatan) but never guessed.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterable, Iterator
from typing import Any

from django.db import models
from django.db.models import Max

from sakip.core import codes
from sakip.impor.buku import pilihan
from sakip.impor.data import DataImpor
from sakip.impor.selaras import Diinginkan, Penyelaras, Ringkasan
from sakip.kinerja import models as m
from sakip.spreadsheet import nilai as nv
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error, Tempat
from sakip.spreadsheet.keys import KeyMap, close, get_many, key_map
from sakip.spreadsheet.lembar import Jenis, Kolom, Rekaman, SpesifikasiLembar, read_sheet
from sakip.spreadsheet.read import LembarMentah
from sakip.spreadsheet.spill import SpilledRecords

from .profil import BIDANG, Profil

_BARIS = ("unit", "tahun", "tahap", "sub_kegiatan")
BAGIAN = 2000
"""Budget lines (or realisation rows) saved at once; see `save_anggaran`."""


def spesifikasi(profil: Profil, nama_lembar: str) -> SpesifikasiLembar:
    """Return the table a profile reads: one column per field it maps."""
    tahap = tuple(
        (kode, labels + tuple(k for k, v in profil.nilai_tahap.items() if v == kode))
        for kode, labels in pilihan.TAHAP
    )
    lewati = profil.lewati_baris_induk
    jenis: dict[str, dict[str, Any]] = {
        "unit": {"jenis": Jenis.KODE_UNIT, "required": not lewati},
        "sub_kegiatan": {
            "jenis": Jenis.KODE_ANGGARAN,
            "required": not lewati,
            "tingkat": (codes.Level.SUB_KEGIATAN,),
        },
        "uraian": {"jenis": Jenis.TEKS},
        "tahun": {"jenis": Jenis.TAHUN, "required": True},
        "tahap": {"jenis": Jenis.PILIHAN, "required": True, "pilihan": tahap},
        "pagu": {"jenis": Jenis.UANG, "required": True},
        "realisasi": {"jenis": Jenis.UANG},
        "periode": {"jenis": Jenis.PILIHAN, "pilihan": pilihan.PERIODE},
    }
    kolom = []
    for bidang, opsi in jenis.items():
        judul = profil.kolom.get(bidang, (BIDANG[bidang],))
        if bidang not in profil.kolom:
            opsi = {**opsi, "required": False}
        kolom.append(Kolom(bidang, judul[0], alias=judul[1:], **opsi))
    return SpesifikasiLembar(
        nama_lembar,
        tuple(kolom),
        key=("unit", "tahun", "tahap", "sub_kegiatan", "periode"),
        baris_judul=profil.baris_judul,
    )


def read_anggaran(
    lembar: list[LembarMentah], profil: Profil, habiskan: bool = False
) -> tuple[DataImpor | None, list[Error], int]:
    """Return the records of a budget file, the errors met, and how many rows were skipped.

    With `habiskan` the sheet's raw rows are let go as they are read (see `read_sheet`). The
    records are kept in a temporary file as they are read (`SpilledRecords`), not in memory.
    """
    mentah = _choose_sheet(lembar, profil)
    if isinstance(mentah, Error):
        return None, [mentah], 0
    spec = spesifikasi(profil, mentah.nama)
    saring = _Saring(profil, SpilledRecords(mentah.nama))
    result = read_sheet(mentah, spec, profil.number_format, habiskan, saring.add)
    if result.baris_judul is None or any(
        g.kode == pesan.KOLOM_TIDAK_ADA.kode for g in result.error
    ):
        return None, result.error, 0
    rekaman = saring.rekaman
    error = [g for g in result.error if g.tempat.baris not in saring.dilewati]
    error += saring.error + saring.error_periode
    if not rekaman and not error:
        error.append(
            pesan.LEMBAR_KOSONG.error(
                Tempat(mentah.nama, (result.baris_judul or 0) + 1, "A"),
                None,
                kolom="baris anggaran di bawah baris judul",
            )
        )
    data = DataImpor(
        spec={mentah.nama: spec},
        lembar={mentah.nama: rekaman},
        unit_dari_db=(mentah.nama,),
        periode_anggaran=(mentah.nama,),
        kolom_lain=result.kolom_lain,
    )
    return data, error, len(saring.dilewati)


def _choose_sheet(lembar: list[LembarMentah], profil: Profil) -> LembarMentah | Error:
    if profil.lembar is None:
        return lembar[0]
    for x in lembar:
        if x.nama.strip().lower() == profil.lembar.strip().lower():
            return x
    return pesan.LEMBAR_TIDAK_ADA.error(
        Tempat(profil.lembar),
        teks="lembar: " + ", ".join(f'"{x.nama}"' for x in lembar),
        lembar=profil.lembar,
    )


class _Saring:
    """Take each record as it is read: leave out total and subtotal rows when the profile says
    so (a row without a unit or sub kegiatan code is otherwise an error), fill the fields the
    profile fixes, and keep the rest."""

    def __init__(self, profil: Profil, rekaman: SpilledRecords) -> None:
        self.profil = profil
        self.rekaman = rekaman
        self.dilewati: set[int] = set()
        self.error: list[Error] = []
        self.error_periode: list[Error] = []

    def add(self, r: Rekaman) -> None:
        profil = self.profil
        if profil.lewati_baris_induk:
            kode = r.get("sub_kegiatan")
            induk = kode is not None and codes.level(kode) is not codes.Level.SUB_KEGIATAN
            if nv.empty(r.mentah("sub_kegiatan")) or induk:
                self.dilewati.add(r.baris)
                return
            if r.get("unit") is None and "unit" not in r.salah:
                self.error.append(pesan.WAJIB_DIISI.error(r.tempat("unit"), None, apa="Kode unit"))
        for bidang, nilai in profil.tetap.items():
            r.nilai[bidang] = nilai
        if r.get("periode") is None and r.get("realisasi") is not None:
            if "periode" not in profil.kolom:
                r.nilai["periode"] = "tahun"
            elif "periode" not in r.salah:
                self.error_periode.append(
                    pesan.WAJIB_DIISI.error(r.tempat("periode"), None, apa="periode")
                )
        self.rekaman.append(r)


def save_anggaran(data: DataImpor, penyelaras: Penyelaras) -> None:
    """Store the file's budget lines and realisations (inside the caller's transaction).

    In parts of `BAGIAN` rows, first the lines, then the realisation rows, in file order:
    what a part builds (the rows as stored, the history entries) is written and let go before
    the next part, so a file of a hundred thousand rows takes no more memory than a part.
    What the save needs across parts, the id of each line by its key, is kept in temporary
    databases (`key_map`), not in memory.
    """
    nama, rekaman = next(iter(data.lembar.items()))
    # One pass over the rows (read back from a temporary file): the units and years named.
    file_unit_codes: set[str] = set()
    tahun: set[int] = set()
    for r in rekaman:
        file_unit_codes.add(r.get("unit"))
        tahun.add(r.get("tahun"))
    unit = {u.kode: u for u in m.UnitKerja.objects.filter(kode__in=file_unit_codes)}
    unit_id = {u.pk: u for u in unit.values()}
    kode_unit = {u.pk: k for k, u in unit.items()}
    # Stored lines are found by unit and year, without joins, as ids only: a file of thousands
    # of lines must not cost thousands of queries, a join per row, or every line in memory.
    ada = key_map(rekaman)
    tersimpan = key_map(rekaman)  # the id each line of the file got, as the parts are saved
    try:
        ada.update(
            ((kode_unit[u], th, tahap, sub), pk)
            for pk, u, th, tahap, sub in m.BarisAnggaran.objects.filter(
                unit__in=unit.values(), tahun__in=tahun
            )
            .values_list("pk", "unit_id", "tahun", "tahap", "sub_kegiatan")
            .iterator(chunk_size=BAGIAN)
        )
        ringkasan_baris = penyelaras.new_ringkasan(m.BarisAnggaran, nama)
        ringkasan_realisasi = penyelaras.new_ringkasan(m.RealisasiAnggaran, nama)
        urutan = _next_order(unit.values(), tahun)
        for bagian in _parts(rekaman):
            garis = _baris_pertama(bagian, tersimpan)
            if garis:
                tersimpan.update(
                    _save_baris(
                        nama, garis, penyelaras, ada, unit, kode_unit, urutan, ringkasan_baris
                    ).items()
                )
                penyelaras.write_riwayat_so_far()
        for bagian in _parts(rekaman):
            dengan_realisasi = [r for r in bagian if r.get("realisasi") is not None]
            if dengan_realisasi:
                _save_realisasi(
                    nama,
                    dengan_realisasi,
                    penyelaras,
                    tersimpan,
                    ada,
                    unit_id,
                    ringkasan_realisasi,
                )
                penyelaras.write_riwayat_so_far()
    finally:
        close(ada)
        close(tersimpan)


def _parts(rekaman: Iterable[Rekaman]) -> Iterator[list[Rekaman]]:
    """Yield a file's rows `BAGIAN` at a time, in file order."""
    rows = iter(rekaman)
    while bagian := list(itertools.islice(rows, BAGIAN)):
        yield bagian


def _baris_pertama(bagian: list[Rekaman], tersimpan: KeyMap) -> list[tuple[Hashable, Rekaman]]:
    """Return the key and first row of each budget line of a part that no earlier part has."""
    keys = [tuple(r.get(k) for k in _BARIS) for r in bagian]
    dilihat = set(get_many(tersimpan, set(keys)))
    result: list[tuple[Hashable, Rekaman]] = []
    for key, r in zip(keys, bagian, strict=True):
        if key not in dilihat:
            dilihat.add(key)
            result.append((key, r))
    return result


def _save_baris(
    nama: str,
    bagian: list[tuple[Hashable, Rekaman]],
    penyelaras: Penyelaras,
    ada: KeyMap,
    unit: dict[str, m.UnitKerja],
    kode_unit: dict[int, str],
    urutan: dict[tuple[int, int], int],
    ringkasan: Ringkasan,
) -> dict[Hashable, int]:
    """Store a part of the file's budget lines; return the id of each (new lines go last)."""
    old = {
        kode_baris(b, kode_unit): b
        for b in m.BarisAnggaran.objects.filter(
            pk__in=list(get_many(ada, [k for k, _ in bagian]).values())
        )
    }
    new = []
    for key, r in bagian:
        u = unit[r.get("unit")]
        if key in old:
            new.append(Diinginkan(key, {"pagu": r.get("pagu")}, r.baris))
            continue
        posisi = (u.opd_id, r.get("tahun"))
        urutan[posisi] = urutan.get(posisi, -1) + 1
        new.append(
            Diinginkan(
                key,
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
    result = penyelaras.selaraskan(
        m.BarisAnggaran,
        nama,
        old,
        new,
        delete=False,
        uraian=_uraian,
        urutan=False,
        ringkasan=ringkasan,
    )
    return {k: b.pk for k, b in result.items()}


def _save_realisasi(
    nama: str,
    rekaman: list[Rekaman],
    penyelaras: Penyelaras,
    tersimpan: KeyMap,
    ada: KeyMap,
    unit_id: dict[int, m.UnitKerja],
    ringkasan: Ringkasan,
) -> None:
    """Store the realisation of a part of the file's rows (their lines are stored already)."""
    row_key = [tuple(r.get(k) for k in _BARIS) for r in rekaman]
    line_id = get_many(tersimpan, set(row_key))
    baris_id = set(line_id.values())
    # The lines and their units are attached to each realisation row: its history entry and
    # the change service's check name them, which would otherwise cost queries per row.
    induk = {b.pk: b for b in m.BarisAnggaran.objects.filter(pk__in=baris_id)}
    for b in induk.values():
        b.unit = unit_id[b.unit_id]
    if penyelaras.sesi is not None:
        penyelaras.sesi.kenali(m.BarisAnggaran, baris_id)
    old: dict[Hashable, m.RealisasiAnggaran] = {}
    kode = {pk: k for k, pk in line_id.items()}
    for x in m.RealisasiAnggaran.objects.filter(baris_id__in=list(get_many(ada, line_id).values())):
        old[(*kode[x.baris_id], x.periode)] = x

    def siapkan(obj: models.Model) -> None:
        assert isinstance(obj, m.RealisasiAnggaran)
        obj.baris = induk[obj.baris_id]

    penyelaras.selaraskan(
        m.RealisasiAnggaran,
        nama,
        old,
        [
            Diinginkan(
                (*key, r.get("periode")),
                {
                    "baris_id": line_id[key],
                    "periode": r.get("periode"),
                    "nilai": r.get("realisasi"),
                },
                r.baris,
            )
            for r, key in zip(rekaman, row_key, strict=True)
        ],
        delete=False,
        uraian=_uraian,
        ringkasan=ringkasan,
        siapkan=siapkan,
    )
    if penyelaras.sesi is not None:
        # The next parts look their own lines up again: this part's need not stay.
        penyelaras.sesi.forget(m.BarisAnggaran, baris_id)


def kode_baris(b: m.BarisAnggaran, kode_unit: dict[int, str]) -> Hashable:
    """Return the key of a stored line: (unit code, year, stage, sub kegiatan)."""
    return (kode_unit[b.unit_id], b.tahun, b.tahap, b.sub_kegiatan)


def _next_order(unit: Any, tahun: set[int]) -> dict[tuple[int, int], int]:
    """Return the last display position of each OPD's lines per year: new lines come after."""
    rows = (
        m.BarisAnggaran.objects.filter(unit__opd__in={u.opd_id for u in unit}, tahun__in=tahun)
        .values("unit__opd", "tahun")
        .annotate(terakhir=Max("urutan"))
    )
    return {(r["unit__opd"], r["tahun"]): r["terakhir"] for r in rows}


def _uraian(key: Hashable) -> str:
    bagian = [str(x) for x in key]  # type: ignore[attr-defined]
    return " · ".join(bagian)
