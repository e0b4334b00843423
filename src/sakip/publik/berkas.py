"""What an uploaded register document must be: an accepted type, its content that type, a size.

The same bounds as evidence files (`SAKIP_BUKTI_MAKS_MB`, also the request size the server
accepts); a document's name alone does not make it a PDF, so its first bytes are checked, and
an Office file must hold the part that makes it a document or a workbook.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO

from django.conf import settings

TIPE = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_TANDA = {".pdf": b"%PDF", ".docx": b"PK\x03\x04", ".xlsx": b"PK\x03\x04"}
_BAGIAN = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}
_POTONGAN = 1024 * 1024


class InvalidFile(ValueError):
    """An upload refused, with the reason in Bahasa Indonesia."""


@dataclass(frozen=True)
class Diperiksa:
    """An accepted file: its clean name, size and SHA-256."""

    nama: str
    ukuran: int
    sha256: str


def check(nama: str, berkas: IO[bytes]) -> Diperiksa:
    """Check an upload's type, content and size and return its hash; refuse it otherwise."""
    nama = PurePosixPath(nama.replace("\\", "/")).name[:255]
    akhiran = PurePosixPath(nama).suffix.lower()
    if akhiran not in TIPE:
        raise InvalidFile("Jenis berkas tidak diterima. Unggah PDF, DOCX atau XLSX.")
    limit = settings.SAKIP_BUKTI_MAKS_MB * 1024 * 1024
    berkas.seek(0)
    if not berkas.read(8).startswith(_TANDA[akhiran]):
        raise InvalidFile("Isi berkas tidak sesuai dengan jenisnya.")
    berkas.seek(0)
    h = hashlib.sha256()
    ukuran = 0
    while potongan := berkas.read(_POTONGAN):
        ukuran += len(potongan)
        if ukuran > limit:
            raise InvalidFile(f"Ukuran berkas melebihi {settings.SAKIP_BUKTI_MAKS_MB} MB.")
        h.update(potongan)
    if ukuran == 0:
        raise InvalidFile("Berkas kosong.")
    if akhiran in _BAGIAN:
        berkas.seek(0)
        _check_office(berkas, _BAGIAN[akhiran])
    berkas.seek(0)
    return Diperiksa(nama, ukuran, h.hexdigest())


def _check_office(berkas: IO[bytes], bagian: str) -> None:
    try:
        with zipfile.ZipFile(berkas if berkas.seekable() else io.BytesIO(berkas.read())) as z:
            ada = bagian in z.namelist()
    except zipfile.BadZipFile:
        ada = False
    if not ada:
        raise InvalidFile("Isi berkas tidak sesuai dengan jenisnya.")
