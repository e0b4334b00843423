"""The Pemda's LKjIP of a year read from the database, as a document (docs/pemda.md#lkjip-pemda).

The figures come from the functions the control room uses: the Pemda's indicators from
`iku.iku_pemda` (the year and each earlier year of the RPJMD period), the OPDs' budget from
`anggaran.pohon_opd` (the core roll-up, each OPD in its stage in force), the criteria of
capaian from the Pemda's own scale or the regulation's (`kinerja.snapshot.kriteria_tahun`).
"""

from __future__ import annotations

from collections import defaultdict

from sakip.core import anggaran as ca
from sakip.core import pemda as cp
from sakip.core.dokumen import lkjip_pemda as lp
from sakip.core.dokumen.model import Dokumen
from sakip.core.dokumen.narasi import nama_program
from sakip.core.model import Polaritas
from sakip.kinerja import models as m
from sakip.kinerja.snapshot import kriteria_tahun

from .anggaran import bidang, pohon_opd
from .iku import BarisIkuPemda, iku_pemda
from .models import IndikatorPemda, PengesahanLkjipPemda, PerjanjianKinerjaPemda

BERREALISASI = {cp.Aturan.DIISI, cp.Aturan.JUMLAH, cp.Aturan.RATA_REALISASI}
"""The rules that give a Pemda indicator a realisation of its own."""


class LkjipPemdaTidakAda(LookupError):
    """The Pemda has no RPJMD covering the year, or no indicator in it: no report to make."""


def data_lkjip(pemda: m.Pemda, tahun: int) -> lp.LkjipPemda:
    """Return what the Pemda's LKjIP of the year is made of."""
    rpjmd = (
        m.Rpjmd.objects.filter(pemda=pemda, periode_awal__lte=tahun, periode_akhir__gte=tahun)
        .order_by("-periode_awal")
        .first()
    )
    if rpjmd is None:
        raise LkjipPemdaTidakAda(
            f"{pemda.nama} tidak mempunyai RPJMD yang mencakup tahun {tahun}; LKjIP Pemda "
            "disusun dari sasaran dan indikator RPJMD."
        )
    tahun_ini = _baris(pemda, tahun, rpjmd)
    if not tahun_ini:
        raise LkjipPemdaTidakAda(
            f"{pemda.nama} belum mempunyai indikator kinerja pada sasaran RPJMD "
            f"{rpjmd.periode_awal}–{rpjmd.periode_akhir}; LKjIP Pemda disusun dari indikator "
            "itu (layar data Pemda, kelompok Indikator kinerja Pemda)."
        )
    opd = list(m.PerangkatDaerah.objects.filter(pemda=pemda).order_by("kode"))
    nama_opd = {o.kode: o.nama for o in opd}
    riwayat = {
        y: {b.indikator.id: b for b in _baris(pemda, y, rpjmd)}
        for y in range(rpjmd.periode_awal, tahun)
    }
    indikator = tuple(
        _indikator(
            b,
            tahun,
            [(y, riwayat[y].get(b.indikator.id)) for y in sorted(riwayat)],
            nama_opd,
        )
        for b in tahun_ini
    )
    pk = PerjanjianKinerjaPemda.objects.filter(pemda=pemda, tahun=tahun).order_by("-versi").first()
    urusan, per_opd = _anggaran(opd, tahun)
    sah = PengesahanLkjipPemda.objects.filter(pemda=pemda, tahun=tahun).first()
    kepala = (pk.pihak_pertama_jabatan if pk else None) or pemda.kepala_jabatan
    kepala_nama = (pk.pihak_pertama_nama if pk else None) or pemda.kepala_nama
    return lp.LkjipPemda(
        pemda=pemda.nama,
        nama_daerah=pemda.nama_daerah,
        tempat=pemda.tempat,
        tahun=tahun,
        kepala_jabatan=f"{sah.status} {kepala}" if sah and sah.status else kepala,
        kepala_nama=(sah.nama if sah else None) or kepala_nama,
        tanggal=sah.tanggal if sah else None,
        rpjmd_awal=rpjmd.periode_awal,
        rpjmd_akhir=rpjmd.periode_akhir,
        rpjmd_dasar=rpjmd.dasar_hukum,
        visi=rpjmd.visi,
        misi=tuple((x.kode, x.uraian) for x in rpjmd.misi.order_by("urutan", "kode")),
        indikator=indikator,
        opd_count=len(opd),
        pk=_pk(pk) if pk else None,
        pk_tanggal=pk.tanggal if pk else None,
        anggaran_urusan=urusan,
        anggaran_opd=per_opd,
        kriteria=kriteria_tahun(pemda, tahun),
    )


