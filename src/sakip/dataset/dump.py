"""Write the database back out in the dataset format, so that load -> dump -> load is exact."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from sakip.core import codes
from sakip.core.periode import Periode
from sakip.kinerja import models as m

from . import (
    dump_realisasi,
    kriteria,
    load_alur,
    load_pemda_iku,
    load_templat_lhe,
    pengesahan,
    yamlio,
)
from .dump_pohon import dump_pohon
from .lke import jabatan_rekomendasi, jendela_list, lke_list, tindak_lanjut
from .yamlio import Kode

MONEY = Decimal("0.01")


def nilai(value: Decimal | None) -> Decimal | None:
    """Return an indicator value without the storage's trailing zeros (87.1000 -> 87.1)."""
    if value is None:
        return None
    text = format(value.normalize(), "f")
    return Decimal(text)


def uang(value: Decimal | None) -> Decimal | None:
    """Return a rupiah amount with its two decimals."""
    return None if value is None else value.quantize(MONEY)


def _pejabat(jabatan: str, nama: str | None, nip: str | None) -> dict[str, Any]:
    return {"jabatan": jabatan, "nama": nama, "nip": Kode(nip) if nip else None}


def _kepala(obj: Any) -> dict[str, Any]:
    return _pejabat(obj.kepala_jabatan, obj.kepala_nama, obj.kepala_nip)


def _penanggung_jawab(r: m.Rekomendasi, jabatan: Kode | None) -> dict[str, Any]:
    """Return a recommendation's deadline, unit and position, only the keys that are set: a
    dataset without them dumps as before."""
    isi = {
        "tenggat": r.tenggat,
        "unit": Kode(r.unit.kode) if r.unit is not None else None,
        "jabatan": jabatan,
    }
    return {k: v for k, v in isi.items() if v is not None}


def dump_all(folder: Path) -> list[Path]:
    """Write every Pemda, nomenclature version and Perangkat Daerah below the folder."""
    written = []
    pemda_list = list(m.Pemda.objects.order_by("kode"))
    if pemda_list:
        path = folder / "pemda.yaml"
        if len(pemda_list) == 1:
            yamlio.write(path, {"pemda": pemda_dict(pemda_list[0])})
            written.append(path)
        else:
            for pemda in pemda_list:
                path = folder / f"pemda-{pemda.kode}.yaml"
                yamlio.write(path, {"pemda": pemda_dict(pemda)})
                written.append(path)
    for versi in m.NomenklaturVersi.objects.all():
        path = folder / "nomenklatur" / f"{versi.kode}.yaml"
        yamlio.write(path, {"nomenklatur": nomenklatur_dict(versi)})
        written.append(path)
    for opd in m.PerangkatDaerah.objects.all():
        path = folder / "opd" / f"{opd.kode}.yaml"
        yamlio.write(path, {"perangkat_daerah": opd_dict(opd)})
        written.append(path)
    return written


def pemda_dict(pemda: m.Pemda) -> dict[str, Any]:
    """Return a Pemda in the dataset form."""
    data: dict[str, Any] = {
        "kode": Kode(pemda.kode),
        "nama": pemda.nama,
        "nama_daerah": pemda.nama_daerah,
        "tempat": pemda.tempat,
        "kepala_daerah": _kepala(pemda),
        "rpjmd": [
            {
                "periode_awal": r.periode_awal,
                "periode_akhir": r.periode_akhir,
                "dasar_hukum": r.dasar_hukum,
                "visi": r.visi,
                "misi": [
                    {
                        "kode": Kode(mi.kode),
                        "uraian": mi.uraian,
                        "tujuan": [
                            {
                                "kode": Kode(t.kode),
                                "uraian": t.uraian,
                                "sasaran": [
                                    {"kode": Kode(s.kode), "uraian": s.uraian}
                                    for s in t.sasaran.all()
                                ],
                            }
                            for t in mi.tujuan.all()
                        ],
                    }
                    for mi in r.misi.all()
                ],
            }
            for r in pemda.rpjmd.order_by("periode_awal")
        ],
        "kriteria_capaian": kriteria.dump(pemda),
    } | load_pemda_iku.dump(pemda)
    data |= load_templat_lhe.dump(pemda)
    lke = jendela_list(pemda)
    return data | {"lke": lke} if lke else data


