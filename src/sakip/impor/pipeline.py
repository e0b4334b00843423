"""Every import has one shape: file -> neutral rows -> mapping -> checks -> save.

1. `sakip.spreadsheet.read` reads the file into sheets of raw cells;
2. a reader maps them to records of typed values, each cell keeping its sheet, row and column
   (the entry workbook: `buku.susunan.read_buku`; a budget file: `anggaran.impor.read_anggaran`);
3. the checks of `cek` run on the records against what the database holds;
4. only a file without a single error is saved, in one transaction, and every added, changed or
   deleted row is recorded in the history. A preview runs the same save and rolls it back.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError, transaction

from sakip.alur.hak import Hak
from sakip.alur.layanan import Ditolak, perubahan
from sakip.impor.anggaran.impor import read_anggaran, save_anggaran
from sakip.impor.anggaran.profil import Profil
from sakip.impor.bacaan import read_file
from sakip.impor.buku import kaskade, rekomendasi
from sakip.impor.buku.lingkup import lingkup_db
from sakip.impor.buku.susunan import read_buku, save_buku
from sakip.impor.cek import check_all
from sakip.impor.data import DataImpor
from sakip.impor.konteks import Konteks, VersiNomenklatur
from sakip.impor.konteks_db import add_periode_ada, konteks_dari_db
from sakip.impor.selaras import Penyelaras, Ringkasan
from sakip.kinerja import models as m
from sakip.spreadsheet import pesan
from sakip.spreadsheet.errors import Error, Peringatan, Tempat
from sakip.spreadsheet.limit import FileRejected
from sakip.spreadsheet.read import LembarMentah, UnreadableFile
from sakip.spreadsheet.stream import RowStream

log = logging.getLogger(__name__)

MAX_ERRORS_SHOWN = 500
"""Errors kept for display; a file with more shows the count of the rest."""

Isi = bytes | list[LembarMentah]
"""A file's bytes, or its sheets already read (an upload waiting for confirmation)."""
Bacaan = Callable[[list[LembarMentah], bool], tuple[DataImpor | None, list[Error]]]
"""Step 2 of an import: sheets -> records; True: the sheets may be let go as they are read."""

GAGAL_MENYIMPAN = pesan.Pesan(
    "gagal-menyimpan",
    "data yang dapat disimpan; basis data menolaknya ({sebab}); tidak ada yang disimpan",
)


@dataclass
class Result:
    """What an import did, or would do (preview), or why it did nothing."""

    jenis: str
    """buku (entry workbook) | anggaran (budget realisation file)"""
    berkas: str
    error: list[Error] = field(default_factory=list)
    error_count: int = 0
    ringkasan: list[Ringkasan] = field(default_factory=list)
    disimpan: bool = False
    dilewati: int = 0
    """Rows a budget file holds that are not budget lines (totals, program subtotals)."""
    judul: str = ""
    kolom_lain: list[Peringatan] = field(default_factory=list)
    """Columns of the file that are not read (a warning, not an error)."""

    @property
    def berhasil(self) -> bool:
        """Return whether the file passed every check (and was saved, unless a preview)."""
        return self.error_count == 0

    def jumlah(self, aksi: str) -> int:
        """Return how many rows are added, changed, kept or deleted (tambah/ubah/tetap/hapus)."""
        return sum(getattr(r, aksi) for r in self.ringkasan)

    @property
    def total(self) -> dict[str, int]:
        """Return the numbers of added, changed, unchanged and deleted rows by action."""
        return {aksi: self.jumlah(aksi) for aksi in ("tambah", "ubah", "tetap", "hapus")}

    @property
    def berubah(self) -> bool:
        """Return whether the import changes anything."""
        return any(r.berubah for r in self.ringkasan)


def _kode_kaskade(data: DataImpor) -> dict[str, set[Any]]:
    """Return the positions the workbook's OPD has, with their PK indicators and actions of
    its year."""
    kode_opd = data.identitas.get("opd_lembar", (None, None))[0]
    opd = m.PerangkatDaerah.objects.filter(kode=kode_opd).select_related("pemda").first()
    if opd is None or data.tahun is None:
        return {}
    s = lingkup_db(opd, data.tahun)
    return kaskade.kode_db(s) | {"jabatan": set(rekomendasi.jabatan_opd(s))}


