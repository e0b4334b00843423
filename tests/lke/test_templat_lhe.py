"""A Pemda's own DOCX template of the LHE: uploaded on the LHE page by the Inspektorat, used by
the page's download and by `sakip report lhe`; the figures still come from the LKE."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
from django.core.management import call_command
from django.test import Client

from sakip.lke.models import EvaluasiLke, TemplatLhe
from sakip.render.docx import templat_bawaan
from tests.conftest import KODE_BONTANG
from tests.lke.test_lhe import _teks, nilai_penuh

URL = f"/lke/{KODE_BONTANG}/2022/lhe/"
KOP = "INSPEKTORAT DAERAH KOTA BONTANG — Jl. Moh. Roem No. 1"


def _templat() -> bytes:
    """Return the bundled template with the Pemda's letterhead in its header."""
    d = docx.Document(str(templat_bawaan()))
    header = d.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = KOP
    header.add_paragraph("{{pemda}}")
    isi = io.BytesIO()
    d.save(isi)
    return isi.getvalue()


def _kepala(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for s in d.sections for p in s.header.paragraphs)


def _upload(client: Client, isi: bytes, nama: str = "kop-inspektorat.docx") -> Any:
    berkas = io.BytesIO(isi)
    berkas.name = nama
    return client.post(URL + "templat/", {"berkas": berkas})


def _masuk(user: Any) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_the_lhe_is_written_into_the_pemdas_template_with_the_models_figures(
    evaluasi: EvaluasiLke, inspektur: Any, tmp_path: Path
) -> None:
    nilai_penuh(evaluasi, inspektur)
    insp = _masuk(inspektur)
    assert KOP not in _kepala(insp.get(f"/lke/{KODE_BONTANG}/2022/lhe.docx").content)
    assert _upload(insp, _templat()).status_code == 302
    assert TemplatLhe.objects.get(pemda=evaluasi.opd.pemda).nama == "kop-inspektorat.docx"
    assert "milik Pemda (kop-inspektorat.docx" in insp.get(URL).content.decode()

    unduhan = insp.get(f"/lke/{KODE_BONTANG}/2022/lhe.docx").content
    kepala = _kepala(unduhan)
    assert KOP in kepala and "PEMERINTAH KOTA BONTANG" in kepala  # {{pemda}} filled in
    # 98,6875 computed from the final answers (tests/lke/test_lhe.py), not from the template.
    assert "adalah 98,69 dengan predikat AA (Sangat Memuaskan)" in _teks(unduhan)

    keluaran = tmp_path / "lhe.docx"
    call_command("report", "lhe", "--year", "2022", "--format", "docx", "-o", str(keluaran))
    assert KOP in _kepala(keluaran.read_bytes())
    assert "adalah 98,69" in _teks(keluaran.read_bytes())

    insp.post(URL + "templat/", {"hapus": "1"})
    assert not TemplatLhe.objects.exists()
    assert KOP not in _kepala(insp.get(f"/lke/{KODE_BONTANG}/2022/lhe.docx").content)


def test_it_rejects_a_file_that_is_not_a_docx_template(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    insp = _masuk(inspektur)
    page = insp.get(URL)
    assert "bawaan sakip" in page.content.decode()
    r = _upload(insp, b"PK\x03\x04 bukan docx", "rusak.docx")
    pesan = [str(m) for m in r.wsgi_request._messages]
    assert any(
        p.startswith("Templat tidak dapat dipakai: Templat DOCX tidak dapat dibuka") for p in pesan
    )
    r = _upload(insp, b"%PDF-1.4", "kop.pdf")
    assert "Unggah templat berupa berkas DOCX." in [str(m) for m in r.wsgi_request._messages]
    assert not TemplatLhe.objects.exists()


def test_only_the_inspektorat_changes_the_template(evaluasi: EvaluasiLke, perencana: Any) -> None:
    assert _upload(_masuk(perencana), _templat()).status_code == 403
    assert not TemplatLhe.objects.exists()
