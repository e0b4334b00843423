"""The signing form: who signs, named in words, with the definitive official first."""

from __future__ import annotations

from sakip.laporan.pengesahan import PengesahanForm

DEFINITIF_PLT_PLH = [
    ("", "Definitif"),
    ("Plt.", "Pelaksana Tugas (Plt.)"),
    ("Plh.", "Pelaksana Harian (Plh.)"),
]


def test_it_names_the_empty_status_definitif() -> None:
    f = PengesahanForm(jenis="lkjip")
    assert list(f.fields["status"].choices) == DEFINITIF_PLT_PLH
    assert "status_pihak_kedua" not in f.fields
    assert "tanggal" in f.fields


def test_it_offers_both_parties_of_a_pk_the_same_statuses() -> None:
    f = PengesahanForm(jenis="pk")
    assert list(f.fields["status_pihak_kedua"].choices) == DEFINITIF_PLT_PLH
    assert f.fields["status"].label == "Status pihak pertama"
    assert "tanggal" not in f.fields
