"""Build the core's read-only picture (`OpdTahun`) of one Perangkat Daerah and year.

The number of queries is fixed: it does not grow with the number of budget lines, indicators
or units, so every table, check and document costs the same few queries.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.db.models import F, Prefetch

from sakip.core import model as c
from sakip.core.kaskade import Kaskade
from sakip.core.periode import JenisPeriode, Periode, tahap_berlaku
from sakip.core.scales import Band, Scale, load_scale

from . import models as m

KRITERIA = "kriteria-capaian"


class DataTidakAda(LookupError):
    """The database holds nothing to report for that OPD or year."""


def choose_opd(kode: str | None) -> m.PerangkatDaerah:
    """Return the OPD with this code, or the only OPD when no code is given."""
    if kode:
        opd = m.PerangkatDaerah.objects.filter(kode=kode).first()
        if opd is None:
            raise DataTidakAda(f"Perangkat Daerah dengan kode {kode} tidak ada di basis data.")
        return opd
    opds = list(m.PerangkatDaerah.objects.all()[:2])
    if not opds:
        raise DataTidakAda(
            "Basis data belum berisi Perangkat Daerah. Jalankan `sakip demo` atau `sakip load`."
        )
    if len(opds) > 1:
        raise DataTidakAda(
            "Basis data berisi lebih dari satu Perangkat Daerah: sebutkan --opd KODE."
        )
    return opds[0]


def all_opd() -> list[m.PerangkatDaerah]:
    """Return every OPD in the database by code, or stop when there is none."""
    opds = list(m.PerangkatDaerah.objects.select_related("pemda").order_by("kode"))
    if not opds:
        raise DataTidakAda(
            "Basis data belum berisi Perangkat Daerah. Jalankan `sakip demo` atau `sakip load`."
        )
    return opds


def _pejabat(jabatan: str, nama: str | None, nip: str | None) -> c.Pejabat:
    return c.Pejabat(jabatan=jabatan, nama=nama, nip=nip)


def _kepala(obj: m.Pemda | m.PerangkatDaerah | m.UnitKerja) -> c.Pejabat:
    return _pejabat(obj.kepala_jabatan, obj.kepala_nama, obj.kepala_nip)


def build(opd: m.PerangkatDaerah, tahun: int) -> c.OpdTahun:
    """Return everything about the OPD for the report of this year."""
    pemda = opd.pemda
    renstra = _renstra(opd, tahun)
    indikator_ids = [
        i.id for s in (renstra.sasaran.all() if renstra else []) for i in s.indikator.all()
    ]
    anggaran_tahun = list(
        m.BarisAnggaran.objects.filter(unit__opd=opd, tahun=tahun)
        .select_related("unit")
        .prefetch_related("realisasi", "fisik")
        .order_by("urutan", "id")
    )
    if (
        renstra is None
        and not anggaran_tahun
        and not m.PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun).exists()
    ):
        raise DataTidakAda(f"Tidak ada data {opd.nama} untuk tahun {tahun}.")
    tahap = tahap_berlaku(b.tahap for b in anggaran_tahun)
    return c.OpdTahun(
        tahun=tahun,
        pemda=c.Pemda(
            kode=pemda.kode,
            nama=pemda.nama,
            nama_daerah=pemda.nama_daerah,
            tempat=pemda.tempat,
            kepala_daerah=_kepala(pemda),
        ),
        rpjmd=_rpjmd(pemda, tahun),
        opd=c.PerangkatDaerah(
            kode=opd.kode,
            nama=opd.nama,
            jenis=opd.jenis,
            kepala=_kepala(opd),
            unit_kerja=tuple(
                c.UnitKerja(
                    kode=u.kode, nama=u.nama, nama_singkat=u.nama_singkat, kepala=_kepala(u)
                )
                for u in opd.unit_kerja.all()
            ),
        ),
        renstra=_renstra_core(renstra),
        perjanjian_kinerja=_pk(opd, tahun),
        kinerja=_kinerja(indikator_ids),
        nomenklatur=_nomenklatur(tahun),
        tahap_anggaran=tahap,
        anggaran=tuple(
            c.BarisAnggaran(
                unit=b.unit.kode,
                sub_kegiatan=b.sub_kegiatan,
                kode_sumber=b.kode_sumber,
                tahap=b.tahap,
                pagu=b.pagu,
                realisasi={r.periode: r.nilai for r in b.realisasi.all()},
                fisik={f.triwulan: f.persen for f in b.fisik.all()},
                uraian=b.uraian,
            )
            for b in anggaran_tahun
            if b.tahap == tahap
        ),
        pagu_per_tahap=_pagu_per_tahap(anggaran_tahun),
        atribusi_program={
            a.program: a.sasaran.kode
            for a in m.AtribusiProgram.objects.filter(opd=opd, tahun=tahun).select_related(
                "sasaran"
            )
        },
        indikator_keluaran=tuple(
            c.IndikatorKeluaran(
                unit=k.unit.kode,
                kode=k.kode,
                uraian=k.uraian,
                uraian_nomenklatur=k.uraian_nomenklatur,
                satuan=k.satuan,
                target=k.target,
                realisasi=k.realisasi,
            )
            for k in m.IndikatorKeluaran.objects.filter(unit__opd=opd, tahun=tahun)
            .select_related("unit")
            .order_by("urutan", "id")
        ),
        pegawai=_pegawai(opd, tahun),
        aset=tuple(c.Aset(jenis=a.jenis, nilai=a.nilai) for a in opd.aset.filter(tahun=tahun)),
        belanja=tuple(
            c.Belanja(jenis=b.jenis, tahap=b.tahap, nilai=b.nilai)
            for b in opd.belanja.filter(tahun=tahun)
        ),
        evaluasi=_evaluasi(opd, tahun),
        rekomendasi=tuple(
            c.Rekomendasi(
                tahun_evaluasi=r.tahun_evaluasi,
                komponen=r.komponen,
                uraian=r.uraian,
                tindak_lanjut=r.tindak_lanjut,
                rencana_aksi=tuple(a.uraian for a in r.rencana_aksi.all()),
                status=r.status,
                tenggat=r.tenggat,
                unit=r.unit.kode if r.unit is not None else None,
            )
            for r in opd.rekomendasi.filter(tahun_evaluasi__lt=tahun)
            .select_related("unit")
            .prefetch_related("rencana_aksi")
        ),
        skm={
            s.tahun: c.Skm(
                tahun=s.tahun, nilai=s.nilai, unsur={u.unsur: u.nrr for u in s.unsur.all()}
            )
            for s in opd.skm.filter(tahun__lte=tahun).prefetch_related("unsur")
        },
        narasi={n.bagian: n.teks for n in opd.narasi.filter(tahun=tahun)},
        pengesahan=_pengesahan(opd, tahun),
        kriteria=_kriteria(pemda, tahun),
        kaskade=_kaskade(opd, tahun),
        tahap_tersedia=tuple(sorted({b.tahap for b in anggaran_tahun})),
    )


def _evaluasi(opd: m.PerangkatDaerah, tahun: int) -> tuple[c.EvaluasiSakip, ...]:
    """Return the evaluation results of earlier years: typed in, else a published LKE's scores."""
    tercatat = tuple(
        c.EvaluasiSakip(
            tahun=e.tahun,
            regulasi=e.regulasi,
            nilai=e.nilai,
            predikat=e.predikat,
            komponen=tuple(
                c.KomponenEvaluasi(kode=k.kode, nilai=k.nilai) for k in e.komponen.all()
            ),
            nomor_surat=e.nomor_surat,
            tanggal_surat=e.tanggal_surat,
        )
        for e in opd.evaluasi.filter(tahun__lt=tahun).prefetch_related("komponen")
    )
    # Imported here: the LKE app depends on kinerja, not the other way round.
    from sakip.lke.layanan import evaluasi_sakip

    ada = {e.tahun for e in tercatat}
    dari_lke = tuple(e for e in evaluasi_sakip(opd, tahun) if e.tahun not in ada)
    return tuple(sorted(tercatat + dari_lke, key=lambda e: e.tahun))


