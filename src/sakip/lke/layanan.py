"""Writing an LKE through the change service: the windows, the allowed answers, the template.

Every function here runs inside `sakip.alur.layanan.perubahan(...)` and ends in `sesi.save`,
so the roles (PERENCANA for the OPD's answers, INSPEKTORAT for the final ones and the windows)
and the signed-year lock apply as at every door; what it adds is the LKE's own rule: an answer is
written only while its window is open, and a final answer only by the evaluator assigned to its
sub-component: `sakip.lke.aturan`, the service's hook for these record types, so that every door
applies them (docs/lke.md, decision 0017).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sakip.alur.layanan import Ditolak, Penolakan, Sesi, nama_rekaman
from sakip.core import model as c
from sakip.core.lke import template as tpl
from sakip.core.lke.evaluasi import sebagai_evaluasi
from sakip.kinerja import models as m

from . import aturan
from .models import (
    EvaluasiLke,
    JawabanPenetapan,
    JawabanUsulan,
    JendelaLke,
    KertasKerja,
    LaporanHasilEvaluasi,
    PenugasanPenilai,
    SnapshotJendela,
)

FOLDER_ENV = "SAKIP_LKE_FOLDER"
"""A folder of the Pemda's own LKE template files (docs/lke.md)."""


def folder_tambahan() -> list[Path]:
    """Return the Pemda's own template folder when one is set."""
    folder = os.environ.get(FOLDER_ENV)
    return [Path(folder)] if folder else []


def template_dari(evaluasi: EvaluasiLke) -> tpl.TemplateLke:
    """Return the template version an evaluation is scored with."""
    return tpl.find(evaluasi.template_kode, evaluasi.template_versi, folder_tambahan())


def status_jendela(pemda_id: int, tahun: int, jenis: str) -> str:
    """Return a window's status (Belum dibuka when the Pemda never set it)."""
    jendela = JendelaLke.objects.filter(pemda_id=pemda_id, tahun=tahun, jenis=jenis).first()
    return jendela.status if jendela is not None else JendelaLke.BELUM


def alasan_jendela(evaluasi: EvaluasiLke, jenis: str) -> str | None:
    """Return why an answer of this kind may not be written now (None: its window is open)."""
    return aturan.alasan_jendela(evaluasi, jenis)


def _tolak(rekaman: str, alasan: str) -> None:
    raise Ditolak([Penolakan(rekaman, alasan)])


def save_usulan(
    sesi: Sesi,
    evaluasi: EvaluasiLke,
    kode: str,
    jawaban: str,
    catatan: str = "",
    bukti: str = "",
) -> JawabanUsulan:
    """Write the OPD's proposed answer to one criterion (the service checks its window)."""
    obj = JawabanUsulan.objects.filter(evaluasi=evaluasi, kriteria=kode).first()
    obj = obj or JawabanUsulan(evaluasi=evaluasi, kriteria=kode)
    obj.jawaban, obj.catatan, obj.bukti = jawaban, catatan, bukti
    sesi.save(obj, ["jawaban", "catatan", "bukti"])
    return obj


def save_penetapan(
    sesi: Sesi, evaluasi: EvaluasiLke, kode: str, jawaban: str, catatan: str = ""
) -> JawabanPenetapan:
    """Write the evaluator's final answer to one criterion (the service checks its window)."""
    obj = JawabanPenetapan.objects.filter(evaluasi=evaluasi, kriteria=kode).first()
    obj = obj or JawabanPenetapan(evaluasi=evaluasi, kriteria=kode)
    obj.jawaban, obj.catatan = jawaban, catatan
    sesi.save(obj, ["jawaban", "catatan"])
    return obj


def atur_jendela(sesi: Sesi, pemda: m.Pemda, tahun: int, jenis: str, status: str) -> JendelaLke:
    """Open or close a window; opening the OPDs' window opens an LKE for every OPD of the Pemda."""
    jendela = JendelaLke.objects.filter(pemda=pemda, tahun=tahun, jenis=jenis).first()
    jendela = jendela or JendelaLke(pemda=pemda, tahun=tahun, jenis=jenis)
    if jendela.status == JendelaLke.DITUTUP and status != JendelaLke.DITUTUP:
        _tolak(
            nama_rekaman(jendela),
            "jendela yang sudah ditutup terkunci dan tidak dapat dibuka kembali",
        )
    menutup = jendela.status == JendelaLke.DIBUKA and status == JendelaLke.DITUTUP
    jendela.status = status
    sesi.save(jendela, ["status"])
    aturan.lupakan(sesi)
    if menutup:
        sesi.save(SnapshotJendela(jendela=jendela, isi=isi_snapshot(pemda, tahun)))
    if jenis == JendelaLke.OPD and status == JendelaLke.DIBUKA:
        for opd in m.PerangkatDaerah.objects.filter(pemda=pemda):
            buka_evaluasi(sesi, opd, tahun)
    return jendela


