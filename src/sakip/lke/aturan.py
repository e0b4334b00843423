"""The LKE's own rules, checked by the change service at every door (decision 0017).

Registered as the `check` of each LKE record type (`sakip.alur.rekaman.JenisRekaman`), so the
web pages, the entry workbook and any other door refuse the same records in the same words: an
answer or a working note only while its window is open, a final answer only by the evaluator
assigned to its sub-component (when one is assigned), an answer only from its criterion's type,
a recommendation's responsible position only one of its own OPD.
"""

from __future__ import annotations

from typing import Any

from sakip.core.lke import template as tpl
from sakip.kaskade.models import Jabatan
from sakip.kinerja.models import Rekomendasi

from .models import EvaluasiLke, JendelaLke, PenugasanPenilai

Alasan = tuple[str, str]
"""(field, why): the field a workbook's error points at."""


def _simpanan(sesi: Any) -> dict[Any, Any]:
    """Return what the LKE rules looked up in this change (one lookup per row otherwise)."""
    simpanan = getattr(sesi, "_lke", None)
    if simpanan is None:
        simpanan = sesi._lke = {}
    return simpanan


def lupakan(sesi: Any) -> None:
    """Forget the lookups of this change (a window was opened or closed in it)."""
    sesi._lke = {}


def _evaluasi(obj: Any, sesi: Any) -> EvaluasiLke | None:
    simpanan = _simpanan(sesi)
    key = (EvaluasiLke, obj.evaluasi_id)
    if key not in simpanan:
        simpanan[key] = EvaluasiLke.objects.select_related("opd").filter(pk=obj.evaluasi_id).first()
    return simpanan[key]  # type: ignore[no-any-return]


def _jendela(evaluasi: EvaluasiLke, jenis: str, sesi: Any) -> str | None:
    simpanan = _simpanan(sesi)
    key = (JendelaLke, evaluasi.pk, jenis)
    if key not in simpanan:
        simpanan[key] = alasan_jendela(evaluasi, jenis)
    return simpanan[key]  # type: ignore[no-any-return]


def alasan_jendela(evaluasi: EvaluasiLke, jenis: str) -> str | None:
    """Return why an answer of this kind may not be written now (None: its window is open)."""
    ada = JendelaLke.objects.filter(
        pemda_id=evaluasi.opd.pemda_id, tahun=evaluasi.tahun, jenis=jenis
    ).first()
    status = ada.status if ada is not None else JendelaLke.BELUM
    if status == JendelaLke.DIBUKA:
        return None
    siapa = (
        "pengisian LKE oleh perangkat daerah"
        if jenis == JendelaLke.OPD
        else "penilaian LKE oleh Inspektorat"
    )
    keadaan = "sudah ditutup" if status == JendelaLke.DITUTUP else "belum dibuka"
    return f"jendela {siapa} tahun {evaluasi.tahun} {keadaan}"


def _jawaban(evaluasi: EvaluasiLke, kode: str, jawaban: str | None) -> Alasan | None:
    """Return why a criterion or an answer is not the template's, else None."""
    from .layanan import template_dari

    t = template_dari(evaluasi)
    kriteria = {kr.kode: kr for kr in t.kriteria()}.get(kode)
    if kriteria is None:
        return "kriteria", f"kriteria {kode} tidak ada dalam template {t.kode} versi {t.versi}"
    allowed = t.jenis(kriteria).kode_pilihan
    if jawaban is not None and jawaban not in allowed:
        return (
            "jawaban",
            f"jawaban {jawaban} tidak dikenal; pilih salah satu dari {', '.join(allowed)}",
        )
    return None


def _di(field: str, alasan: str | None) -> Alasan | None:
    return (field, alasan) if alasan else None


def subkomponen_dari(t: tpl.TemplateLke, kode: str) -> str | None:
    """Return the kode of the sub-component holding a criterion."""
    return next((s.kode for s in t.subkomponen() for kr in s.kriteria if kr.kode == kode), None)


def _penilai(evaluasi: EvaluasiLke, kode: str, sesi: Any) -> str | None:
    """Return why the person may not set this criterion's final answer (another is assigned)."""
    from .layanan import template_dari

    sub = subkomponen_dari(template_dari(evaluasi), kode)
    tugas = PenugasanPenilai.objects.filter(evaluasi=evaluasi, subkomponen=sub).first()
    if tugas is None or sesi.pengguna is None or tugas.penilai_id == sesi.pengguna.pk:
        return None
    return f"subkomponen {sub} ditugaskan kepada penilai {tugas.penilai.get_username()}"


BELUM_ADA = "LKE tahun ini belum dibuka untuk perangkat daerah ini oleh Inspektorat"


def check_usulan(obj: Any, aksi: str, sesi: Any) -> list[Any]:
    """Check an OPD's answer: a known criterion and answer, during the OPD's window."""
    e = _evaluasi(obj, sesi)
    if e is None:
        return [BELUM_ADA]
    listing = [_jawaban(e, obj.kriteria, None if aksi == "hapus" else obj.jawaban)]
    listing.append(_di("jawaban", _jendela(e, JendelaLke.OPD, sesi)))
    return [a for a in listing if a]


def check_penetapan(obj: Any, aksi: str, sesi: Any) -> list[Any]:
    """Check a final answer: known, during the evaluation window, by the assigned evaluator."""
    e = _evaluasi(obj, sesi)
    if e is None:
        return []
    listing = [_jawaban(e, obj.kriteria, None if aksi == "hapus" else obj.jawaban)]
    listing += [
        _di("jawaban", _jendela(e, JendelaLke.INSPEKTORAT, sesi)),
        _di("jawaban", _penilai(e, obj.kriteria, sesi)),
    ]
    return [a for a in listing if a]


def check_kertas(obj: Any, aksi: str, sesi: Any) -> list[Any]:
    """Check a working note: a known criterion, during the evaluation window."""
    e = _evaluasi(obj, sesi)
    if e is None:
        return []
    listing = [
        _jawaban(e, obj.kriteria, None),
        _di("catatan", _jendela(e, JendelaLke.INSPEKTORAT, sesi)),
    ]
    return [a for a in listing if a]


def check_penugasan(obj: Any, aksi: str, sesi: Any) -> list[Any]:
    """Check an assignment: a sub-component of the evaluation's template."""
    from .layanan import template_dari

    e = _evaluasi(obj, sesi)
    if e is None:
        return []
    t = template_dari(e)
    if obj.subkomponen not in {s.kode for s in t.subkomponen()}:
        return [f"subkomponen {obj.subkomponen} tidak ada dalam template {t.kode} versi {t.versi}"]
    return []


def check_jabatan_rekomendasi(obj: Any, aksi: str, sesi: Any) -> list[Any]:
    """Check the position responsible for a recommendation: one of the recommendation's OPD."""
    if aksi == "hapus":
        return []
    opd_rekomendasi, _ = sesi.find(Rekomendasi, obj.rekomendasi_id)
    opd_jabatan, _ = sesi.find(Jabatan, obj.jabatan_id)
    if opd_jabatan != opd_rekomendasi:
        return [
            (
                "jabatan",
                "jabatan penanggung jawab harus jabatan pada perangkat daerah yang diberi "
                "rekomendasi",
            )
        ]
    return []
