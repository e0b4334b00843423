"""The `LKE` sheet: the OPD's self-assessment of the year's LKE, one row per criterion.

The OPD's perencana answers (Jawaban OPD), notes and evidence links go through the same change
service as the LKE pages, so the LKE's own rules (`sakip.lke.aturan`: the OPD's window open, an
answer its criterion allows) refuse a row at its cell exactly as the pages refuse a form. A
workbook without the sheet leaves the LKE alone; a row with an empty answer removes the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from sakip.impor.selaras import Diinginkan
from sakip.lke.layanan import template_dari
from sakip.lke.models import EvaluasiLke, JawabanUsulan
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from .dasar import Baris, Langkah, Lembar, kolom
from .lingkup import Lingkup

NAMA = "LKE"
SPEC = SpesifikasiLembar(
    NAMA,
    (
        kolom("kriteria", "Kode Kriteria", jenis=Jenis.KODE, required=True, panjang=32, lebar=14),
        kolom("pertanyaan", "Pertanyaan", lebar=60, keterangan="Dari template LKE; tidak dibaca."),
        kolom("jenis", "Jenis Jawaban", jenis=Jenis.KODE, panjang=16, lebar=14),
        kolom(
            "jawaban",
            "Jawaban OPD",
            jenis=Jenis.KODE,
            panjang=16,
            lebar=12,
            keterangan="Pilih dari daftar jawaban kriteria; kosongkan bila belum dijawab.",
        ),
        kolom("catatan", "Catatan", lebar=50),
        kolom("bukti", "Tautan Bukti", lebar=50, keterangan="Satu tautan per baris."),
    ),
    key=("kriteria",),
    keterangan="Penilaian mandiri LKE tahun buku isian, diisi selama jendela pengisian dibuka.",
)


def evaluasi(s: Lingkup) -> EvaluasiLke | None:
    """Return the OPD's LKE of the workbook's year, if the Inspektorat opened one."""
    if s.opd is None or s.opd.pk is None:
        return None
    return EvaluasiLke.objects.filter(opd=s.opd, tahun=s.tahun).first()


def export(s: Lingkup) -> list[Baris]:
    """Return one row per criterion of the LKE's template, with the OPD's answer if any."""
    e = evaluasi(s)
    if e is None:
        return []
    t = template_dari(e)
    usulan = {u.kriteria: u for u in e.usulan.all()}
    baris = []
    for kr in t.kriteria():
        u = usulan.get(kr.kode)
        baris.append(
            {
                "kriteria": kr.kode,
                "pertanyaan": kr.pertanyaan,
                "jenis": kr.jenis,
                "jawaban": u.jawaban if u else None,
                "catatan": (u.catatan or None) if u else None,
                "bukti": (u.bukti or None) if u else None,
            }
        )
    return baris


def validasi(wb: Workbook, s: Lingkup) -> None:
    """Offer each row's own answers (Y, T or A to E) as its drop-down list."""
    e = evaluasi(s)
    if e is None or NAMA not in wb.sheetnames:
        return
    t = template_dari(e)
    ws = wb[NAMA]
    huruf = "D"  # Jawaban OPD
    cell: dict[str, list[str]] = {}
    for i, kr in enumerate(t.kriteria(), 2):
        cell.setdefault(kr.jenis, []).append(f"{huruf}{i}")
    for jenis, listing in cell.items():
        pilihan = ",".join(t.jenis_jawaban[jenis].kode_pilihan)
        dv = DataValidation(type="list", formula1=f'"{pilihan}"', allow_blank=True)
        dv.error = f"Pilih salah satu dari {pilihan.replace(',', ', ')}."
        dv.errorTitle = "Jawaban tidak dikenal"
        dv.showErrorMessage = True
        ws.add_data_validation(dv)
        for alamat in listing:
            dv.add(alamat)


def _ada(s: Lingkup, rekaman: Sequence[Rekaman]) -> Any:
    e = evaluasi(s)
    return JawabanUsulan.objects.filter(evaluasi=e) if e is not None else []


def _diinginkan(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    e = evaluasi(s)
    return [
        Diinginkan(
            r.get("kriteria"),
            {
                "evaluasi_id": e.pk if e is not None else None,
                "kriteria": r.get("kriteria"),
                "jawaban": r.get("jawaban"),
                "catatan": r.get("catatan") or "",
                "bukti": r.get("bukti") or "",
            },
            r.baris,
        )
        for r in rekaman
        if r.get("jawaban") is not None
    ]


LEMBAR = (Lembar(SPEC, export),)
LANGKAH = (
    Langkah(
        "lke",
        NAMA,
        JawabanUsulan,
        ada=_ada,
        key=lambda o: o.kriteria,
        diinginkan=_diinginkan,
        delete=True,
    ),
)
OPSIONAL = frozenset({NAMA})
"""Sheets a workbook may lack (one made before the LKE sheet existed): their data stays."""
