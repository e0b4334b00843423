"""A sheet as a table: which column holds which field, and its rows as typed records.

`SpesifikasiLembar` describes a table (the entry workbook's sheets, or a budget file as an import
profile maps it). `read_sheet` finds its header row, maps the columns by their headers, and turns
every data row into a `Rekaman` whose cells keep their sheet, row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from sakip.core import codes

from . import nilai as nv
from . import pesan
from .errors import Error, Peringatan, Tempat
from .read import LembarMentah, Rumus

# The description of a table lives in `spec`; it is named here too, where it is read.
from .spec import Jenis as Jenis
from .spec import Kolom as Kolom
from .spec import SpesifikasiLembar as SpesifikasiLembar
from .stream import RowStream

HEADER_SEARCH_LIMIT = 30
_BUKAN_HURUF = re.compile(r"[^0-9a-z%/]+")


class Cell:
    """A cell as read: where it is, what it held, and the merged range that filled it, if any."""

    __slots__ = ("lembar", "baris", "kolom", "judul", "mentah", "gabungan")

    def __init__(
        self, lembar: str, baris: int, kolom: str, judul: str, mentah: object, gabungan: str | None
    ) -> None:
        self.lembar = lembar
        self.baris = baris
        self.kolom = kolom
        self.judul = judul
        self.mentah = mentah
        self.gabungan = gabungan

    @property
    def tempat(self) -> Tempat:
        """Return where the cell is."""
        return Tempat(self.lembar, self.baris, self.kolom, self.judul)


@dataclass(frozen=True)
class TataKolom:
    """Where a sheet's fields were read from, shared by all its records (see `Rekaman.cell`)."""

    lembar: str
    kolom: dict[str, tuple[int, str, str]]
    """Field -> (its position in a record's raw cells, column letter, header in the file)."""
    gabungan: dict[tuple[int, int], str]
    """The sheet's cells filled from a merged range: (row, column number) -> the range."""


class _RowCells(Mapping[str, Cell]):
    """The cells of a record read by a `TataKolom`, each made when asked for."""

    __slots__ = ("_r",)

    def __init__(self, r: Rekaman) -> None:
        self._r = r

    def __getitem__(self, key: str) -> Cell:
        r = self._r
        tata = r._tata
        assert tata is not None and r._mentah is not None
        posisi, huruf, judul = tata.kolom[key]
        gabungan = tata.gabungan.get((r.baris, column_index_from_string(huruf)))
        return Cell(tata.lembar, r.baris, huruf, judul, r._mentah[posisi], gabungan)

    def __contains__(self, key: object) -> bool:
        assert self._r._tata is not None
        return key in self._r._tata.kolom

    def __iter__(self) -> Iterator[str]:
        assert self._r._tata is not None
        return iter(self._r._tata.kolom)

    def __len__(self) -> int:
        assert self._r._tata is not None
        return len(self._r._tata.kolom)


class Rekaman:
    """One data row: its typed values by field, and the cell each value came from.

    A sheet's records are held together until the file is saved (a budget file may have a
    hundred thousand), so a record read by `read_sheet` keeps only its raw values and the
    sheet's shared `TataKolom`; its `Cell` objects are made when asked for.
    """

    __slots__ = ("lembar", "baris", "nilai", "_cell", "_salah", "_tata", "_mentah")

    def __init__(
        self,
        lembar: str,
        baris: int,
        nilai: dict[str, Any] | None = None,
        cell: dict[str, Cell] | None = None,
        salah: set[str] | None = None,
    ) -> None:
        self.lembar = lembar
        self.baris = baris
        self.nilai: dict[str, Any] = {} if nilai is None else nilai
        self._cell = cell
        self._salah = salah or None
        self._tata: TataKolom | None = None
        self._mentah: tuple[object, ...] | None = None

    @classmethod
    def from_cells(cls, tata: TataKolom, baris: int, mentah: tuple[object, ...]) -> Rekaman:
        """Return a record of a sheet row whose raw cells are `mentah`, in `tata`'s order."""
        r = cls(tata.lembar, baris)
        r._tata = tata
        r._mentah = mentah
        return r

    @property
    def cell(self) -> Mapping[str, Cell]:
        """Return the cell of each field read (a field without a column has none)."""
        if self._tata is not None:
            return _RowCells(self)
        if self._cell is None:
            self._cell = {}
        return self._cell

    @property
    def salah(self) -> frozenset[str] | set[str]:
        """Return the fields whose cell could not be read (their value is None)."""
        return self._salah or frozenset()

    def tandai_salah(self, key: str) -> None:
        """Note that a field's cell could not be read."""
        if self._salah is None:
            self._salah = set()
        self._salah.add(key)

    def __repr__(self) -> str:
        return f"Rekaman({self.lembar!r}, {self.baris}, {self.nilai!r})"

    def tempat(self, key: str | None = None) -> Tempat:
        """Return where a field's cell is (or the row, when the field has no column)."""
        if key is not None and key in self.cell:
            return self.cell[key].tempat
        return Tempat(self.lembar, self.baris)

    def gabungan(self, key: str) -> str | None:
        """Return the merged range a field's cell was filled from, or None.

        Asked of every number of every row: a sheet without merged ranges answers without
        making the cell.
        """
        if self._tata is not None and not self._tata.gabungan:
            return None
        cell = self.cell.get(key)
        return None if cell is None else cell.gabungan

    def mentah(self, key: str) -> object:
        """Return a field's raw cell value."""
        if self._tata is not None:
            kolom = self._tata.kolom.get(key)
            return None if kolom is None or self._mentah is None else self._mentah[kolom[0]]
        return self.cell[key].mentah if key in self.cell else None

    def get(self, key: str) -> Any:
        return self.nilai.get(key)