def buka_evaluasi(sesi: Sesi, opd: m.PerangkatDaerah, tahun: int) -> EvaluasiLke:
    """Return the OPD's LKE of the year, opened with the template in force when it has none."""
    ada = EvaluasiLke.objects.filter(opd=opd, tahun=tahun).first()
    if ada is not None:
        return ada
    t = tpl.berlaku(tahun, folder_tambahan())
    evaluasi = EvaluasiLke(opd=opd, tahun=tahun, template_kode=t.kode, template_versi=t.versi)
    sesi.save(evaluasi)
    return evaluasi


def terbitkan(sesi: Sesi, evaluasi: EvaluasiLke, terbit: bool = True) -> None:
    """Publish (or withdraw) the final answers, so that the OPD sees them."""
    evaluasi.diterbitkan = terbit
    sesi.save(evaluasi, ["diterbitkan"])


def save_kertas(
    sesi: Sesi, evaluasi: EvaluasiLke, kode: str, catatan: str, bukti: str = ""
) -> KertasKerja:
    """Write the evaluator's working note and evidence references of one criterion."""
    obj = KertasKerja.objects.filter(evaluasi=evaluasi, kriteria=kode).first()
    obj = obj or KertasKerja(evaluasi=evaluasi, kriteria=kode)
    obj.catatan, obj.bukti = catatan, bukti
    sesi.save(obj, ["catatan", "bukti"])
    return obj


def tugaskan(
    sesi: Sesi, evaluasi: EvaluasiLke, subkomponen: str, penilai: Any, unit_penilai: str = ""
) -> None:
    """Assign an evaluator to a sub-component (None: remove the assignment)."""
    ada = PenugasanPenilai.objects.filter(evaluasi=evaluasi, subkomponen=subkomponen).first()
    if penilai is None:
        if ada is not None:
            sesi.delete(ada)
        return
    obj = ada or PenugasanPenilai(evaluasi=evaluasi, subkomponen=subkomponen)
    obj.penilai, obj.unit_penilai = penilai, unit_penilai
    sesi.save(obj, ["penilai", "unit_penilai"])


def isi_snapshot(pemda: m.Pemda, tahun: int) -> dict[str, Any]:
    """Return every LKE of the Pemda's year as plain data: template, answers and notes."""
    result: dict[str, Any] = {}
    for e in EvaluasiLke.objects.filter(opd__pemda=pemda, tahun=tahun).select_related("opd"):
        result[e.opd.kode] = {
            "template": {"kode": e.template_kode, "versi": e.template_versi},
            "usulan": {
                u.kriteria: {"jawaban": u.jawaban, "catatan": u.catatan, "bukti": u.bukti}
                for u in e.usulan.all()
            },
            "penetapan": {
                p.kriteria: {"jawaban": p.jawaban, "catatan": p.catatan} for p in e.penetapan.all()
            },
            "kertas_kerja": {
                k.kriteria: {"catatan": k.catatan, "bukti": k.bukti} for k in e.kertas.all()
            },
        }
    return result


def evaluasi_sakip(opd: m.PerangkatDaerah, sebelum: int) -> list[c.EvaluasiSakip]:
    """Return the published LKEs of years before `sebelum` as the results Tabel 9 reports."""
    result = []
    for e in EvaluasiLke.objects.filter(opd=opd, tahun__lt=sebelum, diterbitkan=True):
        sah = LaporanHasilEvaluasi.objects.filter(evaluasi=e).first()
        result.append(
            sebagai_evaluasi(
                template_dari(e),
                e.tahun,
                {p.kriteria: p.jawaban for p in e.penetapan.all()},
                (sah.nomor or None) if sah else None,
                sah.tanggal if sah else None,
            )
        )
    return result
