"""The `Rekomendasi` sheet: recommendations of earlier evaluations, their follow-up and rencana
aksi, and who answers for them by when (docs/lke.md#penanggung-jawab).

The deadline and the responsible unit are fields of `kinerja.Rekomendasi`; the responsible
position is a `lke.JabatanRekomendasi`, written by its own step through the same change service
as the LHE page, so a unit or position of another OPD or a deadline before the year evaluated
is refused at its cell in the page's words. A unit names a row of the `Unit Kerja` sheet
(`cek.rujukan_tidak_ada`), a position one of the OPD's positions, stored or added by the same
workbook's `Jabatan` sheet (`cek.jabatan_tidak_dikenal`): its step (`LANGKAH_JABATAN`) runs after
the positions are stored. A workbook made before these columns existed leaves them alone.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from django.core.exceptions import ObjectDoesNotExist

from sakip.impor.selaras import Diinginkan
from sakip.kaskade.models import Jabatan
from sakip.kinerja import models as m
from sakip.lke.models import JabatanRekomendasi
from sakip.spreadsheet.lembar import Jenis, Rekaman, SpesifikasiLembar

from . import pilihan
from .dasar import Baris, Ke, Langkah, Lembar, berposisi, grup_pertama, kolom
from .lingkup import Lingkup

REKOMENDASI = SpesifikasiLembar(
    "Rekomendasi",
    (
        kolom("tahun_evaluasi", "Tahun Dievaluasi", jenis=Jenis.TAHUN, required=True),
        kolom("komponen", "Komponen", jenis=Jenis.KODE, required=True, panjang=64, lebar=20),
        kolom("uraian", "Rekomendasi", required=True, lebar=50),
        kolom("tindak_lanjut", "Tindak Lanjut", lebar=50),
        kolom(
            "rencana_aksi",
            "Rencana Aksi",
            jenis=Jenis.TEKS_LISTING,
            keterangan="Satu rencana aksi per baris dalam sel.",
        ),
        kolom(
            "status",
            "Status",
            jenis=Jenis.PILIHAN,
            required=True,
            pilihan=pilihan.STATUS_REKOMENDASI,
        ),
        kolom("tenggat", "Tenggat", jenis=Jenis.TANGGAL, keterangan="Batas waktu tindak lanjut."),
        kolom(
            "unit",
            "Unit Penanggung Jawab",
            jenis=Jenis.KODE_UNIT,
            listing="unit",
            keterangan="Kode unit kerja dari lembar Unit Kerja.",
        ),
        kolom(
            "jabatan",
            "Jabatan Penanggung Jawab",
            jenis=Jenis.KODE,
            panjang=64,
            lebar=18,
            listing="jabatan",
            keterangan="Kode jabatan perangkat daerah ini (halaman Kaskade).",
        ),
    ),
)
NAMA = REKOMENDASI.nama


def _opd(s: Lingkup) -> m.PerangkatDaerah | None:
    return s.opd if s.opd is not None and s.opd.pk is not None else None


def _rekomendasi_db(s: Lingkup) -> list[m.Rekomendasi]:
    opd = _opd(s)
    if opd is None:
        return []
    return list(
        opd.rekomendasi.filter(tahun_evaluasi__lt=s.tahun)
        .select_related("unit", "jabatan_penanggung_jawab__jabatan")
        .order_by("urutan", "id")
    )


def _kode_jabatan(r: m.Rekomendasi) -> str | None:
    """Return the code of a recommendation's responsible position, if it has one."""
    try:
        return r.jabatan_penanggung_jawab.jabatan.kode
    except ObjectDoesNotExist:
        return None


def jabatan_opd(s: Lingkup) -> dict[str, Jabatan]:
    """Return the OPD's positions by code, in the cascade's order: what a row may name."""
    opd = _opd(s)
    if opd is None:
        return {}
    return {j.kode: j for j in Jabatan.objects.filter(opd=opd).order_by("urutan", "kode")}


def _export(s: Lingkup) -> list[Baris]:
    return [
        {
            "tahun_evaluasi": r.tahun_evaluasi,
            "komponen": r.komponen,
            "uraian": r.uraian,
            "tindak_lanjut": r.tindak_lanjut,
            "rencana_aksi": [a.uraian for a in r.rencana_aksi.order_by("urutan", "id")],
            "status": r.status,
            "tenggat": r.tenggat,
            "unit": r.unit.kode if r.unit is not None else None,
            "jabatan": _kode_jabatan(r),
        }
        for r in _rekomendasi_db(s)
    ]


