"""Reports made in the background: a PDF or DOCX to download, and signing a report.

Laying out a PDF (and the DOCX, whose lists of contents carry the PDF's page numbers) takes
seconds; a web request that waited for it would hold one of the server's few processes and
show the person nothing. The page records a `SusunanDokumen` and enqueues `susun` on the
task queue (django-tasks, the database backend: `sakip serve` starts its worker); the page of
the job shows its steps until it ends (docs/web.md#dokumen-di-latar-belakang). A signing runs
the same change service step (`alur.langkah.tandatangani`) as before, as the person who asked.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from typing import Any

from django.utils import timezone
from django_tasks import task
from django_tasks.base import Task

from sakip.alur import langkah as alur_langkah
from sakip.alur.layanan import Ditolak
from sakip.core.dokumen.model import Dokumen

from . import services as svc
from .models import JENIS_DOKUMEN, SusunanDokumen

logger = logging.getLogger(__name__)

FORMAT_TANDA = ("html", "pdf", "docx")
"""The formats a signature keeps: the PDF before the DOCX, whose lists of contents take the
PDF's page numbers."""
NAMA_FORMAT = {"html": "HTML", "pdf": "PDF", "docx": "DOCX"}
SEGARKAN = 2
"""Seconds between two looks of a job's page while it is under way (no script needed)."""
KEEP_HOURS = 48
"""Hours a finished job and its bytes are kept for the person to download again."""
SYSTEM_ERROR = (
    "Dokumen tidak dapat disusun karena kesalahan sistem; tidak ada yang disimpan. "
    "Beri tahu pengelola aplikasi dengan menyebut waktu permintaan ini."
)


def langkah(s: SusunanDokumen) -> list[str]:
    """Return the steps of a job as the person reads them."""
    susun = "Menyusun isi laporan dari data"
    if s.tanda:
        return [
            susun,
            *(f"Membuat berkas {NAMA_FORMAT[f]}" for f in FORMAT_TANDA),
            "Menyimpan dokumen tertanda",
        ]
    return [susun, f"Menata halaman berkas {NAMA_FORMAT.get(s.format, s.format)}"]


def keadaan_langkah(s: SusunanDokumen) -> list[tuple[str, str]]:
    """Return each step of a job with its state for the page: selesai, berjalan or empty."""
    nama = langkah(s)
    if s.status == SusunanDokumen.ANTRE:
        return [(teks, "") for teks in nama]
    selesai = s.status == SusunanDokumen.SELESAI
    return [
        (teks, "selesai" if selesai or i < s.langkah else "berjalan" if i == s.langkah else "")
        for i, teks in enumerate(nama)
    ]


def detik(s: SusunanDokumen) -> int:
    """Return the seconds since the job was asked for."""
    return int((timezone.now() - s.dibuat).total_seconds())


def nama_jenis(jenis: str) -> str:
    """Return how a person names a kind of report."""
    return dict(JENIS_DOKUMEN).get(jenis, jenis)


def minta(
    pengguna: Any,
    opd: Any,
    tahun: int,
    jenis: str,
    *,
    format: str = "",
    opsi: dict[str, Any] | None = None,
    alasan: str = "",
) -> SusunanDokumen:
    """Record a job for an OPD's report and put it on the queue; return it as it stands after.

    A download asked again while the same one is still under way is that job, not a new one.
    With the immediate backend (the tests) the job has ended when this returns.
    """
    opsi = opsi or {}
    if format:
        ada = (
            SusunanDokumen.objects.filter(
                opd=opd, tahun=tahun, jenis=jenis, format=format, opsi=opsi, oleh=pengguna
            )
            .exclude(status__in=(SusunanDokumen.SELESAI, SusunanDokumen.GAGAL))
            .first()
        )
        if ada is not None:
            return ada
    return record(
        susun,
        pengguna,
        opd=opd,
        tahun=tahun,
        jenis=jenis,
        format=format,
        opsi=opsi,
        tanda=not format,
        alasan=alasan,
    )


def record(tugas: Task[[int], None], pengguna: Any, **kolom: Any) -> SusunanDokumen:
    """Record a job, put `tugas` on the queue for it, and return it as it stands after.

    Jobs finished more than `KEEP_HOURS` hours ago are deleted first.
    """
    limit = timezone.now() - datetime.timedelta(hours=KEEP_HOURS)
    SusunanDokumen.objects.filter(diperbarui__lt=limit).delete()
    s = SusunanDokumen.objects.create(oleh=pengguna, **kolom)
    tugas.enqueue(s.pk)
    s.refresh_from_db()
    return s


def maju(s: SusunanDokumen, ke: int) -> None:
    """Record that the job is at step `ke`."""
    s.status, s.langkah = SusunanDokumen.BERJALAN, ke
    s.save(update_fields=["status", "langkah", "diperbarui"])


def akhiri(s: SusunanDokumen, status: str, pesan: str = "", isi: bytes | None = None) -> None:
    """Record how the job ended."""
    s.status, s.pesan, s.isi = status, pesan, isi
    s.save(update_fields=["status", "pesan", "isi", "diperbarui"])


def jalankan(s: SusunanDokumen, kerja: Callable[[SusunanDokumen], None]) -> None:
    """Run a job's work, ending it with the refusal or the reason when the work fails."""
    try:
        kerja(s)
    except Ditolak as exc:
        akhiri(s, SusunanDokumen.GAGAL, str(exc))
    except (LookupError, ValueError) as exc:
        # The report cannot be made from the data (no data for the year, no such PK): in words.
        akhiri(s, SusunanDokumen.GAGAL, str(exc))
    except Exception:
        logger.exception("susunan dokumen %s gagal", s.pk)
        akhiri(s, SusunanDokumen.GAGAL, SYSTEM_ERROR)


def create_all(s: SusunanDokumen, dok: Dokumen) -> dict[str, bytes]:
    """Render a document in every format a signature keeps, recording a step per format."""
    isi = {}
    for i, fmt in enumerate(FORMAT_TANDA, start=1):
        maju(s, i)
        isi[fmt] = svc.render_dokumen(dok, fmt)
    maju(s, len(FORMAT_TANDA) + 1)
    return isi


@task()
def susun(susunan_id: int) -> None:
    """Make the job's OPD report (and sign it, for a signing), recording each step."""
    s = SusunanDokumen.objects.select_related("opd", "oleh").filter(pk=susunan_id).first()
    if s is not None and not s.berakhir:
        jalankan(s, _susun_opd)


def _susun_opd(s: SusunanDokumen) -> None:
    assert s.opd is not None  # an OPD's job: `susun` is queued for OPD reports only
    opsi = {k: v for k, v in s.opsi.items() if k in ("triwulan", "versi")}
    maju(s, 0)
    dok = svc.dokumen(s.jenis, s.opd, s.tahun, **opsi)
    if not s.tanda:
        maju(s, 1)
        akhiri(s, SusunanDokumen.SELESAI, isi=svc.render_dokumen(dok, s.format))
        return
    isi = create_all(s, dok)
    alur_langkah.tandatangani(
        s.opd, s.tahun, s.jenis, isi, s.oleh, versi=opsi.get("versi"), alasan=s.alasan
    )
    pesan = f"{nama_jenis(s.jenis)} {s.tahun} ditandatangani dan disimpan."
    akhiri(s, SusunanDokumen.SELESAI, pesan)


__all__ = [
    "FORMAT_TANDA",
    "akhiri",
    "create_all",
    "record",
    "detik",
    "jalankan",
    "keadaan_langkah",
    "langkah",
    "maju",
    "minta",
    "nama_jenis",
    "susun",
]
