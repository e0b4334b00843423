"""The entry workbook as a whole: its sheets in tab order, the import steps in dependency order,
the references between sheets and the rules of its year."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from openpyxl import Workbook

from sakip.core import codes
from sakip.impor.data import DataImpor, RowLimit, Rujukan, YearLimit
from sakip.impor.selaras import Penyelaras
from sakip.kinerja import models as m
from sakip.riwayat.recorder import versi_sekarang
from sakip.spreadsheet import pesan, write
from sakip.spreadsheet.errors import Error, Tempat
from sakip.spreadsheet.lembar import Rekaman, read_sheet
from sakip.spreadsheet.read import LembarMentah

from . import (
    anggaran,
    jabatan,
    kaskade,
    lke,
    organisasi,
    pengukuran,
    perencanaan,
    perjanjian,
    petunjuk,
    pk_jabatan,
    profil,
    rekomendasi,
)
from .dasar import Langkah, Lembar
from .lingkup import Lingkup, lingkup_db, renstra_berlaku, rpjmd_berlaku, versi_berlaku

LEMBAR: tuple[Lembar, ...] = (
    *organisasi.LEMBAR_OPD,
    *perencanaan.LEMBAR_RENSTRA,
    *perjanjian.LEMBAR_PK,
    *pengukuran.LEMBAR,
    *anggaran.LEMBAR,
    *profil.LEMBAR,
    *lke.LEMBAR,
    *kaskade.LEMBAR,
    *jabatan.LEMBAR,
    *pk_jabatan.LEMBAR,
    *organisasi.LEMBAR_PEMDA,
    *organisasi.LEMBAR_NOMENKLATUR,
)
"""Sheets in tab order: what an office fills most often first."""

LANGKAH: tuple[Langkah[Any], ...] = (
    *organisasi.LANGKAH,
    *perencanaan.LANGKAH_RENSTRA,
    *pengukuran.LANGKAH,
    *perjanjian.LANGKAH_PK,
    *anggaran.LANGKAH,
    *profil.LANGKAH,
    *lke.LANGKAH,
    *jabatan.LANGKAH,
    *rekomendasi.LANGKAH_JABATAN,
    *pk_jabatan.LANGKAH,
    *kaskade.LANGKAH,
    *pk_jabatan.DELETIONS,
    *jabatan.DELETIONS,
)
"""Import steps in dependency order: a row is stored after the rows it refers to."""

SPEC = {lembar.spec.nama: lembar.spec for lembar in LEMBAR}
OPSIONAL = lke.OPSIONAL | kaskade.OPSIONAL | jabatan.OPSIONAL | pk_jabatan.OPSIONAL
"""Sheets a workbook may lack (one made before they existed): their data stays."""

_IKU = ("IKU", ("kode",))
_SASARAN = ("Sasaran Strategis", ("kode",))
_ANGGARAN = ("Anggaran", ("unit", "tahap", "sub_kegiatan"))
_UNIT = ("Unit Kerja", ("kode",))
_JABATAN = (jabatan.JABATAN, ("kode",))
_INDIKATOR_JABATAN = (pk_jabatan.INDIKATOR, ("jabatan", "indikator"))


def _r(
    lembar: str,
    kolom: tuple[str, ...],
    ke: tuple[str, tuple[str, ...]],
    apa: str,
    atau_db: str | None = None,
) -> Rujukan:
    return Rujukan(lembar, kolom, ke[0], ke[1], apa, atau_db)


RUJUKAN = (
    _r("Tujuan RPJMD", ("misi",), ("Misi RPJMD", ("kode",)), "kode misi"),
    _r("Sasaran RPJMD", ("tujuan",), ("Tujuan RPJMD", ("kode",)), "kode tujuan RPJMD"),
    _r("Sasaran Strategis", ("tujuan",), ("Tujuan Renstra", ("kode",)), "kode tujuan"),
    _r(
        "Sasaran Strategis",
        ("mendukung",),
        ("Sasaran RPJMD", ("kode",)),
        "kode sasaran RPJMD",
        atau_db="sasaran_pemda",
    ),
    _r("Strategi dan Kebijakan", ("sasaran",), _SASARAN, "kode sasaran"),
    _r("IKU", ("sasaran",), _SASARAN, "kode sasaran"),
    _r("Target Renstra", ("iku",), _IKU, "kode IKU"),
    _r("Kinerja Triwulan", ("iku",), _IKU, "kode IKU"),
    _r("Faktor dan Solusi", ("iku",), _IKU, "kode IKU"),
    _r("Target PK", ("versi",), ("Perjanjian Kinerja", ("versi",)), "versi Perjanjian Kinerja"),
    _r("Target PK", ("iku",), _IKU, "kode IKU"),
    _r("Program PK", ("versi",), ("Perjanjian Kinerja", ("versi",)), "versi Perjanjian Kinerja"),
    _r("Atribusi Program", ("sasaran",), _SASARAN, "kode sasaran"),
    _r("Anggaran", ("unit",), _UNIT, "kode unit kerja"),
    _r("Realisasi Anggaran", _ANGGARAN[1], _ANGGARAN, "unit, tahap dan sub kegiatan"),
    _r("Realisasi Fisik", _ANGGARAN[1], _ANGGARAN, "unit, tahap dan sub kegiatan"),
    _r("Indikator Keluaran", ("unit",), _UNIT, "kode unit kerja"),
    _r("Rekomendasi", ("unit",), _UNIT, "kode unit kerja"),
    _r("Komponen Evaluasi", ("tahun",), ("Evaluasi SAKIP", ("tahun",)), "tahun evaluasi"),
    _r("Unsur SKM", ("tahun",), ("SKM", ("tahun",)), "tahun SKM"),
    _r(jabatan.JABATAN, ("induk",), _JABATAN, "kode jabatan", atau_db="jabatan"),
    _r(jabatan.JABATAN, ("unit",), _UNIT, "kode unit kerja"),
    _r(jabatan.PEMEGANG, ("jabatan",), _JABATAN, "kode jabatan", atau_db="jabatan"),
    _r(pk_jabatan.PK, ("jabatan",), _JABATAN, "kode jabatan", atau_db="jabatan"),
    _r(
        pk_jabatan.INDIKATOR,
        ("jabatan", "versi"),
        (pk_jabatan.PK, ("jabatan", "versi")),
        "jabatan dan versi Perjanjian Kinerja",
        atau_db="pk_jabatan",
    ),
    _r(
        pk_jabatan.INDIKATOR,
        ("induk_jabatan", "induk_kode"),
        _INDIKATOR_JABATAN,
        "jabatan dan kode indikator atasan",
        atau_db="indikator_jabatan_tahun",
    ),
    _r(pk_jabatan.AKSI, ("penanggung_jawab",), _JABATAN, "kode jabatan", atau_db="jabatan"),
)


def _memuat(r: Rekaman, tahun: int) -> bool:
    awal, akhir = r.get("periode_awal"), r.get("periode_akhir")
    return awal is not None and akhir is not None and awal <= tahun <= akhir


def _sebelum(kolom: str) -> Any:
    return lambda r, tahun: r.get(kolom) < tahun


def _sampai(kolom: str) -> Any:
    return lambda r, tahun: r.get(kolom) <= tahun


_PERIODE = "periode yang memuat tahun {tahun} (periode awal sampai periode akhir)"
YEAR_LIMIT = (
    YearLimit("RPJMD", "periode_awal", _memuat, _PERIODE),
    YearLimit("Renstra", "periode_awal", _memuat, _PERIODE),
    YearLimit(
        "Versi Nomenklatur",
        "berlaku_mulai",
        _sampai("berlaku_mulai"),
        "nomenklatur yang sudah berlaku pada tahun {tahun}",
    ),
    YearLimit("Evaluasi SAKIP", "tahun", _sebelum("tahun"), "tahun sebelum {tahun}"),
    YearLimit("Komponen Evaluasi", "tahun", _sebelum("tahun"), "tahun sebelum {tahun}"),
    YearLimit("Rekomendasi", "tahun_evaluasi", _sebelum("tahun_evaluasi"), "tahun sebelum {tahun}"),
    YearLimit("SKM", "tahun", _sampai("tahun"), "tahun {tahun} atau sebelumnya"),
    YearLimit("Unsur SKM", "tahun", _sampai("tahun"), "tahun {tahun} atau sebelumnya"),
)
ROW_LIMIT = (
    RowLimit("Pemda", 1, 1),
    RowLimit("Perangkat Daerah", 1, 1),
    RowLimit("RPJMD", 0, 1, ("Misi RPJMD",)),
    RowLimit("Renstra", 0, 1, ("Tujuan Renstra", "Sasaran Strategis")),
    RowLimit("Versi Nomenklatur", 0, 1, ("Nomenklatur",)),
)

_SATUAN_UMUM = ("%", "Nilai", "Indeks", "Dokumen", "Laporan", "Orang", "Unit", "Kegiatan", "Paket")


def create_buku(opd: m.PerangkatDaerah, tahun: int) -> Workbook:
    """Return the entry workbook of an OPD and year, filled with what the database holds."""
    s = lingkup_db(opd, tahun)
    wb = write.new_buku()
    petunjuk.write(wb, tahun, opd.kode, opd.nama, versi_sekarang())
    listing = _listing(s)
    for lembar in LEMBAR:
        write.write_sheet(wb, lembar.spec, lembar.export(s), listing)
    lke.validasi(wb, s)
    write.write_lists(wb, listing)
    wb.active = 0
    return wb


def _listing(s: Lingkup) -> dict[str, list[str]]:
    """Return the drop-down lists of the workbook."""
    listing: dict[str, list[str]] = {}
    for lembar in LEMBAR:
        listing.update(write.listing_pilihan(lembar.spec))
    sumber = {nama for nama, _ in _SOURCES.values()}
    export = {lembar.spec.nama: lembar.export(s) for lembar in LEMBAR if lembar.spec.nama in sumber}
    for nama, (sheet_name, kolom) in _SOURCES.items():
        listing[nama] = [str(r[kolom]) for r in export[sheet_name]]
    satuan = {r["satuan"] for r in export["IKU"]} | set(
        m.IndikatorKeluaran.objects.filter(unit__opd=s.opd).values_list("satuan", flat=True)
    )
    listing["satuan"] = sorted(satuan | set(_SATUAN_UMUM))
    listing.update(_kode_listing(s))
    listing["jabatan"] = list(rekomendasi.jabatan_opd(s))
    return listing


_SOURCES = {
    "unit": ("Unit Kerja", "kode"),
    "misi": ("Misi RPJMD", "kode"),
    "tujuan_pemda": ("Tujuan RPJMD", "kode"),
    "tujuan": ("Tujuan Renstra", "kode"),
    "sasaran": ("Sasaran Strategis", "kode"),
    "iku": ("IKU", "kode"),
    "versi_pk": ("Perjanjian Kinerja", "versi"),
    "jabatan": (jabatan.JABATAN, "kode"),
}
_MAX_LISTING = 5000


def _kode_listing(s: Lingkup) -> dict[str, list[str]]:
    """Return the program, sub kegiatan and output codes of the OPD's fields (bidang)."""
    if s.versi is None or s.opd is None:
        return {"program": [], "sub_kegiatan": [], "kode_keluaran": []}
    bidang = {".".join(s.opd.kode.split(".")[:2])}
    bidang.update(
        ".".join(k.split(".")[:2])
        for k in m.BarisAnggaran.objects.filter(unit__opd=s.opd).values_list(
            "sub_kegiatan", flat=True
        )
    )
    result: dict[str, list[str]] = {"program": [], "sub_kegiatan": [], "kode_keluaran": []}
    digit = s.versi.format_sub_kegiatan
    for kode in s.versi.item.order_by("urutan", "id").values_list("kode", flat=True):
        if ".".join(kode.split(".")[:2]) not in bidang:
            continue
        try:
            tingkat = codes.level(kode)
            show = codes.display(kode, digit)
        except codes.KodeTidakValid:
            continue
        if tingkat is codes.Level.PROGRAM:
            result["program"].append(show)
        if tingkat is codes.Level.SUB_KEGIATAN:
            result["sub_kegiatan"].append(show)
        if tingkat in (codes.Level.PROGRAM, codes.Level.KEGIATAN, codes.Level.SUB_KEGIATAN):
            result["kode_keluaran"].append(show)
    return {k: v[:_MAX_LISTING] for k, v in result.items()}


