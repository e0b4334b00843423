"""The Pemda's own sections of `pemda.yaml`: its indicators, the head's PK, its deadlines.

docs/dataset-format.md#indikator-pemda. Each section is read only when present and written only
when there is something in it, so a dataset without them loads and dumps as before.
"""

from __future__ import annotations

from typing import Any

from sakip.core.pemda import Aturan
from sakip.core.tenggat import DOKUMEN
from sakip.kinerja import models as m
from sakip.pemda.models import (
    IndikatorPemda,
    KontribusiOpd,
    PengesahanLkjipPemda,
    PerjanjianKinerjaPemda,
    RealisasiIndikatorPemda,
    TargetIndikatorPemda,
    TargetPKPemda,
    TenggatPemda,
)

from .reader import DatasetError, Node, as_decimal, as_integer, choice, pejabat
from .yamlio import Kode


def load(pemda: m.Pemda, node: Node) -> None:
    """Replace the Pemda's indicators, the head's PK and the deadlines with the dataset's."""
    # The indicators went with the RPJMD cascade the loader replaced; the rest is replaced here.
    pemda.perjanjian_kinerja.all().delete()
    pemda.tenggat.all().delete()
    pemda.pengesahan_lkjip.all().delete()
    indikator: dict[str, IndikatorPemda] = {}
    for urutan, i in enumerate(node.items("indikator_pemda")):
        ind = _indikator(pemda, i, urutan)
        indikator[ind.kode] = ind
    for pk in node.items("perjanjian_kinerja"):
        _pk(pemda, pk, indikator)
    for t in node.items("tenggat"):
        dokumen = t.text("dokumen")
        choice(dokumen, DOKUMEN, f"{t.where}.dokumen")
        tanggal = t.date("tanggal")
        if tanggal is None:
            raise DatasetError(f"{t.where}.tanggal: tanggal wajib diisi")
        TenggatPemda.objects.create(
            pemda=pemda,
            tahun=t.integer("tahun"),
            dokumen=dokumen,
            tanggal=tanggal,
            dasar=t.text("dasar", required=False),
        )
        t.finish()
    for t in node.items("pengesahan_lkjip"):
        tanggal = t.date("tanggal")
        if tanggal is None:
            raise DatasetError(f"{t.where}.tanggal: tanggal wajib diisi")
        status = t.text("status", required=False)
        if status is not None:
            choice(status, PengesahanLkjipPemda.STATUS, f"{t.where}.status")
        PengesahanLkjipPemda.objects.create(
            pemda=pemda,
            tahun=t.integer("tahun"),
            tanggal=tanggal,
            status=status,
            nama=t.text("nama", required=False),
        )
        t.finish()


def _sasaran(pemda: m.Pemda, node: Node) -> m.SasaranPemda:
    kode = node.code("sasaran")
    listing = list(
        m.SasaranPemda.objects.filter(tujuan__misi__rpjmd__pemda=pemda, kode=kode).filter(
            tujuan__misi__rpjmd__periode_awal=node.integer("rpjmd")
        )
    )
    if len(listing) != 1:
        raise DatasetError(f"{node.where}.sasaran: sasaran RPJMD {kode} tidak ada")
    return listing[0]


def _indikator(pemda: m.Pemda, node: Node, urutan: int) -> IndikatorPemda:
    aturan = node.text("aturan", required=False) or Aturan.DIISI.value
    choice(aturan, Aturan.choices(), f"{node.where}.aturan")
    jenis = node.text("jenis", required=False) or IndikatorPemda.IKU
    choice(jenis, IndikatorPemda.JENIS, f"{node.where}.jenis")
    polaritas = node.text("polaritas", required=False) or "naik"
    choice(polaritas, m.Indikator.POLARITAS, f"{node.where}.polaritas")
    baseline = node.child("baseline")
    ind = IndikatorPemda.objects.create(
        sasaran=_sasaran(pemda, node),
        kode=node.code("kode"),
        uraian=node.text("uraian"),
        satuan=node.text("satuan"),
        jenis=jenis,
        polaritas=polaritas,
        aturan=aturan,
        baseline_tahun=baseline.integer("tahun", required=False) if baseline else None,
        baseline_nilai=baseline.decimal("nilai") if baseline else None,
        target_akhir=node.decimal("target_akhir"),
        sumber_data=node.text("sumber_data", required=False),
        urutan=urutan,
    )
    if baseline:
        baseline.finish()
    for key, model in (("target", TargetIndikatorPemda), ("realisasi", RealisasiIndikatorPemda)):
        for tahun, nilai in node.mapping(key).items():
            model.objects.create(
                indikator=ind,
                tahun=as_integer(tahun, f"{node.where}.{key}"),
                nilai=as_decimal(nilai, f"{node.where}.{key}.{tahun}"),
            )
    for i, k in enumerate(node.items("opd")):
        KontribusiOpd.objects.create(
            indikator=ind,
            opd_kode=k.code("kode"),
            indikator_kode=k.code("indikator", required=False),
            bobot=k.decimal("bobot"),
            urutan=i,
        )
        k.finish()
    node.finish()
    return ind


