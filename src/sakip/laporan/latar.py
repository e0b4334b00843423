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
from typing import Any

from django.utils import timezone
from django_tasks import task

from sakip.alur import langkah as alur_langkah
from sakip.alur.layanan import Ditolak

from . import services as svc
from .models import JENIS_DOKUMEN, SusunanDokumen

logger = logging.getLogger(__name__)

FORMAT_TANDA = ("html", "pdf", "docx")
"""The formats a signature keeps: the PDF before the DOCX, whose lists of contents take the
PDF's page numbers."""
NAMA_FORMAT = {"html": "HTML", "pdf": "PDF", "docx": "DOCX"}
SIMPAN = 48
"""Hours a finished job and its bytes are kept for the person to download again."""
GALAT_SISTEM = (
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
    """Record a job for the person and put it on the queue; return it as it stands after.

    A download asked again while the same one is still under way is that job, not a new one.
    With the immediate backend (the tests) the job has ended when this returns.
    """
    opsi = opsi or {}
    tanda = not format
    batas = timezone.now() - datetime.timedelta(hours=SIMPAN)
    SusunanDokumen.objects.filter(diperbarui__lt=batas).delete()
    ada = (
        SusunanDokumen.objects.filter(
            opd=opd, tahun=tahun, jenis=jenis, format=format, opsi=opsi, oleh=pengguna, tanda=False
        )
        .exclude(status__in=(SusunanDokumen.SELESAI, SusunanDokumen.GAGAL))
        .first()
        if not tanda
        else None
    )
    if ada is not None:
        return ada
    s = SusunanDokumen.objects.create(
        opd=opd,
        tahun=tahun,
        jenis=jenis,
        format=format,
        opsi=opsi,
        tanda=tanda,
        alasan=alasan,
        oleh=pengguna,
    )
    susun.enqueue(s.pk)
    s.refresh_from_db()
    return s


def _maju(s: SusunanDokumen, ke: int) -> None:
    s.status, s.langkah = SusunanDokumen.BERJALAN, ke
    s.save(update_fields=["status", "langkah", "diperbarui"])


def _akhiri(s: SusunanDokumen, status: str, pesan: str = "", isi: bytes | None = None) -> None:
    s.status, s.pesan, s.isi = status, pesan, isi
    s.save(update_fields=["status", "pesan", "isi", "diperbarui"])


@task()
def susun(susunan_id: int) -> None:
    """Make the job's document (and sign it, for a signing), recording each step."""
    s = SusunanDokumen.objects.select_related("opd", "oleh").filter(pk=susunan_id).first()
    if s is None or s.berakhir:
        return
    opsi = {k: v for k, v in s.opsi.items() if k in ("triwulan", "versi")}
    try:
        _maju(s, 0)
        dok = svc.dokumen(s.jenis, s.opd, s.tahun, **opsi)
        if not s.tanda:
            _maju(s, 1)
            _akhiri(s, SusunanDokumen.SELESAI, isi=svc.render_dokumen(dok, s.format))
            return
        isi = {}
        for i, fmt in enumerate(FORMAT_TANDA, start=1):
            _maju(s, i)
            isi[fmt] = svc.render_dokumen(dok, fmt)
        _maju(s, len(FORMAT_TANDA) + 1)
        alur_langkah.tandatangani(
            s.opd, s.tahun, s.jenis, isi, s.oleh, versi=opsi.get("versi"), alasan=s.alasan
        )
    except Ditolak as exc:
        _akhiri(s, SusunanDokumen.GAGAL, str(exc))
    except (LookupError, ValueError) as exc:
        # The report cannot be made from the data (no data for the year, no such PK): in words.
        _akhiri(s, SusunanDokumen.GAGAL, str(exc))
    except Exception:
        logger.exception("susunan dokumen %s gagal", susunan_id)
        _akhiri(s, SusunanDokumen.GAGAL, GALAT_SISTEM)
    else:
        _akhiri(
            s,
            SusunanDokumen.SELESAI,
            f"{nama_jenis(s.jenis)} {s.tahun} ditandatangani dan disimpan.",
        )


__all__ = ["FORMAT_TANDA", "langkah", "minta", "nama_jenis", "susun"]