def read_buku(
    lembar: list[LembarMentah],
) -> tuple[DataImpor | None, list[Error]]:
    """Return the records of an entry workbook, or the errors that stop reading it."""
    per_nama = {x.nama: x for x in lembar}
    identitas, error = petunjuk.read(per_nama)
    if identitas is None:
        return None, error
    tahun, tempat_tahun, kode_opd, tempat_opd = identitas
    data = DataImpor(
        spec=dict(SPEC),
        lembar={},
        tahun=tahun,
        rujukan=RUJUKAN,
        year_limit=YEAR_LIMIT,
        row_limit=ROW_LIMIT,
        new_unit=("Unit Kerja",),
        nomenklatur_lembar="Nomenklatur",
        identitas={"opd": (kode_opd, tempat_opd), "tahun": (str(tahun), tempat_tahun)},
        versi=petunjuk.versi_data(per_nama),
    )
    struktur: list[Error] = []
    for nama, spec in SPEC.items():
        mentah = per_nama.get(nama)
        if mentah is None and nama in OPSIONAL:
            continue
        if mentah is None:
            struktur.append(
                pesan.LEMBAR_TIDAK_ADA.error(Tempat(nama), teks="tidak ada", lembar=nama)
            )
            continue
        if mentah.empty:
            # A sheet emptied down to nothing has lost its headers: refuse rather than delete.
            struktur.append(
                pesan.LEMBAR_KOSONG.error(
                    Tempat(nama, 1, "A"),
                    None,
                    kolom=", ".join(f'"{k.judul}"' for k in spec.kolom),
                )
            )
            continue
        result = read_sheet(mentah, spec)
        data.lembar[nama] = result.rekaman
        data.kolom_lain.extend(result.kolom_lain)
        error.extend(result.error)
    if struktur:
        return None, struktur + error
    _identitas(data)
    return data, error


