"""Load the Renstra of a Perangkat Daerah, its Perjanjian Kinerja and its measured kinerja."""

from __future__ import annotations

from decimal import Decimal

from sakip.kinerja import models as m

from .load_realisasi import realisasi_indikator
from .reader import (
    DatasetError,
    Node,
    as_decimal,
    as_integer,
    choice,
    normal_code,
    pejabat,
    quarter,
)


def load_renstra(opd: m.PerangkatDaerah, pemda: m.Pemda, node: Node) -> dict[str, m.Indikator]:
    indikator: dict[str, m.Indikator] = {}
    for r in node.items("renstra"):
        renstra = m.Renstra.objects.create(
            opd=opd,
            periode_awal=r.integer("periode_awal"),
            periode_akhir=r.integer("periode_akhir"),
            dasar_hukum=r.text("dasar_hukum", required=False),
        )
        tujuan = {}
        for i, t in enumerate(r.items("tujuan")):
            kode = t.code("kode")
            tujuan[kode] = m.TujuanRenstra.objects.create(
                renstra=renstra, kode=kode, uraian=t.text("uraian"), urutan=i
            )
            t.finish()
        for i, s in enumerate(r.items("sasaran")):
            kode_tujuan = s.code("tujuan", required=False)
            if kode_tujuan is not None and kode_tujuan not in tujuan:
                raise DatasetError(f"{s.where}.tujuan: tujuan {kode_tujuan} tidak ada")
            sasaran = m.SasaranStrategis.objects.create(
                renstra=renstra,
                kode=s.code("kode"),
                uraian=s.text("uraian"),
                tujuan=tujuan.get(kode_tujuan) if kode_tujuan else None,
                urutan=i,
            )
            for kode_pemda in s.texts("mendukung"):
                target = m.SasaranPemda.objects.filter(
                    tujuan__misi__rpjmd__pemda=pemda, kode=kode_pemda
                ).first()
                if target is None:
                    raise DatasetError(f"{s.where}.mendukung: sasaran Pemda {kode_pemda} tidak ada")
                sasaran.mendukung.add(target)
            m.Strategi.objects.bulk_create(
                m.Strategi(sasaran=sasaran, uraian=t, urutan=j)
                for j, t in enumerate(s.texts("strategi"))
            )
            m.Kebijakan.objects.bulk_create(
                m.Kebijakan(sasaran=sasaran, uraian=t, urutan=j)
                for j, t in enumerate(s.texts("kebijakan"))
            )
            for j, ind in enumerate(s.items("indikator")):
                kode = ind.code("kode")
                assert kode is not None
                if kode in indikator:
                    raise DatasetError(f"{ind.where}.kode: indikator {kode} muncul dua kali")
                indikator[kode] = _load_indikator(sasaran, ind, j)
            s.finish()
        r.finish()
    return indikator


def _load_indikator(sasaran: m.SasaranStrategis, ind: Node, urutan: int) -> m.Indikator:
    polaritas = ind.text("polaritas", required=False) or "naik"
    agregasi = ind.text("agregasi")
    jenis = ind.text("jenis", required=False) or "langsung"
    periode_ukur = ind.text("periode_ukur", required=False) or "triwulan"
    choice(polaritas, m.Indikator.POLARITAS, f"{ind.where}.polaritas")
    choice(agregasi, m.Indikator.AGREGASI, f"{ind.where}.agregasi")
    choice(jenis, m.Indikator.JENIS, f"{ind.where}.jenis")
    choice(periode_ukur, m.Indikator.PERIODE_UKUR, f"{ind.where}.periode_ukur")
    baseline = ind.child("baseline")
    obj = m.Indikator.objects.create(
        sasaran=sasaran,
        kode=ind.code("kode"),
        nama=ind.text("nama"),
        satuan=ind.text("satuan"),
        polaritas=polaritas,
        agregasi=agregasi,
        formula=ind.text("formula", required=False),
        sumber_data=ind.text("sumber_data", required=False),
        penanggung_jawab=ind.text("penanggung_jawab", required=False),
        skala=ind.text("skala", required=False),
        baseline_tahun=baseline.integer("tahun", required=False) if baseline else None,
        baseline_nilai=baseline.decimal("nilai") if baseline else None,
        target_akhir=ind.decimal("target_akhir"),
        jenis=jenis,
        periode_ukur=periode_ukur,
        pengali=ind.decimal("pengali", required=True) if ind.has("pengali") else Decimal(100),
        urutan=urutan,
    )
    if baseline:
        baseline.finish()
    m.TargetRenstra.objects.bulk_create(
        m.TargetRenstra(
            indikator=obj,
            tahun=as_integer(tahun, f"{ind.where}.target"),
            nilai=as_decimal(nilai, f"{ind.where}.target.{tahun}"),
        )
        for tahun, nilai in ind.mapping("target").items()
    )
    ind.finish()
    return obj


