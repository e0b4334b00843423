"""The cascade's sheets: each position's PK indicators and rencana aksi, period by period.

"Target Jabatan" holds one row per PK indicator of a position and period (a month, a quarter or
the year), of every PK version of the workbook's year (an empty version: the latest); "Rencana
Aksi" one row per action and period of the latest version's indicators (docs/kaskade.md). The
positions, their PKs and their actions come from their own sheets (`jabatan`, `pk_jabatan`) or
the web pages; these two fill their targets, realisations and notes, through the same change
service as the pages, so a verified period, a locked year or a holder's scope refuses a row at
its cell as the pages refuse a form. A row names its position, indicator (and action number)
by code: one that the year's PKs (stored, or in the workbook's own PK sheets) do not hold is
refused before anything is saved (`impor.cek.kaskade_tidak_ada`).
A period left out of the sheet is left as it is: the sheet adds and changes, never removes.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from sakip.core.periode import Periode
from sakip.impor.selaras import Diinginkan
from sakip.kaskade import models as k
from sakip.kaskade import rujukan
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from . import pilihan
from .dasar import Baris, Langkah, Lembar, kolom, save
from .lingkup import Lingkup

TARGET = "Target Jabatan"
AKSI = "Rencana Aksi"

_JABATAN = kolom("jabatan", "Kode Jabatan", jenis=Jenis.KODE, required=True, panjang=64, lebar=16)
_INDIKATOR = kolom(
    "indikator", "Kode Indikator", jenis=Jenis.KODE, required=True, panjang=64, lebar=18
)
_PERIODE = kolom(
    "periode",
    "Periode",
    jenis=Jenis.PILIHAN,
    required=True,
    pilihan=pilihan.PERIODE,
    keterangan="Bulan, Triwulan I-IV, atau Setahun.",
)
_ISIAN = (
    kolom("target", "Target", jenis=Jenis.NILAI),
    kolom(
        "realisasi",
        "Realisasi",
        jenis=Jenis.NILAI,
        keterangan="Kosong: belum diisi (berbeda dengan 0).",
    ),
    kolom("catatan", "Catatan", lebar=40),
)

SPEC_TARGET = SpesifikasiLembar(
    TARGET,
    (
        _JABATAN,
        kolom("nama_jabatan", "Jabatan", lebar=30, keterangan="Dari data jabatan; tidak dibaca."),
        kolom(
            "versi",
            "Versi PK",
            jenis=Jenis.BULAT,
            lebar=8,
            keterangan="Versi Perjanjian Kinerja jabatan; kosong: versi terakhir.",
        ),
        _INDIKATOR,
        kolom("uraian", "Indikator Kinerja", lebar=50, keterangan="Tidak dibaca."),
        kolom("satuan", "Satuan", lebar=10, keterangan="Tidak dibaca."),
        _PERIODE,
        *_ISIAN,
    ),
    key=("jabatan", "versi", "indikator", "periode"),
    keterangan="Target dan realisasi indikator Perjanjian Kinerja setiap jabatan per periode.",
)
SPEC_AKSI = SpesifikasiLembar(
    AKSI,
    (
        _JABATAN,
        _INDIKATOR,
        kolom(
            "aksi",
            "No Aksi",
            jenis=Jenis.BULAT,
            required=True,
            lebar=8,
            keterangan="Urutan rencana aksi pada indikator itu (1, 2, ...).",
        ),
        kolom("uraian", "Rencana Aksi", lebar=50, keterangan="Tidak dibaca."),
        kolom("penanggung_jawab", "Penanggung Jawab", lebar=30, keterangan="Tidak dibaca."),
        _PERIODE,
        *_ISIAN,
        kolom("bukti", "Keterangan Bukti", lebar=40),
    ),
    key=("jabatan", "indikator", "aksi", "periode"),
    keterangan="Target dan realisasi setiap rencana aksi per bulan atau triwulan.",
)


def indikator_terakhir(s: Lingkup) -> dict[tuple[str, str], k.IndikatorPKJabatan]:
    """Return the PK indicators of the year by (position code, indicator code), in order."""
    if s.opd is None or s.opd.pk is None:
        return {}
    return rujukan.indikator_terakhir(s.opd, s.tahun)


def indikator_tahun(s: Lingkup) -> dict[tuple[str, int, str], k.IndikatorPKJabatan]:
    """Return the indicators of every PK version of the year by (position, version, code)."""
    if s.opd is None or s.opd.pk is None:
        return {}
    return {
        (i.pk_jabatan.jabatan.kode, i.pk_jabatan.versi, i.kode): i
        for i in k.IndikatorPKJabatan.objects.filter(
            pk_jabatan__jabatan__opd=s.opd, pk_jabatan__tahun=s.tahun
        )
        .select_related("pk_jabatan__jabatan", "induk__pk_jabatan__jabatan")
        .order_by(
            "pk_jabatan__jabatan__urutan",
            "pk_jabatan__jabatan__kode",
            "pk_jabatan__versi",
            "urutan",
            "id",
        )
    }


def aksi_tahun(
    s: Lingkup, indikator: dict[tuple[str, str], k.IndikatorPKJabatan] | None = None
) -> dict[tuple[str, str, int], k.RencanaAksiKinerja]:
    """Return the year's actions by (position code, indicator code, number), as the pohon
    kinerja names them (`kaskade.rujukan.aksi_bernomor`)."""
    if s.opd is None or s.opd.pk is None:
        return {}
    return rujukan.aksi_bernomor(s.opd, s.tahun, indikator)


def kode_db(s: Lingkup) -> dict[str, set[Any]]:
    """Return the keys a row of the cascade's sheets may name when the workbook does not.

    (position, indicator) of the latest versions, and with the action number; the positions'
    codes, their (position, superior) pairs and (position, holder's name); (position, version)
    of the year's PKs and (position, indicator) of any of their versions.
    """
    indikator = indikator_terakhir(s)
    jabatan = list(k.Jabatan.objects.filter(opd=s.opd).select_related("induk"))
    pk = k.PerjanjianKinerjaJabatan.objects.filter(jabatan__opd=s.opd, tahun=s.tahun)
    return {
        "indikator_jabatan": set(indikator),
        "rencana_aksi": set(aksi_tahun(s, indikator)),
        "jabatan": {j.kode for j in jabatan},
        "atasan": {(j.kode, j.induk.kode if j.induk else None) for j in jabatan},
        "pemegang": set(
            k.PemegangJabatan.objects.filter(jabatan__opd=s.opd).values_list(
                "jabatan__kode", "nama"
            )
        ),
        "pk_jabatan": set(pk.values_list("jabatan__kode", "versi")),
        "indikator_jabatan_tahun": set(
            k.IndikatorPKJabatan.objects.filter(pk_jabatan__in=pk).values_list(
                "pk_jabatan__jabatan__kode", "kode"
            )
        ),
        "indikator_jabatan_versi": set(
            k.IndikatorPKJabatan.objects.filter(pk_jabatan__in=pk).values_list(
                "pk_jabatan__jabatan__kode", "pk_jabatan__versi", "kode"
            )
        ),
    }


def _isian(o: k.TargetIndikatorJabatan | k.PeriodeRencanaAksi) -> Baris:
    isian = {
        "periode": o.periode,
        "target": o.target,
        "realisasi": o.realisasi,
        "catatan": o.catatan or None,
    }
    if isinstance(o, k.PeriodeRencanaAksi):
        isian["bukti"] = o.bukti or None
    return isian


Induk = dict[Any, k.IndikatorPKJabatan] | dict[Any, k.RencanaAksiKinerja]
"""Indicators or actions by their key: what period rows belong to."""
_PERIODE_MODEL: dict[type[Any], tuple[type[Any], str]] = {
    k.IndikatorPKJabatan: (k.TargetIndikatorJabatan, "indikator"),
    k.RencanaAksiKinerja: (k.PeriodeRencanaAksi, "rencana_aksi"),
}
"""The period rows of an indicator and of an action, and the field naming their owner."""


def _periode_db(induk: Induk) -> dict[Any, list[Any]]:
    """Return the stored period rows of these indicators or actions by their key, in order."""
    per_id = {x.pk: key for key, x in induk.items()}
    if not per_id:
        return {}
    model, fk = _PERIODE_MODEL[type(next(iter(induk.values())))]
    result: dict[Any, list[Any]] = {key: [] for key in induk}
    for o in model.objects.filter(**{f"{fk}__in": list(per_id)}):
        result[per_id[getattr(o, f"{fk}_id")]].append(o)
    for listing in result.values():
        listing.sort(key=lambda o: Periode.parse(o.periode).sort_key)
    return result


def _export_periode(induk: Induk, kepala: Any) -> list[Baris]:
    """Return one row per period of each indicator or action: its own cells, then the period's."""
    periode = _periode_db(induk)
    return [{**kepala(key, x), **_isian(o)} for key, x in induk.items() for o in periode[key]]


def _export_target(s: Lingkup) -> list[Baris]:
    def kepala(key: tuple[str, int, str], i: k.IndikatorPKJabatan) -> Baris:
        jabatan, versi, kode = key
        return {
            "jabatan": jabatan,
            "nama_jabatan": i.pk_jabatan.jabatan.nama,
            "versi": versi,
            "indikator": kode,
            "uraian": i.uraian,
            "satuan": i.satuan or None,
        }

    return _export_periode(indikator_tahun(s), kepala)


def _export_aksi(s: Lingkup) -> list[Baris]:
    def kepala(key: tuple[str, str, int], a: k.RencanaAksiKinerja) -> Baris:
        jabatan, kode, no = key
        return {
            "jabatan": jabatan,
            "indikator": kode,
            "aksi": no,
            "uraian": a.uraian,
            "penanggung_jawab": a.jabatan.nama,
        }

    return _export_periode(aksi_tahun(s), kepala)


def _ada_periode(induk: Induk) -> dict[Hashable, Any]:
    """Return the stored period rows by (the key of their indicator or action, period)."""
    return {(*key, o.periode): o for key, listing in _periode_db(induk).items() for o in listing}


def _nilai(r: Rekaman) -> Baris:
    return {
        "periode": r.get("periode"),
        "target": save(r.get("target")),
        "realisasi": save(r.get("realisasi")),
        "catatan": r.get("catatan") or "",
    }


def _diinginkan_target(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    indikator = indikator_tahun(s)
    terakhir = {j: i.pk_jabatan.versi for (j, _), i in indikator_terakhir(s).items()}
    result = []
    for r in rekaman:
        versi = r.get("versi") or terakhir.get(r.get("jabatan"))
        if versi is None:
            continue  # no PK of the position: refused before saving (cek.kaskade_tidak_ada)
        i = indikator.get((r.get("jabatan"), versi, r.get("indikator")))
        if i is None:
            continue  # refused before saving (cek.kaskade_tidak_ada)
        result.append(
            Diinginkan(
                (r.get("jabatan"), versi, r.get("indikator"), r.get("periode")),
                {"indikator_id": i.pk, **_nilai(r)},
                r.baris,
            )
        )
    return result


def _diinginkan_aksi(rekaman: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    aksi = aksi_tahun(s)
    result = []
    for r in rekaman:
        a = aksi.get((r.get("jabatan"), r.get("indikator"), r.get("aksi")))
        if a is None:
            continue  # refused before saving (cek.kaskade_tidak_ada)
        result.append(
            Diinginkan(
                (r.get("jabatan"), r.get("indikator"), r.get("aksi"), r.get("periode")),
                {"rencana_aksi_id": a.pk, **_nilai(r), "bukti": r.get("bukti") or ""},
                r.baris,
            )
        )
    return result


LEMBAR = (Lembar(SPEC_TARGET, _export_target), Lembar(SPEC_AKSI, _export_aksi))
LANGKAH = (
    Langkah(
        "target_jabatan",
        TARGET,
        k.TargetIndikatorJabatan,
        ada=lambda s, rek: _ada_periode(indikator_tahun(s)),
        key=None,
        diinginkan=_diinginkan_target,
        delete=False,
    ),
    Langkah(
        "periode_rencana_aksi",
        AKSI,
        k.PeriodeRencanaAksi,
        ada=lambda s, rek: _ada_periode(aksi_tahun(s)),
        key=None,
        diinginkan=_diinginkan_aksi,
        delete=False,
    ),
)
OPSIONAL = frozenset({TARGET, AKSI})
"""Sheets a workbook may lack (one made before they existed): their data stays."""
