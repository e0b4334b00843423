"""Typed values from raw cells: amounts in Indonesian or international writing, whole numbers,
years, dates, codes and texts. Each reader returns the value or raises `NilaiSalah` with the
catalogue entry that explains what was expected.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from . import pesan
from .pesan import Pesan

TIDAK_TERSEDIA_TEKS = "n/a"
_SEPULUH_PANGKAT_15 = Decimal(10) ** 15
_SPASI = re.compile(r"[\s\u00a0\u202f]+")
_MATA_UANG = re.compile(r"^(rp\.?|idr)", re.IGNORECASE)
_ID_RIBUAN = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?")
_EN_RIBUAN = re.compile(r"[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")
_ID_POLOS = re.compile(r"[0-9]+(,[0-9]+)?")
_EN_POLOS = re.compile(r"[0-9]+(\.[0-9]+)?")
_SATU_GRUP = re.compile(r"[0-9]{1,3}[.,][0-9]{3}")
_TANGGAL_ID = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})")
_KENDALI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class NumberFormat(StrEnum):
    """How amounts written as text separate thousands and decimals."""

    OTOMATIS = "otomatis"
    """Decide from the text; refuse what could be read both ways (1.500)."""
    INDONESIA = "indonesia"
    """1.234.567,89"""
    INTERNASIONAL = "internasional"
    """1,234,567.89 or 1234567.89"""
    ISIAN = "isian"
    """Decide from the text like OTOMATIS, but read what could go both ways the Indonesian way
    (1.500 is one thousand five hundred, 1,5 is one and a half): a person typing in a form of
    sakip writes Indonesian, a file from another system may not. The only difference between
    the form and the file readers."""


class TidakTersedia:
    """A value stated "not available" (n/a): stored as NULL, shown "n/a"."""

    def __repr__(self) -> str:
        return "NA"

    def __reduce__(self) -> str:
        # The one NA: records kept in a temporary file read back as `NA`, compared with `is`.
        return "NA"


NA = TidakTersedia()


class NilaiSalah(ValueError):
    """A cell whose value does not fit its column."""

    def __init__(self, pesan: Pesan, teks: str | None = None, **isi: object) -> None:
        super().__init__(pesan.kode)
        self.pesan = pesan
        self.teks = teks
        self.isi = isi


def empty(nilai: object) -> bool:
    """Return whether a cell holds nothing (or only spaces)."""
    return nilai is None or (isinstance(nilai, str) and not _SPASI.sub("", nilai))


def number(nilai: object, number_format: NumberFormat = NumberFormat.OTOMATIS) -> Decimal:
    """Return a number cell or a number written as text as an exact Decimal."""
    if isinstance(nilai, bool | datetime.date | datetime.time):
        raise NilaiSalah(pesan.BUKAN_ANGKA)
    if isinstance(nilai, int):
        return Decimal(nilai)
    if isinstance(nilai, float):
        # A spreadsheet keeps 15 significant digits; beyond them a float holds only noise
        # (0.1 + 0.2 = 0.30000000000000004).
        try:
            result = Decimal(format(nilai, ".15g"))
        except InvalidOperation:
            raise NilaiSalah(pesan.BUKAN_ANGKA) from None
        if not result.is_finite():
            raise NilaiSalah(pesan.BUKAN_ANGKA)
        return result
    if isinstance(nilai, Decimal):
        if not nilai.is_finite():
            raise NilaiSalah(pesan.BUKAN_ANGKA)
        return nilai
    if not isinstance(nilai, str):
        raise NilaiSalah(pesan.BUKAN_ANGKA)
    return _text_number(nilai, number_format)


def _text_number(teks: str, number_format: NumberFormat) -> Decimal:
    bersih = _SPASI.sub("", teks)
    negatif = False
    if bersih.startswith("(") and bersih.endswith(")"):
        negatif, bersih = True, bersih[1:-1]
    bersih = _MATA_UANG.sub("", bersih)
    if bersih[:1] in {"-", "\u2212"}:
        negatif, bersih = not negatif, bersih[1:]
    bersih = _MATA_UANG.sub("", bersih)
    if not bersih:
        raise NilaiSalah(pesan.BUKAN_ANGKA)
    gaya = number_format
    if gaya is NumberFormat.ISIAN:
        gaya = _tebak_gaya(bersih, NumberFormat.INDONESIA)
    elif gaya is NumberFormat.OTOMATIS:
        gaya = _tebak_gaya(bersih)
    if gaya is NumberFormat.INDONESIA and (
        _ID_RIBUAN.fullmatch(bersih) or _ID_POLOS.fullmatch(bersih)
    ):
        normal = bersih.replace(".", "").replace(",", ".")
    elif gaya is NumberFormat.INTERNASIONAL and (
        _EN_RIBUAN.fullmatch(bersih) or _EN_POLOS.fullmatch(bersih)
    ):
        normal = bersih.replace(",", "")
    else:
        raise NilaiSalah(pesan.BUKAN_ANGKA)
    result = Decimal(normal)
    return -result if negatif else result


def _tebak_gaya(teks: str, bila_ragu: NumberFormat | None = None) -> NumberFormat:
    """Return the writing a text amount uses; one that reads two ways is refused, or read
    `bila_ragu` when given."""
    titik, koma = teks.rfind("."), teks.rfind(",")
    if titik >= 0 and koma >= 0:
        return NumberFormat.INDONESIA if koma > titik else NumberFormat.INTERNASIONAL
    if _SATU_GRUP.fullmatch(teks):
        # 1.500 or 1,500: a thousands group or three decimals; nothing in the text says which.
        if bila_ragu is not None:
            return bila_ragu
        raise NilaiSalah(pesan.ANGKA_AMBIGU)
    if titik >= 0:
        return NumberFormat.INDONESIA if teks.count(".") > 1 else NumberFormat.INTERNASIONAL
    if koma >= 0:
        return NumberFormat.INTERNASIONAL if teks.count(",") > 1 else NumberFormat.INDONESIA
    return NumberFormat.INTERNASIONAL


def batasi(nilai: Decimal, desimal: int, digit: int) -> Decimal:
    """Return the amount if it fits `digit` digits with at most `desimal` decimals."""
    limit = Decimal(10) ** (digit - desimal)
    if abs(nilai) >= limit:
        raise NilaiSalah(pesan.ANGKA_TERLALU_BESAR, limit=f"10^{digit - desimal}")
    result = nilai.quantize(Decimal(1).scaleb(-desimal))
    if result != nilai:
        raise NilaiSalah(pesan.TERLALU_BANYAK_DESIMAL, desimal=desimal)
    return result


def bulat(nilai: object) -> int:
    """Return a whole number (a number cell, or text of digits)."""
    if isinstance(nilai, str):
        teks = _SPASI.sub("", nilai)
        if not re.fullmatch(r"-?[0-9]{1,15}", teks):
            raise NilaiSalah(pesan.BUKAN_BILANGAN_BULAT)
        return int(teks)
    try:
        result = number(nilai, NumberFormat.INTERNASIONAL)
    except NilaiSalah:
        raise NilaiSalah(pesan.BUKAN_BILANGAN_BULAT) from None
    if result != result.to_integral_value() or abs(result) >= _SEPULUH_PANGKAT_15:
        raise NilaiSalah(pesan.BUKAN_BILANGAN_BULAT)
    return int(result)


def tahun(nilai: object, awal: int = 1945, akhir: int = 2100) -> int:
    """Return a year."""
    try:
        result = bulat(nilai)
    except NilaiSalah:
        raise NilaiSalah(pesan.BUKAN_TAHUN, awal=awal, akhir=akhir) from None
    if not awal <= result <= akhir:
        raise NilaiSalah(pesan.BUKAN_TAHUN, awal=awal, akhir=akhir)
    return result


def tanggal(nilai: object) -> datetime.date:
    """Return a date cell, or a date written 14/02/2022 or 2022-02-14."""
    if isinstance(nilai, datetime.datetime):
        return nilai.date()
    if isinstance(nilai, datetime.date):
        return nilai
    if isinstance(nilai, str):
        teks = nilai.strip()
        try:
            return datetime.date.fromisoformat(teks)
        except ValueError:
            pass
        cocok = _TANGGAL_ID.fullmatch(teks)
        if cocok:
            hari, bulan, th = (int(g) for g in cocok.groups())
            try:
                return datetime.date(th, bulan, hari)
            except ValueError:
                pass
    raise NilaiSalah(pesan.BUKAN_TANGGAL)


def teks(nilai: object, panjang: int | None = None) -> str:
    """Return a text cell (numbers and dates as written); refuse control characters."""
    if isinstance(nilai, str):
        result = nilai.strip()
    elif isinstance(nilai, datetime.datetime | datetime.date):
        result = nilai.isoformat()[:10]
    elif isinstance(nilai, float):
        result = format(Decimal(format(nilai, ".15g")), "f")
    else:
        result = str(nilai)
    result = result.replace("\r\n", "\n").replace("\r", "\n")
    if _KENDALI.search(result):
        raise NilaiSalah(pesan.KARAKTER_TIDAK_SAH)
    if panjang is not None and len(result) > panjang:
        raise NilaiSalah(pesan.TEKS_TERLALU_PANJANG, panjang=panjang)
    return result


def kode(nilai: object, panjang: int | None = None) -> str:
    """Return a code; a number cell is accepted only when nothing of it can have been lost."""
    if isinstance(nilai, bool | float):
        if isinstance(nilai, float) and nilai.is_integer() and abs(nilai) < 1e15:
            return str(int(nilai))
        raise NilaiSalah(pesan.KODE_BERUPA_ANGKA)
    if isinstance(nilai, int):
        if abs(nilai) >= 10**15:
            raise NilaiSalah(pesan.KODE_BERUPA_ANGKA)
        return str(nilai)
    if isinstance(nilai, Decimal):
        raise NilaiSalah(pesan.KODE_BERUPA_ANGKA)
    return teks(nilai, panjang)
