"""The entry workbook's cascade sheets: each position's PK indicators and rencana aksi, period
by period, exported and read back through the same door as the web pages."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from django.contrib.auth import get_user_model

from sakip.alur.models import Peran
from sakip.impor.buku.susunan import create_buku
from sakip.impor.pipeline import impor_buku
from sakip.kaskade import models as k
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
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


def _perencana() -> Any:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_DINAS)
    user = get_user_model().objects.create_user("perencana-dinas")
    Peran.objects.create(user=user, jenis=Peran.PERENCANA, pemda=opd.pemda, opd=opd)
    return user


def test_the_sheets_hold_every_period_of_the_years_positions(dinas: Path) -> None:
    wb = _buku()
    aksi = _baris(wb["Rencana Aksi"])
    assert (
        len(aksi)
        == k.PeriodeRencanaAksi.objects.filter(rencana_aksi__jabatan__opd__kode=KODE_DINAS).count()
    )
    assert aksi[0] == {
        "Kode Jabatan": "kasubag-renkeu",
        "Kode Indikator": "2.15.01.2.01",
        "No Aksi": 1,
        "Rencana Aksi": "Penyusunan Renja dan RKA Dinas",
        "Penanggung Jawab": "Kepala Sub Bagian Perencanaan dan Keuangan",
        "Periode": "Maret",
        "Target": 1,
        "Realisasi": 1,
        "Catatan": None,
        "Keterangan Bukti": "Renja 2024 (sintetis)",
    }
    target = _baris(wb["Target Jabatan"])
    assert target[0]["Kode Jabatan"] == "kadis" and target[0]["Periode"] == "Setahun"
    # Every version of a position's PK: a holder change mid-year keeps both (Versi PK 1 and 2).
    assert [(r["Versi PK"], r["Kode Indikator"]) for r in target[:7]] == [
        *((1, f"IKU{n}") for n in range(1, 7)),
        (2, "IKU1"),
    ]
    assert (
        len(target)
        == 20
        == k.TargetIndikatorJabatan.objects.filter(
            indikator__pk_jabatan__jabatan__opd__kode=KODE_DINAS
        ).count()
    )


def test_a_month_entered_in_the_workbook_is_stored_through_the_door(dinas: Path) -> None:
    user = _perencana()
    wb = _buku()
    ws = wb["Rencana Aksi"]
    judul = [c.value for c in ws[1]]
    # The second action's February: realisation emptied (not entered, not 0), a note added;
    # and its December planned.
    ws.cell(4, judul.index("Realisasi") + 1).value = None
    ws.cell(4, judul.index("Catatan") + 1).value = "Menunggu data triwulan"
    ws.append(["kasubag-renkeu", "2.15.01.2.01", 2, None, None, "Desember", 1, None, None, None])
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=user, alasan="rencana aksi")
    assert result.berhasil, [str(g) for g in result.error]
    assert (result.jumlah("tambah"), result.jumlah("ubah"), result.jumlah("hapus")) == (1, 1, 0)
    aksi = k.RencanaAksiKinerja.objects.get(uraian__startswith="Penyusunan LKjIP")
    februari = aksi.periode.get(periode="2")
    assert (februari.realisasi, februari.catatan) == (None, "Menunggu data triwulan")
    assert aksi.periode.get(periode="12").target == Decimal(1)
    change = Perubahan.objects.get(aksi="ubah", model="kaskade.PeriodeRencanaAksi")
    assert change.pengguna == user and change.alasan == "rencana aksi"
    # Imported again: nothing changes; a period left out of the sheet stays.
    ws.delete_rows(ws.max_row)
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=user)
    assert result.berhasil and not result.berubah
    assert aksi.periode.filter(periode="12").exists()


def test_a_verified_month_is_refused_at_its_row_as_on_the_page(dinas: Path) -> None:
    from django.test import Client  # noqa: F401 - the door is the same for both

    aksi = k.RencanaAksiKinerja.objects.get(uraian__startswith="Penyusunan LKjIP")
    februari = aksi.periode.get(periode="2")
    holder = get_user_model().objects.create_user("kasubag")
    k.PenggunaJabatan.objects.create(user=holder, jabatan=aksi.jabatan)
    februari.status = k.StatusIsian.DIVERIFIKASI
    februari.save()
    wb = _buku()
    ws = wb["Rencana Aksi"]
    judul = [c.value for c in ws[1]]
    ws.cell(4, judul.index("Realisasi") + 1).value = 0
    result = impor_buku(_isi(wb), "buku.xlsx", pengguna=holder)
    assert not result.berhasil
    assert any("sudah diverifikasi atasan" in str(g) for g in result.error), [
        str(g) for g in result.error
    ]
    februari.refresh_from_db()
    assert februari.realisasi == Decimal(1)