@dataclass
class ReadResult:
    """The records of one sheet and the errors met while reading it."""

    rekaman: list[Rekaman] = field(default_factory=list)
    error: list[Error] = field(default_factory=list)
    baris_judul: int | None = None
    kolom: dict[str, str] = field(default_factory=dict)
    """Field -> column letter, for the columns found."""
    kolom_lain: list[Peringatan] = field(default_factory=list)
    """A warning for each header the specification does not know (its column is not read)."""


def normal_judul(teks: object) -> str:
    """Return a header as compared: lower case, punctuation and spacing ignored."""
    return _BUKAN_HURUF.sub(" ", str(teks).lower()).strip()


def read_sheet(
    mentah: LembarMentah,
    spec: SpesifikasiLembar,
    number_format: nv.NumberFormat = nv.NumberFormat.OTOMATIS,
    habiskan: bool = False,
    add: Callable[[Rekaman], None] | None = None,
) -> ReadResult:
    """Return the records of a sheet read by its specification.

    With `habiskan` the sheet's raw rows are let go as they are read (the caller reads the
    sheet once): a large sheet is then never held twice, raw and as records. With `add`
    each record is given to it, as it is read, instead of kept in the result.
    """
    result = ReadResult()
    required = [k for k in spec.kolom if k.required]
    required_listing = ", ".join(f'"{k.judul}"' for k in required) or "yang diminta"
    if mentah.empty:
        result.error.append(
            pesan.LEMBAR_KOSONG.error(Tempat(mentah.nama, 1, "A"), None, kolom=required_listing)
        )
        return result
    judul = _find_judul(mentah, spec)
    if judul is None:
        result.error.append(
            pesan.JUDUL_TIDAK_DITEMUKAN.error(
                Tempat(mentah.nama),
                teks="tidak ada baris yang memuat semua judul itu",
                limit=HEADER_SEARCH_LIMIT,
                kolom=required_listing,
            )
        )
        return result
    nomor_judul, isi_judul = judul
    result.baris_judul = nomor_judul
    posisi: dict[str, int] = {}
    for k in spec.kolom:
        indeks = _indeks_kolom(isi_judul, k)
        if indeks is not None:
            posisi[k.key] = indeks
        elif k.required:
            ditemukan = ", ".join(f'"{v}"' for v in isi_judul if not nv.empty(v)) or "sel kosong"
            result.error.append(
                pesan.KOLOM_TIDAK_ADA.error(
                    Tempat(mentah.nama, nomor_judul), teks=ditemukan, judul=f'"{k.judul}"'
                )
            )
    if result.error:
        return result
    result.kolom = {key: get_column_letter(i + 1) for key, i in posisi.items()}
    result.kolom_lain = _kolom_lain(mentah.nama, nomor_judul, isi_judul, set(posisi.values()))
    kolom_spec = [(spec.kolom_dari(key), i) for key, i in posisi.items()]
    tata = TataKolom(
        mentah.nama,
        {
            k.key: (j, result.kolom[k.key], str(isi_judul[i]).strip())
            for j, (k, i) in enumerate(kolom_spec)
        },
        mentah.gabungan,
    )
    letak = [(i, k.jenis in _BERULANG) for k, i in kolom_spec]
    sama: dict[str, str] = {}
    """Texts of the columns whose values repeat (codes, choices), each kept once."""
    for nomor, values in _baris_data(mentah, habiskan):
        if nomor <= nomor_judul:
            continue
        n = len(values)
        cell = tuple(
            (_sekali(sama, values[i]) if berulang else values[i]) if i < n else None
            for i, berulang in letak
        )
        if all(nv.empty(v) for v in cell):
            continue
        rekaman = Rekaman.from_cells(tata, nomor, cell)
        for (k, _), isi in zip(kolom_spec, cell, strict=True):
            try:
                rekaman.nilai[k.key] = read_cell(isi, k, number_format)
            except nv.NilaiSalah as exc:
                rekaman.nilai[k.key] = None
                rekaman.tandai_salah(k.key)
                result.error.append(
                    exc.pesan.error(rekaman.tempat(k.key), isi, teks=exc.teks, **_isi(exc, k))
                )
        if add is None:
            result.rekaman.append(rekaman)
        else:
            add(rekaman)
    return result


