"""Requests the server refuses or fails: too large, a 500 with its id in the log, a full disk."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.test import Client

from sakip.web.models import Bukti
from tests.web.conftest import KANAAN, PASSWORD, create_pengguna_demo, url_entri

UPLOAD = url_entri(KANAAN) + "bukti/"


@pytest.fixture
def operator(demo: Path) -> Client:
    create_pengguna_demo()
    client = Client(raise_request_exception=False)
    assert client.login(username="op-kanaan", password=PASSWORD)
    return client


def test_it_refuses_a_body_over_the_cap_before_reading_it(operator: Client) -> None:
    limit = (settings.SAKIP_BUKTI_MAKS_MB + 1) * 1024 * 1024
    # The body sent is short: reading it to its declared length would fail, so it is not read.
    r = operator.post(UPLOAD, b"x", content_type="application/pdf", CONTENT_LENGTH=str(limit + 1))
    assert r.status_code == 413
    assert f"melebihi batas {settings.SAKIP_BUKTI_MAKS_MB + 1} MB" in r.content.decode()
    assert not Bukti.objects.exists()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handler = next(h for h in logging.getLogger("django").handlers if h.get_name() == "berkas")
    semula = handler.baseFilename  # type: ignore[attr-defined]
    handler.close()
    handler.baseFilename = str(tmp_path / "log" / "sakip.log")  # type: ignore[attr-defined]
    yield tmp_path / "log" / "sakip.log"
    handler.close()
    handler.baseFilename = semula  # type: ignore[attr-defined]


class _DiskFullFile:
    """A file on a disk that fills up at the first write."""

    def __init__(self, fd: int, *args: object) -> None:
        self.fd = fd

    def write(self, data: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        os.close(self.fd)


def _disk_penuh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("django.core.files.storage.filesystem.os.fdopen", _DiskFullFile)


def test_a_server_error_shows_its_id_and_logs_path_user_traceback(
    operator: Client, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_penuh(monkeypatch)
    berkas = SimpleUploadedFile("sp2d.pdf", b"%PDF-1.4 isi", "application/pdf")
    r = operator.post(UPLOAD, {"berkas": berkas})
    assert r.status_code == 500
    nomor = r["X-Request-Id"]
    assert f"sebutkan nomor kejadian <strong>{nomor}</strong>" in r.content.decode()
    log = log_file.read_text()
    assert f"[{nomor}] POST {UPLOAD} user=op-kanaan:" in log
    assert "Traceback" in log and "No space left on device" in log


def _media_file() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.django_db(transaction=True)
def test_a_full_disk_while_writing_the_file_leaves_no_file(
    operator: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_penuh(monkeypatch)
    berkas = SimpleUploadedFile("sp2d.pdf", b"%PDF-1.4 isi", "application/pdf")
    assert operator.post(UPLOAD, {"berkas": berkas}).status_code == 500
    assert _media_file() == [] and not Bukti.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_full_disk_while_writing_the_row_leaves_no_file(
    operator: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.db.models.sql.compiler import SQLInsertCompiler

    asli = SQLInsertCompiler.execute_sql

    def sisip(self: SQLInsertCompiler, *args: object, **kwargs: object) -> object:
        if self.query.model is Bukti:
            self.as_sql()  # writes the file, as the real insert does, before the row fails
            raise OperationalError("database or disk is full")
        return asli(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SQLInsertCompiler, "execute_sql", sisip)
    berkas = SimpleUploadedFile("sp2d.pdf", b"%PDF-1.4 isi", "application/pdf")
    assert operator.post(UPLOAD, {"berkas": berkas}).status_code == 500
    assert _media_file() == [] and not Bukti.objects.exists()


def test_pages_refuse_frames_but_the_report_preview(operator: Client) -> None:
    from tests.web.conftest import url_opd

    assert operator.get(url_opd()).headers["X-Frame-Options"] == "DENY"
    r = operator.get(url_opd("laporan/pk/unduh/html/"))
    assert r.status_code == 200 and r.headers["X-Frame-Options"] == "SAMEORIGIN"
