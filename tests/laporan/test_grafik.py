"""Charts drawn without a chart library: labels wrap inside the figure, the legend names every
colour, and a PNG is drawn once per version of the chart's data."""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from sakip.core.dokumen.model import Grafik, JenisGrafik
from sakip.render import cache
from sakip.render import grafik as gambar

PROGRAM = (
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
    "Persentase partisipasi kelompok kemasyarakatan dalam Program Stimulan RT",
)
CAPAIAN = Grafik(
    "grafik_capaian",
    "Capaian Indikator Kinerja Utama terhadap Target Tahun 2022",
    JenisGrafik.BATANG_MENDATAR,
    PROGRAM,
    (Decimal("99.17"), Decimal(100), None),
    "%",
    garis_acuan=Decimal(100),
    nama_acuan="Target (100%)",
)


def _teks(svg: str) -> list[tuple[float, str, str]]:
    return [
        (float(x), jangkar, isi)
        for x, jangkar, isi in re.findall(
            r'<text x="([\d.]+)" [^>]*text-anchor="(\w+)">([^<]*)<', svg
        )
    ]


def test_it_keeps_every_label_whole_and_inside_the_figure() -> None:
    svg = gambar.svg(CAPAIAN)
    teks = _teks(svg)
    baris = [isi for _, _, isi in teks]

    # Every label is drawn whole, over consecutive lines, none wider than the figure.
    all_items = " ".join(baris)
    for label in PROGRAM:
        assert label in all_items
    assert len(baris) > len(PROGRAM) * 2
    for x, jangkar, isi in teks:
        lebar = gambar.lebar_teks(isi)
        kiri = {"start": x, "middle": x - lebar / 2, "end": x - lebar}[jangkar]
        assert kiri >= 0 and kiri + lebar <= gambar.LEBAR, isi


def test_the_unit_above_a_vertical_axis_lies_inside_the_figure() -> None:
    pegawai = Grafik(
        "grafik_pegawai",
        "Komposisi Pegawai menurut Tingkat Pendidikan",
        JenisGrafik.BATANG,
        ("S2", "S1", "D3", "SLTA"),
        (Decimal(3), Decimal(19), Decimal(14), Decimal(92)),
        "orang",
    )
    satuan = [(x, j) for x, j, isi in _teks(gambar.svg(pegawai)) if isi == "orang"]
    assert len(satuan) == 1
    x, jangkar = satuan[0]
    assert jangkar == "end" and x - gambar.lebar_teks("orang") >= 0


def test_the_legend_shows_the_colour_of_a_bar_below_the_target() -> None:
    svg = gambar.svg(CAPAIAN)

    assert f'fill="{gambar.WARNA_DI_BAWAH}"' in svg
    assert "Di bawah target (100%)" in svg
    assert "Mencapai target (100%)" in svg
    assert "Target (100%)" in svg
    assert ">n/a<" in svg


def test_a_chart_without_a_reference_line_has_no_legend() -> None:
    pegawai = Grafik(
        "grafik_pendidikan",
        "Komposisi Pegawai",
        JenisGrafik.BATANG,
        ("S2", "S1", "D3", "SLTA"),
        (Decimal(3), Decimal(19), Decimal(14), Decimal(92)),
        "orang",
    )
    svg = gambar.svg(pegawai)

    assert "Mencapai" not in svg and gambar.WARNA_DI_BAWAH not in svg
    assert ">92<" in svg and ">orang<" in svg


def test_a_png_is_drawn_once_per_version_of_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAKIP_CACHE_DIR", str(tmp_path))
    cache.folder.cache_clear()
    digambar: list[object] = []
    asli = gambar._raster
    monkeypatch.setattr(gambar, "_raster", lambda g, dpi: digambar.append(g) or asli(g, dpi))

    pertama = gambar.png(CAPAIAN)
    kedua = gambar.png(CAPAIAN)
    lain = gambar.png(Grafik(**{**CAPAIAN.__dict__, "nilai": (Decimal(80), Decimal(100), None)}))

    assert pertama == kedua and pertama.startswith(b"\x89PNG")
    assert lain != pertama
    assert len(digambar) == 2
    assert len(list((tmp_path / "grafik").glob("*.png"))) == 2
    cache.folder.cache_clear()