_BERULANG = frozenset(
    {Jenis.KODE, Jenis.KODE_UNIT, Jenis.KODE_ANGGARAN, Jenis.PILIHAN, Jenis.TAHUN}
)
"""Kinds of column whose texts repeat from row to row (a unit's code, a stage)."""


def _sekali(sama: dict[str, str], nilai: object) -> object:
    """Return a text as kept already when an earlier row held the same (else keep it)."""
    if type(nilai) is str:
        return sama.setdefault(nilai, nilai)
    return nilai


def _baris_data(mentah: LembarMentah, habiskan: bool) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Yield a sheet's rows; with `habiskan`, let go of each one once given (and the sheet's
    rows with it): its records keep what they need of it."""
    if not habiskan:
        yield from mentah.baris
        return
    baris, mentah.baris = mentah.baris, []
    if isinstance(baris, RowStream):
        yield from baris.habiskan()
        return
    baris.reverse()
    while baris:
        yield baris.pop()


def _kolom_lain(
    nama: str, nomor_judul: int, isi_judul: tuple[object, ...], dipakai: set[int]
) -> list[Peringatan]:
    return [
        pesan.kolom_tidak_dibaca(
            Tempat(nama, nomor_judul, get_column_letter(i + 1), str(v).strip())
        )
        for i, v in enumerate(isi_judul)
        if i not in dipakai and not nv.empty(v)
    ]


def _isi(exc: nv.NilaiSalah, k: Kolom) -> dict[str, object]:
    isi = dict(exc.isi)
    if exc.pesan is pesan.WAJIB_DIISI:
        isi.setdefault("apa", k.judul)
    return isi


def _find_judul(
    mentah: LembarMentah, spec: SpesifikasiLembar
) -> tuple[int, tuple[object, ...]] | None:
    if spec.baris_judul is not None:
        for nomor, values in mentah.baris:
            if nomor == spec.baris_judul:
                return nomor, values
        return spec.baris_judul, ()
    required = [k for k in spec.kolom if k.required]
    for nomor, values in mentah.baris:
        if nomor > HEADER_SEARCH_LIMIT:
            break
        if all(_indeks_kolom(values, k) is not None for k in required):
            return nomor, values
    return None


def _indeks_kolom(isi_judul: tuple[object, ...], k: Kolom) -> int | None:
    dicari = {normal_judul(j) for j in (k.judul, *k.alias)}
    for i, v in enumerate(isi_judul):
        if v is not None and normal_judul(v) in dicari:
            return i
    return None


def read_cell(mentah: object, k: Kolom, number_format: nv.NumberFormat) -> Any:
    """Return a cell's value as its column types it; None for an empty cell."""
    if isinstance(mentah, Rumus):
        raise nv.NilaiSalah(pesan.RUMUS_TANPA_NILAI, teks=f'rumus "{mentah.teks}"')
    if nv.empty(mentah):
        if k.required:
            raise nv.NilaiSalah(pesan.WAJIB_DIISI, apa=k.judul)
        return None
    jenis = k.jenis
    if jenis is Jenis.TEKS:
        return nv.teks(mentah, k.panjang)
    if jenis is Jenis.KODE:
        return nv.kode(mentah, k.panjang)
    if jenis is Jenis.KODE_UNIT:
        return _kode_unit(mentah)
    if jenis is Jenis.KODE_ANGGARAN:
        return _kode_anggaran(mentah)
    if jenis is Jenis.TAHUN:
        return nv.tahun(mentah)
    if jenis is Jenis.BULAT:
        result = nv.bulat(mentah)
        if abs(result) >= 2**31:
            raise nv.NilaiSalah(pesan.ANGKA_TERLALU_BESAR, limit=f"{2**31}")
        return result
    if jenis is Jenis.UANG:
        return nv.batasi(nv.number(mentah, number_format), 2, k.digit)
    if jenis in {Jenis.NILAI, Jenis.PERSEN}:
        if isinstance(mentah, str) and mentah.strip().lower() == nv.TIDAK_TERSEDIA_TEKS:
            if k.na_allowed:
                return nv.NA
            raise nv.NilaiSalah(pesan.BUKAN_ANGKA)
        return nv.batasi(nv.number(mentah, number_format), 4, k.digit)
    if jenis is Jenis.TANGGAL:
        return nv.tanggal(mentah)
    if jenis is Jenis.PILIHAN:
        return _pilihan(mentah, k)
    if jenis is Jenis.KODE_LISTING:
        teks = nv.teks(mentah)
        return [bagian.strip() for bagian in re.split(r"[;\n]", teks) if bagian.strip()]
    if jenis is Jenis.TEKS_LISTING:
        teks = nv.teks(mentah)
        return [baris.strip() for baris in teks.split("\n") if baris.strip()]
    raise AssertionError(jenis)