def _kaskade(opd: m.PerangkatDaerah, tahun: int) -> Kaskade | None:
    """Return the OPD's positions and their PKs of the year (the cascade app reads them)."""
    from sakip.kaskade.snapshot import kaskade

    return kaskade(opd, tahun)


def _kriteria(pemda: m.Pemda, tahun: int) -> Scale | None:
    """Return the Pemda's criteria of capaian for the year: its own bands, else its own labels.

    Two queries at most. The regulation's scale (None here) applies when the Pemda set neither.
    """
    # Imported here: laporan and web depend on kinerja, not the other way round.
    from sakip.laporan.models import KriteriaCapaianPemda

    baris = list(
        KriteriaCapaianPemda.objects.filter(pemda=pemda, berlaku_mulai__lte=tahun).order_by(
            "-berlaku_mulai", F("batas_bawah").desc(nulls_last=True)
        )
    )
    if baris:
        mulai = baris[0].berlaku_mulai
        return skala_pemda([b for b in baris if b.berlaku_mulai == mulai])
    if not apps.is_installed("sakip.web"):
        return None
    from sakip.laporan.models import LabelSkala

    label = dict(
        LabelSkala.objects.filter(pemda=pemda, jenis=KRITERIA).values_list("kode", "label")
    )
    return load_scale(KRITERIA, tahun).with_labels(label) if label else None