def _identitas(data: DataImpor) -> None:
    for nama, key, kolom in (
        ("Perangkat Daerah", "opd_lembar", "kode"),
        ("Pemda", "pemda", "kode"),
        ("Versi Nomenklatur", "nomenklatur", "kode"),
    ):
        rekaman = data.lembar.get(nama, [])
        if rekaman and rekaman[0].get(kolom) is not None:
            data.identitas[key] = (rekaman[0].get(kolom), rekaman[0].tempat(kolom))


def save_buku(data: DataImpor, penyelaras: Penyelaras) -> Lingkup:
    """Store the workbook's rows step by step (inside the caller's transaction)."""
    assert data.tahun is not None
    tahun = data.tahun
    s = Lingkup(tahun=tahun)
    kode_opd = data.identitas["opd_lembar"][0]
    s.opd = m.PerangkatDaerah.objects.filter(kode=kode_opd).select_related("pemda").first()
    s.pemda = s.opd.pemda if s.opd else None
    s.rpjmd = rpjmd_berlaku(s.pemda, tahun)
    s.renstra = renstra_berlaku(s.opd, tahun)
    s.versi = versi_berlaku(tahun)
    for langkah in LANGKAH:
        if langkah.lembar in OPSIONAL and langkah.lembar not in data.lembar:
            continue
        rekaman = data.lembar.get(langkah.lembar, [])
        old = langkah.tersimpan(s, rekaman)
        new = langkah.diinginkan(rekaman, s)
        if langkah.delete_only:
            penyelaras.delete_rest(
                langkah.model, langkah.lembar, old, (d.key for d in new), uraian=describe_key
            )
            continue
        result = penyelaras.selaraskan(
            langkah.model,
            langkah.lembar,
            old,
            new,
            delete=langkah.delete,
            uraian=describe_key,
            order_group=langkah.order_group,
        )
        s.objek[langkah.nama] = result
        if langkah.setelah is not None:
            langkah.setelah(s, result)
    return s


def describe_key(key: Hashable) -> str:
    """Return a row's key as a preview shows it (7.01.0.00.0.00.30.0000 · murni · ...)."""
    bagian: list[str] = []

    def ratakan(x: object) -> None:
        if isinstance(x, tuple):
            for y in x:
                ratakan(y)
        else:
            bagian.append(str(x))

    ratakan(key)
    return " · ".join(bagian)