def _kode_unit(mentah: object) -> str:
    return _unit_dari_teks(nv.kode(mentah, 32))


@lru_cache(maxsize=4096)
def _unit_dari_teks(teks: str) -> str:
    try:
        return codes.validate_kode_organisasi(teks)
    except codes.KodeTidakValid:
        raise nv.NilaiSalah(
            pesan.KODE_TIDAK_VALID,
            bentuk="kode organisasi berbentuk U.BB.U2.B2.U3.B3.NN.SSSS, "
            "mis. 7.01.0.00.0.00.30.0001",
        ) from None


def _kode_anggaran(mentah: object) -> str:
    return _anggaran_dari_teks(nv.kode(mentah, 32))


@lru_cache(maxsize=16384)
def _anggaran_dari_teks(teks: str) -> str:
    try:
        return codes.normalize(teks)
    except codes.KodeTidakValid:
        raise nv.NilaiSalah(
            pesan.KODE_TIDAK_VALID,
            bentuk="kode program 7.01.01, kegiatan 7.01.01.2.01, atau sub kegiatan 7.01.01.2.01.01 "
            "atau 7.01.01.2.01.0001",
        ) from None


def _pilihan(mentah: object, k: Kolom) -> str:
    kode = _peta_pilihan(k.pilihan).get(normal_judul(nv.teks(mentah)))
    if kode is None:
        raise nv.NilaiSalah(pesan.PILIHAN_TIDAK_DIKENAL, pilihan=", ".join(k.label_pilihan))
    return kode


@lru_cache(maxsize=256)
def _peta_pilihan(pilihan: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    """Return every accepted spelling of a column's choices (as compared) -> its stored value."""
    peta: dict[str, str] = {}
    for kode, labels in pilihan:
        for x in (kode, *labels):
            peta.setdefault(normal_judul(x), kode)
    return peta


def row_key(rekaman: Rekaman, spec: SpesifikasiLembar) -> tuple[Any, ...] | None:
    """Return the values that identify a record, or None when one of them is missing."""
    nilai = tuple(rekaman.nilai.get(k) for k in spec.key)
    empty = [v is None for k, v in zip(spec.key, nilai, strict=True) if k not in spec.nullable_key]
    return None if any(empty) else nilai


def number_cells(rekaman: Rekaman, spec: SpesifikasiLembar) -> Iterator[tuple[Kolom, Decimal]]:
    """Yield each number of a record with its column."""
    for k in spec.kolom:
        v = rekaman.nilai.get(k.key)
        if k.jenis.number and isinstance(v, Decimal | int) and not isinstance(v, bool):
            yield k, Decimal(v)
