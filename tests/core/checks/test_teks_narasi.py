"""The text checks of the stored narrative: spelling, repeated sentences, old regulations."""

from dataclasses import replace

import pytest

from sakip.core.checks import ejaan_narasi as ejaan
from sakip.core.checks import kalimat_berulang, regulasi_usang
from sakip.core.model import OpdTahun
from sakip.core.teks import ejaan as kamus

from .conftest import findings

perlu_kamus = pytest.mark.skipif(
    kamus.kamus() is None, reason="hunspell and hunspell-id (scripts/system-deps.sh)"
)

PENGANTAR = (
    "Puji syukur kami panjatkan kehadirat Allah SWT, sehingga kami dapat menyelesaikan "
    "penyusunan Laporan Kinerja Instansi Pemerintah (LKjLP) Kecamatan Bontang Barat.\n"
    "Sesuai Instruksi Presiden Nomor 7 tahun 1999 tentang Akuntabilitas Kinerja Instansi "
    "Pemerintah, telah diperkenalkan suatu sistem manajemen pemerintahan."
)


@perlu_kamus
def test_it_names_the_misspelt_words_of_each_text(snapshot: OpdTahun) -> None:
    s = replace(snapshot, narasi={"kata_pengantar": PENGANTAR + " Laporan LKjLP."})

    (f,) = findings(ejaan, s)

    assert f.lokasi == "Narasi kata pengantar 2022"
    assert "LKjLP (2×)" in f.pesan and "kehadirat" in f.pesan
    # Right words the dictionary lacks, names and acronyms are not reported.
    for benar in ("LKjIP", "Bontang", "Instruksi", "SWT", "akuntabilitas"):
        assert benar not in f.pesan.split(": ", 1)[1]


@perlu_kamus
def test_it_finds_a_misspelt_sasaran(snapshot: OpdTahun) -> None:
    assert snapshot.renstra is not None
    sasaran = replace(snapshot.renstra.sasaran[2], uraian="Meningkanya kualitas pembangunan")
    renstra = replace(snapshot.renstra, sasaran=(*snapshot.renstra.sasaran[:2], sasaran))

    (f,) = findings(ejaan, replace(snapshot, renstra=renstra))

    assert (f.lokasi, f.ref["kata"]) == ("Sasaran S3", "Meningkanya")


def test_it_says_when_the_dictionary_is_missing(
    snapshot: OpdTahun, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kamus, "kamus", lambda: None)
    (f,) = findings(ejaan, snapshot)
    assert "hunspell-id" in f.pesan


def test_it_reports_a_sentence_written_twice(snapshot: OpdTahun) -> None:
    ulang = "Kecamatan Bontang Barat telah melaksanakan fungsi pemberdayaan masyarakat dengan baik."
    s = replace(snapshot, narasi={"latar_belakang": f"{ulang} Lain.", "saran": f"Awal. {ulang}"})

    (f,) = findings(kalimat_berulang, s)

    assert "tertulis 2 kali: Narasi latar belakang 2022; Narasi saran 2022" in f.pesan
    assert findings(kalimat_berulang, replace(s, narasi={"saran": ulang})) == []


def test_it_reports_a_superseded_regulation_with_its_successor(snapshot: OpdTahun) -> None:
    s = replace(snapshot, narasi={"kata_pengantar": PENGANTAR})

    (f,) = findings(regulasi_usang, s)

    assert f.lokasi == "Narasi kata pengantar 2022"
    assert "Instruksi Presiden Nomor 7 Tahun 1999" in f.pesan
    assert "digantikan oleh Peraturan Presiden Nomor 29 Tahun 2014" in f.pesan
    teks_kini = "Berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP."
    assert findings(regulasi_usang, replace(s, narasi={"x": teks_kini})) == []
    assert findings(regulasi_usang, replace(s, tahun=2012)) == []