def kriteria_tahun(pemda: m.Pemda, tahun: int) -> Scale:
    """Return the criteria of capaian in force for the Pemda's year: its own, else the rule's."""
    return _kriteria(pemda, tahun) or load_scale(KRITERIA, tahun)


def skala_pemda(baris: list[Any]) -> Scale:
    """Return a Pemda's own bands of one `berlaku_mulai` as a scale, highest band first."""
    pertama = baris[0]
    return Scale(
        kode=f"pemda-{pertama.pemda_id}-{pertama.berlaku_mulai}",
        jenis=KRITERIA,
        nama="Kriteria Tingkat Capaian Kinerja",
        dasar_hukum=pertama.dasar_hukum,
        kepastian="[R]",
        berlaku_mulai=pertama.berlaku_mulai,
        bands=tuple(
            Band(
                kode=b.kode,
                label=b.label,
                batas_bawah=Decimal("-Infinity") if b.batas_bawah is None else b.batas_bawah,
                inklusif=True,
            )
            for b in sorted(
                baris,
                key=lambda b: Decimal("-Infinity") if b.batas_bawah is None else b.batas_bawah,
                reverse=True,
            )
        ),
    )


def _pengesahan(opd: m.PerangkatDaerah, tahun: int) -> dict[tuple[str, int], c.Pengesahan]:
    """Return where and when each report of the year is signed, one query."""
    # Imported here: the laporan app depends on kinerja, not the other way round.
    from sakip.laporan.models import Pengesahan

    return {
        (p.jenis_dokumen, p.nomor): c.Pengesahan(
            dokumen=p.jenis_dokumen,
            nomor=p.nomor,
            tempat=p.tempat or None,
            tanggal=p.tanggal,
            status=p.status or None,
            status_pihak_kedua=p.status_pihak_kedua or None,
        )
        for p in Pengesahan.objects.filter(opd=opd, tahun=tahun)
    }


def _rpjmd(pemda: m.Pemda, tahun: int) -> c.Rpjmd | None:
    r = (
        pemda.rpjmd.filter(periode_awal__lte=tahun, periode_akhir__gte=tahun)
        .prefetch_related("misi__tujuan__sasaran")
        .first()
    )
    if r is None:
        return None
    return c.Rpjmd(
        periode_awal=r.periode_awal,
        periode_akhir=r.periode_akhir,
        visi=r.visi,
        dasar_hukum=r.dasar_hukum,
        misi=tuple(
            c.Misi(
                kode=mi.kode,
                uraian=mi.uraian,
                tujuan=tuple(
                    c.TujuanPemda(
                        kode=t.kode,
                        uraian=t.uraian,
                        sasaran=tuple(
                            c.SasaranPemda(kode=s.kode, uraian=s.uraian) for s in t.sasaran.all()
                        ),
                    )
                    for t in mi.tujuan.all()
                ),
            )
            for mi in r.misi.all()
        ),
    )


