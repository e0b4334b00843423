"""The Pemda's LHE template in the dataset: dumped with its bytes, loaded back unchanged."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from sakip.alur.layanan import perubahan
from sakip.dataset.dump import dump_all
from sakip.dataset.load import load_path
from sakip.dataset.reader import DatasetError
from sakip.impor.export import dataset_json
from sakip.lke import lhe
from sakip.lke.models import EvaluasiLke, TemplatLhe
from tests.lke.test_templat_lhe import KOP, _kepala, _templat

WAKTU = datetime.datetime(2023, 1, 20, 1, 30, tzinfo=datetime.UTC)


def _upload(evaluasi: EvaluasiLke, inspektur: Any) -> bytes:
    """Upload the letterhead template as the LHE page does; return its bytes."""
    isi = _templat()
    with perubahan(inspektur, "Templat LHE", pemda_id=evaluasi.opd.pemda_id) as sesi:
        lhe.save_templat(sesi, evaluasi, "kop-inspektorat.docx", isi)
    TemplatLhe.objects.update(diunggah=WAKTU)
    return isi


def test_the_template_round_trips_with_its_bytes_and_metadata(
    evaluasi: EvaluasiLke, inspektur: Any, tmp_path: Path
) -> None:
    isi = _upload(evaluasi, inspektur)
    first, second = tmp_path / "first", tmp_path / "second"
    written = dump_all(first)
    teks = (first / "pemda.yaml").read_text()
    assert "  templat_lhe:\n    nama: kop-inspektorat.docx\n" in teks
    sha256 = hashlib.sha256(isi).hexdigest()
    assert f"    diunggah: '2023-01-20T01:30:00+00:00'\n    sha256: {sha256}\n    isi: |\n" in teks
    assert teks.count("templat_lhe:") == 1

    TemplatLhe.objects.all().delete()
    load_path(first)
    templat = TemplatLhe.objects.get(pemda=evaluasi.opd.pemda)
    assert (templat.nama, templat.diunggah, bytes(templat.isi)) == (
        "kop-inspektorat.docx",
        WAKTU,
        isi,
    )
    # The loaded template is the one the LHE is written into.
    assert KOP in _kepala(lhe.render(evaluasi, "docx"))
    dump_all(second)
    for path in written:
        relative = path.relative_to(first)
        assert (second / relative).read_text() == path.read_text(), relative


def test_the_json_export_carries_it_too(evaluasi: EvaluasiLke, inspektur: Any) -> None:
    isi = _upload(evaluasi, inspektur)
    (pemda,) = json.loads(dataset_json())["pemda"]
    assert pemda["templat_lhe"]["sha256"] == hashlib.sha256(isi).hexdigest()
    assert pemda["templat_lhe"]["diunggah"] == "2023-01-20T01:30:00+00:00"


def test_a_dataset_without_one_returns_the_pemda_to_the_bundled_template(
    evaluasi: EvaluasiLke, inspektur: Any, tmp_path: Path
) -> None:
    dump_all(tmp_path)
    _upload(evaluasi, inspektur)
    load_path(tmp_path)
    assert not TemplatLhe.objects.exists()
    assert KOP not in _kepala(lhe.render(evaluasi, "docx"))


@pytest.mark.parametrize(
    ("change", "pesan"),
    [
        (lambda t: t.replace("    isi: |\n      UEsDB", "    isi: |\n      UEsD!"), "base64"),
        (
            lambda t: t.replace("    sha256: ", "    sha256: 00"),
            "tidak sesuai sha256 00",
        ),
        (
            lambda t: t.replace("'2023-01-20T01:30:00+00:00'", "'2023-01-20T01:30:00'"),
            "sertakan zona waktu",
        ),
    ],
    ids=["base64", "sha256", "waktu"],
)
def test_it_refuses_a_damaged_template_and_keeps_the_stored_one(
    evaluasi: EvaluasiLke, inspektur: Any, tmp_path: Path, change: Any, pesan: str
) -> None:
    isi = _upload(evaluasi, inspektur)
    dump_all(tmp_path)
    berkas = tmp_path / "pemda.yaml"
    teks = berkas.read_text()
    assert change(teks) != teks
    berkas.write_text(change(teks))
    with pytest.raises(DatasetError, match=pesan):
        load_path(tmp_path)
    assert bytes(TemplatLhe.objects.get().isi) == isi
