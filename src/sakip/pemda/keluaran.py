"""The control room and the Pemda's indicators as data (`sakip pemda --format json`) and as text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sakip.alur.models import Periode
from sakip.core import format as fmt
from sakip.core.numbers import round_half_up
from sakip.core.periode import ROMAWI

from .iku import BarisIkuPemda
from .kendali import BarisOpd, RuangKendali

STATUS = dict(Periode.STATUS)


def _persen(v: Decimal | None) -> Decimal | None:
    return round_half_up(v, 2)


def _nilai(v: Decimal | None) -> Decimal | None:
    # Stored with 4 decimals: 87.2000 is written 87.2, exactly.
    return None if v is None else v.normalize()


def data(ruang: RuangKendali, iku: list[BarisIkuPemda]) -> dict[str, Any]:
    """Return the documented JSON shape (docs/pemda.md#sakip-pemda), None for missing."""
    return {
        "pemda": ruang.pemda.kode,
        "opd": [_opd(b) for b in ruang.baris],
        "iku_pemda": [
            {
                "kode": i.indikator.kode,
                "uraian": i.indikator.uraian,
                "satuan": i.indikator.satuan,
                "target": _nilai(i.result.target),
                "realisasi": _nilai(i.result.realisasi),
                "capaian": _persen(i.result.capaian),
                "opd": i.opd,
            }
            for i in iku
        ],
    }


def _opd(b: BarisOpd) -> dict[str, Any]:
    return {
        "kode": b.opd.kode,
        "nama": b.opd.nama,
        "pk_ditandatangani": b.pk_ditandatangani.isoformat() if b.pk_ditandatangani else None,
        "triwulan": {
            str(q): {u.kode: status for u, status in b.status_triwulan(q)} for q in range(1, 5)
        },
        "lkjip_ditandatangani": (
            b.lkjip_ditandatangani.isoformat() if b.lkjip_ditandatangani else None
        ),
        "tepat_waktu": b.tepat_waktu,
        "lke_total": _persen(b.lke_total),
        "capaian_rata": _persen(b.capaian_rata),
        "serapan": _persen(b.serapan),
        "peringkat": b.peringkat,
    }


def _ya(v: bool | None) -> str:
    return "n/a" if v is None else ("ya" if v else "tidak")


def _tgl(d: Any) -> str:
    return fmt.tanggal(d) if d is not None else "belum"


def teks(ruang: RuangKendali, iku: list[BarisIkuPemda]) -> str:
    """Return the control room and the Pemda's indicators as plain Indonesian text."""
    baris = [f"{ruang.pemda.nama} — ruang kendali tahun {ruang.tahun}", ""]
    for b in ruang.baris:
        baris.append(f"{b.peringkat or '-'}. {b.opd.kode} {b.opd.nama}")
        baris.append(
            f"   PK ditandatangani: {_tgl(b.pk_ditandatangani)}; "
            f"LKjIP ditandatangani: {_tgl(b.lkjip_ditandatangani)}; "
            f"tepat waktu: {_ya(b.tepat_waktu)}"
        )
        for q in range(1, 5):
            isi = ", ".join(f"{u.nama_singkat} {STATUS[s]}" for u, s in b.status_triwulan(q))
            baris.append(f"   Triwulan {ROMAWI[q]}: {isi}")
        baris.append(
            f"   nilai LKE: {fmt.number(b.lke_total)} {b.lke_predikat or ''}".rstrip()
            + f"; rata-rata capaian: {fmt.persen(b.capaian_rata)}"
            + f"; serapan: {fmt.persen(b.serapan)}"
        )
    baris += ["", f"Aturan peringkat: {ruang.aturan_peringkat}", "", "Indikator kinerja Pemda:"]
    if not iku:
        baris.append("   (belum ada)")
    for i in iku:
        h = i.result
        baris.append(f"   {i.indikator.kode} {i.indikator.uraian} ({i.indikator.satuan})")
        baris.append(
            f"      target {fmt.number(h.target)}; realisasi {fmt.number(h.realisasi)}; "
            f"capaian {fmt.persen(h.capaian)}; {h.aturan.label}: {h.rincian}"
        )
    return "\n".join(baris) + "\n"
