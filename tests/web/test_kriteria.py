"""The Pemda's own criteria of capaian: the Admin Pemda edits them on one form, in Indonesian
numbers, through the change service; bounds that overlap or do not fall are refused."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.db.models import F
from django.test import Client

from sakip.core.scales import wrong_limit
from sakip.core.tables.capaian import kriteria
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.laporan.models import KriteriaCapaianPemda
from sakip.riwayat.models import Perubahan

from .conftest import OPD

URL = "/pemda/64.74/kriteria/"


def _isian(kelas: list[tuple[str, str, str]], **kepala: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "berlaku_mulai": "2022",
        "dasar_hukum": "Peraturan Wali Kota Bontang Nomor 5 Tahun 2022",
        "alasan": "Kriteria Pemda",
        "form-TOTAL_FORMS": str(len(kelas)),
        "form-INITIAL_FORMS": "0",
        **kepala,
    }
    for i, (kode, label, limit) in enumerate(kelas):
        data |= {f"form-{i}-kode": kode, f"form-{i}-label": label, f"form-{i}-batas_bawah": limit}
    return data


BAIK = [
    ("sangat-baik", "Sangat Baik", "100"),
    ("baik", "Baik", "90,5"),
    ("cukup", "Cukup", "75"),
    ("kurang", "Kurang", ""),
]


def test_it_saves_a_scale_typed_the_indonesian_way_and_every_output_uses_it(
    login: Callable[[str], Client],
) -> None:
    r = login("admin").post(URL, _isian(BAIK))

    assert r.status_code == 302
    rows = KriteriaCapaianPemda.objects.filter(berlaku_mulai=2022).order_by(
        F("batas_bawah").desc(nulls_last=True)
    )
    assert [(b.kode, b.batas_bawah) for b in rows] == [
        ("sangat-baik", Decimal(100)),
        ("baik", Decimal("90.5")),
        ("cukup", Decimal(75)),
        ("kurang", None),
    ]
    assert Perubahan.objects.filter(alasan="Kriteria Pemda").count() == 4
    s = snapshot.build(m.PerangkatDaerah.objects.get(kode=OPD), 2022)
    # The SKM's 99,17% is below the Pemda's 100: "Baik", not the regulation's "Sangat Tinggi".
    assert kriteria(s, Decimal("99.17")) == "Baik"


def test_it_refuses_overlapping_or_unordered_bounds(login: Callable[[str], Client]) -> None:
    client = login("admin")
    sama = [("a", "A", "90"), ("b", "B", "90"), ("c", "C", "")]
    naik = [("a", "A", "50"), ("b", "B", "90"), ("c", "C", "")]
    tanpa_dasar = [("a", "A", "90"), ("b", "B", "")]

    for kelas in (sama, naik):
        r = client.post(URL, _isian(kelas))
        assert r.status_code == 200
        assert "tidak boleh bertumpang tindih" in r.content.decode()
    r = client.post(URL, _isian([("a", "A", "90"), ("b", "B", "80")]))
    assert "Kelas terakhir (terendah) tidak memiliki batas bawah" in r.content.decode()
    r = client.post(URL, _isian(tanpa_dasar, dasar_hukum=""))
    assert r.status_code == 200
    r = client.post(URL, _isian([("a", "A", "9O,5"), ("b", "B", "")]))
    assert "format Indonesia" in r.content.decode()
    assert not KriteriaCapaianPemda.objects.exists()


def test_only_the_admin_pemda_changes_it(login: Callable[[str], Client]) -> None:
    assert login("inspektorat").get(URL).status_code == 200
    assert login("inspektorat").post(URL, _isian(BAIK)).status_code == 403
    assert login("perencana").get(URL).status_code == 403
    assert not KriteriaCapaianPemda.objects.exists()


def test_a_saved_scale_is_offered_again_and_a_class_left_out_is_deleted(
    login: Callable[[str], Client],
) -> None:
    client = login("admin")
    client.post(URL, _isian(BAIK))
    html = client.get(URL).content.decode()
    assert 'value="90,5"' in html and 'value="Peraturan Wali Kota Bontang' in html

    client.post(URL, _isian([("baik", "Baik", "90,5"), ("kurang", "Kurang", "")]))
    assert sorted(KriteriaCapaianPemda.objects.values_list("kode", flat=True)) == ["baik", "kurang"]


def test_the_bound_rule_names_each_fault() -> None:
    assert wrong_limit([Decimal(91), Decimal(76), None]) == []
    assert len(wrong_limit([None])) == 1
    assert wrong_limit([Decimal(76), None, None]) == [
        "Hanya kelas terakhir yang boleh tanpa batas bawah."
    ]
