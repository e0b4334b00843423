"""The pages that read: home, dashboard, pohon kinerja."""

from __future__ import annotations

import hashlib
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db.models import Max, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse

from sakip.alur import akses
from sakip.alur.models import Periode
from sakip.core import ringkasan
from sakip.core.checks import Finding
from sakip.core.scales import Scale
from sakip.core.tables.capaian import skala_kriteria
from sakip.kaskade import rujukan
from sakip.kaskade.page import blok_dasbor
from sakip.kinerja import models as m
from sakip.kinerja.snapshot import DataTidakAda
from sakip.pohon.models import PermintaanCrosscutting, PohonKinerja, SimpulPohon

from .. import grafik, layanan, page_cache

# Where each rule's finding is put right: a list of records; the others are fixed in the entry form.
_SLUG_ATURAN = {
    "pk-target-beda-renstra": "target-pk",
    "pk-tanpa-iku": "target-pk",
    "target-nol": "target-renstra",
    "realisasi-tanpa-target": "target-triwulan",
    "skm-beda-iku": "skm",
    "belanja-beda-pagu": "belanja",
    "kode-format": "anggaran",
    "kode-tidak-dikenal": "anggaran",
    "kode-nama-beda": "anggaran",
    "sub-kegiatan-tanpa-indikator": "indikator-keluaran",
    "atribusi-program-hilang": "atribusi",
    "atribusi-sasaran-tidak-dikenal": "atribusi",
    "pegawai-tidak-konsisten": "pegawai",
    "evaluasi-jumlah-komponen": "komponen-evaluasi",
    "evaluasi-predikat": "evaluasi",
}


@login_required
def beranda(request: HttpRequest) -> HttpResponse:
    h = akses.hak(request)
    opds = [o for o in m.PerangkatDaerah.objects.select_related("pemda") if h.melihat_opd(o)]
    pemdas = {o.pemda for o in opds} | set(m.Pemda.objects.filter(id__in=h.admin | h.inspektorat))
    if len(opds) == 1 and not pemdas - {opds[0].pemda}:
        tahun = _tahun_awal(opds[0])
        if tahun is not None:
            return redirect("web:dasbor", opds[0].kode, tahun)
    tahun_opd = layanan.all_tahun_tersedia(opds)
    listing = [(o, tahun_opd[o.pk]) for o in opds]
    return render(
        request, "web/beranda.html", {"daftar": listing, "pemdas": sorted(pemdas, key=str)}
    )


def _tahun_awal(opd: m.PerangkatDaerah) -> int | None:
    """Return the latest year holding the OPD's budget lines, else the last of its Renstra.

    A Renstra runs five years ahead: its later years hold targets only, an empty dashboard.
    """
    anggaran = m.BarisAnggaran.objects.filter(unit__opd=opd).aggregate(t=Max("tahun"))["t"]
    return anggaran if anggaran is not None else next(iter(layanan.tahun_tersedia(opd)), None)


def tautan_temuan(f: Finding, opd: m.PerangkatDaerah, tahun: int, iku: dict[str, int]) -> str:
    """Return the URL of the screen where the finding is put right."""
    ref = f.ref
    if f.rule in _SLUG_ATURAN:
        return reverse("web:data-opd", args=[opd.kode, tahun, _SLUG_ATURAN[f.rule]])
    if ref.get("unit"):
        tw = int(ref.get("triwulan") or 4)
        return reverse("web:entri", args=[opd.kode, tahun, ref["unit"], tw])
    if ref.get("indikator") in iku:
        if ref.get("triwulan"):
            return reverse("web:entri", args=[opd.kode, tahun, opd.kode, int(ref["triwulan"])])
        return reverse(
            "web:data-opd-ubah", args=[opd.kode, tahun, "indikator", iku[ref["indikator"]]]
        )
    return reverse("web:data-opd-indeks", args=[opd.kode, tahun])


def _konteks_opd(request: HttpRequest, kode: str, tahun: int) -> dict[str, Any]:
    opd, can_edit = akses.opd_for_user(request, kode)
    versi = layanan.versi_data(opd)
    info = layanan.info_opd(opd, versi)
    return {
        "opd": opd,
        "tahun": tahun,
        "can_edit": can_edit,
        "daftar_tahun": info.tahun,
        "ditandatangani": tahun in info.tertanda,
        "versi": versi,
        "label": dict(info.label),
    }