def _ada_kolom(rek: Sequence[Rekaman], key: str) -> bool:
    """Return whether the sheet has the column (a workbook made before it existed has not)."""
    return bool(rek) and key in rek[0].cell


def _rekomendasi(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    key = berposisi(r.get("tahun_evaluasi") for r in rek)
    unit = s.dari("unit")
    ada_tenggat, ada_unit = _ada_kolom(rek, "tenggat"), _ada_kolom(rek, "unit")
    result = []
    for k, r in zip(key, rek, strict=True):
        nilai: dict[str, Any] = {
            "opd_id": s.opd.pk if s.opd else None,
            "tahun_evaluasi": r.get("tahun_evaluasi"),
            "komponen": r.get("komponen"),
            "uraian": r.get("uraian"),
            "tindak_lanjut": r.get("tindak_lanjut"),
            "status": r.get("status"),
        }
        if ada_tenggat:
            nilai["tenggat"] = r.get("tenggat")
        if ada_unit:
            kode = r.get("unit")
            # An unknown code is refused before saving (cek.rujukan_tidak_ada).
            nilai["unit_id"] = unit[kode].pk if kode in unit else None
        result.append(Diinginkan(k, nilai, r.baris))
    return result


def _jabatan_db(s: Lingkup, rek: Sequence[Rekaman]) -> dict[Hashable, Any]:
    if not _ada_kolom(rek, "jabatan"):
        return {}
    key = {r.pk: k for k, r in s.dari("rekomendasi").items()}
    return {
        key[j.rekomendasi_id]: j
        for j in JabatanRekomendasi.objects.filter(rekomendasi_id__in=list(key))
    }


def _jabatan(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    if not _ada_kolom(rek, "jabatan"):
        return []
    rekomendasi = s.dari("rekomendasi")
    jabatan = jabatan_opd(s)
    key = berposisi(r.get("tahun_evaluasi") for r in rek)
    return [
        Diinginkan(
            k,
            # The position first: a refusal of the row points at its cell.
            {"jabatan_id": jabatan[r.get("jabatan")].pk, "rekomendasi_id": rekomendasi[k].pk},
            r.baris,
        )
        for k, r in zip(key, rek, strict=True)
        # An unknown code is refused before saving (cek.jabatan_tidak_dikenal).
        if r.get("jabatan") in jabatan
    ]


def _rencana_aksi(rek: Sequence[Rekaman], s: Lingkup) -> list[Diinginkan]:
    key = berposisi(r.get("tahun_evaluasi") for r in rek)
    rekomendasi = s.dari("rekomendasi")
    return [
        Diinginkan(
            (k, Ke(n)),
            {"rekomendasi_id": rekomendasi[k].pk, "uraian": teks},
            r.baris,
        )
        for k, r in zip(key, rek, strict=True)
        for n, teks in enumerate(r.get("rencana_aksi") or [])
    ]


def _rencana_aksi_db(s: Lingkup) -> dict[Any, Any]:
    rekomendasi = {r.pk: k for k, r in s.dari("rekomendasi").items()}
    objs = m.RencanaAksi.objects.filter(rekomendasi_id__in=list(rekomendasi)).order_by(
        "urutan", "id"
    )
    return {
        (rekomendasi[o.rekomendasi_id], n): o
        for o, (_, n) in zip(objs, berposisi(o.rekomendasi_id for o in objs), strict=True)
    }


LEMBAR = (Lembar(REKOMENDASI, _export),)
LANGKAH = (
    Langkah(
        "rekomendasi",
        NAMA,
        m.Rekomendasi,
        ada=lambda s, rek: _rekomendasi_db(s),
        key=None,
        posisi=lambda o: o.tahun_evaluasi,
        diinginkan=_rekomendasi,
        delete=True,
    ),
    Langkah(
        "rencana_aksi",
        NAMA,
        m.RencanaAksi,
        ada=lambda s, rek: _rencana_aksi_db(s),
        key=None,
        diinginkan=_rencana_aksi,
        delete=True,
        order_group=grup_pertama,
    ),
)
LANGKAH_JABATAN = (
    Langkah(
        "jabatan_rekomendasi",
        NAMA,
        JabatanRekomendasi,
        ada=_jabatan_db,
        key=None,
        diinginkan=_jabatan,
        delete=True,
    ),
)
"""The responsible positions: after the `Jabatan` sheet's steps, which may add the position."""