def nomenklatur_dict(versi: m.NomenklaturVersi) -> dict[str, Any]:
    """Return a nomenclature version in the dataset form, codes shown in its own format."""
    return {
        "kode": Kode(versi.kode),
        "nama": versi.nama,
        "dasar_hukum": versi.dasar_hukum,
        "berlaku_mulai": versi.berlaku_mulai,
        "lengkap": versi.lengkap,
        "format_sub_kegiatan": versi.format_sub_kegiatan,
        "item": [
            {"kode": Kode(codes.display(i.kode, versi.format_sub_kegiatan)), "nama": i.nama}
            for i in versi.item.all()
        ],
    }


def opd_dict(opd: m.PerangkatDaerah) -> dict[str, Any]:
    """Return a Perangkat Daerah with everything it holds in the dataset form."""
    jabatan = jabatan_rekomendasi(opd)
    laporan = tindak_lanjut(opd)
    data: dict[str, Any] = {
        "kode": Kode(opd.kode),
        "nama": opd.nama,
        "jenis": opd.jenis,
        "pemda": Kode(opd.pemda.kode),
        "kepala": _kepala(opd),
        "unit_kerja": [
            {
                "kode": Kode(u.kode),
                "nama": u.nama,
                "nama_singkat": u.nama_singkat,
                "kepala": _kepala(u),
            }
            for u in opd.unit_kerja.all()
        ],
        "renstra": [_renstra(r) for r in opd.renstra.all()],
        "perjanjian_kinerja": [_pk(pk) for pk in opd.perjanjian_kinerja.all()],
        "kinerja": _kinerja(opd),
        "atribusi_program": [
            {"tahun": a.tahun, "program": Kode(a.program), "sasaran": Kode(a.sasaran.kode)}
            for a in opd.atribusi.select_related("sasaran")
        ],
        "anggaran": _anggaran(opd),
        "indikator_keluaran": [
            {
                "unit": Kode(k.unit.kode),
                "tahun": k.tahun,
                "kode": Kode(k.kode),
                "uraian": k.uraian,
                "uraian_nomenklatur": k.uraian_nomenklatur,
                "satuan": k.satuan,
                "target": nilai(k.target),
                "realisasi": nilai(k.realisasi),
            }
            for k in m.IndikatorKeluaran.objects.filter(unit__opd=opd)
            .select_related("unit")
            .order_by("urutan", "id")
        ],
        "pegawai": _pegawai(opd),
        "aset": [
            {"tahun": a.tahun, "jenis": a.jenis, "nilai": uang(a.nilai)} for a in opd.aset.all()
        ],
        "belanja": [
            {"tahun": b.tahun, "tahap": b.tahap, "jenis": b.jenis, "nilai": uang(b.nilai)}
            for b in opd.belanja.all()
        ],
        "evaluasi_sakip": [_evaluasi(e) for e in opd.evaluasi.all()],
        "rekomendasi": [
            {
                "tahun_evaluasi": r.tahun_evaluasi,
                "komponen": r.komponen,
                "uraian": r.uraian,
                "tindak_lanjut": r.tindak_lanjut,
                "rencana_aksi": [a.uraian for a in r.rencana_aksi.all()],
                "status": r.status,
                **_penanggung_jawab(r, jabatan.get(r.pk)),
                **({"laporan_tindak_lanjut": laporan[r.pk]} if r.pk in laporan else {}),
            }
            for r in opd.rekomendasi.select_related("unit")
        ],
        "skm": [
            {
                "tahun": s.tahun,
                "nilai": nilai(s.nilai),
                "unsur": {u.unsur: nilai(u.nrr) for u in s.unsur.all()},
            }
            for s in opd.skm.order_by("tahun")
        ],
        "narasi": [
            {"tahun": n.tahun, "bagian": n.bagian, "teks": n.teks} for n in opd.narasi.all()
        ],
        "pengesahan": pengesahan.dump(opd),
    }
    lke = lke_list(opd)
    alur = load_alur.dump(opd)
    data = (
        data
        | ({"lke": lke} if lke else {})
        | ({"alur_kerja": alur} if alur else {})
        | dump_pohon(opd)
    )
    return _dengan_kaskade(opd, data)


