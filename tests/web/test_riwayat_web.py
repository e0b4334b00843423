"""Every change is visible from the record's page: who, when, old → new, why."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client

from sakip.kinerja import models as m

from .conftest import KANAAN, url_opd


def test_the_record_page_shows_its_history(login: Callable[[str], Client]) -> None:
    iku = m.Indikator.objects.get(kode="IKU2")
    url = url_opd(f"data/indikator/{iku.pk}/")
    perencana = login("perencana")
    data = {
        "sasaran": iku.sasaran_id,
        "kode": "IKU2",
        "nama": iku.nama,
        "satuan": "persen",
        "polaritas": "naik",
        "agregasi": iku.agregasi,
        "jenis": "langsung",
        "periode_ukur": "triwulan",
        "pengali": "100",
        "target_akhir": "100",
        "urutan": "1",
        "token": "0",
        "alasan": "Penyeragaman satuan",
    }
    assert perencana.post(url, data).status_code == 302
    page = login("inspektorat").get(url).content.decode()
    assert "Penyeragaman satuan" in page
    assert "perencana" in page
    assert "<li>Satuan: % → persen</li>" in page


def test_it_accepts_an_indonesian_number_in_a_record_form(login: Callable[[str], Client]) -> None:
    r = login("perencana").post(
        url_opd("data/aset/baru/"),
        {"jenis": "Peralatan dan Mesin Baru", "nilai": "1.234.567,89", "urutan": "9"},
    )
    assert r.status_code == 302
    aset = m.Aset.objects.get(jenis="Peralatan dan Mesin Baru")
    assert str(aset.nilai) == "1234567.89"
    assert aset.tahun == 2022 and aset.opd.kode == "7.01.0.00.0.00.30.0000"


def test_it_shows_indonesian_messages_next_to_the_field(login: Callable[[str], Client]) -> None:
    r = login("perencana").post(url_opd("data/aset/baru/"), {"jenis": "", "nilai": "12,3,4"})
    page = r.content.decode()
    assert r.status_code == 200
    assert "Bidang ini tidak boleh kosong." in page
    assert "Tulis angka dalam format Indonesia" in page


def test_it_refuses_a_duplicate_key_with_a_message(login: Callable[[str], Client]) -> None:
    r = login("perencana").post(
        url_opd("data/aset/baru/"), {"jenis": "Tanah", "nilai": "1", "urutan": "0"}
    )
    assert r.status_code == 200
    assert "Data dengan kunci yang sama sudah ada" in r.content.decode()


def test_it_records_a_deletion_with_its_reason(login: Callable[[str], Client]) -> None:
    from sakip.riwayat.models import Perubahan

    aset = m.Aset.objects.filter(opd__kode="7.01.0.00.0.00.30.0000").first()
    assert aset is not None
    r = login("perencana").post(
        url_opd(f"data/aset/{aset.pk}/hapus/"), {"token": "0", "alasan": "Aset dihapusbukukan"}
    )
    assert r.status_code == 302
    delete = Perubahan.objects.get(aksi="hapus", objek_id=str(aset.pk), model="kinerja.Aset")
    assert delete.alasan == "Aset dihapusbukukan" and delete.pengguna.username == "perencana"


def test_a_budget_history_entry_names_the_line_the_unit_and_the_month(
    login: Callable[[str], Client],
) -> None:
    from sakip.riwayat.models import Perubahan

    b = m.BarisAnggaran.objects.get(unit__kode=KANAAN, tahun=2022, sub_kegiatan="7.01.02.2.02.0003")
    login("perencana").post(url_opd(f"anggaran/{b.pk}/cara/"), {"cara": "bulan"})
    objek = set(
        Perubahan.objects.filter(model="kinerja.RealisasiAnggaran").values_list("objek", flat=True)
    )
    assert "Realisasi anggaran 7.01.02.2.02.03 Kelurahan Kanaan, Desember 2022" in objek