def dokumen(pemda: m.Pemda, tahun: int) -> Dokumen:
    """Return the Pemda's LKjIP of the year as a document model."""
    return lp.build(data_lkjip(pemda, tahun))


def _baris(pemda: m.Pemda, tahun: int, rpjmd: m.Rpjmd) -> list[BarisIkuPemda]:
    return [
        b for b in iku_pemda(pemda, tahun) if b.indikator.sasaran.tujuan.misi.rpjmd_id == rpjmd.id
    ]


def _number(b: BarisIkuPemda, tahun: int) -> lp.YearNumbers:
    return lp.YearNumbers(tahun, b.result.target, b.result.realisasi, b.result.capaian)


def _indikator(
    b: BarisIkuPemda,
    tahun: int,
    lalu: list[tuple[int, BarisIkuPemda | None]],
    nama_opd: dict[str, str],
) -> lp.IndikatorLkjip:
    ind: IndikatorPemda = b.indikator
    aturan = cp.Aturan(ind.aturan)
    return lp.IndikatorLkjip(
        sasaran_kode=f"{ind.sasaran.tujuan_id}.{ind.sasaran.kode}",
        sasaran=ind.sasaran.uraian,
        kode=ind.kode,
        uraian=ind.uraian,
        satuan=ind.satuan,
        iku=ind.jenis == IndikatorPemda.IKU,
        naik=Polaritas(ind.polaritas) is Polaritas.NAIK,
        dihitung=aturan is not cp.Aturan.DIISI,
        berrealisasi=aturan in BERREALISASI,
        tahun=_number(b, tahun),
        aturan=aturan.uraian,
        rincian=b.result.rincian,
        riwayat=tuple(_number(x, y) for y, x in lalu if x is not None),
        baseline_tahun=ind.baseline_tahun,
        baseline=ind.baseline_nilai,
        target_akhir=ind.target_akhir,
        sumbangan=tuple(
            lp.SumbanganOpd(
                opd=nama_opd.get(k.opd_kode, k.opd_kode),
                indikator=(f"{a.kode} {a.nama}" if a else k.indikator_kode)
                if k.indikator_kode
                else None,
                realisasi=a.realisasi if a else None,
                satuan=a.satuan if a else "",
                capaian=a.capaian if a else None,
                bobot=k.bobot,
            )
            for k, a in b.rincian
        ),
    )


def _pk(pk: PerjanjianKinerjaPemda) -> tuple[lp.TargetPk, ...]:
    return tuple(
        lp.TargetPk(t.indikator.kode, t.indikator.uraian, t.indikator.satuan, t.nilai)
        for t in pk.target.select_related("indikator__sasaran").order_by(
            "indikator__sasaran__tujuan__misi__urutan",
            "indikator__sasaran__urutan",
            "indikator__urutan",
            "urutan",
            "id",
        )
    )


def _anggaran(
    opd: list[m.PerangkatDaerah], tahun: int
) -> tuple[tuple[lp.AnggaranBaris, ...], tuple[lp.AnggaranBaris, ...]]:
    """Return the budget per bidang urusan (named from the nomenclature in force) and per OPD."""
    pohon = pohon_opd([o.id for o in opd], tahun)
    per_opd = []
    per_bidang: dict[str, list[ca.Node]] = defaultdict(list)
    for o in opd:
        program = pohon.get(o.id)
        if not program:
            continue
        jumlah = ca.total(program)
        per_opd.append(lp.AnggaranBaris(o.kode, o.nama, jumlah.pagu, jumlah.realisasi))
        for p in program:
            per_bidang[bidang(p.kode)].append(p)
    nama = _nama_bidang(list(per_bidang), tahun)
    per_urusan = []
    for kode in sorted(per_bidang, key=_urut_kode):
        jumlah = ca.total(per_bidang[kode])
        per_urusan.append(
            lp.AnggaranBaris(kode, nama_program(nama.get(kode, "")), jumlah.pagu, jumlah.realisasi)
        )
    return tuple(per_urusan), tuple(per_opd)


def _nama_bidang(kode: list[str], tahun: int) -> dict[str, str]:
    """Return the names of bidang urusan codes, each from the latest version in force naming it.

    A Pemda may hold several partial nomenclature versions (one per dataset or OPD); a code
    keeps the name of the newest version that has it, a complete version before a partial one.
    """
    nama: dict[str, str] = {}
    for k, n in (
        m.NomenklaturItem.objects.filter(versi__berlaku_mulai__lte=tahun, kode__in=kode)
        .order_by("versi__berlaku_mulai", "versi__lengkap", "versi__kode")
        .values_list("kode", "nama")
    ):
        nama[k] = n
    return nama


def _urut_kode(kode: str) -> tuple[int | str, ...]:
    return tuple(int(b) if b.isdigit() else b for b in kode.split("."))
