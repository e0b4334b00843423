"""Refuse a save of a multi-record form when another person changed the same figures meanwhile.

A form carries the id of the latest history entry when it was opened (sakip.riwayat records every
save). On save, the entries recorded since then are matched to the figures the form would change.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

from sakip.core.periode import Periode as PeriodeRealisasi
from sakip.riwayat.models import Perubahan
from sakip.riwayat.recorder import KonflikEdit, versi_sekarang


def page_token() -> int:
    """Return the id of the latest recorded change: the version a form was opened at."""
    return versi_sekarang()


def _key(p: Perubahan) -> Hashable | None:
    data: dict[str, Any] = p.data_baru or p.data_lama or {}
    model = p.model.split(".")[-1]
    if model == "RealisasiAnggaran":
        return ("a", data.get("baris_id"), data.get("periode"))
    if model == "RealisasiFisik":
        return ("f", data.get("baris_id"), data.get("triwulan"))
    if model == "IndikatorKeluaran":
        return ("k", int(p.objek_id))
    if model == "Realisasi":
        return ("i", data.get("indikator_id"), data.get("tahun"), _periode_key(data))
    if model == "NarasiIndikator":
        # Rows recorded before the quarter field existed were the year's (fourth quarter).
        return ("n", data.get("indikator_id"), data.get("tahun"), data.get("triwulan", 4))
    if model == "ParagrafKustom":
        return (
            "p",
            data.get("opd_id"),
            data.get("tahun"),
            data.get("jenis_dokumen"),
            data.get("kunci"),
        )
    return None


def _periode_key(data: dict[str, Any]) -> str:
    """Return the period key of a recorded realisation ("tw2", a month "5", or "tahun")."""
    if data.get("bulan"):
        return PeriodeRealisasi.bulan(data["bulan"]).key
    if data.get("triwulan"):
        return PeriodeRealisasi.triwulan(data["triwulan"]).key
    return PeriodeRealisasi.tahun().key


def pastikan_tidak_bentrok(token: int, diubah: Iterable[tuple[Hashable, str]]) -> None:
    """Refuse when a figure this save changes was changed by anyone after `token`.

    `diubah` holds (key, how the figure is named for the person) for every figure that differs
    from what is stored now.
    """
    nama = dict(diubah)
    if not nama:
        return
    for p in Perubahan.objects.filter(id__gt=token).select_related("pengguna").order_by("id"):
        key = _key(p)
        if p.aksi == "muat" or key in nama:
            siapa = p.pengguna.get_username() if p.pengguna else "pengguna lain"
            apa = nama.get(key, "Data formulir ini") if key is not None else "Data formulir ini"
            raise KonflikEdit(
                f"{apa} telah diubah oleh {siapa} setelah Anda membuka formulir ini. "
                "Tidak ada yang disimpan. Muat ulang halaman untuk melihat perubahan terbaru, "
                "lalu isi kembali."
            )