def _pk(pemda: m.Pemda, node: Node, indikator: dict[str, IndikatorPemda]) -> None:
    pihak = pejabat(node.child("pihak_pertama", required=True))
    pk = PerjanjianKinerjaPemda.objects.create(
        pemda=pemda,
        tahun=node.integer("tahun"),
        versi=node.integer("versi", required=False) or 1,
        tanggal=node.date("tanggal"),
        alasan_revisi=node.text("alasan_revisi", required=False),
        pihak_pertama_jabatan=pihak["jabatan"],
        pihak_pertama_nama=pihak["nama"],
    )
    for i, t in enumerate(node.items("target")):
        kode = t.code("indikator")
        if kode not in indikator:
            raise DatasetError(f"{t.where}.indikator: indikator Pemda {kode} tidak ada")
        TargetPKPemda.objects.create(
            pk_dokumen=pk, indikator=indikator[kode], nilai=t.decimal("target"), urutan=i
        )
        t.finish()
    node.finish()


def dump(pemda: m.Pemda) -> dict[str, Any]:
    """Return the Pemda's own sections in the dataset form; none when there is nothing."""
    from .dump import nilai  # here: dump imports this module

    result: dict[str, Any] = {}
    listing = IndikatorPemda.objects.filter(
        sasaran__tujuan__misi__rpjmd__pemda=pemda
    ).select_related("sasaran__tujuan__misi__rpjmd")
    if listing:
        result["indikator_pemda"] = [
            {
                "rpjmd": i.sasaran.tujuan.misi.rpjmd.periode_awal,
                "sasaran": Kode(i.sasaran.kode),
                "kode": Kode(i.kode),
                "uraian": i.uraian,
                "satuan": i.satuan,
                "jenis": i.jenis,
                "polaritas": i.polaritas,
                "aturan": i.aturan,
                "baseline": {"tahun": i.baseline_tahun, "nilai": nilai(i.baseline_nilai)},
                "target": {t.tahun: nilai(t.nilai) for t in i.target.all()},
                "target_akhir": nilai(i.target_akhir),
                "sumber_data": i.sumber_data,
                "opd": [
                    {
                        "kode": Kode(k.opd_kode),
                        "indikator": _kode(k.indikator_kode),
                        "bobot": nilai(k.bobot),
                    }
                    for k in i.kontribusi.all()
                ],
                "realisasi": {r.tahun: nilai(r.nilai) for r in i.realisasi.all()},
            }
            for i in listing
        ]
    pk = list(pemda.perjanjian_kinerja.prefetch_related("target__indikator"))
    if pk:
        result["perjanjian_kinerja"] = [
            {
                "tahun": p.tahun,
                "versi": p.versi,
                "tanggal": p.tanggal,
                "alasan_revisi": p.alasan_revisi,
                "pihak_pertama": {"jabatan": p.pihak_pertama_jabatan, "nama": p.pihak_pertama_nama},
                "target": [
                    {"indikator": Kode(t.indikator.kode), "target": nilai(t.nilai)}
                    for t in p.target.all()
                ],
            }
            for p in pk
        ]
    tenggat = list(pemda.tenggat.all())
    if tenggat:
        result["tenggat"] = [
            {"tahun": t.tahun, "dokumen": t.dokumen, "tanggal": t.tanggal, "dasar": t.dasar}
            for t in tenggat
        ]
    sah = list(pemda.pengesahan_lkjip.all())
    if sah:
        result["pengesahan_lkjip"] = [
            {"tahun": x.tahun, "tanggal": x.tanggal, "status": x.status, "nama": x.nama}
            for x in sah
        ]
    return result


def _kode(kode: str | None) -> Kode | None:
    return Kode(kode) if kode is not None else None
