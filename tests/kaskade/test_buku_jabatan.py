"""The entry workbook's positions and PK sheets: the tree of positions, their holders, each
position's PK versions, indicators and actions, exported and read back through the same door."""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any

import openpyxl
from django.contrib.auth import get_user_model

from sakip.alur.models import DokumenTertanda, Peran
from sakip.impor.buku import pilihan
from sakip.impor.buku.susunan import create_buku
from sakip.impor.pipeline import impor_buku
from sakip.kaskade import models as k
from sakip.kaskade import rujukan
from sakip.kinerja import models as m
from tests.conftest import KODE_DINAS


def _buku() -> openpyxl.Workbook:
    out = io.BytesIO()
    create_buku(m.PerangkatDaerah.objects.get(kode=KODE_DINAS), 2023).save(out)
    return openpyxl.load_workbook(io.BytesIO(out.getvalue()))


def _isi(wb: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _baris(ws: Any) -> list[dict[str, Any]]:
    judul = [c.value for c in ws[1]]
    return [dict(zip(judul, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]


def _cell(ws: Any, judul: str, **find: object) -> Any:
    kepala = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if all(ws.cell(r, kepala.index(j) + 1).value == v for j, v in find.items()):
            return ws.cell(r, kepala.index(judul) + 1)
    raise AssertionError(find)


def _pengguna(jenis: str) -> Any:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_DINAS)
    user = get_user_model().objects.create_user(f"{jenis}-dinas")
    if jenis == Peran.ADMIN:
        Peran.objects.create(user=user, jenis=jenis, pemda=opd.pemda)
    else:
        Peran.objects.create(user=user, jenis=jenis, pemda=opd.pemda, opd=opd)
    return user


def test_the_choices_are_the_models(db: None) -> None:
    assert [c for c, _ in pilihan.TINGKAT] == [c for c, _ in k.Jabatan.TINGKAT]
    assert [c for c, _ in pilihan.STATUS_PEMEGANG] == [c for c, _ in k.PemegangJabatan.STATUS]
    assert [c for c, _ in pilihan.JENIS_KASKADE] == [c for c, _ in k.IndikatorPKJabatan.JENIS]


def test_the_sheets_hold_the_positions_holders_and_pks(dinas: Path) -> None:
    wb = _buku()
    jabatan = _baris(wb["Jabatan"])
    assert len(jabatan) == k.Jabatan.objects.filter(opd__kode=KODE_DINAS).count()
    assert jabatan[0] == {
        "Kode Jabatan": "kadis",
        "Nama Jabatan": "Kepala Dinas Perhubungan Kabupaten Contoh",
        "Tingkat": "JPT (eselon II)",
        "Kode Jabatan Atasan": None,
        "Kode Unit": None,
    }
    plt = _cell(wb["Pemegang Jabatan"], "Mulai", Status="Pelaksana Tugas (Plt)")
    # A date as elsewhere in the workbook: a date cell shown in Indonesian (15 Juni 2023).
    assert plt.value.date() == datetime.date(2023, 6, 15)
    assert plt.number_format == "[$-421]d mmmm yyyy"
    pk = _baris(wb["PK Jabatan"])
    assert [(r["Versi"], r["Pihak Pertama"]) for r in pk if r["Kode Jabatan"] == "kadis"] == [
        (1, "Ir. HARTONO CONTOH, M.T."),
        (2, "RINA CONTOH, S.T., M.Si."),
    ]
    indikator = _baris(wb["Indikator PK Jabatan"])
    rambu = next(r for r in indikator if r["Kode Jabatan"] == "pengelola-rambu")
    assert (
        rambu["Tingkat Kaskade"],
        rambu["Jabatan Indikator Atasan"],
        rambu["Versi Indikator Atasan"],
        rambu["Kode Indikator Atasan"],
    ) == ("Sub kegiatan", "kasi-perlengkapan", 1, "2.15.02.2.02")
    aksi = _baris(wb["Daftar Rencana Aksi"])
    assert len(aksi) == k.RencanaAksiKinerja.objects.filter(jabatan__opd__kode=KODE_DINAS).count()
    # Closed vocabularies are drop-down lists.
    rumus = {str(v.sqref): v.formula1 for v in wb["Jabatan"].data_validations.dataValidation}
    assert any(sqref.startswith("C2") for sqref in rumus), rumus


def test_a_new_position_its_holder_pk_and_action_are_stored_through_the_door(
    dinas: Path,
) -> None:
    admin = _pengguna(Peran.ADMIN)
    wb = _buku()
    wb["Jabatan"].append(["staf-renkeu", "Analis Perencanaan", "Pelaksana", "kasubag-renkeu"])
    wb["Pemegang Jabatan"].append(
        ["staf-renkeu", "SITI CONTOH", "199001012015032001", "Definitif", datetime.date(2023, 1, 2)]
    )
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=admin, alasan="jabatan baru")
    assert result.berhasil, [str(g) for g in result.error]
    staf = k.Jabatan.objects.get(kode="staf-renkeu")
    assert (staf.tingkat, staf.induk.kode) == ("pelaksana", "kasubag-renkeu")
    assert staf.pemegang.get().mulai == datetime.date(2023, 1, 2)

    perencana = _pengguna(Peran.PERENCANA)
    wb = _buku()
    wb["PK Jabatan"].append(
        ["staf-renkeu", 1, datetime.date(2023, 1, 9), None, "SITI CONTOH", None]
    )
    wb["Indikator PK Jabatan"].append(
        [
            "staf-renkeu",
            1,
            "2.15.01.2.01.0001",
            "Sub kegiatan",
            None,
            "Jumlah dokumen perencanaan",
            "Dokumen",
            "Naik",
            "kasubag-renkeu",
            None,
            "2.15.01.2.01",
        ]
    )
    wb["Daftar Rencana Aksi"].append(
        ["staf-renkeu", "2.15.01.2.01.0001", 1, "Menyusun Renja", "staf-renkeu", 100, "Dokumen"]
    )
    wb["Rencana Aksi"].append(
        ["staf-renkeu", "2.15.01.2.01.0001", 1, None, None, "Maret", 1, None, None, None]
    )
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=perencana)
    assert result.berhasil, [str(g) for g in result.error]
    pk = k.PerjanjianKinerjaJabatan.objects.get(jabatan=staf)
    assert pk.pihak_pertama.nama == "SITI CONTOH" and pk.pihak_kedua is None
    ind = pk.indikator.get()
    assert ind.induk.pk_jabatan.jabatan.kode == "kasubag-renkeu"
    aksi = ind.rencana_aksi.get()
    assert aksi.periode.get().periode == "3"
    # The workbook made now imports again without a change.
    result = impor_buku(_isi(_buku()), "buku.xlsx", pengguna=perencana)
    assert result.berhasil and not result.berubah