def impor_buku(
    isi: Isi,
    nama_berkas: str,
    *,
    pengguna: Any = None,
    alasan: str | None = None,
    save: bool = True,
    opd: str | None = None,
    tahun_terkunci: frozenset[int] = frozenset(),
    hak: Hak | None = None,
) -> Result:
    """Import an entry workbook; `opd` limits it to that Perangkat Daerah (the web page's)."""
    result = Result("buku", nama_berkas)

    def siapkan(data: DataImpor) -> Konteks:
        konteks = konteks_dari_db(opd)
        konteks.tahun_terkunci = set(tahun_terkunci)
        _add_nomenklatur_file(konteks, data)
        kode_pemda = data.identitas.get("pemda", (None, None))[0]
        konteks.kode_db["sasaran_pemda"] = set(
            m.SasaranPemda.objects.filter(tujuan__misi__rpjmd__pemda__kode=kode_pemda).values_list(
                "kode", flat=True
            )
        )
        konteks.kode_db.update(_kode_kaskade(data))
        opd_lembar = data.identitas.get("opd_lembar")
        nama = data.lembar["Perangkat Daerah"][0].get("nama") if opd_lembar else None
        result.judul = f"{nama or ''} tahun {data.tahun}".strip()
        return konteks

    return _jalankan(
        result,
        isi,
        lambda lembar, _: read_buku(lembar),
        siapkan,
        lambda data, p: save_buku(data, p),
        pengguna=pengguna,
        alasan=alasan or f"Impor buku isian {nama_berkas}",
        save=save,
        opd=opd,
        hak=hak,
    )


def impor_anggaran(
    isi: Isi,
    nama_berkas: str,
    profil: Profil,
    *,
    pengguna: Any = None,
    alasan: str | None = None,
    save: bool = True,
    opd: str | None = None,
    tahun_terkunci: frozenset[int] = frozenset(),
    hak: Hak | None = None,
) -> Result:
    """Import a budget realisation file read with an import profile."""
    result = Result("anggaran", nama_berkas, judul=f"profil {profil.nama}")

    def bacaan(lembar: list[LembarMentah], habiskan: bool) -> tuple[DataImpor | None, list[Error]]:
        data, error, dilewati = read_anggaran(lembar, profil, habiskan)
        result.dilewati = dilewati
        return data, error

    def siapkan(data: DataImpor) -> Konteks:
        konteks = konteks_dari_db(opd)
        konteks.tahun_terkunci = set(tahun_terkunci)
        unit: set[str] = set()
        tahun: set[int] = set()
        # One pass over the rows, which may be read back from a temporary file.
        for _, r in data.all_items():
            unit.add(r.get("unit"))
            tahun.add(r.get("tahun"))
        add_periode_ada(konteks, unit - {None, ""}, tahun - {None, 0})
        return konteks

    return _jalankan(
        result,
        isi,
        bacaan,
        siapkan,
        save_anggaran,
        pengguna=pengguna,
        alasan=alasan or f"Impor realisasi anggaran {nama_berkas} (profil {profil.nama})",
        save=save,
        pemisah=profil.pemisah_csv,
        opd=opd,
        hak=hak,
        aliran=True,
    )