def _dengan_kaskade(opd: m.PerangkatDaerah, data: dict[str, Any]) -> dict[str, Any]:
    from .dump_kaskade import kaskade_dict  # it reads this module's number helpers

    kaskade = kaskade_dict(opd)
    return data | {"kaskade": kaskade} if kaskade else data


def _renstra(r: m.Renstra) -> dict[str, Any]:
    return {
        "periode_awal": r.periode_awal,
        "periode_akhir": r.periode_akhir,
        "dasar_hukum": r.dasar_hukum,
        "tujuan": [{"kode": Kode(t.kode), "uraian": t.uraian} for t in r.tujuan.all()],
        "sasaran": [
            {
                "kode": Kode(s.kode),
                "uraian": s.uraian,
                "tujuan": Kode(s.tujuan.kode) if s.tujuan else None,
                "mendukung": [Kode(p.kode) for p in s.mendukung.order_by("id")],
                "strategi": [x.uraian for x in s.strategi.all()],
                "kebijakan": [x.uraian for x in s.kebijakan.all()],
                "indikator": [_indikator(i) for i in s.indikator.all()],
            }
            for s in r.sasaran.all()
        ],
    }


def _indikator(i: m.Indikator) -> dict[str, Any]:
    return {
        "kode": Kode(i.kode),
        "nama": i.nama,
        "satuan": i.satuan,
        "polaritas": i.polaritas,
        "agregasi": i.agregasi,
        "formula": i.formula,
        "sumber_data": i.sumber_data,
        "penanggung_jawab": i.penanggung_jawab,
        "skala": i.skala,
        "baseline": {"tahun": i.baseline_tahun, "nilai": nilai(i.baseline_nilai)},
        "target": {t.tahun: nilai(t.nilai) for t in i.target.all()},
        "target_akhir": nilai(i.target_akhir),
        **dump_realisasi.jenis_indikator(i),
    }


def _pk(pk: m.PerjanjianKinerja) -> dict[str, Any]:
    return {
        "tahun": pk.tahun,
        "versi": pk.versi,
        "tanggal": pk.tanggal,
        "tahap_anggaran": pk.tahap_anggaran,
        "alasan_revisi": pk.alasan_revisi,
        "pihak_pertama": _pejabat(
            pk.pihak_pertama_jabatan, pk.pihak_pertama_nama, pk.pihak_pertama_nip
        ),
        "pihak_kedua": _pejabat(pk.pihak_kedua_jabatan, pk.pihak_kedua_nama, pk.pihak_kedua_nip),
        "target": [
            {"indikator": Kode(t.indikator.kode), "target": nilai(t.nilai)}
            for t in pk.target.select_related("indikator")
        ],
        "program": [Kode(p.program) for p in pk.program.all()],
    }


