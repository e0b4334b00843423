"""Two people editing the same record: the second save is refused, never a silent overwrite."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.test import Client

from sakip.kinerja import models as m

from .conftest import KANAAN, baris, isian_awal, url_entri, url_opd

LINE = "7.01.02.2.02.0003"


def test_it_refuses_the_second_of_two_saves_of_the_same_figure(
    login: Callable[[str], Client],
) -> None:
    b = baris(KANAAN, LINE)
    form_operator = isian_awal(KANAAN)
    form_perencana = isian_awal(KANAAN)
    form_operator[f"a{b.id}_tahun"] = "780.000.000"
    assert login("op-kanaan").post(url_entri(KANAAN), form_operator).status_code == 302
    form_perencana[f"a{b.id}_tahun"] = "781.000.000"
    r = login("perencana").post(url_entri(KANAAN), form_perencana)
    assert r.status_code == 200
    assert "telah diubah oleh op-kanaan setelah Anda membuka formulir ini" in r.content.decode()
    assert m.RealisasiAnggaran.objects.get(baris=b, periode="tahun").nilai == Decimal("780000000")


def test_a_stale_form_never_undoes_anothers_change(login: Callable[[str], Client]) -> None:
    b = baris(KANAAN, LINE)
    basi = isian_awal(KANAAN)
    segar = isian_awal(KANAAN)
    segar[f"f{b.id}"] = "90"
    login("op-kanaan").post(url_entri(KANAAN), segar)
    r = login("perencana").post(url_entri(KANAAN), basi, follow=True)
    assert "Tidak ada angka yang berubah." in r.content.decode()
    assert m.RealisasiFisik.objects.get(baris=b, triwulan=4).persen == Decimal("90")


def test_it_accepts_two_people_changing_different_figures(
    login: Callable[[str], Client],
) -> None:
    b = baris(KANAAN, LINE)
    lain = baris(KANAAN, "7.01.03.2.02.0001")
    satu = isian_awal(KANAAN)
    dua = isian_awal(KANAAN)
    satu[f"f{b.id}"] = "90"
    dua[f"f{lain.id}"] = "80"
    assert login("op-kanaan").post(url_entri(KANAAN), satu).status_code == 302
    assert login("perencana").post(url_entri(KANAAN), dua).status_code == 302
    assert m.RealisasiFisik.objects.get(baris=lain, triwulan=4).persen == Decimal("80")


def test_it_refuses_a_stale_edit_of_a_single_record(login: Callable[[str], Client]) -> None:
    from sakip.riwayat.recorder import token

    iku = m.Indikator.objects.get(kode="IKU1")
    url = url_opd(f"data/indikator/{iku.pk}/")
    dibuka = token(iku)
    data = {
        "sasaran": iku.sasaran_id,
        "kode": "IKU1",
        "nama": iku.nama,
        "satuan": "Indeks",
        "polaritas": "naik",
        "agregasi": "terakhir",
        "jenis": "langsung",
        "periode_ukur": "triwulan",
        "pengali": "100",
        "baseline_nilai": "86,91",
        "target_akhir": "87,4",
        "urutan": "0",
        "token": str(dibuka),
    }
    assert login("perencana").post(url, data).status_code == 302
    data["satuan"] = "Nilai IKM"
    r = login("perencana").post(url, data)
    assert r.status_code == 200
    assert "telah diubah oleh perencana setelah Anda membukanya" in r.content.decode()
    iku.refresh_from_db()
    assert iku.satuan == "Indeks"
