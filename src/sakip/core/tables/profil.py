"""Tabel 1 (staff) and Tabel 2 (assets)."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.model import OpdTahun
from sakip.core.tables.base import Gaya, Jenis, Kolom, Tabel

NON_PNS = "non pns"


def is_non_pns(kategori: str) -> bool:
    """Return whether a golongan category counts the staff who are not civil servants."""
    return kategori.strip().lower().replace("-", " ") == NON_PNS


def pegawai(s: OpdTahun) -> Tabel:
    """Return Tabel 1: staff by status and golongan, by education, by gender, with totals."""
    t = Tabel(
        "pegawai",
        "Status dan Jumlah Pegawai",
        [Kolom("Kelompok"), Kolom("Uraian"), Kolom("Jumlah (orang)", Jenis.BILANGAN)],
        gabung=(0,),
    )
    p = s.pegawai
    if p is None:
        return t
    pns = {k: v for k, v in p.golongan.items() if not is_non_pns(k)}
    non_pns = {k: v for k, v in p.golongan.items() if is_non_pns(k)}
    for kategori, jumlah in pns.items():
        t.add(["Status dan Golongan", f"PNS Golongan {kategori}", jumlah])
    t.add(["Status dan Golongan", "Jumlah PNS", sum(pns.values())], Gaya.SUBTOTAL)
    for kategori, jumlah in non_pns.items():
        t.add(["Status dan Golongan", kategori, jumlah])
    t.add(["Status dan Golongan", "Jumlah", sum(p.golongan.values())], Gaya.TOTAL)
    for judul, data in (("Tingkat Pendidikan", p.pendidikan), ("Jenis Kelamin", p.jenis_kelamin)):
        for kategori, jumlah in data.items():
            t.add([judul, kategori, jumlah])
        t.add([judul, "Jumlah", sum(data.values())], Gaya.TOTAL)
    return t


def aset(s: OpdTahun) -> Tabel:
    """Return Tabel 2: assets by type with their total value."""
    t = Tabel(
        "aset",
        f"Aset {s.opd.nama}",
        [Kolom("No"), Kolom("Jenis Aset"), Kolom("Jumlah Nilai (Rp)", Jenis.UANG)],
    )
    for i, a in enumerate(s.aset, 1):
        t.add([str(i), a.jenis, a.nilai])
    known = [a.nilai for a in s.aset if a.nilai is not None]
    total = sum(known, Decimal(0)) if known else None
    t.add(["", "Jumlah Total Aset", total], Gaya.TOTAL)
    return t
