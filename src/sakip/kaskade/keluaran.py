"""The cascade as `sakip cascade` prints it: JSON with exact numbers, or lines of text.

JSON numbers are exact Decimals written as JSON numbers without trailing zeros (87.1000 prints
87.1); a missing value is null. Dates are ISO (2023-07-10). Codes of closed vocabularies
(tingkat, status) are their stored codes; the text output shows their Indonesian names.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sakip.core import format as fmt
from sakip.core import kaskade as c
from sakip.core.periode import Periode

from .models import Jabatan, PemegangJabatan


def _number(v: Decimal | None) -> Decimal | None:
    if v is None:
        return None
    return Decimal(format(v.normalize(), "f"))


def _tanggal(d: Any) -> str | None:
    return d.isoformat() if d else None


def _pemegang(p: c.Pemegang) -> dict[str, Any]:
    return {
        "nama": p.nama,
        "nip": p.nip,
        "status": p.status,
        "mulai": _tanggal(p.mulai),
        "selesai": _tanggal(p.selesai),
    }


def sebagai_dict(k: c.Kaskade) -> dict[str, Any]:
    """Return the cascade in the shape of `sakip cascade --format json` (docs/kaskade.md)."""
    return {
        "jabatan": [
            {
                "kode": j.kode,
                "nama": j.nama,
                "tingkat": j.tingkat,
                "induk": j.induk,
                "pemegang": [_pemegang(p) for p in j.pemegang],
            }
            for j in k.jabatan
        ],
        "pk": [
            {
                "jabatan": pk.jabatan,
                "versi": pk.versi,
                "indikator": [
                    {
                        "kode": i.kode,
                        "uraian": i.uraian,
                        "satuan": i.satuan,
                        "target": _number(i.target),
                        "induk": {"jabatan": i.induk[0], "kode": i.induk[1]} if i.induk else None,
                    }
                    for i in pk.indikator
                ],
            }
            for pk in k.pk
        ],
        "rencana_aksi": [
            {
                "indikator": {"jabatan": pk.jabatan, "versi": pk.versi, "kode": i.kode},
                "uraian": a.uraian,
                "jabatan": a.jabatan,
                "bobot": _number(a.bobot),
                "periode": [
                    {
                        "periode": p.periode,
                        "target": _number(p.target),
                        "realisasi": _number(p.realisasi),
                    }
                    for p in a.periode
                ],
            }
            for pk in k.pk
            for i in pk.indikator
            for a in i.aksi
        ],
    }


def sebagai_teks(k: c.Kaskade) -> str:
    """Return the cascade as indented lines: positions with holders, PKs, rencana aksi."""
    tingkat = dict(Jabatan.TINGKAT)
    status = dict(PemegangJabatan.STATUS)
    baris = [f"Jabatan ({len(k.jabatan)})"]
    for j, dalam in c.pohon(k):
        awal = "  " * (dalam + 1)
        baris.append(f"{awal}{j.nama} [{tingkat.get(j.tingkat)}]")
        for p in j.pemegang:
            masa = f"{_hari(p.mulai)} s.d. {_hari(p.selesai)}"
            baris.append(f"{awal}  {p.nama} ({status.get(p.status)}), {masa}")
        if not j.pemegang:
            baris.append(f"{awal}  (pemegang belum dicatat)")
    nama = {j.kode: j.nama for j in k.jabatan}
    baris.append(f"Perjanjian Kinerja {k.tahun} ({len(k.pk)})")
    for pk in k.pk:
        baris.append(f"  {nama.get(pk.jabatan, pk.jabatan)}, versi {pk.versi}")
        for i in pk.indikator:
            induk = f" → {i.induk[1]} ({nama.get(i.induk[0], i.induk[0])})" if i.induk else ""
            target = fmt.number(i.target) if i.target is not None else "-"
            baris.append(f"    {i.kode} {i.uraian}: {target} {i.satuan}{induk}")
            for a in i.aksi:
                baris.append(f"      Rencana aksi: {a.uraian} ({nama.get(a.jabatan, a.jabatan)})")
                for nilai in a.periode:
                    t = fmt.number(nilai.target) if nilai.target is not None else "-"
                    r = (
                        fmt.number(nilai.realisasi)
                        if nilai.realisasi is not None
                        else "belum diisi"
                    )
                    nama_periode = Periode.parse(nilai.periode).label
                    baris.append(f"        {nama_periode}: target {t}, realisasi {r}")
    return "\n".join(baris) + "\n"


def _hari(d: Any) -> str:
    return fmt.tanggal(d) if d else "-"
