"""The recommendations Tabel 10 reports: past their deadline while open, or without a deadline or
responsible unit (rules rekomendasi-lewat-tenggat and rekomendasi-tanpa-penanggung-jawab)."""

from __future__ import annotations

from datetime import date

from sakip.core.checks import rekomendasi_lewat_tenggat as lewat
from sakip.core.checks import rekomendasi_tanpa_penanggung_jawab as tanpa
from sakip.core.checks import run_checks
from sakip.core.model import Rekomendasi

from .conftest import KECAMATAN, findings, make_snapshot

REVIU = "Melakukan reviu IKU agar selaras dengan indikator sasaran RPJMD yang didukung."


def _rek(uraian: str = REVIU, **kw: object) -> Rekomendasi:
    isi: dict[str, object] = {
        "tahun_evaluasi": 2021,
        "komponen": "perencanaan",
        "uraian": uraian,
        "tindak_lanjut": None,
        "rencana_aksi": (),
        "status": "dalam_proses",
        "tenggat": date(2022, 6, 30),
        "unit": KECAMATAN,
    }
    isi.update(kw)
    return Rekomendasi(**isi)  # type: ignore[arg-type]


def test_it_warns_of_an_open_recommendation_past_its_deadline() -> None:
    s = make_snapshot(rekomendasi=(_rek(),))
    (f,) = lewat.check(s, hari_ini=date(2022, 7, 1))
    assert (f.rule, f.severity, f.tabel) == ("rekomendasi-lewat-tenggat", "warning", 10)
    assert f.lokasi == "Rekomendasi evaluasi 2021, Perencanaan Kinerja nomor 1"
    assert f.pesan == (
        'Rekomendasi "Melakukan reviu IKU agar selaras dengan indikator sasaran RPJMD yang '
        'didukung." lewat tenggat 30 Juni 2022 dan berstatus Dalam proses; tindak lanjutnya '
        "belum diterima Inspektorat sebagai selesai."
    )


def test_a_long_recommendation_is_named_by_its_start() -> None:
    s = make_snapshot(rekomendasi=(_rek(REVIU + " " + REVIU),))
    (f,) = lewat.check(s, hari_ini=date(2022, 7, 1))
    assert f.pesan.startswith(
        'Rekomendasi "Melakukan reviu IKU agar selaras dengan indikator sasaran RPJMD yang '
        'didukung. …" lewat tenggat'
    )


def test_it_accepts_the_deadline_day_itself_a_finished_one_and_one_without_deadline() -> None:
    s = make_snapshot(
        rekomendasi=(
            _rek(),
            _rek("Publikasikan LKjIP.", status="selesai", tenggat=date(2022, 1, 31)),
            _rek("Susun pohon kinerja.", tenggat=None),
        )
    )
    assert list(lewat.check(s, hari_ini=date(2022, 6, 30))) == []
    (f,) = lewat.check(s, hari_ini=date(2022, 7, 1))
    assert f.lokasi.endswith("nomor 1")


def test_it_only_looks_at_the_recommendations_tabel_10_reports() -> None:
    s = make_snapshot(rekomendasi=(_rek(tahun_evaluasi=2020), _rek("Baru.", tenggat=None)))
    assert list(lewat.check(s, hari_ini=date(2030, 1, 1))) == []
    (f,) = findings(tanpa, s)
    assert f.lokasi == "Rekomendasi evaluasi 2021, Perencanaan Kinerja nomor 1"


def test_it_names_what_a_recommendation_lacks() -> None:
    s = make_snapshot(
        rekomendasi=(
            _rek("Reviu IKU.", tenggat=None),
            _rek("Susun pohon kinerja.", unit=None),
            _rek("Publikasikan LKjIP.", komponen="pelaporan", tenggat=None, unit=None),
            _rek("Lengkap."),
        )
    )
    result = [(f.severity, f.lokasi, f.pesan) for f in findings(tanpa, s)]
    akhir = ", sehingga tindak lanjutnya tidak dapat dipantau."
    assert result == [
        (
            "warning",
            "Rekomendasi evaluasi 2021, Perencanaan Kinerja nomor 1",
            f'Rekomendasi "Reviu IKU." belum memiliki tenggat{akhir}',
        ),
        (
            "warning",
            "Rekomendasi evaluasi 2021, Perencanaan Kinerja nomor 2",
            f'Rekomendasi "Susun pohon kinerja." belum memiliki unit penanggung jawab{akhir}',
        ),
        (
            "warning",
            "Rekomendasi evaluasi 2021, Pelaporan Kinerja nomor 1",
            f'Rekomendasi "Publikasikan LKjIP." belum memiliki tenggat dan unit penanggung '
            f"jawab{akhir}",
        ),
    ]


def test_both_rules_run_with_every_check() -> None:
    s = make_snapshot(rekomendasi=(_rek(tenggat=date(2000, 1, 1)), _rek("Tanpa unit.", unit=None)))
    rules = {f.rule for f in run_checks(s)}
    assert {"rekomendasi-lewat-tenggat", "rekomendasi-tanpa-penanggung-jawab"} <= rules