def _kinerja(opd: m.PerangkatDaerah) -> list[dict[str, Any]]:
    indikator = list(
        m.Indikator.objects.filter(sasaran__renstra__opd=opd).order_by(
            "sasaran__renstra__periode_awal", "sasaran__urutan", "urutan"
        )
    )
    rows: dict[tuple[int, int], dict[str, Any]] = defaultdict(dict)
    for t in m.TargetTriwulan.objects.filter(indikator__in=indikator):
        rows[(t.indikator_id, t.tahun)].setdefault("target_triwulan", {})[t.triwulan] = nilai(
            t.nilai
        )
    per_id = {i.id: i for i in indikator}
    for r in m.Realisasi.objects.filter(indikator__in=indikator):
        dump_realisasi.add(rows[(r.indikator_id, r.tahun)], r, per_id[r.indikator_id], nilai)
    for n in m.NarasiIndikator.objects.filter(indikator__in=indikator).order_by("triwulan"):
        row = rows[(n.indikator_id, n.tahun)]
        # The fourth quarter's analysis is the year's; the others are kept per quarter.
        tujuan: dict[Any, Any] = row if n.triwulan == 4 else row.setdefault("analisis_triwulan", {})
        isi = {f: getattr(n, f) for f in ("faktor_pendukung", "faktor_penghambat", "solusi")}
        isi = {f: v for f, v in isi.items() if v}
        if n.triwulan == 4:
            row.update(isi)
        elif isi:
            tujuan[n.triwulan] = isi
    result = []
    order = {i.id: (pos, i.kode) for pos, i in enumerate(indikator)}
    for indikator_id, tahun in sorted(rows, key=lambda k: (order[k[0]][0], k[1])):
        row = rows[(indikator_id, tahun)]
        entry: dict[str, Any] = {"indikator": Kode(order[indikator_id][1]), "tahun": tahun}
        for key in ("target_triwulan", "realisasi_triwulan", "realisasi_bulan"):
            if key in row:
                entry[key] = dict(sorted(row[key].items()))
        for key in (
            "realisasi_tahun",
            "faktor_pendukung",
            "faktor_penghambat",
            "solusi",
            "analisis_triwulan",
        ):
            if key in row:
                entry[key] = row[key]
        result.append(entry)
    return result


def _anggaran(opd: m.PerangkatDaerah) -> list[dict[str, Any]]:
    lines = (
        m.BarisAnggaran.objects.filter(unit__opd=opd)
        .select_related("unit")
        .prefetch_related("realisasi", "fisik")
        .order_by("urutan", "id")
    )
    result = []
    for b in lines:
        entry: dict[str, Any] = {
            "unit": Kode(b.unit.kode),
            "tahun": b.tahun,
            "tahap": b.tahap,
            "sub_kegiatan": Kode(b.kode_sumber),
        }
        if b.uraian:
            entry["uraian"] = b.uraian
        entry["pagu"] = uang(b.pagu)
        entry["realisasi"] = {
            (r.periode if not r.periode.isdigit() else int(r.periode)): uang(r.nilai)
            for r in sorted(b.realisasi.all(), key=lambda r: Periode.parse(r.periode).sort_key)
        }
        entry["fisik"] = {f.triwulan: nilai(f.persen) for f in b.fisik.all()}
        result.append(entry)
    return result


def _pegawai(opd: m.PerangkatDaerah) -> list[dict[str, Any]]:
    by_year: dict[int, dict[str, dict[str, int]]] = defaultdict(
        lambda: {d: {} for d, _ in m.JumlahPegawai.DIMENSI}
    )
    for p in opd.pegawai.order_by("tahun", "dimensi", "urutan"):
        by_year[p.tahun][p.dimensi][p.kategori] = p.jumlah
    return [{"tahun": tahun, **dims} for tahun, dims in sorted(by_year.items())]


def _evaluasi(e: m.EvaluasiSakip) -> dict[str, Any]:
    return {
        "tahun": e.tahun,
        "regulasi": e.regulasi,
        "nilai": nilai(e.nilai),
        "predikat": e.predikat,
        "nomor_surat": e.nomor_surat,
        "tanggal_surat": e.tanggal_surat,
        "komponen": [{"kode": k.kode, "nilai": nilai(k.nilai)} for k in e.komponen.all()],
    }