@contextmanager
def _tanpa_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector during an import.

    An import builds hundreds of thousands of long-lived objects (cells, records, rows); the
    collector would scan them again and again, a third of the import's time, and find nothing
    to free: they all live until the import ends.
    """
    aktif = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aktif:
            gc.enable()


def _jalankan(
    result: Result,
    isi: Isi,
    bacaan: Bacaan,
    siapkan: Callable[[DataImpor], Konteks],
    save_fn: Callable[[DataImpor, Penyelaras], object],
    *,
    pengguna: Any,
    alasan: str,
    save: bool,
    pemisah: str | None = None,
    opd: str | None = None,
    hak: Hak | None = None,
    aliran: bool = False,
) -> Result:
    with _tanpa_gc():
        return _jalankan_tanpa_gc(
            result,
            isi,
            bacaan,
            siapkan,
            save_fn,
            pengguna=pengguna,
            alasan=alasan,
            save=save,
            pemisah=pemisah,
            opd=opd,
            hak=hak,
            aliran=aliran,
        )


def _jalankan_tanpa_gc(
    result: Result,
    isi: Isi,
    bacaan: Bacaan,
    siapkan: Callable[[DataImpor], Konteks],
    save_fn: Callable[[DataImpor, Penyelaras], object],
    *,
    pengguna: Any,
    alasan: str,
    save: bool,
    pemisah: str | None,
    opd: str | None,
    hak: Hak | None,
    aliran: bool,
) -> Result:
    """Run the steps of an import; with `aliran` its last sheet streams (a budget file)."""
    lembar = isi if isinstance(isi, list) else read_or_reject(isi, result.berkas, pemisah, aliran)
    if not isinstance(lembar, list):
        return _gagal(result, [lembar])
    # Sheets read here from the file's bytes are read once: their raw rows go as they are read.
    try:
        data, error = bacaan(lembar, lembar is not isi)
        for x in lembar:
            if isinstance(x.baris, RowStream):
                # A sheet streamed but not read to its end is still refused beyond the bounds.
                for _ in x.baris.habiskan():
                    pass
    except (UnreadableFile, FileRejected) as exc:
        return _gagal(result, [_galat_baca(exc, result.berkas)])
    del lembar
    if data is not None:
        result.kolom_lain = data.kolom_lain
        error.extend(check_all(data, siapkan(data)))
    if error or data is None:
        return _gagal(result, error)
    penyelaras = Penyelaras(pengguna, alasan, data=data, versi=data.versi)
    try:
        with perubahan(pengguna, alasan, opd_id=_opd_id(data, opd), hak=hak) as sesi:
            penyelaras.sesi = sesi
            save_fn(data, penyelaras)
            if penyelaras.error:
                raise _Ditolak
            sesi.selesai()
            penyelaras.write_riwayat()
            if not save:
                transaction.set_rollback(True)
    except _Ditolak:
        return _gagal(result, penyelaras.error)
    except Ditolak as exc:
        return _gagal(result, penyelaras.errors_from(exc))
    except DatabaseError as exc:
        log.exception("Impor %s ditolak basis data", result.berkas)
        return _gagal(
            result, [GAGAL_MENYIMPAN.error(Tempat(result.berkas), teks="isi berkas", sebab=exc)]
        )
    result.ringkasan = penyelaras.ringkasan
    result.disimpan = save
    return result


class _Ditolak(Exception):
    """Rows of the file were refused by the change service: roll everything back."""


def _opd_id(data: DataImpor, opd: str | None) -> int | None:
    """Return the id of the OPD whose writers an import holds off (the page's or the file's)."""
    kode = opd or (data.identitas.get("opd_lembar") or data.identitas.get("opd") or (None,))[0]
    if kode is None:
        return None
    return m.PerangkatDaerah.objects.filter(kode=kode).values_list("id", flat=True).first()


def read_or_reject(
    isi: bytes, nama_berkas: str, pemisah: str | None = None, aliran: bool = False
) -> list[LembarMentah] | Error:
    """Return the sheets of a file read within the bounds, or the error that refuses it.

    With `aliran` the last sheet, or a CSV file, may stream (`sakip.spreadsheet.read`).
    """
    try:
        return read_file(isi, nama_berkas, pemisah, aliran)
    except (UnreadableFile, FileRejected) as exc:
        return _galat_baca(exc, nama_berkas)


def _galat_baca(exc: UnreadableFile | FileRejected, nama_berkas: str) -> Error:
    """Return the error of a file that cannot be read or is beyond the bounds."""
    if isinstance(exc, FileRejected):
        return exc.error
    return pesan.BERKAS_TIDAK_TERBACA.error(Tempat(nama_berkas), teks="berkas ini", sebab=exc)


def ditolak(jenis: str, nama_berkas: str, error: Error) -> Result:
    """Return the result of a file refused before it could be read."""
    return _gagal(Result(jenis, nama_berkas), [error])


def _gagal(result: Result, error: list[Error]) -> Result:
    error = sorted(error, key=lambda g: g.urutan)
    result.error_count = len(error)
    result.error = error[:MAX_ERRORS_SHOWN]
    return result


def _add_nomenklatur_file(konteks: Konteks, data: DataImpor) -> None:
    """Let the workbook's own Nomenklatur sheet add codes to its version (stored or new)."""
    versi_rows = data.lembar.get("Versi Nomenklatur", [])
    if not versi_rows or versi_rows[0].get("kode") is None:
        return
    v = versi_rows[0]
    item = {
        r.get("kode"): r.get("nama") for r in data.lembar.get("Nomenklatur", []) if r.get("kode")
    }
    for i, ada in enumerate(konteks.nomenklatur):
        if ada.kode == v.get("kode"):
            konteks.nomenklatur[i] = VersiNomenklatur(
                ada.kode, ada.nama, ada.berlaku_mulai, ada.lengkap, {**item, **ada.item}
            )
            return
    if v.get("berlaku_mulai") is None:
        return
    konteks.nomenklatur.append(
        VersiNomenklatur(
            v.get("kode"),
            v.get("nama") or v.get("kode"),
            v.get("berlaku_mulai"),
            v.get("lengkap") == "ya",
            item,
        )
    )
