"""The Pemda's documents kept as signed, laid out in the background like an OPD's signature.

The Admin Pemda's button records a `SusunanDokumen` of the Pemda and puts `susun_pemda` on the
task queue; the job renders the document in every format (a step each) and keeps it through
`tanda.save_tertanda`, as the Admin Pemda who asked (docs/pemda.md).
"""

from __future__ import annotations

from typing import Any

from django_tasks import task

from sakip.laporan import latar
from sakip.laporan.models import SusunanDokumen

from . import lkjip, tanda
from .dokumen import dokumen as pk_dokumen


def minta(pengguna: Any, pemda: Any, tahun: int, jenis: str, versi: int | None) -> SusunanDokumen:
    """Record the job of keeping a Pemda document as signed and put it on the queue."""
    opsi = {"versi": versi} if jenis == tanda.PK and versi is not None else {}
    return latar.record(
        susun_pemda, pengguna, pemda=pemda, tahun=tahun, jenis=jenis, opsi=opsi, tanda=True
    )


@task()
def susun_pemda(susunan_id: int) -> None:
    """Render the Pemda's document in every format and keep it as signed, step by step."""
    s = SusunanDokumen.objects.select_related("pemda", "oleh").filter(pk=susunan_id).first()
    if s is not None and not s.berakhir:
        latar.jalankan(s, _save)


def _save(s: SusunanDokumen) -> None:
    assert s.pemda is not None  # a Pemda's job: `minta` records it with its Pemda
    versi = s.opsi.get("versi")
    latar.maju(s, 0)
    if s.jenis == tanda.LKJIP:
        dok = lkjip.dokumen(s.pemda, s.tahun)
    elif s.jenis == tanda.PK and versi is not None:
        dok = pk_dokumen(s.pemda, s.tahun, versi)
    else:
        raise LookupError("Jenis dokumen Pemda tidak dikenal.")
    isi = latar.create_all(s, dok)
    tanda.save_tertanda(s.pemda, s.tahun, s.jenis, isi, s.oleh, versi=versi)
    nama = tanda.SiapTanda(s.jenis, s.tahun, versi, None, ()).nama
    latar.akhiri(s, SusunanDokumen.SELESAI, f"{nama} tersimpan sebagai dokumen tertanda.")
