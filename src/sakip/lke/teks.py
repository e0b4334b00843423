"""The LKE as plain text for the terminal, in Indonesian number format."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sakip.core.format import number

EMPTY = "-"


def _n(nilai: Decimal | None) -> str:
    return number(nilai) if nilai is not None else EMPTY


def lke_teks(data: dict[str, Any]) -> str:
    """Return the LKE data (`core.lke.result.susun`) as lines of text."""
    t = data["template"]
    baris = [f"{t['nama']} ({t['kode']} versi {t['versi']})", f"Dasar: {t['dasar_hukum']}", ""]
    for k in data["komponen"]:
        baris.append(
            f"{k['kode']} {k['nama']} (bobot {number(k['bobot'])}): usulan {_n(k['nilai_usulan'])}"
            f", penetapan {_n(k['nilai_penetapan'])}"
        )
        for s in k["subkomponen"]:
            baris.append(
                f"  {s['kode']} {s['nama']} (bobot {number(s['bobot'])}): usulan "
                f"{_n(s['nilai_usulan'])}, penetapan {_n(s['nilai_penetapan'])}"
            )
            for kr in s["kriteria"]:
                usulan = kr["jawaban_usulan"] or EMPTY
                penetapan = kr["jawaban_penetapan"] or EMPTY
                baris.append(
                    f"    {kr['kode']} [{kr['jenis_jawaban']}] {kr['pertanyaan']} usulan "
                    f"{usulan}, penetapan {penetapan}"
                )
                for label, key in (
                    ("catatan usulan", "catatan_usulan"),
                    ("catatan penetapan", "catatan_penetapan"),
                ):
                    if kr.get(key):
                        baris.append(f"      {label}: {kr[key]}")
                kk = kr.get("kertas_kerja")
                if kk:
                    if kk["catatan"]:
                        baris.append(f"      kertas kerja: {kk['catatan']}")
                    baris += [f"        bukti: {b}" for b in kk["bukti"]]
                sr = kr["saran"]
                if sr is not None:
                    baris.append(f"      saran ({sr['aturan']}): {sr['jawaban'] or EMPTY}")
                    baris += [f"        {b}" for b in sr["bukti"]]
    baris += [
        "",
        f"Nilai usulan: {_n(data['total_usulan'])} ({data['predikat_usulan'] or EMPTY})",
        f"Nilai penetapan: {_n(data['total_penetapan'])} ({data['predikat_penetapan'] or EMPTY})",
    ]
    baris += [f"Temuan logika ({f['jenis']}): {f['pesan']}" for f in data["temuan_logika"]]
    return "\n".join(baris) + "\n"