def test_it_refuses_a_position_changed_by_the_perencana_at_its_cell(dinas: Path) -> None:
    perencana = _pengguna(Peran.PERENCANA)
    wb = _buku()
    cell = _cell(wb["Jabatan"], "Nama Jabatan", **{"Kode Jabatan": "sekretaris"})
    cell.value = "Sekretaris Dinas (baru)"
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=perencana)
    assert not result.berhasil
    error = next(g for g in result.error if g.tempat.lembar == "Jabatan")
    assert (error.tempat.baris, error.tempat.kolom) == (cell.row, cell.column_letter)
    assert k.Jabatan.objects.get(kode="sekretaris").nama != "Sekretaris Dinas (baru)"


def test_it_refuses_a_party_who_holds_no_such_position_and_a_loop(dinas: Path) -> None:
    wb = _buku()
    cell = _cell(wb["PK Jabatan"], "Pihak Kedua", **{"Kode Jabatan": "sekretaris"})
    cell.value = "ORANG LAIN"
    atasan = _cell(wb["Jabatan"], "Kode Jabatan Atasan", **{"Kode Jabatan": "kadis"})
    atasan.value = "kasubag-renkeu"  # under its own subordinate: kadis → sekretaris → kadis
    result = impor_buku(_isi(wb), "buku.xlsx", save=False)
    pesan = {(g.tempat.lembar, g.tempat.baris, g.tempat.kolom): str(g) for g in result.error}
    assert "pemegang jabatan kadis" in pesan[("PK Jabatan", cell.row, cell.column_letter)]
    assert (
        "kadis → kasubag-renkeu → sekretaris → kadis"
        in pesan[("Jabatan", atasan.row, atasan.column_letter)]
    )