def _renstra(opd: m.PerangkatDaerah, tahun: int) -> m.Renstra | None:
    return (
        opd.renstra.filter(periode_awal__lte=tahun, periode_akhir__gte=tahun)
        .prefetch_related(
            "tujuan",
            Prefetch("sasaran", queryset=m.SasaranStrategis.objects.select_related("tujuan")),
            "sasaran__mendukung",
            "sasaran__strategi",
            "sasaran__kebijakan",
            "sasaran__indikator__target",
        )
        .first()
    )


def _renstra_core(r: m.Renstra | None) -> c.Renstra | None:
    if r is None:
        return None
    return c.Renstra(
        periode_awal=r.periode_awal,
        periode_akhir=r.periode_akhir,
        dasar_hukum=r.dasar_hukum,
        tujuan=tuple(c.Tujuan(kode=t.kode, uraian=t.uraian) for t in r.tujuan.all()),
        sasaran=tuple(
            c.Sasaran(
                kode=s.kode,
                uraian=s.uraian,
                tujuan=s.tujuan.kode if s.tujuan else None,
                mendukung=tuple(p.kode for p in s.mendukung.all()),
                strategi=tuple(x.uraian for x in s.strategi.all()),
                kebijakan=tuple(x.uraian for x in s.kebijakan.all()),
                indikator=tuple(
                    c.Indikator(
                        kode=i.kode,
                        sasaran=s.kode,
                        nama=i.nama,
                        satuan=i.satuan,
                        polaritas=c.Polaritas(i.polaritas),
                        agregasi=c.Agregasi(i.agregasi),
                        formula=i.formula,
                        sumber_data=i.sumber_data,
                        penanggung_jawab=i.penanggung_jawab,
                        skala=i.skala,
                        baseline_tahun=i.baseline_tahun,
                        baseline_nilai=i.baseline_nilai,
                        target={t.tahun: t.nilai for t in i.target.all()},
                        target_akhir=i.target_akhir,
                        jenis=c.JenisIndikator(i.jenis),
                        periode_ukur=JenisPeriode(i.periode_ukur),
                        pengali=i.pengali,
                    )
                    for i in s.indikator.all()
                ),
            )
            for s in r.sasaran.all()
        ),
    )


def _pk(opd: m.PerangkatDaerah, tahun: int) -> tuple[c.PerjanjianKinerja, ...]:
    docs = opd.perjanjian_kinerja.filter(tahun=tahun).prefetch_related(
        Prefetch("target", queryset=m.TargetPK.objects.select_related("indikator")), "program"
    )
    return tuple(
        c.PerjanjianKinerja(
            tahun=d.tahun,
            versi=d.versi,
            tanggal=d.tanggal,
            tahap_anggaran=d.tahap_anggaran,
            pihak_pertama=_pejabat(
                d.pihak_pertama_jabatan, d.pihak_pertama_nama, d.pihak_pertama_nip
            ),
            pihak_kedua=_pejabat(d.pihak_kedua_jabatan, d.pihak_kedua_nama, d.pihak_kedua_nip),
            target={t.indikator.kode: t.nilai for t in d.target.all()},
            program=tuple(p.program for p in d.program.all()),
            alasan_revisi=d.alasan_revisi,
        )
        for d in docs
    )


