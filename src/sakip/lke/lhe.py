"""The LHE of one OPD's LKE, and the LKE's recommendations as the records Tabel 10 reports."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import IO, Any

from sakip.alur.layanan import Sesi
from sakip.core import model as c
from sakip.core.dokumen import lhe
from sakip.core.dokumen.model import Dokumen
from sakip.core.lke.evaluasi import kode_regulasi
from sakip.kaskade.models import Jabatan
from sakip.kinerja import models as m

from .layanan import template_dari
from .models import EvaluasiLke, JabatanRekomendasi, LaporanHasilEvaluasi, TemplatLhe
from .penanggung_jawab import jabatan_dari


def bahan(evaluasi: EvaluasiLke) -> lhe.BahanLhe:
    """Return what the LHE is made of: final answers, notes, recommendations, signing data."""
    t = template_dari(evaluasi)
    opd = evaluasi.opd
    penetapan = list(evaluasi.penetapan.all())
    ke_lke = {v: k for k, v in kode_regulasi(t).items()}
    sah = LaporanHasilEvaluasi.objects.filter(evaluasi=evaluasi).first()
    return lhe.BahanLhe(
        template=t,
        opd=opd.nama,
        pemda=opd.pemda.nama,
        tempat_pemda=opd.pemda.tempat,
        tahun=evaluasi.tahun,
        jawaban={p.kriteria: p.jawaban for p in penetapan},
        catatan={p.kriteria: p.catatan for p in penetapan},
        rekomendasi=_rekomendasi_lhe(evaluasi, ke_lke),
        penandatangan=c.Pejabat(sah.jabatan, sah.nama or None, sah.nip or None) if sah else None,
        status=(sah.status or None) if sah else None,
        tempat=(sah.tempat or None) if sah else None,
        tanggal=sah.tanggal if sah else None,
        nomor=(sah.nomor or None) if sah else None,
    )


def _rekomendasi_lhe(evaluasi: EvaluasiLke, ke_lke: dict[str, str]) -> list[lhe.RekomendasiLhe]:
    listing = rekomendasi(evaluasi)
    jabatan = jabatan_dari(listing)
    return [
        lhe.RekomendasiLhe(
            komponen=ke_lke.get(r.komponen, r.komponen),
            uraian=r.uraian,
            tenggat=r.tenggat,
            unit=r.unit.nama if r.unit is not None else None,
            jabatan=jabatan[r.pk].nama if r.pk in jabatan else None,
        )
        for r in listing
    ]


def dokumen(evaluasi: EvaluasiLke) -> Dokumen:
    """Return the LHE as a document."""
    return lhe.build(bahan(evaluasi))


def render(evaluasi: EvaluasiLke, fmt: str, template: Path | IO[bytes] | None = None) -> bytes:
    """Return the LHE as DOCX, PDF or HTML bytes. A DOCX is written into `template` when given,
    else into the Pemda's own LHE template when it has one, else into the bundled one."""
    from sakip.laporan.services import render_dokumen

    if template is None and fmt == "docx":
        template = templat_pemda(evaluasi.opd.pemda_id)
    return render_dokumen(dokumen(evaluasi), fmt, template=template)


def templat_pemda(pemda_id: int) -> IO[bytes] | None:
    """Return the Pemda's own LHE template, or None when it uses the bundled one."""
    isi = TemplatLhe.objects.filter(pemda_id=pemda_id).values_list("isi", flat=True).first()
    return io.BytesIO(bytes(isi)) if isi is not None else None


def save_templat(sesi: Sesi, evaluasi: EvaluasiLke, nama: str, isi: bytes) -> TemplatLhe:
    """Make a DOCX the Pemda's LHE template, once the evaluation's LHE is written into it;
    raise `TemplatRusak` (nothing saved) when it cannot serve as one."""
    render(evaluasi, "docx", template=io.BytesIO(isi))
    pemda_id = evaluasi.opd.pemda_id
    obj = TemplatLhe.objects.filter(pemda_id=pemda_id).first() or TemplatLhe(pemda_id=pemda_id)
    obj.nama, obj.isi = nama, isi
    sesi.save(obj, ["nama", "isi"])
    return obj


def delete_templat(sesi: Sesi, pemda_id: int) -> None:
    """Return the Pemda to the bundled LHE template."""
    obj = TemplatLhe.objects.filter(pemda_id=pemda_id).first()
    if obj is not None:
        sesi.delete(obj)


def rekomendasi(evaluasi: EvaluasiLke) -> list[m.Rekomendasi]:
    """Return the recommendations of the evaluation, in the order of their components."""
    return list(
        m.Rekomendasi.objects.filter(opd=evaluasi.opd, tahun_evaluasi=evaluasi.tahun)
        .select_related("unit")
        .order_by("urutan", "id")
    )


def add_rekomendasi(
    sesi: Sesi,
    evaluasi: EvaluasiLke,
    komponen: str,
    uraian: str,
    tenggat: date | None = None,
    unit: m.UnitKerja | None = None,
    jabatan: Jabatan | None = None,
) -> m.Rekomendasi:
    """Add a recommendation of the LHE to one LKE component, as Tabel 10 will report it, with
    its deadline and responsible unit and position where given."""
    kode = kode_regulasi(template_dari(evaluasi))
    urutan = 1 + max((r.urutan for r in rekomendasi(evaluasi)), default=0)
    obj = m.Rekomendasi(
        opd=evaluasi.opd,
        tahun_evaluasi=evaluasi.tahun,
        komponen=kode.get(komponen, komponen),
        uraian=uraian,
        urutan=urutan,
        tenggat=tenggat,
        unit=unit,
    )
    sesi.save(obj)
    if jabatan is not None:
        sesi.save(JabatanRekomendasi(rekomendasi=obj, jabatan=jabatan))
    return obj


def save_pengesahan(sesi: Sesi, evaluasi: EvaluasiLke, **isi: Any) -> LaporanHasilEvaluasi:
    """Write the LHE's letter number, place, date and signatory."""
    obj = LaporanHasilEvaluasi.objects.filter(evaluasi=evaluasi).first()
    obj = obj or LaporanHasilEvaluasi(evaluasi=evaluasi)
    for nama, nilai in isi.items():
        setattr(obj, nama, nilai)
    sesi.save(obj, list(isi))
    return obj
