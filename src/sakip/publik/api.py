"""The read-only JSON API: `Authorization: Bearer <token>`, per-client tokens (docs/openapi.yaml).

The tables are exactly `sakip tables --format json` (the same core functions and serialisation);
an OPD outside the token's scope answers 404 like one that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from sakip.core.tables import all_tabel
from sakip.core.tables.export import tables_json, to_json
from sakip.kinerja import snapshot
from sakip.kinerja.models import PerangkatDaerah

from . import register
from . import token as tokens
from .bundle import baris_manifest
from .models import TokenApi

JSON = "application/json; charset=utf-8"

View = Callable[..., HttpResponse]


def _json(data: Any, status: int = 200) -> HttpResponse:
    return HttpResponse(to_json(data), content_type=JSON, status=status)


def _error(pesan: str, status: int) -> HttpResponse:
    r = _json({"galat": pesan}, status)
    if status == 401:
        r["WWW-Authenticate"] = 'Bearer realm="sakip"'
    return r


def butuh_token(view: View) -> View:
    """Answer 401 unless the request carries a valid token; pass the token to the view."""

    @csrf_exempt
    @require_GET
    def dibungkus(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        kepala = request.headers.get("Authorization", "")
        skema, _, rahasia = kepala.partition(" ")
        if skema.lower() != "bearer" or not rahasia.strip():
            return _error("Sertakan token: Authorization: Bearer <token>.", 401)
        token = tokens.find(rahasia.strip())
        if token is None:
            return _error("Token tidak dikenal atau sudah dicabut.", 401)
        try:
            return view(request, token, *args, **kwargs)
        except Http404:
            return _error("Tidak ditemukan, atau di luar lingkup token ini.", 404)

    dibungkus.__name__ = view.__name__
    dibungkus.__doc__ = view.__doc__
    return dibungkus


def _opd(token: TokenApi, kode: str) -> PerangkatDaerah:
    opd = get_object_or_404(PerangkatDaerah, kode=kode)
    if not token.membaca(opd):
        raise Http404
    return opd


@butuh_token
def opd_listing(request: HttpRequest, token: TokenApi) -> HttpResponse:
    """List the OPDs the token reads."""
    opd = PerangkatDaerah.objects.filter(pemda=token.pemda)
    if token.opd_id is not None:
        opd = opd.filter(pk=token.opd_id)
    return _json(
        {
            "pemda": token.pemda.kode,
            "nama_pemda": token.pemda.nama,
            "opd": [{"kode": o.kode, "nama": o.nama} for o in opd.order_by("kode")],
        }
    )


@butuh_token
def tabel(request: HttpRequest, token: TokenApi, kode: str, tahun: int) -> HttpResponse:
    """Return every LKjIP table of an OPD's year, as `sakip tables --format json`."""
    opd = _opd(token, kode)
    try:
        s = snapshot.build(opd, tahun)
    except snapshot.DataTidakAda as exc:
        raise Http404 from exc
    return HttpResponse(tables_json(all_tabel(s)), content_type=JSON)


@butuh_token
def dokumen(request: HttpRequest, token: TokenApi, tahun: int) -> HttpResponse:
    """Return the document register of a year within the token's scope (`?opd=` narrows it)."""
    kode = request.GET.get("opd") or (token.opd.kode if token.opd_id else None)  # type: ignore[union-attr]
    opd = _opd(token, kode) if kode else None
    entri = register.entri(token.pemda, tahun, opd)
    return _json(
        {
            "pemda": token.pemda.kode,
            "tahun": tahun,
            "dokumen": [baris_manifest(e, e.nama_berkas) for e in entri],
        }
    )
