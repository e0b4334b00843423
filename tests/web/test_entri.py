"""The quarterly entry form: Indonesian numbers, messages next to the field, what is stored."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.test import Client

from sakip.alur.models import Periode
from sakip.kinerja import models as m
from sakip.riwayat.recorder import riwayat

from .conftest import KANAAN, OPD, TAHUN, baris, isian_awal, url_entri

LINE = "7.01.02.2.02.0003"  # Kanaan: Peningkatan Efektifitas Pelaksanaan Pelayanan


def test_it_stores_a_yearly_realisation_typed_the_indonesian_way(
    login: Callable[[str], Client],
) -> None:
    b = baris(KANAAN, LINE)
    data = isian_awal(KANAAN)
    data[f"a{b.id}_tahun"] = "785.000.000,50"
    r = login("op-kanaan").post(url_entri(KANAAN), data)
    assert r.status_code == 302
    nilai = m.RealisasiAnggaran.objects.get(baris=b, periode="tahun").nilai
    assert nilai == Decimal("785000000.50")


def test_it_records_the_change_with_the_person_and_reason(login: Callable[[str], Client]) -> None:
    b = baris(KANAAN, LINE)
    data = isian_awal(KANAAN)
    data[f"f{b.id}"] = "97,5"
    login("op-kanaan").post(url_entri(KANAAN), data)
    fisik = m.RealisasiFisik.objects.get(baris=b, triwulan=4)
    change = riwayat(fisik).get()
    assert change.pengguna.username == "op-kanaan"
    assert change.alasan == "Isian triwulan 4 2022"
    assert change.selisih() == [("persen", "100.0000", "97.5")]


def test_it_shows_an_indonesian_message_next_to_a_malformed_number(
    login: Callable[[str], Client],
) -> None:
    b = baris(KANAAN, LINE)
    data = isian_awal(KANAAN)
    data[f"a{b.id}_tahun"] = "785.00.000"
    r = login("op-kanaan").post(url_entri(KANAAN), data)
    assert r.status_code == 200
    assert "Tulis angka dalam format Indonesia, misalnya 1.234.567,89." in r.content.decode()
    assert m.RealisasiAnggaran.objects.get(baris=b, periode="tahun").nilai == Decimal(
        "783211912.00"
    )


def test_it_rejects_a_realisation_above_the_pagu(login: Callable[[str], Client]) -> None:
    b = baris(KANAAN, LINE)
    data = isian_awal(KANAAN)
    data[f"a{b.id}_tahun"] = "800.000.000"
    r = login("op-kanaan").post(url_entri(KANAAN), data)
    assert "melebihi pagu (Rp 798.778.426,00)" in r.content.decode()


def test_it_rejects_a_physical_percentage_above_100(login: Callable[[str], Client]) -> None:
    b = baris(KANAAN, LINE)
    data = isian_awal(KANAAN)
    data[f"f{b.id}"] = "120"
    r = login("op-kanaan").post(url_entri(KANAAN), data)
    assert "Nilai tidak boleh lebih dari 100." in r.content.decode()


def test_it_records_monthly_realisation_for_a_new_line(login: Callable[[str], Client]) -> None:
    unit = m.UnitKerja.objects.get(kode=KANAAN)
    new = m.BarisAnggaran.objects.create(
        unit=unit,
        tahun=TAHUN,
        tahap="perubahan",
        sub_kegiatan="7.01.02.2.02.0001",
        kode_sumber="7.01.02.2.02.01",
        pagu=Decimal("1000000"),
    )
    data = isian_awal(KANAAN, tw=2)
    data[f"a{new.id}_4"] = "100.000"
    data[f"a{new.id}_6"] = "250.000,25"
    login("op-kanaan").post(url_entri(KANAAN, tw=2), data)
    assert dict(new.realisasi.values_list("periode", "nilai")) == {
        "4": Decimal("100000.00"),
        "6": Decimal("250000.25"),
    }


def test_it_names_the_months_entered_in_earlier_quarters(login: Callable[[str], Client]) -> None:
    unit = m.UnitKerja.objects.get(kode=KANAAN)
    new = m.BarisAnggaran.objects.create(
        unit=unit,
        tahun=TAHUN,
        tahap="perubahan",
        sub_kegiatan="7.01.02.2.02.0001",
        kode_sumber="7.01.02.2.02.01",
        pagu=Decimal("1000000"),
    )
    m.RealisasiAnggaran.objects.create(baris=new, periode="4", nilai=Decimal("100000"))
    page = login("op-kanaan").get(url_entri(KANAAN, tw=3)).content.decode()
    assert "Apr: Rp 100.000,00" in page
    assert "4: Rp 100.000,00" not in page


def test_it_stores_iku_realisation_and_not_available(login: Callable[[str], Client]) -> None:
    iku1 = m.Indikator.objects.get(kode="IKU1")
    iku3 = m.Indikator.objects.get(kode="IKU3")
    data = isian_awal(OPD, tw=3)
    data[f"i{iku1.id}"] = "86,5"
    data[f"i{iku3.id}"] = "n/a"
    login("perencana").post(url_entri(OPD, tw=3), data)
    assert m.Realisasi.objects.get(indikator=iku1, tahun=TAHUN, triwulan=3).nilai == Decimal("86.5")
    assert m.Realisasi.objects.get(indikator=iku3, tahun=TAHUN, triwulan=3).nilai is None


def test_an_untouched_form_changes_nothing(login: Callable[[str], Client]) -> None:
    from sakip.riwayat.models import Perubahan

    sebelum = Perubahan.objects.count()
    r = login("perencana").post(url_entri(OPD), isian_awal(OPD), follow=True)
    assert "Tidak ada angka yang berubah." in r.content.decode()
    assert Perubahan.objects.count() == sebelum


def test_it_keeps_the_operators_quarter_note(login: Callable[[str], Client]) -> None:
    data = isian_awal(KANAAN)
    data["catatan_operator"] = "Kegiatan Posyandu tertunda karena hujan."
    login("op-kanaan").post(url_entri(KANAAN), data)
    periode = Periode.objects.get(unit__kode=KANAAN, tahun=TAHUN, triwulan=4)
    assert periode.catatan_operator == "Kegiatan Posyandu tertunda karena hujan."


def test_the_form_shows_a_save_to_the_next_person_at_once(login: Callable[[str], Client]) -> None:
    b = baris(KANAAN, LINE)
    perencana = login("perencana")
    assert "783.211.912,00" in perencana.get(url_entri(KANAAN)).content.decode()
    data = isian_awal(KANAAN)
    data[f"a{b.id}_tahun"] = "780.000.000"
    login("op-kanaan").post(url_entri(KANAAN), data)
    page = perencana.get(url_entri(KANAAN)).content.decode()
    assert "783.211.912 → 780.000.000" in page  # the history, the Indonesian way


def test_each_person_gets_their_own_csrf_token(login: Callable[[str], Client]) -> None:
    import re

    pola = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    satu = login("op-kanaan")
    dua = login("perencana")
    token_satu = pola.findall(satu.get(url_entri(KANAAN)).content.decode())
    token_dua = pola.findall(dua.get(url_entri(KANAAN)).content.decode())
    assert token_satu and token_dua and "__sakip_csrf_token__" not in token_satu + token_dua
    assert token_satu[0] != token_dua[0]


def test_the_unit_enters_its_analysis_with_each_quarter(login: Callable[[str], Client]) -> None:
    iku1 = m.Indikator.objects.get(kode="IKU1")
    data = isian_awal(OPD, tw=2)
    data[f"n{iku1.id}_faktor_penghambat"] = "Petugas pelayanan belum lengkap"
    data[f"n{iku1.id}_solusi"] = "Penambahan petugas pelayanan"

    login("perencana").post(url_entri(OPD, tw=2), data)

    n = m.NarasiIndikator.objects.get(indikator=iku1, tahun=TAHUN, triwulan=2)
    assert (n.faktor_penghambat, n.solusi) == (
        "Petugas pelayanan belum lengkap",
        "Penambahan petugas pelayanan",
    )
    # The year's analysis (fourth quarter, printed by the LKjIP) is untouched.
    tahunan = m.NarasiIndikator.objects.get(indikator=iku1, tahun=TAHUN, triwulan=4)
    assert tahunan.faktor_penghambat.startswith("Terdapat unit kerja")
