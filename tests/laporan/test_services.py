import io
from pathlib import Path

import docx
import pytest

from sakip.laporan import services
from sakip.laporan.models import ParagrafKustom
from sakip.render import cache, html

from .conftest import TANGGAL

KEY = "bab3.sasaran.S1.perbandingan"
TEKS = (
    "Nilai SKM turun tipis dari 86,91 menjadi 86,28; lihat [[perbandingan]] dan [[grafik_capaian]]."
)


def _html(opd: str) -> str:
    return services.render("lkjip", opd, 2022, "html", tanggal=TANGGAL).decode("utf-8")


def test_a_users_paragraph_survives_regeneration(bontang: str) -> None:
    services.save_paragraf(bontang, 2022, "lkjip", KEY, TEKS)

    for _ in range(2):
        html = _html(bontang)
        assert 'lihat <a class="rujukan" href="#tabel-perbandingan">Tabel 13</a>' in html
        assert "turun 0,63 poin dibandingkan tahun 2021" not in html
    dokumen = docx.Document(
        io.BytesIO(services.render("lkjip", bontang, 2022, "docx", tanggal=TANGGAL))
    )
    assert any("Nilai SKM turun tipis" in p.text for p in dokumen.paragraphs)


def test_saving_again_replaces_the_users_text(bontang: str) -> None:
    services.save_paragraf(bontang, 2022, "lkjip", KEY, TEKS)
    services.save_paragraf(bontang, 2022, "lkjip", KEY, "Teks kedua.")

    paragraf = ParagrafKustom.objects.get(kunci=KEY)
    assert paragraf.teks == "Teks kedua."
    assert paragraf.jenis_dokumen == "lkjip" and paragraf.tahun == 2022


def test_an_empty_text_restores_the_generated_paragraph(bontang: str) -> None:
    services.save_paragraf(bontang, 2022, "lkjip", KEY, TEKS)
    services.save_paragraf(bontang, 2022, "lkjip", KEY, "  ")

    assert not ParagrafKustom.objects.exists()
    assert "turun 0,63 poin dibandingkan tahun 2021" in _html(bontang)


def test_the_editor_lists_every_key_with_its_current_and_generated_text(bontang: str) -> None:
    services.save_paragraf(bontang, 2022, "lkjip", KEY, TEKS)

    paragraf = {p.key: p for p in services.paragraf_dokumen(bontang, 2022, "lkjip")}

    assert paragraf[KEY].diubah and paragraf[KEY].teks == TEKS
    assert "turun 0,63 poin" in paragraf[KEY].teks_bawaan
    assert (
        paragraf[KEY].bagian
        == "a. Meningkatnya kualitas pelayanan masyarakat Kecamatan Bontang Barat"
    )
    assert not paragraf["bab4.kesimpulan.anggaran"].diubah
    assert {"kata_pengantar", "kata_pengantar.tanggal", "bab1.latar_belakang"} <= set(paragraf)


def test_it_rejects_a_key_the_report_does_not_have(bontang: str) -> None:
    with pytest.raises(services.PermintaanTidakSah, match="tidak ada di laporan ini"):
        services.save_paragraf(bontang, 2022, "lkjip", "bab9.tidak_ada", "x")


def test_it_rejects_a_reference_to_a_missing_table(bontang: str) -> None:
    with pytest.raises(services.PermintaanTidakSah, match=r"\[\[tabel_hilang\]\]"):
        services.save_paragraf(bontang, 2022, "lkjip", KEY, "Lihat [[tabel_hilang]].")
    assert not ParagrafKustom.objects.exists()


def test_quarterly_and_pk_paragraphs_are_kept_per_quarter_and_version(dinas: str) -> None:
    services.save_paragraf(dinas, 2023, "triwulan", "tw2.penutup", "Penutup triwulan II.")
    services.save_paragraf(dinas, 2023, "pk", "v1.pernyataan.janji", "Janji versi 1.")

    tw2 = services.render("triwulan", dinas, 2023, "html", triwulan=2).decode()
    tw3 = services.render("triwulan", dinas, 2023, "html", triwulan=3).decode()
    assert "Penutup triwulan II." in tw2 and "Penutup triwulan II." not in tw3
    assert "Janji versi 1." in services.render("pk", dinas, 2023, "html", versi=1).decode()
    assert "Janji versi 1." not in services.render("pk", dinas, 2023, "html", versi=2).decode()


def test_a_quarterly_key_must_name_its_quarter(dinas: str) -> None:
    with pytest.raises(services.PermintaanTidakSah, match="tidak diawali triwulan"):
        services.save_paragraf(dinas, 2023, "triwulan", "penutup", "x")


def test_it_refuses_an_unknown_format_or_kind(bontang: str) -> None:
    with pytest.raises(services.PermintaanTidakSah, match="Format 'odt' tidak dikenal"):
        services.render("lkjip", bontang, 2022, "odt")
    with pytest.raises(services.PermintaanTidakSah, match="Jenis laporan 'renja'"):
        services.render("renja", bontang, 2022, "html")


def test_a_report_is_rendered_once_per_content(
    bontang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAKIP_CACHE_DIR", str(tmp_path))
    cache.folder.cache_clear()
    dibuat: list[str] = []
    asli = html.render_html
    monkeypatch.setattr(html, "render_html", lambda dok: dibuat.append(dok.judul) or asli(dok))

    pertama, kedua = _html(bontang), _html(bontang)
    services.save_paragraf(bontang, 2022, "lkjip", KEY, TEKS)
    diubah = _html(bontang)

    assert pertama == kedua and len(dibuat) == 2
    assert "Nilai SKM turun tipis" in diubah and "Nilai SKM turun tipis" not in pertama
    assert len(list((tmp_path / "dokumen").iterdir())) == 2
    cache.folder.cache_clear()
