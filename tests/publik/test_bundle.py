"""The export bundle: signed documents only, one file per signed document, a manifest of hashes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sakip.kinerja import models as m

from .conftest import OPD, PDF, TAHUN, tanda, upload


def _isi(opd: m.PerangkatDaerah) -> None:
    """Sign the LKjIP in three formats, upload a signed Renstra, an unsigned IKU, a Pemda RPJMD."""
    tanda(opd, html=b"<p>LKjIP</p>", docx=b"PK\x03\x04docx", pdf=PDF)
    upload(opd, opd.pemda)
    upload(opd, opd.pemda, jenis="iku", nama="iku.pdf", ditandatangani=False)
    upload(None, opd.pemda, jenis="rpjmd", nama="rpjmd.pdf", oleh="admin", data=PDF + b"rpjmd")


def test_a_zip_bundle_lists_every_signed_document_with_its_hash(
    opd: m.PerangkatDaerah, tmp_path: Path
) -> None:
    _isi(opd)
    out = io.StringIO()
    call_command("bundle", year=TAHUN, all=True, output=str(tmp_path / "b.zip"), stdout=out)
    with zipfile.ZipFile(tmp_path / "b.zip") as z:
        manifest = json.loads(z.read("manifest.json"))
        rows = list(csv.DictReader(io.StringIO(z.read("manifest.csv").decode())))
        berkas = {n: z.read(n) for n in z.namelist() if not n.startswith("manifest.")}
    assert (manifest["pemda"], manifest["tahun"]) == (opd.pemda.kode, TAHUN)
    assert manifest["daftar_jenis"]["kepastian"] == "[C]"
    dok = manifest["dokumen"]
    # The Pemda's own documents first, then each OPD's in the order of the national list.
    assert [(d["jenis"], d["opd"], d["tahun"], d["berkas"]) for d in dok] == [
        ("rpjmd", None, TAHUN, f"pemda-{opd.pemda.kode}/rpjmd/rpjmd.pdf"),
        ("renstra", OPD, TAHUN, f"{OPD}/renstra/renstra.pdf"),
        ("laporan-kinerja", OPD, TAHUN, f"{OPD}/laporan-kinerja/laporan-kinerja-{OPD}-{TAHUN}.pdf"),
    ]
    assert sorted(d["berkas"] for d in dok) == sorted(berkas)
    for d in dok:
        assert d["sha256"] == hashlib.sha256(berkas[d["berkas"]]).hexdigest()
        assert d["ukuran"] == len(berkas[d["berkas"]])
    # The CSV manifest says the same, row by row.
    assert [(r["jenis"], r["berkas"], r["sha256"]) for r in rows] == [
        (d["jenis"], d["berkas"], d["sha256"]) for d in dok
    ]
    assert "Dilewati (belum ditandatangani): Dokumen iku (iku.pdf)" in out.getvalue()


def test_a_folder_bundle_of_one_opd_leaves_the_pemda_out(
    opd: m.PerangkatDaerah, tmp_path: Path
) -> None:
    _isi(opd)
    call_command("bundle", year=TAHUN, opd=OPD, output=str(tmp_path / "b"), stdout=io.StringIO())
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    assert [d["jenis"] for d in manifest["dokumen"]] == ["renstra", "laporan-kinerja"]
    for d in manifest["dokumen"]:
        data = (tmp_path / "b" / d["berkas"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == d["sha256"]
    assert (tmp_path / "b" / OPD / "laporan-kinerja").iterdir().__next__().suffix == ".pdf"


def test_a_withdrawn_signature_is_not_bundled(opd: m.PerangkatDaerah, tmp_path: Path) -> None:
    (d,) = tanda(opd)
    d.dicabut = True
    d.save()
    call_command("bundle", year=TAHUN, opd=OPD, output=str(tmp_path / "b"), stdout=io.StringIO())
    assert json.loads((tmp_path / "b" / "manifest.json").read_text())["dokumen"] == []


def test_it_refuses_a_folder_that_is_not_empty(opd: m.PerangkatDaerah, tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "lain.txt").write_text("x")
    with pytest.raises(CommandError, match="tidak kosong"):
        call_command("bundle", year=TAHUN, all=True, output=str(tmp_path / "b"))


def test_two_files_of_one_name_both_go_in(opd: m.PerangkatDaerah, tmp_path: Path) -> None:
    pertama = upload(opd, opd.pemda, jenis="pk", nama="pk.pdf")
    kedua = upload(opd, opd.pemda, jenis="pk", nama="pk.pdf", data=PDF + b"eselon III")
    call_command("bundle", year=TAHUN, opd=OPD, output=str(tmp_path / "b"), stdout=io.StringIO())
    dok = json.loads((tmp_path / "b" / "manifest.json").read_text())["dokumen"]
    assert [d["berkas"] for d in dok] == [
        f"{OPD}/pk/pk.pdf",
        f"{OPD}/pk/pk-{kedua.sha256[:8]}.pdf",
    ]
    assert (tmp_path / "b" / dok[0]["berkas"]).read_bytes() == pertama.isi()
    assert (tmp_path / "b" / dok[1]["berkas"]).read_bytes() == PDF + b"eselon III"
