"""Public pages, without login: what the Pemda published (flagged public and signed), read-only.

The Perjanjian Kinerja's table is shown once a signed PK of the year is published, the IKU and
their results once a signed LKjIP is: the same tables as `sakip tables`, from the same core
functions, with CSV and JSON downloads in the same serialisation.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from sakip.core.tables import Tabel, all_tabel
from sakip.core.tables.export import as_dict, tables_csv, teks, to_json
from sakip.kinerja import snapshot
from sakip.kinerja.models import Pemda, PerangkatDaerah

from . import berkas as module_file
from .models import DokumenSakip

TABEL_TERBIT = {"pk": ("pk",), "laporan-kinerja": ("iku", "capaian")}
"""Document type published -> the keys of the tables it makes public."""
FORMAT = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}


def _tabel_terbuka(opd: PerangkatDaerah, tahun: int) -> set[str]:
    """Return the keys of the tables the OPD's published documents of the year open."""
    jenis = (
        DokumenSakip.objects.terbit().filter(opd=opd, tahun=tahun).values_list("jenis", flat=True)
    )
    return {k for j in set(jenis) for k in TABEL_TERBIT.get(j, ())}


def _tabel(opd: PerangkatDaerah, tahun: int, key: set[str]) -> list[Tabel]:
    if not key:
        return []
    try:
        s = snapshot.build(opd, tahun)
    except snapshot.DataTidakAda:
        return []
    return [t for t in all_tabel(s) if t.key in key]


def _show(t: Tabel) -> dict[str, object]:
    return {
        "tabel": t,
        "baris": [
            [(teks(v, k.jenis), k.jenis != "teks") for v, k in zip(row, t.kolom, strict=True)]
            for row in t.baris
        ],
    }


@require_GET
def beranda(request: HttpRequest) -> HttpResponse:
    """List every Pemda's published documents by year and OPD."""
    dok = (
        DokumenSakip.objects.terbit()
        .select_related("pemda", "opd")
        .order_by("pemda__nama", "-tahun", "opd__kode", "jenis", "id")
    )
    kelompok: dict[tuple[Pemda, int], dict[PerangkatDaerah | None, list[DokumenSakip]]] = {}
    for d in dok:
        kelompok.setdefault((d.pemda, d.tahun), {}).setdefault(d.opd, []).append(d)
    return render(request, "publik/beranda.html", {"kelompok": kelompok})


@require_GET
def opd_tahun(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Show an OPD's published documents of a year and the tables they open."""
    opd = get_object_or_404(PerangkatDaerah.objects.select_related("pemda"), kode=kode)
    dokumen = list(DokumenSakip.objects.terbit().filter(opd=opd, tahun=tahun))
    if not dokumen:
        raise Http404("Belum ada dokumen yang dipublikasikan.")
    tabel = _tabel(opd, tahun, _tabel_terbuka(opd, tahun))
    konteks = {"opd": opd, "tahun": tahun, "dokumen": dokumen, "tabel": [_show(t) for t in tabel]}
    return render(request, "publik/opd.html", konteks)


@require_GET
def download_tabel(request: HttpRequest, kode: str, tahun: int, key: str, fmt: str) -> HttpResponse:
    """Download one published table as CSV or JSON, as `sakip tables` writes it."""
    if fmt not in ("csv", "json"):
        raise Http404("Format unduhan adalah CSV atau JSON.")
    opd = get_object_or_404(PerangkatDaerah, kode=kode)
    if key not in _tabel_terbuka(opd, tahun):
        raise Http404("Tabel ini belum dipublikasikan.")
    (t,) = _tabel(opd, tahun, {key}) or (None,)
    if t is None:
        raise Http404("Data tahun ini tidak ada.")
    if fmt == "csv":
        isi, tipe = tables_csv([t]), "text/csv; charset=utf-8"
    else:
        isi, tipe = to_json(as_dict(t)), "application/json; charset=utf-8"
    r = HttpResponse(isi, content_type=tipe)
    r["Content-Disposition"] = f'attachment; filename="{key}-{opd.kode}-{tahun}.{fmt}"'
    return r


@require_GET
def download_dokumen(request: HttpRequest, pk: int) -> HttpResponse:
    """Serve a published document byte for byte, with its SHA-256."""
    dok = get_object_or_404(DokumenSakip.objects.terbit().select_related("tertanda"), pk=pk)
    akhiran = dok.nama_berkas.rsplit(".", 1)[-1].lower()
    tipe = module_file.TIPE.get(f".{akhiran}") or FORMAT.get(akhiran, "application/octet-stream")
    r = HttpResponse(dok.isi(), content_type=tipe)
    # Served as an attachment: a published HTML report must not run in the site's origin.
    r["Content-Disposition"] = f'attachment; filename="{dok.nama_berkas}"'
    r["X-Sakip-Sha256"] = dok.sha256
    return r
