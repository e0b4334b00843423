"""Generic screens for every kind of record: list, add, edit (with its history), delete."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError, models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from sakip.alur import akses
from sakip.alur.layanan import Ditolak, Sesi, perubahan
from sakip.core import format
from sakip.riwayat.recorder import KonflikEdit, riwayat, token

from ..jenis import PERENCANA, Jenis, per_tingkat
from ..lingkup import (
    Lingkup,
    change_allowed,
    form_class,
    jenis_di,
    lingkup_opd,
    lingkup_pemda,
    objek,
    queryset,
    tahun_terkunci,
)
from ..templatetags.sakip import tanggal

PER_PAGE = 50


def _render(
    request: HttpRequest, template: str, lingkup: Lingkup, ctx: dict[str, Any]
) -> HttpResponse:
    if lingkup.opd is not None:
        ctx = {**ctx, "opd": lingkup.opd, "tahun": lingkup.tahun}
    return render(request, template, {**ctx, "lingkup": lingkup, "page": "data"})


def _lingkup(request: HttpRequest, kwargs: dict[str, Any]) -> Lingkup:
    if "tahun" in kwargs:
        return lingkup_opd(request, kwargs["kode"], kwargs["tahun"])
    return lingkup_pemda(request, kwargs["kode"])


def _url(lingkup: Lingkup, nama: str, *args: Any) -> str:
    prefix = "web:data-opd" if lingkup.opd is not None else "web:data-pemda"
    return reverse(f"{prefix}{nama}", args=[*lingkup.url_args(), *args])


def _cell(obj: Any, kolom: str) -> Any:
    getter = getattr(obj, f"get_{kolom}_display", None)
    if getter is not None:
        return getter()
    nilai = getattr(obj, kolom)
    if hasattr(nilai, "all"):
        return ", ".join(str(x) for x in nilai.all())
    if isinstance(nilai, bool):
        return "Ya" if nilai else "Tidak"
    if isinstance(nilai, Decimal):
        # Rupiah and indicator values alike: two decimals, the Indonesian way (87,00).
        return format.number(nilai)
    if isinstance(nilai, date):
        return tanggal(nilai)
    return nilai


def _column_header(model: type[models.Model], key: str) -> str:
    """Return the header of a listed column: its field's name for people."""
    f = model._meta.get_field(key)
    assert isinstance(f, models.Field)  # a listed column is one of the model's own fields
    return str(f.verbose_name)


def _versi(request: HttpRequest) -> int:
    """Return the version of the record the form was opened at (a number, 0 when absent)."""
    try:
        return int(request.POST.get("token") or 0)
    except ValueError:
        return -1


def _alasan(request: HttpRequest, bawaan: str) -> str:
    return (request.POST.get("alasan") or "").strip() or bawaan


@login_required
def indeks(request: HttpRequest, **kwargs: Any) -> HttpResponse:
    lingkup = _lingkup(request, kwargs)
    kelompok: dict[str, list[tuple[Jenis, str]]] = {}
    for jenis in per_tingkat(lingkup.tingkat):
        kelompok.setdefault(jenis.grup, []).append((jenis, _url(lingkup, "", jenis.slug)))
    ctx = {"lingkup": lingkup, "kelompok": kelompok, "page": "data"}
    return _render(request, "web/data_indeks.html", lingkup, ctx)


@login_required
def listing(request: HttpRequest, slug: str, **kwargs: Any) -> HttpResponse:
    lingkup = _lingkup(request, kwargs)
    jenis = jenis_di(lingkup, slug)
    page = Paginator(queryset(jenis, lingkup), PER_PAGE).get_page(request.GET.get("hal"))
    baris = [
        (_url(lingkup, "-ubah", slug, obj.pk), [_cell(obj, k) for k in jenis.listing_kolom])
        for obj in page
    ]
    ctx = {
        "lingkup": lingkup,
        "jenis": jenis,
        "kolom": [_column_header(jenis.model, k) for k in jenis.listing_kolom],
        "baris": baris,
        "halaman": page,
        "can_edit": change_allowed(request, lingkup, jenis)
        and not (jenis.penyunting == PERENCANA and tahun_terkunci(lingkup)),
        "url_baru": _url(lingkup, "-baru", slug),
        "url_indeks": _url(lingkup, "-indeks"),
        "page": "data",
    }
    return _render(request, "web/data_daftar.html", lingkup, ctx)


def _save(
    request: HttpRequest,
    lingkup: Lingkup,
    jenis: Jenis,
    form: Any,
    alasan: str,
    versi: int | None = None,
) -> bool:
    """Save the form's record through the change service; its refusal goes on the form."""
    obj = form.save(commit=False)
    for field, sumber in jenis.induk.items():
        if getattr(obj, f"{field}_id", getattr(obj, field, None)) in (None, ""):
            setattr(obj, field, lingkup.nilai_induk(sumber))
    if jenis.before_save is not None:
        jenis.before_save(obj)
    try:
        obj.clean()
        with _perubahan(request, lingkup, alasan) as sesi:
            if versi is not None:
                sesi.pastikan_versi(obj, versi)
            sesi.save(obj, form.changed_data if obj.pk else None)
            form.save_m2m()
    except ValidationError as exc:
        for pesan in exc.messages:
            form.add_error(None, pesan)
        return False
    except Ditolak as exc:
        form.add_error(None, str(exc))
        # Each reason that concerns a field of the form also stands under that field.
        for p in exc.penolakan:
            if p.field in form.fields and p.field not in form.errors:
                form.add_error(p.field, p.alasan[:1].upper() + p.alasan[1:] + ".")
        return False
    except KonflikEdit as exc:
        form.add_error(None, str(exc))
        return False
    except IntegrityError:
        form.add_error(None, "Data dengan kunci yang sama sudah ada, atau isian melanggar aturan.")
        return False
    return True