def _indikator(indikator: dict[str, m.Indikator], kode: str | None, where: str) -> m.Indikator:
    if kode not in indikator:
        raise DatasetError(f"{where}: indikator {kode} tidak ada di Renstra")
    return indikator[kode]


def load_pk(opd: m.PerangkatDaerah, node: Node, indikator: dict[str, m.Indikator]) -> None:
    for pk in node.items("perjanjian_kinerja"):
        tahap = pk.text("tahap_anggaran", required=False) or "murni"
        choice(tahap, m.perencanaan.TAHAP_ANGGARAN, f"{pk.where}.tahap_anggaran")
        pertama = pejabat(pk.child("pihak_pertama", required=True))
        kedua = pejabat(pk.child("pihak_kedua", required=True))
        doc = m.PerjanjianKinerja.objects.create(
            opd=opd,
            tahun=pk.integer("tahun"),
            versi=pk.integer("versi", required=False) or 1,
            tanggal=pk.date("tanggal"),
            tahap_anggaran=tahap,
            alasan_revisi=pk.text("alasan_revisi", required=False),
            pihak_pertama_jabatan=pertama["jabatan"],
            pihak_pertama_nama=pertama["nama"],
            pihak_pertama_nip=pertama["nip"],
            pihak_kedua_jabatan=kedua["jabatan"],
            pihak_kedua_nama=kedua["nama"],
            pihak_kedua_nip=kedua["nip"],
        )
        for i, t in enumerate(pk.items("target")):
            m.TargetPK.objects.create(
                pk_dokumen=doc,
                indikator=_indikator(indikator, t.code("indikator"), t.where),
                nilai=t.decimal("target"),
                urutan=i,
            )
            t.finish()
        for i, program in enumerate(pk.texts("program")):
            m.ProgramPK.objects.create(
                pk_dokumen=doc, program=normal_code(program, f"{pk.where}.program"), urutan=i
            )
        pk.finish()


_ANALISIS = ("faktor_pendukung", "faktor_penghambat", "solusi")


def load_kinerja(node: Node, indikator: dict[str, m.Indikator]) -> None:
    targets, realisasi, narasi = [], [], []
    for k in node.items("kinerja"):
        ind = _indikator(indikator, k.code("indikator"), f"{k.where}.indikator")
        tahun = k.integer("tahun")
        assert tahun is not None
        for q, nilai in k.mapping("target_triwulan").items():
            where = f"{k.where}.target_triwulan.{q}"
            targets.append(
                m.TargetTriwulan(
                    indikator=ind,
                    tahun=tahun,
                    triwulan=quarter(q, where),
                    nilai=as_decimal(nilai, where),
                )
            )
        realisasi += realisasi_indikator(ind, tahun, k)
        texts = {f: k.text(f, required=False) for f in _ANALISIS}
        if any(texts.values()):
            narasi.append(m.NarasiIndikator(indikator=ind, tahun=tahun, triwulan=4, **texts))
        for q, isi in k.mapping("analisis_triwulan").items():
            where = f"{k.where}.analisis_triwulan.{q}"
            tw = quarter(q, where)
            if tw == 4:
                raise DatasetError(f"{where}: analisis triwulan IV ditulis di tingkat tahun")
            sub = Node(isi, where)
            narasi.append(
                m.NarasiIndikator(
                    indikator=ind,
                    tahun=tahun,
                    triwulan=tw,
                    **{f: sub.text(f, required=False) for f in _ANALISIS},
                )
            )
            sub.finish()
        k.finish()
    m.TargetTriwulan.objects.bulk_create(targets)
    m.Realisasi.objects.bulk_create(realisasi)
    m.NarasiIndikator.objects.bulk_create(narasi)
