"""Sheets of the IKU measurements: quarterly targets and realisations, and their narrative.

One row per IKU, year and quarter (or "Setahun" for a year measured as a whole); a monthly IKU has
a row per month, its quarter and its month. An empty cell is "not entered" (no row is stored); "n/a"
is "stated not available" (a row whose value is NULL). A ratio IKU's row holds its pembilang and
penyebut, and its realisation is computed from them by the core (docs/rules.md#indikator-rasio).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sakip.core.pengukuran import nilai_rasio
from sakip.core.periode import JenisPeriode
from sakip.impor.selaras import Diinginkan
from sakip.kinerja import models as m
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from . import pilihan
from .dasar import Baris, Langkah, Lembar, kolom, per_baris, save, show_nilai
from .lingkup import Lingkup
from .perencanaan import _iku_dari, _iku_db

SETAHUN = JenisPeriode.TAHUN.value
"""The key of a whole year's row, shown "Setahun": one vocabulary with the dataset format."""

KINERJA = SpesifikasiLembar(
    "Kinerja Triwulan",
    (
        kolom("iku", "Kode IKU", jenis=Jenis.KODE, required=True, panjang=32, listing="iku"),
        kolom("tahun", "Tahun", jenis=Jenis.TAHUN, required=True),
        kolom(
            "triwulan",
            "Triwulan",
            jenis=Jenis.PILIHAN,
            required=True,
            pilihan=pilihan.TRIWULAN_ATAU_SETAHUN,
            keterangan='"Setahun" untuk realisasi tahunan (tahun tanpa data triwulan).',
        ),
        kolom("target", "Target", jenis=Jenis.NILAI),
        kolom("realisasi", "Realisasi", jenis=Jenis.NILAI),
        kolom(
            "bulan",
            "Bulan",
            jenis=Jenis.PILIHAN,
            pilihan=pilihan.BULAN,
            keterangan="Untuk IKU yang diukur per bulan: bulan dalam triwulan baris itu.",
        ),
        kolom("pembilang", "Pembilang", jenis=Jenis.NILAI, keterangan="Untuk IKU rasio."),
        kolom("penyebut", "Penyebut", jenis=Jenis.NILAI, keterangan="Untuk IKU rasio."),
    ),
    key=("iku", "tahun", "triwulan", "bulan"),
    keterangan="Target dan realisasi IKU per triwulan; semua tahun IKU Renstra.",
)
NARASI = SpesifikasiLembar(
    "Faktor dan Solusi",
    (
        kolom("iku", "Kode IKU", jenis=Jenis.KODE, required=True, panjang=32, listing="iku"),
        kolom("tahun", "Tahun", jenis=Jenis.TAHUN, required=True),
        kolom("faktor_pendukung", "Faktor Pendukung", lebar=50),
        kolom("faktor_penghambat", "Faktor Penghambat", lebar=50),
        kolom("solusi", "Solusi", lebar=50),
    ),
    key=("iku", "tahun"),
)
_NARASI = ("faktor_pendukung", "faktor_penghambat", "solusi")


def _triwulan(q: int | None) -> str:
    return SETAHUN if q is None else str(q)


def _bulan(b: int | None) -> str | None:
    return None if b is None else str(b)


def _kinerja(s: Lingkup) -> list[Baris]:
    iku = _iku_db(s)
    urutan = {i.id: n for n, i in enumerate(iku)}
    rows: dict[tuple[int, int, str, str | None], Baris] = {}
    for t in m.TargetTriwulan.objects.filter(indikator__in=iku).select_related("indikator"):
        row = rows.setdefault(
            (t.indikator_id, t.tahun, str(t.triwulan), None),
            {"iku": t.indikator.kode, "tahun": t.tahun, "triwulan": str(t.triwulan)},
        )
        row["target"] = show_nilai(t.nilai)
    for r in m.Realisasi.objects.filter(indikator__in=iku).select_related("indikator"):
        row = rows.setdefault(
            (r.indikator_id, r.tahun, _triwulan(r.triwulan), _bulan(r.bulan)),
            {
                "iku": r.indikator.kode,
                "tahun": r.tahun,
                "triwulan": _triwulan(r.triwulan),
                "bulan": _bulan(r.bulan),
            },
        )
        row["realisasi"] = show_nilai(r.nilai)
        if r.indikator.jenis == "rasio":
            row["pembilang"], row["penyebut"] = r.pembilang, r.penyebut

    def urut(k: tuple[int, int, str, str | None]) -> tuple[int, int, int, int]:
        return (urutan[k[0]], -k[1], 0 if k[2] == SETAHUN else int(k[2]), int(k[3] or 0))

    return [rows[k] for k in sorted(rows, key=urut)]