def _perubahan(request: HttpRequest, lingkup: Lingkup, alasan: str) -> Any:
    return perubahan(
        request.user,
        alasan,
        opd_id=lingkup.opd.pk if lingkup.opd is not None else None,
        pemda_id=lingkup.pemda.pk,
        hak=akses.hak(request),
    )


@login_required
def new(request: HttpRequest, slug: str, **kwargs: Any) -> HttpResponse:
    lingkup = _lingkup(request, kwargs)
    jenis = jenis_di(lingkup, slug)
    if not change_allowed(request, lingkup, jenis):
        raise PermissionDenied("Anda tidak berhak menambah data ini.")
    if jenis.penyunting == PERENCANA and tahun_terkunci(lingkup):
        raise PermissionDenied("LKjIP tahun ini sudah ditandatangani: datanya terkunci.")
    Form = form_class(jenis, lingkup)
    instance = jenis.model()
    for field, sumber in jenis.induk.items():
        setattr(instance, field, lingkup.nilai_induk(sumber))
    if request.method == "POST":
        form = Form(request.POST, instance=instance)
        if form.is_valid() and _save(request, lingkup, jenis, form, _alasan(request, "Tambah")):
            messages.success(request, f"{jenis.judul}: data baru tersimpan.")
            return redirect(_url(lingkup, "", slug))
    else:
        form = Form(instance=instance)
    ctx = {
        "lingkup": lingkup,
        "jenis": jenis,
        "form": form,
        "can_edit": True,
        "url_kembali": _url(lingkup, "", slug),
        "page": "data",
    }
    return _render(request, "web/data_form.html", lingkup, ctx)


@login_required
def change(request: HttpRequest, slug: str, pk: int, **kwargs: Any) -> HttpResponse:
    lingkup = _lingkup(request, kwargs)
    jenis = jenis_di(lingkup, slug)
    obj = objek(jenis, lingkup, pk)
    berhak = change_allowed(request, lingkup, jenis)
    # The record's own place decides too: a Renstra is locked by any signed year it covers.
    # What a field's value is refused for is shown under the field on saving, and never locks
    # the form (a stored value that a newer rule refuses must stay correctable).
    key = (
        [p for p in Sesi(request.user, akses.hak(request)).alasan(obj, "ubah") if p.field is None]
        if berhak
        else []
    )
    can_edit = berhak and not key
    Form = form_class(jenis, lingkup)
    if request.method == "POST":
        if not berhak:
            raise PermissionDenied("Anda hanya dapat membaca data ini.")
        form = Form(request.POST, instance=obj)
        versi = _versi(request)
        if form.is_valid() and _save(
            request, lingkup, jenis, form, _alasan(request, "Ubah"), versi
        ):
            messages.success(request, f"{jenis.judul}: perubahan tersimpan.")
            return redirect(_url(lingkup, "-ubah", slug, pk))
    else:
        form = Form(instance=obj)
    if not can_edit:
        for field in form.fields.values():
            field.disabled = True
    ctx = {
        "lingkup": lingkup,
        "jenis": jenis,
        "obj": obj,
        "form": form,
        "token": token(obj),
        "riwayat": riwayat(obj)[:50],
        "can_edit": can_edit,
        "terkunci": "; ".join(p.alasan for p in key),
        "url_kembali": _url(lingkup, "", slug),
        "url_hapus": _url(lingkup, "-hapus", slug, pk),
        "page": "data",
    }
    return _render(request, "web/data_form.html", lingkup, ctx)


@login_required
@require_POST
def delete(request: HttpRequest, slug: str, pk: int, **kwargs: Any) -> HttpResponse:
    lingkup = _lingkup(request, kwargs)
    jenis = jenis_di(lingkup, slug)
    obj = objek(jenis, lingkup, pk)
    if not change_allowed(request, lingkup, jenis):
        raise PermissionDenied("Anda tidak berhak menghapus data ini.")
    try:
        with _perubahan(request, lingkup, _alasan(request, "Hapus")) as sesi:
            sesi.pastikan_versi(obj, _versi(request))
            sesi.delete(obj)
    except (Ditolak, KonflikEdit) as exc:
        messages.error(request, str(exc))
        return redirect(_url(lingkup, "-ubah", slug, pk))
    except IntegrityError:
        messages.error(
            request, "Data ini masih dipakai oleh data lain sehingga tidak dapat dihapus."
        )
        return redirect(_url(lingkup, "-ubah", slug, pk))
    messages.success(request, f"{jenis.judul}: data dihapus.")
    return redirect(_url(lingkup, "", slug))
