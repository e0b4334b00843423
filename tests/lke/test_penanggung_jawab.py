"""A recommendation's deadline, responsible unit and position: set by the Inspektorat through the
change service, refused when they are not the OPD's, shown with the holder of the day."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from sakip.alur.layanan import Ditolak, perubahan
from sakip.kaskade import models as k
from sakip.kinerja import models as m
from sakip.lke import layanan, lhe
from sakip.lke import penanggung_jawab as pj
from sakip.lke.models import EvaluasiLke, JabatanRekomendasi
from tests.conftest import KODE_BONTANG
from tests.lke.test_lhe import _teks

URL = f"/lke/{KODE_BONTANG}/2022/lhe/"
URAIAN = "Lengkapi formula dan sumber data seluruh IKU."


@pytest.fixture
def rekomendasi(evaluasi: EvaluasiLke, inspektur: Any) -> m.Rekomendasi:
    with perubahan(inspektur, "LHE", opd_id=evaluasi.opd_id) as sesi:
        return lhe.add_rekomendasi(sesi, evaluasi, "1", URAIAN)


@pytest.fixture
def kasubag(opd: m.PerangkatDaerah) -> k.Jabatan:
    return k.Jabatan.objects.get(opd=opd, kode="kasubag-renkeu")


@pytest.fixture
def lain(opd: m.PerangkatDaerah) -> tuple[m.UnitKerja, k.Jabatan]:
    """A unit and a position of another OPD of the same Pemda."""
    dinas = m.PerangkatDaerah.objects.create(
        pemda=opd.pemda, kode="7.01.0.00.0.00.31.0000", nama="Kecamatan Contoh", jenis="Kecamatan"
    )
    unit = m.UnitKerja.objects.create(opd=dinas, kode=dinas.kode, nama="Kecamatan Contoh")
    jabatan = k.Jabatan.objects.create(
        opd=dinas, kode="sekcam", nama="Sekretaris Kecamatan Contoh", tingkat="administrator"
    )
    return unit, jabatan


def _unit_opd(opd: m.PerangkatDaerah) -> m.UnitKerja:
    return m.UnitKerja.objects.get(opd=opd, kode=opd.kode)


def _atur(user: Any, r: m.Rekomendasi, *isi: Any) -> None:
    with perubahan(user, "Penanggung jawab", opd_id=r.opd_id) as sesi:
        pj.atur(sesi, r, *isi)


def test_it_sets_the_deadline_unit_and_position(
    rekomendasi: m.Rekomendasi, inspektur: Any, kasubag: k.Jabatan, opd: m.PerangkatDaerah
) -> None:
    _atur(inspektur, rekomendasi, date(2023, 6, 30), _unit_opd(opd), kasubag)
    rekomendasi.refresh_from_db()
    assert (rekomendasi.tenggat, rekomendasi.unit) == (date(2023, 6, 30), _unit_opd(opd))
    assert JabatanRekomendasi.objects.get(rekomendasi=rekomendasi).jabatan == kasubag
    # Emptied again: no deadline, no unit, no position.
    _atur(inspektur, rekomendasi, None, None, None)
    rekomendasi.refresh_from_db()
    assert (rekomendasi.tenggat, rekomendasi.unit) == (None, None)
    assert not JabatanRekomendasi.objects.filter(rekomendasi=rekomendasi).exists()


def test_it_rejects_a_unit_of_another_opd(
    rekomendasi: m.Rekomendasi, inspektur: Any, lain: tuple[m.UnitKerja, k.Jabatan]
) -> None:
    with pytest.raises(Ditolak) as exc:
        _atur(inspektur, rekomendasi, date(2023, 6, 30), lain[0], None)
    assert "unit penanggung jawab harus unit kerja perangkat daerah yang diberi rekomendasi" in str(
        exc.value
    )
    assert [p.field for p in exc.value.penolakan] == ["unit"]
    rekomendasi.refresh_from_db()
    assert (rekomendasi.tenggat, rekomendasi.unit) == (None, None)


def test_it_rejects_a_position_of_another_opd(
    rekomendasi: m.Rekomendasi, inspektur: Any, lain: tuple[m.UnitKerja, k.Jabatan]
) -> None:
    with pytest.raises(
        Ditolak,
        match="jabatan penanggung jawab harus jabatan pada perangkat daerah yang diberi "
        "rekomendasi",
    ):
        _atur(inspektur, rekomendasi, date(2023, 6, 30), None, lain[1])
    rekomendasi.refresh_from_db()
    # The whole change is refused: the deadline saved before the position is not kept either.
    assert rekomendasi.tenggat is None
    assert not JabatanRekomendasi.objects.exists()


def test_it_rejects_a_deadline_before_the_year_evaluated(
    rekomendasi: m.Rekomendasi, inspektur: Any
) -> None:
    with pytest.raises(
        Ditolak, match=r"tenggat 31 Desember 2021 jatuh sebelum tahun yang dievaluasi \(2022\)"
    ):
        _atur(inspektur, rekomendasi, date(2021, 12, 31), None, None)


def test_it_rejects_the_opd_setting_its_own_deadline(
    rekomendasi: m.Rekomendasi, perencana: Any
) -> None:
    with pytest.raises(Ditolak, match="hanya Inspektorat yang dapat mengubahnya"):
        _atur(perencana, rekomendasi, date(2030, 1, 1), None, None)


def test_a_recommendation_is_added_with_its_deadline_and_position(
    evaluasi: EvaluasiLke, inspektur: Any, kasubag: k.Jabatan, opd: m.PerangkatDaerah
) -> None:
    with perubahan(inspektur, "LHE", opd_id=evaluasi.opd_id) as sesi:
        r = lhe.add_rekomendasi(
            sesi, evaluasi, "3", "Publikasikan LKjIP.", date(2023, 3, 31), _unit_opd(opd), kasubag
        )
    r.refresh_from_db()
    assert (r.tenggat, r.unit_id, r.komponen) == (date(2023, 3, 31), _unit_opd(opd).pk, "pelaporan")
    assert r.jabatan_penanggung_jawab.jabatan == kasubag


def test_an_open_recommendation_past_its_deadline_is_overdue(
    rekomendasi: m.Rekomendasi, inspektur: Any, kasubag: k.Jabatan, opd: m.PerangkatDaerah
) -> None:
    k.PemegangJabatan.objects.filter(jabatan=kasubag).delete()
    k.PemegangJabatan.objects.create(
        jabatan=kasubag, nama="Budi Contoh", status="definitif", selesai=date(2023, 5, 31)
    )
    k.PemegangJabatan.objects.create(
        jabatan=kasubag, nama="Wati Contoh", status="plt", mulai=date(2023, 6, 1)
    )
    _atur(inspektur, rekomendasi, date(2023, 6, 30), _unit_opd(opd), kasubag)
    rekomendasi.refresh_from_db()

    pada_tenggat = pj.penanggung_jawab([rekomendasi], date(2023, 6, 30))[rekomendasi.pk]
    assert (pada_tenggat.tenggat, pada_tenggat.lewat_tenggat) == (date(2023, 6, 30), False)
    assert pada_tenggat.pemegang == "Wati Contoh (Plt)"
    sesudah = pj.penanggung_jawab([rekomendasi], date(2023, 7, 1))[rekomendasi.pk]
    assert sesudah.lewat_tenggat
    assert (sesudah.unit, sesudah.jabatan) == (
        "Kecamatan Bontang Barat",
        "Kepala Sub Bagian Perencanaan dan Keuangan",
    )
    # The holder is the one of the day asked about.
    sebelum = pj.penanggung_jawab([rekomendasi], date(2023, 5, 2))[rekomendasi.pk]
    assert sebelum.pemegang == "Budi Contoh"

    rekomendasi.status = "selesai"
    assert not pj.penanggung_jawab([rekomendasi], date(2024, 1, 1))[rekomendasi.pk].lewat_tenggat


def test_a_recommendation_without_deadline_is_never_on_time_nor_late(
    rekomendasi: m.Rekomendasi,
) -> None:
    d = pj.penanggung_jawab([rekomendasi], date(2030, 1, 1))[rekomendasi.pk]
    assert (d.tenggat, d.lewat_tenggat) == (None, False)
    assert (d.unit, d.jabatan, d.pemegang) == (None, None, None)


def _masuk(user: Any) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_the_inspektorat_sets_them_on_the_lhe_page_and_both_sides_see_them(
    evaluasi: EvaluasiLke,
    rekomendasi: m.Rekomendasi,
    inspektur: Any,
    perencana: Any,
    kasubag: k.Jabatan,
    opd: m.PerangkatDaerah,
) -> None:
    k.PemegangJabatan.objects.filter(jabatan=kasubag).delete()
    k.PemegangJabatan.objects.create(jabatan=kasubag, nama="Wati Contoh", status="plh")
    with perubahan(inspektur, "LHE", opd_id=evaluasi.opd_id) as sesi:
        lhe.add_rekomendasi(sesi, evaluasi, "3", "Publikasikan LKjIP tepat waktu.")
    insp = _masuk(inspektur)
    page = insp.get(URL).content.decode()
    # Choices, not free text: the OPD's units and positions.
    assert f'<option value="{kasubag.pk}">Kepala Sub Bagian Perencanaan dan Keuangan' in page
    assert f'<option value="{_unit_opd(opd).pk}">Kecamatan Bontang Barat' in page
    r = insp.post(
        URL + f"rekomendasi/{rekomendasi.pk}/penanggung-jawab/",
        {"tenggat": "2023-06-30", "unit": str(_unit_opd(opd).pk), "jabatan": str(kasubag.pk)},
    )
    assert r.status_code == 302
    rekomendasi.refresh_from_db()
    assert rekomendasi.tenggat == date(2023, 6, 30)
    with perubahan(inspektur, "Terbit", opd_id=evaluasi.opd_id) as sesi:
        layanan.terbitkan(sesi, evaluasi)
    for c in (insp, _masuk(perencana)):
        page = c.get(URL).content.decode()
        kartu = page[page.index(f'id="rekomendasi-{rekomendasi.pk}"') :]
        kartu = kartu[: kartu.index("</article>")]
        assert "30 Juni 2023" in kartu and "Lewat tenggat" in kartu
        assert "Kecamatan Bontang Barat" in kartu
        assert (
            "Kepala Sub Bagian Perencanaan dan Keuangan, pemegang saat ini: Wati Contoh (Plh)"
            in (kartu)
        )
        lain = page[page.index("Publikasikan LKjIP tepat waktu.") :]
        lain = lain[: lain.index("</article>")]
        assert "Lewat tenggat" not in lain
        assert lain.count("<dd>— belum ditetapkan") == 3
    # The Inspektorat's form opens with what is stored.
    page = insp.get(URL).content.decode()
    kartu = page[page.index(f'id="rekomendasi-{rekomendasi.pk}"') :]
    assert 'name="tenggat" value="2023-06-30"' in kartu
    assert f'<option value="{kasubag.pk}" selected>' in kartu


def test_the_page_refuses_a_position_of_another_opd_in_words(
    evaluasi: EvaluasiLke,
    rekomendasi: m.Rekomendasi,
    inspektur: Any,
    lain: tuple[m.UnitKerja, k.Jabatan],
) -> None:
    c = _masuk(inspektur)
    r = c.post(
        URL + f"rekomendasi/{rekomendasi.pk}/penanggung-jawab/",
        {"tenggat": "2023-06-30", "jabatan": str(lain[1].pk)},
        follow=True,
    )
    assert "jabatan penanggung jawab harus jabatan pada perangkat daerah" in r.content.decode()
    r = c.post(
        URL + f"rekomendasi/{rekomendasi.pk}/penanggung-jawab/", {"tenggat": "30/06"}, follow=True
    )
    assert "Tenggat bukan tanggal yang dikenal." in r.content.decode()
    rekomendasi.refresh_from_db()
    assert rekomendasi.tenggat is None


def test_the_lhe_lists_each_recommendation_with_its_deadline_and_responsibility(
    evaluasi: EvaluasiLke,
    rekomendasi: m.Rekomendasi,
    inspektur: Any,
    kasubag: k.Jabatan,
    opd: m.PerangkatDaerah,
) -> None:
    _atur(inspektur, rekomendasi, date(2023, 6, 30), _unit_opd(opd), kasubag)
    with perubahan(inspektur, "LHE", opd_id=evaluasi.opd_id) as sesi:
        lhe.add_rekomendasi(sesi, evaluasi, "3", "Publikasikan LKjIP tepat waktu.")
    teks = _teks(lhe.render(evaluasi, "docx"))
    teks = teks[teks.index("C. Rekomendasi") :]
    assert (
        f"{URAIAN} Penanggung jawab: Kepala Sub Bagian Perencanaan dan Keuangan, Kecamatan "
        "Bontang Barat. Tenggat: 30 Juni 2023." in teks
    )
    # Without the data, the recommendation stands alone: no filler.
    assert "\nPublikasikan LKjIP tepat waktu.\n" in teks
