"""Load a dataset folder (docs/dataset-format.md) into the database, replacing what it names.

Loading is idempotent: a Pemda, a nomenclature version or a Perangkat Daerah that is already in
the database is replaced as a whole by the one in the file, inside one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sakip.alur.layanan import perubahan
from sakip.core import codes
from sakip.kinerja import models as m
from sakip.riwayat.recorder import bulk_load

from . import guard, kriteria, load_alur, load_pemda_iku, load_templat_lhe, pengesahan, yamlio
from .lke import load_jabatan_rekomendasi, load_jendela, load_lke, load_tindak_lanjut
from .load_kaskade import load_kaskade
from .load_pohon import load_pohon
from .load_renstra import load_kinerja, load_pk, load_renstra
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

ORDER = ("pemda", "nomenklatur", "perangkat_daerah")


def load_path(path: Path) -> list[str]:
    """Load a dataset file or folder; return a line per thing loaded."""
    files = sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    if not files:
        raise DatasetError(f"{path}: tidak ada berkas .yaml")
    documents: list[tuple[str, Node]] = []
    for file in files:
        data = yamlio.read(file)
        root = Node(data, str(file))
        keys = [k for k in ORDER if root.has(k)]
        if len(keys) != 1 or len(root.data) != 1:
            raise DatasetError(f"{file}: harus berisi tepat satu kunci utama: {', '.join(ORDER)}")
        documents.append((keys[0], root))
    documents.sort(key=lambda doc: ORDER.index(doc[0]))
    done: list[str] = []
    with perubahan(None, f"Dataset {path.name}") as sesi, bulk_load(f"Dataset {path.name}"):
        terkunci = guard.locked_content()
        dimuat: list[Any] = []
        for key, root in documents:
            node = root.child(key, required=True)
            assert node is not None
            done.append(LOADERS[key](node))
            node.finish()
            dimuat += guard.loaded_roots(key, root)
        guard.refuse_changed_locks(terkunci)
        guard.check_loaded(sesi, dimuat)
    return done


def _kepala(node: Node | None) -> dict[str, Any]:
    p = pejabat(node)
    return {"kepala_jabatan": p["jabatan"], "kepala_nama": p["nama"], "kepala_nip": p["nip"]}


def load_pemda(node: Node) -> str:
    """Create or replace a Pemda and its RPJMD cascade, keeping the OPD links to its sasaran."""
    kode = node.code("kode")
    pemda, _ = m.Pemda.objects.update_or_create(
        kode=kode,
        defaults={
            "nama": node.text("nama"),
            "nama_daerah": node.text("nama_daerah"),
            "tempat": node.text("tempat"),
            **_kepala(node.child("kepala_daerah")),
        },
    )
    links = [
        (
            link.sasaranstrategis_id,
            link.sasaranpemda.tujuan.misi.rpjmd.periode_awal,
            link.sasaranpemda.kode,
        )
        for link in m.SasaranStrategis.mendukung.through.objects.filter(
            sasaranpemda__tujuan__misi__rpjmd__pemda=pemda
        ).select_related("sasaranpemda__tujuan__misi__rpjmd")
    ]
    pemda.rpjmd.all().delete()
    for r in node.items("rpjmd"):
        rpjmd = m.Rpjmd.objects.create(
            pemda=pemda,
            periode_awal=r.integer("periode_awal"),
            periode_akhir=r.integer("periode_akhir"),
            dasar_hukum=r.text("dasar_hukum", required=False),
            visi=r.text("visi"),
        )
        for i, mi in enumerate(r.items("misi")):
            misi = m.Misi.objects.create(
                rpjmd=rpjmd, kode=mi.code("kode"), uraian=mi.text("uraian"), urutan=i
            )
            for j, tu in enumerate(mi.items("tujuan")):
                tujuan = m.TujuanPemda.objects.create(
                    misi=misi, kode=tu.code("kode"), uraian=tu.text("uraian"), urutan=j
                )
                for k, sa in enumerate(tu.items("sasaran")):
                    m.SasaranPemda.objects.create(
                        tujuan=tujuan, kode=sa.code("kode"), uraian=sa.text("uraian"), urutan=k
                    )
                    sa.finish()
                tu.finish()
            mi.finish()
        r.finish()
    for sasaran_id, periode, kode_sasaran in links:
        target = m.SasaranPemda.objects.filter(
            tujuan__misi__rpjmd__pemda=pemda,
            tujuan__misi__rpjmd__periode_awal=periode,
            kode=kode_sasaran,
        ).first()
        if target is not None:
            target.sasaran_opd.add(sasaran_id)
    kriteria.load(pemda, node)
    load_jendela(pemda, node)
    load_pemda_iku.load(pemda, node)
    load_templat_lhe.load(pemda, node)
    return f"Pemda {pemda.kode} {pemda.nama}"


def load_nomenklatur(node: Node) -> str:
    """Create or replace one version of the nomenclature."""
    kode = node.code("kode")
    m.NomenklaturVersi.objects.filter(kode=kode).delete()
    versi = m.NomenklaturVersi.objects.create(
        kode=kode,
        nama=node.text("nama"),
        dasar_hukum=node.text("dasar_hukum", required=False),
        berlaku_mulai=node.integer("berlaku_mulai"),
        lengkap=node.boolean("lengkap", default=False),
        format_sub_kegiatan=node.integer("format_sub_kegiatan", required=False) or 4,
    )
    items = []
    seen: set[str] = set()
    for i, item in enumerate(node.items("item")):
        normal = normal_code(item.code("kode"), item.where)
        if normal in seen:
            raise DatasetError(f"{item.where}: kode {normal} muncul dua kali")
        seen.add(normal)
        items.append(m.NomenklaturItem(versi=versi, kode=normal, nama=item.text("nama"), urutan=i))
        item.finish()
    m.NomenklaturItem.objects.bulk_create(items)
    return f"Nomenklatur {versi.kode}: {len(items)} kode"


def load_perangkat_daerah(node: Node) -> str:
    """Create a Perangkat Daerah, or replace everything a dataset holds of one already there.

    The OPD and its units keep their rows, so what refers to them and is not in a dataset
    (users' roles, workflow states, edited report paragraphs) survives a reload.
    """
    kode = node.code("kode")
    pemda_kode = node.code("pemda")
    pemda = m.Pemda.objects.filter(kode=pemda_kode).first()
    if pemda is None:
        raise DatasetError(f"{node.where}.pemda: Pemda {pemda_kode} belum dimuat")
    opd, _ = m.PerangkatDaerah.objects.update_or_create(
        kode=kode,
        defaults={
            "pemda": pemda,
            "nama": node.text("nama"),
            "jenis": node.text("jenis"),
            **_kepala(node.child("kepala")),
        },
    )
    _kosongkan(opd)
    units = _load_units(opd, node)
    indikator = load_renstra(opd, pemda, node)
    load_pk(opd, node, indikator)
    load_kinerja(node, indikator)
    _load_anggaran(opd, node, units, indikator)
    _load_profil(opd, node)
    jabatan_rekomendasi = _load_evaluasi(opd, node, units)
    pengesahan.load(opd, node)
    load_lke(opd, node)
    load_alur.load(opd, node)
    load_kaskade(opd, node, units)
    load_pohon(opd, node)  # a tree derived from the data reaches the rencana aksi
    load_jabatan_rekomendasi(opd, jabatan_rekomendasi)
    return f"Perangkat Daerah {opd.kode} {opd.nama}: {len(units)} unit, {len(indikator)} IKU"


def _kosongkan(opd: m.PerangkatDaerah) -> None:
    """Delete everything a dataset holds of an OPD, keeping the OPD and its units."""
    for related in (
        opd.renstra,
        opd.perjanjian_kinerja,
        opd.atribusi,
        opd.pegawai,
        opd.aset,
        opd.belanja,
        opd.narasi,
        opd.evaluasi,
        opd.rekomendasi,
        opd.skm,
        opd.evaluasi_lke,
        opd.pohon_kinerja,
    ):
        related.all().delete()
    m.BarisAnggaran.objects.filter(unit__opd=opd).delete()
    m.IndikatorKeluaran.objects.filter(unit__opd=opd).delete()


def _load_units(opd: m.PerangkatDaerah, node: Node) -> dict[str, m.UnitKerja]:
    units: dict[str, m.UnitKerja] = {}
    for i, u in enumerate(node.items("unit_kerja")):
        kode = u.code("kode")
        assert kode is not None
        other = m.UnitKerja.objects.filter(kode=kode).exclude(opd=opd).first()
        if other is not None:
            raise DatasetError(f"{u.where}: unit {kode} sudah milik {other.opd.nama}")
        units[kode], _ = m.UnitKerja.objects.update_or_create(
            kode=kode,
            defaults={
                "opd": opd,
                "nama": u.text("nama"),
                "nama_singkat": u.text("nama_singkat", required=False) or u.text("nama"),
                "urutan": i,
                **_kepala(u.child("kepala")),
            },
        )
        u.finish()
    opd.unit_kerja.exclude(kode__in=units).delete()
    if opd.kode not in units:
        raise DatasetError(
            f"{node.where}.unit_kerja: unit milik SKPD sendiri ({opd.kode}) wajib ada"
        )
    return units


def _load_anggaran(
    opd: m.PerangkatDaerah,
    node: Node,
    units: dict[str, m.UnitKerja],
    indikator: dict[str, m.Indikator],
) -> None:
    sasaran = {i.sasaran.kode: i.sasaran for i in indikator.values()}
    sasaran.update({s.kode: s for s in m.SasaranStrategis.objects.filter(renstra__opd=opd)})
    for i, a in enumerate(node.items("atribusi_program")):
        kode = a.code("sasaran")
        if kode not in sasaran:
            raise DatasetError(f"{a.where}.sasaran: sasaran {kode} tidak ada di Renstra")
        m.AtribusiProgram.objects.create(
            opd=opd,
            tahun=a.integer("tahun"),
            program=normal_code(a.code("program"), f"{a.where}.program"),
            sasaran=sasaran[kode],
            urutan=i,
        )
        a.finish()
    periods = {key for key, _ in m.anggaran.PERIODE_REALISASI}
    # Written in three bulk inserts per OPD: a Pemda's dataset holds thousands of lines.
    all_rows: list[m.BarisAnggaran] = []
    realisasi: list[m.RealisasiAnggaran] = []
    fisik: list[m.RealisasiFisik] = []
    for i, b in enumerate(node.items("anggaran")):
        unit = _unit(units, b.code("unit"), b.where)
        tahap = b.text("tahap")
        choice(tahap, m.perencanaan.TAHAP_ANGGARAN, f"{b.where}.tahap")
        sumber = b.code("sub_kegiatan")
        normal = normal_code(sumber, f"{b.where}.sub_kegiatan")
        if codes.level(normal) is not codes.Level.SUB_KEGIATAN:
            raise DatasetError(f"{b.where}.sub_kegiatan: {sumber} bukan kode sub kegiatan")
        pagu = b.decimal("pagu", required=True)
        baris = m.BarisAnggaran(
            unit=unit,
            tahun=b.integer("tahun"),
            tahap=tahap,
            sub_kegiatan=normal,
            kode_sumber=sumber,
            uraian=b.text("uraian", required=False),
            pagu=pagu,
            urutan=i,
        )
        all_rows.append(baris)
        for key, nilai in b.mapping("realisasi").items():
            periode = str(key).lower()
            if periode not in periods:
                raise DatasetError(
                    f"{b.where}.realisasi: periode {key!r} tidak dikenal (tahun, tw1..tw4, 1..12)"
                )
            amount = as_decimal(nilai, f"{b.where}.realisasi.{key}")
            if amount is None:
                raise DatasetError(f"{b.where}.realisasi.{key}: nilai tidak boleh kosong")
            realisasi.append(m.RealisasiAnggaran(baris=baris, periode=periode, nilai=amount))
        fisik += [
            m.RealisasiFisik(
                baris=baris,
                triwulan=quarter(q, f"{b.where}.fisik.{q}"),
                persen=as_decimal(v, f"{b.where}.fisik.{q}"),
            )
            for q, v in b.mapping("fisik").items()
        ]
        b.finish()
    m.BarisAnggaran.objects.bulk_create(all_rows)
    m.RealisasiAnggaran.objects.bulk_create(realisasi)
    m.RealisasiFisik.objects.bulk_create(fisik)
    keluaran = []
    for i, k in enumerate(node.items("indikator_keluaran")):
        keluaran.append(
            m.IndikatorKeluaran(
                unit=_unit(units, k.code("unit"), k.where),
                tahun=k.integer("tahun"),
                kode=normal_code(k.code("kode"), f"{k.where}.kode"),
                uraian=k.text("uraian"),
                uraian_nomenklatur=k.text("uraian_nomenklatur", required=False),
                satuan=k.text("satuan"),
                target=k.decimal("target"),
                realisasi=k.decimal("realisasi"),
                urutan=i,
            )
        )
        k.finish()
    m.IndikatorKeluaran.objects.bulk_create(keluaran)


def _unit(units: dict[str, m.UnitKerja], kode: str | None, where: str) -> m.UnitKerja:
    if kode not in units:
        raise DatasetError(f"{where}.unit: unit {kode} bukan unit kerja Perangkat Daerah ini")
    return units[kode]


def _load_profil(opd: m.PerangkatDaerah, node: Node) -> None:
    pegawai = []
    for p in node.items("pegawai"):
        tahun = p.integer("tahun")
        for dimensi, _ in m.JumlahPegawai.DIMENSI:
            for i, (kategori, jumlah) in enumerate(p.mapping(dimensi).items()):
                pegawai.append(
                    m.JumlahPegawai(
                        opd=opd,
                        tahun=tahun,
                        dimensi=dimensi,
                        kategori=str(kategori),
                        jumlah=as_integer(jumlah, f"{p.where}.{dimensi}.{kategori}"),
                        urutan=i,
                    )
                )
        p.finish()
    m.JumlahPegawai.objects.bulk_create(pegawai)
    aset = []
    for i, a in enumerate(node.items("aset")):
        aset.append(
            m.Aset(
                opd=opd,
                tahun=a.integer("tahun"),
                jenis=a.text("jenis"),
                nilai=a.decimal("nilai"),
                urutan=i,
            )
        )
        a.finish()
    m.Aset.objects.bulk_create(aset)
    belanja = []
    for i, b in enumerate(node.items("belanja")):
        tahap = b.text("tahap")
        choice(tahap, m.perencanaan.TAHAP_ANGGARAN, f"{b.where}.tahap")
        belanja.append(
            m.Belanja(
                opd=opd,
                tahun=b.integer("tahun"),
                tahap=tahap,
                jenis=b.text("jenis"),
                nilai=b.decimal("nilai"),
                urutan=i,
            )
        )
        b.finish()
    m.Belanja.objects.bulk_create(belanja)
    narasi = []
    for i, n in enumerate(node.items("narasi")):
        narasi.append(
            m.Narasi(
                opd=opd,
                tahun=n.integer("tahun"),
                bagian=n.text("bagian"),
                teks=n.text("teks"),
                urutan=i,
            )
        )
        n.finish()
    m.Narasi.objects.bulk_create(narasi)


def _load_evaluasi(
    opd: m.PerangkatDaerah, node: Node, units: dict[str, m.UnitKerja]
) -> list[tuple[m.Rekomendasi, str, str]]:
    """Create the evaluation results and recommendations; return each recommendation's
    responsible position (recommendation, position kode, where), linked once positions exist."""
    for e in node.items("evaluasi_sakip"):
        evaluasi = m.EvaluasiSakip.objects.create(
            opd=opd,
            tahun=e.integer("tahun"),
            regulasi=e.text("regulasi"),
            nilai=e.decimal("nilai"),
            predikat=e.text("predikat", required=False),
            nomor_surat=e.text("nomor_surat", required=False),
            tanggal_surat=e.date("tanggal_surat"),
        )
        for i, k in enumerate(e.items("komponen")):
            m.KomponenEvaluasi.objects.create(
                evaluasi=evaluasi, kode=k.text("kode"), nilai=k.decimal("nilai"), urutan=i
            )
            k.finish()
        e.finish()
    statuses = m.Rekomendasi.STATUS
    jabatan = []
    for i, r in enumerate(node.items("rekomendasi")):
        status = r.text("status", required=False) or "belum"
        choice(status, statuses, f"{r.where}.status")
        unit = r.code("unit", required=False)
        if unit is not None and unit not in units:
            raise DatasetError(f"{r.where}.unit: unit {unit} tidak ada")
        rekomendasi = m.Rekomendasi.objects.create(
            opd=opd,
            tahun_evaluasi=r.integer("tahun_evaluasi"),
            komponen=r.text("komponen"),
            uraian=r.text("uraian"),
            tindak_lanjut=r.text("tindak_lanjut", required=False),
            status=status,
            tenggat=r.date("tenggat"),
            unit=units[unit] if unit is not None else None,
            urutan=i,
        )
        kode_jabatan = r.code("jabatan", required=False)
        if kode_jabatan is not None:
            jabatan.append((rekomendasi, kode_jabatan, f"{r.where}.jabatan"))
        m.RencanaAksi.objects.bulk_create(
            m.RencanaAksi(rekomendasi=rekomendasi, uraian=t, urutan=j)
            for j, t in enumerate(r.texts("rencana_aksi"))
        )
        load_tindak_lanjut(rekomendasi, r)
        r.finish()
    for s in node.items("skm"):
        skm = m.Skm.objects.create(opd=opd, tahun=s.integer("tahun"), nilai=s.decimal("nilai"))
        unsur = []
        for i, (key, nrr) in enumerate(s.mapping("unsur").items()):
            value = as_decimal(nrr, f"{s.where}.unsur.{key}")
            if value is None:
                raise DatasetError(f"{s.where}.unsur.{key}: NRR tidak boleh kosong")
            unsur.append(m.SkmUnsur(skm=skm, unsur=str(key), nrr=value, urutan=i))
        m.SkmUnsur.objects.bulk_create(unsur)
        s.finish()
    return jabatan


LOADERS = {
    "pemda": load_pemda,
    "nomenklatur": load_nomenklatur,
    "perangkat_daerah": load_perangkat_daerah,
}

__all__ = ["DatasetError", "load_path"]
