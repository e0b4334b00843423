"""Rules rasio-penyebut-nol and rasio-beda-bagian (docs/rules.md#indikator-rasio)."""

from dataclasses import replace
from decimal import Decimal

from sakip.core.checks import rasio_beda_bagian, rasio_penyebut_nol, run_checks
from sakip.core.model import Bagian, JenisIndikator, Kinerja, OpdTahun

from .conftest import IKU_STIMULAN, findings, make_snapshot, with_iku, with_kinerja

D = Decimal
RASIO = replace(IKU_STIMULAN, jenis=JenisIndikator.RASIO)


def _snapshot(bagian: dict[str, Bagian]) -> OpdTahun:
    nilai = {int(k[2]): b.nilai for k, b in bagian.items()}
    kinerja = Kinerja("IKU2", 2022, {4: D("100")}, nilai, bagian=bagian)
    return with_kinerja(with_iku(make_snapshot(), RASIO), kinerja)


def test_parts_that_make_the_stored_figure_pass() -> None:
    s = _snapshot({"tw4": Bagian(D(38), D(40), D(95))})

    assert findings(rasio_penyebut_nol, s) == []
    assert findings(rasio_beda_bagian, s) == []


def test_it_flags_a_zero_denominator_as_not_available() -> None:
    s = _snapshot({"tw4": Bagian(D(0), D(0), None)})

    (f,) = findings(rasio_penyebut_nol, s)
    assert (f.severity, f.tabel) == ("warning", 12)
    assert f.lokasi.endswith("triwulan IV 2022")
    assert "penyebut nol" in f.pesan and "n/a" in f.pesan
    assert f.ref == {"indikator": "IKU2", "tahun": "2022", "periode": "tw4"}
    assert findings(rasio_beda_bagian, s) == []


def test_it_flags_a_stored_figure_that_disagrees_with_its_parts() -> None:
    s = _snapshot({"tw4": Bagian(D(38), D(40), D(100))})

    (f,) = findings(rasio_beda_bagian, s)
    assert f.severity == "error"
    assert f.pesan == (
        "Realisasi triwulan IV 2022 tercatat 100,00, padahal pembilang 38,00 dibagi penyebut "
        "40,00 dikali 100,00 menghasilkan 95,00."
    )
    assert f in run_checks(s)


def test_it_flags_a_figure_stored_without_its_parts() -> None:
    s = _snapshot({"tw4": Bagian(None, None, D(100))})

    (f,) = findings(rasio_beda_bagian, s)
    assert "tanpa pembilang dan penyebut" in f.pesan


def test_a_direct_indicator_is_not_checked_for_parts() -> None:
    kinerja = Kinerja("IKU2", 2022, bagian={"tw4": Bagian(D(1), D(0), D(5))})
    s = with_kinerja(make_snapshot(), kinerja)

    assert findings(rasio_penyebut_nol, s) == []
    assert findings(rasio_beda_bagian, s) == []
