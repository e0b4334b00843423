"""The data screens of the positions, their holders and the accounts acting for them
(sakip.kaskade): organisation data, the Admin Pemda's, like the units."""

from __future__ import annotations

from sakip.kaskade import models as k

from .dasar import ADMIN, Jenis

_GRUP = "Jabatan dan pemegangnya"

JABATAN_LISTING = (
    Jenis(
        "jabatan",
        k.Jabatan,
        "Jabatan",
        ("opd", "unit", "kode", "nama", "tingkat", "induk", "urutan"),
        "pemda",
        ADMIN,
        "opd__pemda",
        kolom=("opd", "nama", "tingkat", "induk"),
        related=("opd", "induk"),
        grup=_GRUP,
    ),
    Jenis(
        "pemegang-jabatan",
        k.PemegangJabatan,
        "Pemegang jabatan",
        ("jabatan", "nama", "nip", "status", "mulai", "selesai"),
        "pemda",
        ADMIN,
        "jabatan__opd__pemda",
        kolom=("jabatan", "nama", "status", "mulai"),
        related=("jabatan",),
        grup=_GRUP,
    ),
    Jenis(
        "pengguna-jabatan",
        k.PenggunaJabatan,
        "Akun pemegang jabatan",
        ("user", "jabatan"),
        "pemda",
        ADMIN,
        "jabatan__opd__pemda",
        kolom=("user", "jabatan"),
        related=("user", "jabatan"),
        grup=_GRUP,
    ),
)