@login_required
def dasbor(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    ctx = _konteks_opd(request, kode, tahun)
    opd, versi, label = ctx["opd"], ctx["versi"], ctx["label"]
    # The dashboard is the same for everyone who may see it: render it once per data version,
    # and the page around it once per version and person's name and rights.
    sidik = hashlib.sha256(repr(sorted(label.items())).encode()).hexdigest()[:16]
    key = f"sakip:dasbor:{opd.id}:{tahun}:{versi}:{sidik}"

    def build(extra: dict[str, str]) -> HttpResponse:
        isi = cache.get(key)
        if isi is None:
            try:
                s, r = layanan.snapshot_dan_ringkasan(opd, tahun, versi)
            except DataTidakAda as exc:
                return render(
                    request, "web/kosong.html", {**ctx, **extra, "pesan": str(exc)}, status=404
                )
            isi = render_to_string(
                "web/_dasbor_isi.html", _isi_dasbor(opd, tahun, r, skala_kriteria(s))
            ) + blok_dasbor(opd, tahun, s.kaskade, skala_kriteria(s))
            cache.set(key, isi, timeout=600)
        konteks = {**ctx, **extra, "page": "dasbor", "isi": isi}
        return render(
            request, "web/dasbor.html", {**konteks, "menunggu": _menunggu(request, opd, tahun)}
        )

    return page_cache.cached_page(request, key, build)


def _isi_dasbor(
    opd: m.PerangkatDaerah, tahun: int, r: ringkasan.Ringkasan, skala: Scale
) -> dict[str, Any]:
    iku_id = dict(m.Indikator.objects.filter(sasaran__renstra__opd=opd).values_list("kode", "id"))
    iku = []
    for b in r.iku:
        url = ""
        if b.indikator.kode in iku_id:
            url = reverse(
                "web:data-opd-ubah", args=[opd.kode, tahun, "indikator", iku_id[b.indikator.kode]]
            )
        iku.append(
            {
                "b": b,
                "band": skala.classify(b.capaian),
                "grafik": grafik.tren_triwulan(b.triwulan, f"Tren triwulan {b.indikator.kode}"),
                "url": url,
            }
        )
    periode = layanan.status_periode(opd, tahun)
    units = list(opd.unit_kerja.all())
    unit_kode = {u.kode for u in units}
    status = []
    for u in units:
        baris = []
        for q in range(1, 5):
            p = periode.get((u.id, q))
            baris.append(
                (q, p.status if p else Periode.DRAFT, p.get_status_display() if p else "Draf")
            )
        status.append((u, baris))

    def tautan(ref: dict[str, str]) -> str:
        if ref.get("unit") in unit_kode:
            tw = int(ref.get("triwulan") or 4)
            return reverse("web:entri", args=[opd.kode, tahun, ref["unit"], tw])
        if ref.get("triwulan"):
            return reverse("web:entri", args=[opd.kode, tahun, opd.kode, int(ref["triwulan"])])
        return ""

    return {
        "opd": opd,
        "tahun": tahun,
        "r": r,
        "iku": iku,
        "skala": skala,
        "program": [(p, grafik.garis_bulanan(p.per_bulan, f"Serapan {p.kode}")) for p in r.program],
        "unit": [(u, grafik.garis_bulanan(u.per_bulan, f"Serapan {u.nama}")) for u in r.unit],
        "grafik_opd": grafik.garis_bulanan(r.opd.per_bulan, f"Serapan {r.opd.nama}"),
        "peringatan": [(p, tautan(p.ref)) for p in r.peringatan],
        "temuan": _kelompok_temuan([(f, tautan_temuan(f, opd, tahun, iku_id)) for f in r.temuan]),
        "status": status,
    }


def _kelompok_temuan(temuan: list[tuple[Finding, str]]) -> list[dict[str, Any]]:
    """Group the findings by rule, errors first (the checks already list them in that order)."""
    kelompok: dict[str, dict[str, Any]] = {}
    for f, url in temuan:
        k = kelompok.setdefault(f.rule, {"galat": f.severity == "error", "temuan": []})
        k["temuan"].append((f, url))
    return sorted(kelompok.values(), key=lambda k: not k["galat"])


def _menunggu(request: HttpRequest, opd: m.PerangkatDaerah, tahun: int) -> dict[str, int]:
    """Return how many quarters wait for this person's verification or approval."""
    h = akses.hak(request)
    tunggu = []
    if opd.id in h.perencana:
        tunggu.append(Periode.DIAJUKAN)
    if opd.id in h.kepala:
        tunggu.append(Periode.DIVERIFIKASI)
    if not tunggu:
        return {}
    jumlah = Periode.objects.filter(unit__opd=opd, tahun=tahun, status__in=tunggu).count()
    return {"verifikasi" if opd.id in h.perencana else "persetujuan": jumlah}


@login_required
def pohon(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Show the year's stored pohon kinerja read-only; the tree the data implies without one."""
    ctx = _konteks_opd(request, kode, tahun)
    try:
        s, r = layanan.snapshot_dan_ringkasan(ctx["opd"], tahun, ctx["versi"])
    except DataTidakAda as exc:
        return render(request, "web/kosong.html", {**ctx, "pesan": str(exc)}, status=404)
    from sakip.core import anggaran

    cabang, lepas = ringkasan.pohon(s, r)
    simpul_anggaran = _all_nodes(
        [n for c in cabang for sas in c.sasaran for n in sas.program] + lepas
    )
    nama = {n.kode: (anggaran.show(s, n.kode), anggaran.nama(s, n.kode)) for n in simpul_anggaran}
    tersimpan = PohonKinerja.objects.filter(opd=ctx["opd"], tahun=tahun).first()
    ctx.update(
        {
            "page": "pohon",
            "cabang": cabang,
            "lepas": lepas,
            "nama": nama,
            "skala": skala_kriteria(s),
            "rpjmd": s.rpjmd,
            "tersimpan": tersimpan,
        }
    )
    if tersimpan is not None:
        ctx["simpul"] = _simpul_tersimpan(tersimpan, r, simpul_anggaran, nama)
        ctx["reviu"] = list(tersimpan.reviu.order_by("putaran", "id"))
    return render(request, "web/pohon.html", ctx)


def _simpul_tersimpan(
    pohon: PohonKinerja, r: Any, anggaran: list[Any], nama: dict[str, tuple[str, str]]
) -> list[dict[str, Any]]:
    """Return the stored tree's nodes nested, each with the year's figures of its record."""
    iku = {b.indikator.kode: b for b in r.iku}
    pagu = {n.kode: n for n in anggaran}
    anak: dict[int | None, list[SimpulPohon]] = {}
    permintaan = PermintaanCrosscutting.objects.select_related("opd_tujuan", "jawaban")
    all_items = list(pohon.simpul.prefetch_related(Prefetch("permintaan", queryset=permintaan)))
    for x in all_items:
        anak.setdefault(x.induk_id, []).append(x)
    aksi = (
        {rujukan.teks(n): a for n, a in rujukan.aksi_bernomor(pohon.opd, pohon.tahun).items()}
        if any(x.jenis == "rencana_aksi" for x in all_items)
        else {}
    )

    def build(induk: int | None) -> list[dict[str, Any]]:
        return [
            {
                "simpul": x,
                "kode": nama[x.rujukan][0] if x.rujukan in nama else x.rujukan,
                "iku": iku.get(x.rujukan) if x.jenis == "indikator" else None,
                "anggaran": pagu.get(x.rujukan) if x.jenis in _JENIS_ANGGARAN else None,
                "aksi": aksi.get(x.rujukan) if x.jenis == "rencana_aksi" else None,
                "anak": build(x.id),
            }
            for x in anak.get(induk, [])
        ]

    return build(None)


_JENIS_ANGGARAN = frozenset({"program", "kegiatan", "sub_kegiatan"})


def _all_nodes(nodes: list[Any]) -> list[Any]:
    result = []
    for n in nodes:
        result.append(n)
        result.extend(_all_nodes(n.children))
    return result