def _kinerja(indikator_ids: list[int]) -> dict[tuple[str, int], c.Kinerja]:
    baris = m.Indikator.objects.filter(id__in=indikator_ids).values_list("id", "kode", "jenis")
    kode = {i: k for i, k, _ in baris}
    rasio = {i for i, _, jenis in baris if jenis == "rasio"}
    target: dict[tuple[str, int], dict[int, Decimal | None]] = defaultdict(dict)
    triwulan: dict[tuple[str, int], dict[int, Decimal | None]] = defaultdict(dict)
    tahunan: dict[tuple[str, int], Decimal | None] = {}
    bulan: dict[tuple[str, int], dict[int, Decimal | None]] = defaultdict(dict)
    bagian: dict[tuple[str, int], dict[str, c.Bagian]] = defaultdict(dict)
    narasi: dict[tuple[str, int], m.NarasiIndikator] = {}
    for t in m.TargetTriwulan.objects.filter(indikator_id__in=indikator_ids):
        target[(kode[t.indikator_id], t.tahun)][t.triwulan] = t.nilai
    for r in m.Realisasi.objects.filter(indikator_id__in=indikator_ids):
        key = (kode[r.indikator_id], r.tahun)
        if r.bulan is not None:
            bulan[key][r.bulan] = r.nilai
        elif r.triwulan is None:
            tahunan[key] = r.nilai
        else:
            triwulan[key][r.triwulan] = r.nilai
        if r.pembilang is not None or r.penyebut is not None or r.indikator_id in rasio:
            bagian[key][_periode_key(r).key] = c.Bagian(r.pembilang, r.penyebut, r.nilai)
    analisis: dict[tuple[str, int], dict[int, c.Analisis]] = defaultdict(dict)
    for n in m.NarasiIndikator.objects.filter(indikator_id__in=indikator_ids):
        key = (kode[n.indikator_id], n.tahun)
        if n.triwulan == 4:
            narasi[key] = n
        else:
            analisis[key][n.triwulan] = c.Analisis(
                n.faktor_pendukung, n.faktor_penghambat, n.solusi
            )
    keys = set(target) | set(triwulan) | set(tahunan) | set(bulan) | set(narasi) | set(analisis)
    result = {}
    for key in sorted(keys):
        year_narasi = narasi.get(key)
        result[key] = c.Kinerja(
            indikator=key[0],
            tahun=key[1],
            target_triwulan=dict(sorted(target.get(key, {}).items())),
            realisasi_triwulan=dict(sorted(triwulan.get(key, {}).items())),
            realisasi_tahun=tahunan.get(key),
            realisasi_tahun_diisi=key in tahunan,
            faktor_pendukung=year_narasi.faktor_pendukung if year_narasi else None,
            faktor_penghambat=year_narasi.faktor_penghambat if year_narasi else None,
            solusi=year_narasi.solusi if year_narasi else None,
            analisis_triwulan=dict(sorted(analisis.get(key, {}).items())),
            realisasi_bulan=dict(sorted(bulan.get(key, {}).items())),
            bagian=bagian.get(key, {}),
        )
    return result


def _periode_key(r: m.Realisasi) -> Periode:
    """Return the period a realisation row is recorded for."""
    if r.bulan is not None:
        return Periode.bulan(r.bulan)
    return Periode.tahun() if r.triwulan is None else Periode.triwulan(r.triwulan)


def _pagu_per_tahap(
    baris: list[m.BarisAnggaran],
) -> dict[str, tuple[tuple[str, Decimal], ...]]:
    result: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    for b in baris:
        result[b.tahap].append((b.sub_kegiatan, b.pagu))
    return {tahap: tuple(lines) for tahap, lines in result.items()}


def _nomenklatur(tahun: int) -> c.Nomenklatur | None:
    versi = m.NomenklaturVersi.objects.in_force(tahun).prefetch_related("item").first()
    if versi is None:
        return None
    return c.Nomenklatur(
        kode=versi.kode,
        nama=versi.nama,
        berlaku_mulai=versi.berlaku_mulai,
        lengkap=versi.lengkap,
        format_sub_kegiatan=versi.format_sub_kegiatan,
        item={i.kode: i.nama for i in versi.item.all()},
        dasar_hukum=versi.dasar_hukum,
    )


def _pegawai(opd: m.PerangkatDaerah, tahun: int) -> c.Pegawai | None:
    rows = list(opd.pegawai.filter(tahun=tahun))
    if not rows:
        return None
    dims: dict[str, dict[str, int]] = {d: {} for d, _ in m.JumlahPegawai.DIMENSI}
    for p in rows:
        dims[p.dimensi][p.kategori] = p.jumlah
    return c.Pegawai(
        tahun=tahun,
        golongan=dims["golongan"],
        pendidikan=dims["pendidikan"],
        jenis_kelamin=dims["jenis_kelamin"],
    )
