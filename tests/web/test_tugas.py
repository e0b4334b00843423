"""The "Tugas saya" page: what each role finds waiting after each workflow step."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sakip.alur.models import Periode
from sakip.kinerja import models as m

from .conftest import BELIMBING, KANAAN, OPD, PASSWORD, TAHUN, url_entri

TUGAS = "/tugas/"
AJUKAN = url_entri(KANAAN) + "ajukan/"
ALASAN = "Lampirkan SP2D bulan Desember.\nRealisasi sub kegiatan 0003 belum sesuai kuitansi."


def _kelompok(client: Client, judul: str) -> tuple[int, str]:
    """Return the count shown for a group of tasks and the group's text."""
    html = client.get(TUGAS).content.decode()
    cocok = re.search(
        rf"<h3>{re.escape(judul)} <span class=\"jumlah\" data-jumlah=\"(\d+)\">"
        r".*?(?=<h3>|</section>)",
        html,
        re.S,
    )
    assert cocok, judul
    return int(cocok.group(1)), cocok.group(0)


def test_every_login_lands_on_the_task_list(personas: None) -> None:
    r = Client().post("/masuk/", {"username": "op-kanaan", "password": PASSWORD})
    assert r.status_code == 302 and r.headers["Location"] == TUGAS


def test_the_default_year_is_the_latest_holding_data_not_the_calendar_year(
    login: Callable[[str], Client],
) -> None:
    html = login("camat").get(TUGAS).content.decode()
    assert f"<h1>Tugas saya · {TAHUN}</h1>" in html


def test_an_operator_sees_its_quarters_to_fill_and_the_reason_of_a_return_in_full(
    login: Callable[[str], Client],
) -> None:
    operator = login("op-kanaan")
    jumlah, teks = _kelompok(operator, "Belum diajukan")
    assert jumlah == 4 and "Kelurahan Kanaan" in teks and "Belimbing" not in teks
    operator.post(AJUKAN)
    assert _kelompok(operator, "Belum diajukan")[0] == 3
    login("perencana").post(url_entri(KANAAN) + "kembalikan/", {"catatan": ALASAN})
    jumlah, teks = _kelompok(operator, "Dikembalikan untuk diperbaiki")
    assert jumlah == 1
    assert "Lampirkan SP2D bulan Desember.<br>Realisasi sub kegiatan 0003 belum sesuai" in teks
    assert f'href="{url_entri(KANAAN)}"' in teks
    assert _kelompok(operator, "Belum diajukan")[0] == 3


def test_the_perencana_then_the_kepala_find_the_submission_waiting(
    login: Callable[[str], Client],
) -> None:
    perencana, camat = login("perencana"), login("camat")
    assert _kelompok(perencana, "Menunggu verifikasi Anda")[0] == 0
    login("op-kanaan").post(AJUKAN)
    login("op-belimbing").post(url_entri(BELIMBING) + "ajukan/")
    jumlah, teks = _kelompok(perencana, "Menunggu verifikasi Anda")
    assert jumlah == 2 and "Triwulan IV 2022 · Kelurahan Kanaan" in teks
    assert _kelompok(camat, "Menunggu persetujuan Anda")[0] == 0
    perencana.post(url_entri(KANAAN) + "verifikasi/")
    assert _kelompok(perencana, "Menunggu verifikasi Anda")[0] == 1
    jumlah, teks = _kelompok(camat, "Menunggu persetujuan Anda")
    assert jumlah == 1 and f'href="{url_entri(KANAAN)}"' in teks
    camat.post(url_entri(KANAAN) + "setujui/")
    assert _kelompok(camat, "Menunggu persetujuan Anda")[0] == 0
    assert Periode.objects.get(unit__kode=KANAAN, tahun=TAHUN, triwulan=4).status == "dikunci"


def test_the_perencana_sees_the_check_errors_and_documents_not_final(
    login: Callable[[str], Client],
) -> None:
    perencana = login("perencana")
    jumlah, teks = _kelompok(perencana, "Galat pemeriksaan konsistensi")
    assert jumlah == 1 and "3 galat · Kecamatan Bontang Barat 2022" in teks
    jumlah, teks = _kelompok(perencana, "Dokumen yang belum final")
    assert jumlah == 2 and "LKjIP 2022" in teks and "Perjanjian Kinerja 2022" in teks


def test_the_inspektorat_sees_the_recommendations_not_finished(
    login: Callable[[str], Client],
) -> None:
    client = login("inspektorat")
    assert _kelompok(client, "Rekomendasi yang belum selesai ditindaklanjuti")[0] == 6
    m.Rekomendasi.objects.filter(pk=m.Rekomendasi.objects.first().pk).update(status="selesai")
    jumlah, teks = _kelompok(client, "Rekomendasi yang belum selesai ditindaklanjuti")
    assert jumlah == 5 and "/data/rekomendasi/" in teks and "/2022/" in teks
    assert "Lewat tenggat" not in teks
    terbuka = m.Rekomendasi.objects.exclude(status="selesai").order_by("pk")
    m.Rekomendasi.objects.filter(pk=terbuka[0].pk).update(tenggat=date(2022, 6, 30))
    m.Rekomendasi.objects.filter(pk=terbuka[1].pk).update(tenggat=date(2999, 12, 31))
    _, teks = _kelompok(client, "Rekomendasi yang belum selesai ditindaklanjuti")
    assert teks.count("Lewat tenggat") == 1 and "Dalam proses · Lewat tenggat 30 Juni 2022" in teks


def test_the_admin_sees_the_roles_not_filled(login: Callable[[str], Client]) -> None:
    client = login("admin")
    assert _kelompok(client, "Peran yang belum diisi")[0] == 0
    m.UnitKerja.objects.create(
        opd=m.PerangkatDaerah.objects.get(kode=OPD),
        kode="7.01.0.00.0.00.30.0009",
        nama="Kelurahan Baru",
        nama_singkat="Baru",
        urutan=9,
    )
    jumlah, teks = _kelompok(client, "Peran yang belum diisi")
    assert jumlah == 1 and "Kelurahan Baru" in teks and "Belum ada operator" in teks


def _add_opd(n: int) -> None:
    """Add n OPDs of the demo's Pemda, each with four units and their periods."""
    asal = m.PerangkatDaerah.objects.get(kode=OPD)
    for i in range(n):
        opd = m.PerangkatDaerah.objects.create(
            pemda=asal.pemda,
            kode=f"7.01.0.00.0.00.{40 + i}.0000",
            nama=f"Kecamatan Uji {i}",
            jenis="Kecamatan",
        )
        for j in range(4):
            unit = m.UnitKerja.objects.create(
                opd=opd, kode=f"7.01.0.00.0.00.{40 + i}.000{j}", nama=f"Unit {i}.{j}", urutan=j
            )
            for q in (1, 2):
                Periode.objects.create(unit=unit, tahun=TAHUN, triwulan=q, status="diajukan")


def _kueri(client: Client) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as q:
        assert client.get(TUGAS).status_code == 200
    return len(q.captured_queries)


def test_the_task_list_costs_the_same_queries_with_more_opds(
    login: Callable[[str], Client],
) -> None:
    clients = {u: login(u) for u in ("admin", "inspektorat", "perencana", "op-kanaan")}
    sedikit = {u: _kueri(c) for u, c in clients.items()}
    _add_opd(5)
    assert m.PerangkatDaerah.objects.count() >= 6
    banyak = {u: _kueri(c) for u, c in clients.items()}
    assert banyak == sedikit
    assert max(banyak.values()) <= 60
