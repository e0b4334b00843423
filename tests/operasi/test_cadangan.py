"""`sakip backup` then `sakip restore` gives back every row of every table and every file."""

from __future__ import annotations

import hashlib
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from sakip.alur.models import DokumenTertanda
from sakip.operasi.cadangan import label, media_file, model_dicadangkan
from sakip.web.models import Bukti
from tests.web.conftest import KANAAN, PASSWORD, create_pengguna_demo, url_entri, url_opd

PDF = b"%PDF-1.4 SP2D Desember \xff\x00 tanda terima"


def isi_tabel() -> dict[str, list[Any]]:
    """Return every row of every backed-up table, comparable across a restore."""
    result = {}
    for model in model_dicadangkan():
        rows = []
        for row in model._default_manager.order_by("pk").values():
            rows.append({k: bytes(v) if isinstance(v, memoryview) else v for k, v in row.items()})
        result[label(model)] = rows
    return result


def hash_media() -> dict[str, str]:
    return {
        nama: hashlib.sha256(p.read_bytes()).hexdigest()
        for nama, p in media_file(Path(settings.MEDIA_ROOT)).items()
    }


@pytest.fixture
def pemda_berjalan(transactional_db: None) -> None:
    """A Pemda at work: the demo data, its users, a signed LKjIP, an evidence file, history."""
    from sakip.dataset.load import load_path
    from tests.conftest import BONTANG

    load_path(BONTANG)
    create_pengguna_demo()
    op = Client()
    assert op.login(username="op-kanaan", password=PASSWORD)
    berkas = SimpleUploadedFile("sp2d desember.pdf", PDF, "application/pdf")
    op.post(url_entri(KANAAN) + "bukti/", {"berkas": berkas, "keterangan": "SP2D"})
    camat = Client()
    assert camat.login(username="camat", password=PASSWORD)
    camat.post(url_opd("laporan/lkjip/tandatangani/"), {"alasan": "Cadangan uji"})
    assert Bukti.objects.count() == 1 and DokumenTertanda.objects.count() == 3


def _kosongkan() -> None:
    import shutil

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT)


def test_a_restore_gives_back_every_table_and_file(pemda_berjalan: None, tmp_path: Path) -> None:
    sebelum, media = isi_tabel(), hash_media()
    assert len(media) == 1 and sum(len(r) for r in sebelum.values()) > 500
    cadangan = tmp_path / "cadangan.tar"
    call_command("backup", str(cadangan), stdout=open("/dev/null", "w"))  # noqa: SIM115
    _kosongkan()
    call_command("restore", str(cadangan), stdout=open("/dev/null", "w"))  # noqa: SIM115
    sesudah = isi_tabel()
    assert {k: len(v) for k, v in sesudah.items()} == {k: len(v) for k, v in sebelum.items()}
    assert sesudah == sebelum
    assert hash_media() == media
    camat = Client()
    assert camat.login(username="camat", password=PASSWORD)
    dokumen = DokumenTertanda.objects.get(format="pdf")
    assert camat.get(f"/dokumen/{dokumen.pk}/").content == bytes(dokumen.isi)
    bukti = Bukti.objects.get()
    r = camat.get(f"/bukti/{bukti.pk}/")
    assert b"".join(r.streaming_content) == PDF


def test_the_manifest_counts_every_table_and_hashes_every_file(
    pemda_berjalan: None, tmp_path: Path
) -> None:
    cadangan = tmp_path / "cadangan.tar"
    call_command("backup", str(cadangan), stdout=open("/dev/null", "w"))  # noqa: SIM115
    with tarfile.open(cadangan) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))  # type: ignore[arg-type]
        data = tar.extractfile("data.json").read()  # type: ignore[union-attr]
    assert manifest["tabel"] == {k: len(v) for k, v in isi_tabel().items()}
    assert {"auth.user", "alur.peran", "alur.dokumentertanda", "riwayat.perubahan"} <= set(
        k for k, n in manifest["tabel"].items() if n
    )
    assert manifest["berkas"]["data.json"] == hashlib.sha256(data).hexdigest()
    assert {k: v for k, v in manifest["berkas"].items() if k != "data.json"} == hash_media()


def test_it_refuses_a_database_that_is_not_empty(pemda_berjalan: None, tmp_path: Path) -> None:
    cadangan = tmp_path / "cadangan.tar"
    call_command("backup", str(cadangan), stdout=open("/dev/null", "w"))  # noqa: SIM115
    with pytest.raises(CommandError, match="basis data sudah berisi data"):
        call_command("restore", str(cadangan))
    Bukti.objects.all().delete()
    call_command("restore", str(cadangan), replace=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Bukti.objects.count() == 1


def test_it_refuses_an_archive_whose_file_does_not_match(
    pemda_berjalan: None, tmp_path: Path
) -> None:
    cadangan = tmp_path / "cadangan.tar"
    call_command("backup", str(cadangan), stdout=open("/dev/null", "w"))  # noqa: SIM115
    rusak = tmp_path / "rusak.tar"
    with tarfile.open(cadangan) as asli, tarfile.open(rusak, "w") as new:
        for anggota in asli.getmembers():
            isi = asli.extractfile(anggota).read()  # type: ignore[union-attr]
            if anggota.name.startswith("media/"):
                isi = isi.replace(b"SP2D", b"SPXX")
            import io

            new.addfile(anggota, io.BytesIO(isi))
    _kosongkan()
    with pytest.raises(CommandError, match="rusak: SHA-256 tidak sama"):
        call_command("restore", str(rusak))
    assert not Bukti.objects.exists()