def _narasi(s: Lingkup) -> list[Baris]:
    iku = _iku_db(s)
    urutan = {i.id: n for n, i in enumerate(iku)}
    # The sheet holds the year's analysis (fourth quarter); quarterly ones are entered on the web.
    narasi = m.NarasiIndikator.objects.filter(indikator__in=iku, triwulan=4).select_related(
        "indikator"
    )
    return [
        {"iku": n.indikator.kode, "tahun": n.tahun, **{f: getattr(n, f) for f in _NARASI}}
        for n in sorted(narasi, key=lambda n: (urutan[n.indikator_id], -n.tahun))
    ]


LEMBAR = (Lembar(KINERJA, _kinerja), Lembar(NARASI, _narasi))


def _target_triwulan(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    # A quarter's target sits on its quarter's row; a month row carries no target.
    dipilih = [
        r
        for r in rek
        if r.get("triwulan") != SETAHUN and r.get("bulan") is None and r.get("target") is not None
    ]
    return per_baris(
        dipilih,
        lambda r: (r.get("iku"), r.get("tahun"), r.get("triwulan")),
        lambda r: {
            "indikator_id": s.dari("iku")[r.get("iku")].pk,
            "tahun": r.get("tahun"),
            "triwulan": int(r.get("triwulan")),
            "nilai": save(r.get("target")),
        },
    )


def _realisasi(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    dipilih = [
        r for r in rek if any(r.get(k) is not None for k in ("realisasi", "pembilang", "penyebut"))
    ]
    return per_baris(
        dipilih,
        lambda r: (r.get("iku"), r.get("tahun"), r.get("triwulan"), r.get("bulan")),
        lambda r: _baris_realisasi(r, s.dari("iku")[r.get("iku")]),
    )


def _baris_realisasi(r: Rekaman, ind: m.Indikator) -> Baris:
    """Return the stored values of a realisation row; a ratio's figure comes from its parts."""
    bulan = r.get("bulan")
    result: Baris = {
        "indikator_id": ind.pk,
        "tahun": r.get("tahun"),
        "triwulan": None if r.get("triwulan") == SETAHUN else int(r.get("triwulan")),
        "bulan": None if bulan is None else int(bulan),
        "nilai": save(r.get("realisasi")),
    }
    pembilang, penyebut = save(r.get("pembilang")), save(r.get("penyebut"))
    if ind.jenis == "rasio" and (pembilang is not None or penyebut is not None):
        # A figure typed without its parts is kept, so that the service names the mismatch.
        result.update(
            pembilang=pembilang,
            penyebut=penyebut,
            nilai=nilai_rasio(pembilang, penyebut, ind.pengali),
        )
    elif "pembilang" in r.cell or "penyebut" in r.cell:
        result.update(pembilang=pembilang, penyebut=penyebut)
    return result


def _narasi_diinginkan(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    return per_baris(
        rek,
        lambda r: (r.get("iku"), r.get("tahun")),
        lambda r: {
            "indikator_id": s.dari("iku")[r.get("iku")].pk,
            "tahun": r.get("tahun"),
            **{f: r.get(f) for f in _NARASI},
        },
    )


def _ada(model: Any) -> Any:
    return lambda s, rek: model.objects.filter(indikator__in=_iku_dari(s)).select_related(
        "indikator"
    )


LANGKAH: tuple[Langkah[Any], ...] = (
    Langkah(
        "target_triwulan",
        KINERJA.nama,
        m.TargetTriwulan,
        ada=_ada(m.TargetTriwulan),
        key=lambda o: (o.indikator.kode, o.tahun, str(o.triwulan)),
        diinginkan=_target_triwulan,
        delete=True,
    ),
    Langkah(
        "realisasi",
        KINERJA.nama,
        m.Realisasi,
        ada=_ada(m.Realisasi),
        key=lambda o: (o.indikator.kode, o.tahun, _triwulan(o.triwulan), _bulan(o.bulan)),
        diinginkan=_realisasi,
        delete=True,
    ),
    Langkah(
        "narasi_indikator",
        NARASI.nama,
        m.NarasiIndikator,
        ada=lambda s, rek: _ada(m.NarasiIndikator)(s, rek).filter(triwulan=4),
        key=lambda o: (o.indikator.kode, o.tahun),
        diinginkan=_narasi_diinginkan,
        delete=True,
    ),
)
