"""Evidence files: stored under MEDIA_ROOT, type and size checked, the unit's own only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sakip.web.models import Bukti

from .conftest import KANAAN, url_entri

UPLOAD = url_entri(KANAAN) + "bukti/"


def test_it_stores_an_evidence_file_under_media_root(
    login: Callable[[str], Client], settings
) -> None:  # type: ignore[no-untyped-def]
    berkas = SimpleUploadedFile("sp2d desember.pdf", b"%PDF-1.4 isi", "application/pdf")
    client = login("op-kanaan")
    client.post(UPLOAD, {"berkas": berkas, "keterangan": "SP2D"})
    bukti = Bukti.objects.get()
    assert Path(bukti.berkas.path).is_relative_to(Path(settings.MEDIA_ROOT))
    assert bukti.nama == "sp2d desember.pdf" and bukti.diunggah_oleh.username == "op-kanaan"
    r = client.get(f"/bukti/{bukti.pk}/")
    assert b"".join(r.streaming_content) == b"%PDF-1.4 isi"


def test_it_rejects_a_type_it_does_not_accept(login: Callable[[str], Client]) -> None:
    berkas = SimpleUploadedFile("program.exe", b"MZ\x90\x00", "application/octet-stream")
    r = login("op-kanaan").post(UPLOAD, {"berkas": berkas}, follow=True)
    assert "Jenis berkas tidak diterima" in r.content.decode()
    assert not Bukti.objects.exists()


def test_it_rejects_a_file_whose_content_is_not_its_type(login: Callable[[str], Client]) -> None:
    berkas = SimpleUploadedFile("laporan.pdf", b"<html>bukan pdf</html>", "application/pdf")
    r = login("op-kanaan").post(UPLOAD, {"berkas": berkas}, follow=True)
    assert "Isi berkas tidak sesuai dengan jenisnya." in r.content.decode()
    assert not Bukti.objects.exists()


def test_it_rejects_a_file_above_the_size_limit(login: Callable[[str], Client], settings) -> None:  # type: ignore[no-untyped-def]
    settings.SAKIP_BUKTI_MAKS_MB = 1
    berkas = SimpleUploadedFile("foto.png", b"\x89PNG\r\n\x1a\n" + b"0" * 1_100_000, "image/png")
    r = login("op-kanaan").post(UPLOAD, {"berkas": berkas}, follow=True)
    assert "Ukuran berkas melebihi 1 MB." in r.content.decode()
    assert not Bukti.objects.exists()