def _delete_baris(ws: Any, **find: object) -> None:
    """Delete every row of a sheet whose cells hold these values."""
    kepala = [c.value for c in ws[1]]
    for r in range(ws.max_row, 1, -1):
        if all(ws.cell(r, kepala.index(j) + 1).value == v for j, v in find.items()):
            ws.delete_rows(r)


def _total() -> dict[str, int]:
    return {
        "jabatan": k.Jabatan.objects.count(),
        "pemegang": k.PemegangJabatan.objects.count(),
        "pk": k.PerjanjianKinerjaJabatan.objects.count(),
        "indikator": k.IndikatorPKJabatan.objects.count(),
        "aksi": k.RencanaAksiKinerja.objects.count(),
        "periode_aksi": k.PeriodeRencanaAksi.objects.count(),
    }


def _aksi_pertama() -> tuple[tuple[str, str, int], k.RencanaAksiKinerja]:
    """Return the year's first action with its name (position, indicator, number)."""
    aksi = rujukan.aksi_bernomor(m.PerangkatDaerah.objects.get(kode=KODE_DINAS), 2023)
    return next(iter(aksi.items()))


def _delete_first_aksi(wb: openpyxl.Workbook) -> None:
    """Remove the first action from the workbook: its row and its period rows."""
    nomor, _ = _aksi_pertama()
    kode = dict(zip(("Kode Jabatan", "Kode Indikator", "No Aksi"), nomor, strict=True))
    _delete_baris(wb["Daftar Rencana Aksi"], **kode)
    _delete_baris(wb["Rencana Aksi"], **kode)


def test_rows_removed_from_the_cascade_sheets_are_deleted(dinas: Path) -> None:
    admin = _pengguna(Peran.ADMIN)
    opd = m.PerangkatDaerah.objects.get(kode=KODE_DINAS)
    # The positions are the Admin Pemda's, the PKs and actions the perencana's: one person both.
    Peran.objects.create(user=admin, jenis=Peran.PERENCANA, pemda=opd.pemda, opd=opd)
    wb = _buku()
    wb["Jabatan"].append(["staf-renkeu", "Analis Perencanaan", "Pelaksana", "kasubag-renkeu"])
    wb["Pemegang Jabatan"].append(
        ["staf-renkeu", "SITI CONTOH", None, "Definitif", datetime.date(2023, 1, 2)]
    )
    assert impor_buku(_isi(wb), "buku.xlsx", pengguna=admin).berhasil
    sebelum = _total()
    (jabatan, _, no), pertama = _aksi_pertama()
    periode = pertama.periode.count()
    assert (jabatan, no, periode) == ("kasubag-renkeu", 1, 2)

    wb = _buku()
    # The first action (its list row and its period rows), the new position and its holder
    # are removed from their sheets.
    _delete_first_aksi(wb)
    _delete_baris(wb["Jabatan"], **{"Kode Jabatan": "staf-renkeu"})
    _delete_baris(wb["Pemegang Jabatan"], **{"Kode Jabatan": "staf-renkeu"})
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=admin, alasan="dirapikan")
    assert result.berhasil, [str(g) for g in result.error]
    assert result.jumlah("hapus") == 3 and result.jumlah("tambah") == 0
    assert not k.RencanaAksiKinerja.objects.filter(pk=pertama.pk).exists()
    assert not k.Jabatan.objects.filter(kode="staf-renkeu").exists()
    assert _total() == sebelum | {
        "jabatan": sebelum["jabatan"] - 1,
        "pemegang": sebelum["pemegang"] - 1,
        "aksi": sebelum["aksi"] - 1,
        "periode_aksi": sebelum["periode_aksi"] - periode,
    }
    # A version with its indicators and actions goes as a whole: the head's first PK.
    wb = _buku()
    v1 = {"Kode Jabatan": "kadis", "Versi": 1}
    _delete_baris(wb["PK Jabatan"], **v1)
    _delete_baris(wb["Indikator PK Jabatan"], **v1)
    _delete_baris(wb["Target Jabatan"], **{"Kode Jabatan": "kadis", "Versi PK": 1})
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=admin)
    assert result.berhasil, [str(g) for g in result.error]
    assert list(
        k.PerjanjianKinerjaJabatan.objects.filter(jabatan__kode="kadis").values_list(
            "versi", flat=True
        )
    ) == [2]


def test_a_removed_row_still_named_or_signed_refuses_the_whole_import(dinas: Path) -> None:
    admin = get_user_model().objects.create_superuser("super")
    sebelum = _total()
    wb = _buku()
    # Hartono signed the head's first PK: his term cannot go while that PK names him.
    _delete_baris(wb["Pemegang Jabatan"], Nama="Ir. HARTONO CONTOH, M.T.")
    _delete_first_aksi(wb)
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=admin)
    assert not result.berhasil
    pesan = [str(g) for g in result.error if g.tempat.lembar == "Pemegang Jabatan"]
    assert len(pesan) == 1 and "masih dipakai oleh" in pesan[0], pesan
    assert "Ir. HARTONO CONTOH, M.T." in pesan[0]
    assert _total() == sebelum

    DokumenTertanda.objects.create(
        opd=m.PerangkatDaerah.objects.get(kode=KODE_DINAS),
        tahun=2023,
        jenis="lkjip",
        format="html",
        isi=b"<p>LKjIP</p>",
        oleh=admin,
    )
    wb = _buku()
    _delete_first_aksi(wb)
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=admin)
    assert not result.berhasil
    pesan = [str(g) for g in result.error]
    assert all(p.startswith('Lembar "Daftar Rencana Aksi"') for p in pesan), pesan
    assert "LKjIP tahun 2023 sudah ditandatangani" in pesan[0], pesan
    assert _total() == sebelum


def test_holders_are_matched_by_position_and_start_not_by_order(dinas: Path) -> None:
    admin = _pengguna(Peran.ADMIN)
    id_sebelum = dict(
        k.PemegangJabatan.objects.values_list("nama", "pk").filter(jabatan__kode="kadis")
    )
    wb = _buku()
    ws = wb["Pemegang Jabatan"]
    baris = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    ws.delete_rows(2, ws.max_row)
    for r in reversed(baris):
        ws.append(r)
    # Reordered, nothing changes.
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=admin, save=False)
    assert result.berhasil and not result.berubah, result.total

    _cell(
        ws, "Selesai", Nama="DEWI CONTOH, S.E., M.M.", Status="Pelaksana Tugas (Plt)"
    ).value = datetime.date(2023, 7, 11)
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=admin)
    assert result.berhasil, [str(g) for g in result.error]
    assert result.total == {"tambah": 0, "ubah": 1, "tetap": result.jumlah("tetap"), "hapus": 0}
    plt = k.PemegangJabatan.objects.get(jabatan__kode="kadis", status="plt")
    assert (plt.pk, plt.selesai) == (
        id_sebelum["DEWI CONTOH, S.E., M.M."],
        datetime.date(2023, 7, 11),
    )
    assert (
        dict(k.PemegangJabatan.objects.values_list("nama", "pk").filter(jabatan__kode="kadis"))
        == id_sebelum
    )


def test_two_holders_of_one_position_may_not_share_a_start(dinas: Path) -> None:
    wb = _buku()
    wb["Pemegang Jabatan"].append(["kasi-angkutan", "A CONTOH", None, "Definitif", None])
    wb["Pemegang Jabatan"].append(["kasi-angkutan", "B CONTOH", None, "Plt", None])
    result = impor_buku(_isi(wb), "buku.xlsx", save=False)
    (error,) = result.error
    assert error.kode == "baris-ganda" and error.tempat.lembar == "Pemegang Jabatan"
