"""The scope a generic data page works in: one OPD and year, or one Pemda; and its forms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from sakip.alur import akses
from sakip.core.scales import jenis_skala, load_scale
from sakip.kaskade import models as k
from sakip.kinerja import models as m
from sakip.laporan.models import LabelSkala

from .jenis import ADMIN, INSPEKTORAT, PER_MODEL, PER_SLUG, PERENCANA, Jenis
from .number import NumberField


@dataclass
class Lingkup:
    """One OPD in one year (tingkat "opd") or one Pemda (tingkat "pemda")."""

    pemda: m.Pemda
    opd: m.PerangkatDaerah | None = None
    tahun: int | None = None

    @property
    def tingkat(self) -> str:
        return "opd" if self.opd is not None else "pemda"

    def url_args(self) -> list[Any]:
        return [self.opd.kode, self.tahun] if self.opd is not None else [self.pemda.kode]

    def nilai_induk(self, sumber: str) -> Any:
        return {"opd": self.opd, "pemda": self.pemda, "tahun": self.tahun}[sumber]


def lingkup_opd(request: HttpRequest, kode: str, tahun: int) -> Lingkup:
    """Return the OPD scope, refusing a user who may not see the OPD."""
    opd, _ = akses.opd_for_user(request, kode)
    return Lingkup(pemda=opd.pemda, opd=opd, tahun=tahun)


def lingkup_pemda(request: HttpRequest, kode: str) -> Lingkup:
    """Return the Pemda scope, open to its admin and its Inspektorat."""
    pemda = get_object_or_404(m.Pemda, kode=kode)
    h = akses.hak(request)
    if not (h.mengelola_pemda(pemda.id) or pemda.id in h.inspektorat):
        raise PermissionDenied("Halaman ini hanya untuk Admin Pemda dan Inspektorat.")
    return Lingkup(pemda=pemda)


def jenis_di(lingkup: Lingkup, slug: str) -> Jenis:
    """Return the kind of record named in the URL, only where the scope offers it."""
    jenis = PER_SLUG.get(slug)
    if jenis is None or jenis.tingkat != lingkup.tingkat:
        raise Http404("Jenis data tidak dikenal.")
    return jenis


def change_allowed(request: HttpRequest, lingkup: Lingkup, jenis: Jenis) -> bool:
    """Return whether the user holds the role that changes this kind of record in this scope.

    Whether a record is locked (a signed year, an approved quarter) is the change service's
    to say, record by record (`sakip.alur.layanan`).
    """
    h = akses.hak(request)
    if jenis.penyunting == ADMIN:
        return h.mengelola_pemda(lingkup.pemda.id)
    assert lingkup.opd is not None
    if jenis.penyunting == PERENCANA:
        return h.merencanakan(lingkup.opd)
    if jenis.penyunting == INSPEKTORAT:
        return h.mengevaluasi(lingkup.opd)
    return False


def tahun_terkunci(lingkup: Lingkup) -> bool:
    """Return whether the scope's year is signed: nothing new is added to an OPD's year then."""
    return (
        lingkup.opd is not None
        and lingkup.tahun is not None
        and akses.tahun_ditandatangani(lingkup.opd, lingkup.tahun)
    )


def queryset(jenis: Jenis, lingkup: Lingkup) -> models.QuerySet[Any]:
    """Return the records of a kind within the scope."""
    qs = jenis.model._default_manager.all()
    if jenis.model is m.Pemda:
        qs = qs.filter(pk=lingkup.pemda.pk)
    elif jenis.jalur:
        qs = qs.filter(**{jenis.jalur: lingkup.opd if lingkup.opd is not None else lingkup.pemda})
    if jenis.tahun and lingkup.tahun:
        qs = qs.filter(**{jenis.tahun: lingkup.tahun})
    if jenis.related:
        qs = qs.select_related(*jenis.related)
    # Pages of a list keep their order: a model without its own ordering is listed by id.
    return qs if qs.ordered else qs.order_by("pk")


def objek(jenis: Jenis, lingkup: Lingkup, pk: int) -> Any:
    """Return one record of the kind inside the scope; a record elsewhere is not found."""
    return get_object_or_404(queryset(jenis, lingkup), pk=pk)


def _pilihan(model: type[models.Model], lingkup: Lingkup) -> models.QuerySet[Any]:
    """Return the records a choice field of a form in this scope may point at."""
    if model is get_user_model():
        return model._default_manager.order_by("username")
    if model is m.UnitKerja:
        if lingkup.opd is not None:
            return m.UnitKerja.objects.filter(opd=lingkup.opd)
        return m.UnitKerja.objects.filter(opd__pemda=lingkup.pemda)
    if model is k.Jabatan and lingkup.opd is not None:
        # A position chosen on an OPD's page (who answers for a recommendation): its own.
        return k.Jabatan.objects.filter(opd=lingkup.opd)
    if model is m.PerangkatDaerah:
        if lingkup.opd is not None:
            return m.PerangkatDaerah.objects.filter(pk=lingkup.opd.pk)
        return m.PerangkatDaerah.objects.filter(pemda=lingkup.pemda)
    target = PER_MODEL.get(model)
    if target is None or not target.jalur:
        return model._default_manager.all()
    if target.tingkat == "opd":
        lingkup_target = Lingkup(pemda=lingkup.pemda, opd=lingkup.opd, tahun=lingkup.tahun)
    else:
        lingkup_target = Lingkup(pemda=lingkup.pemda)
    return queryset(target, lingkup_target)


def _label(f: models.Field[Any, Any]) -> str:
    """Return the field's Indonesian name (its verbose_name), capitalised."""
    teks = str(f.verbose_name)
    return teks[:1].upper() + teks[1:]


def _tahun_renstra(lingkup: Lingkup) -> list[tuple[int, int]]:
    """Return the years of the OPD's Renstra in force for the page's year, as choices."""
    if lingkup.opd is None or lingkup.tahun is None:
        return []
    tahun: set[int] = set()
    for awal, akhir in lingkup.opd.renstra.filter(
        periode_awal__lte=lingkup.tahun, periode_akhir__gte=lingkup.tahun
    ).values_list("periode_awal", "periode_akhir"):
        tahun.update(range(awal, akhir + 1))
    return [(t, t) for t in sorted(tahun)]


def _pilihan_skala(field: str) -> list[Any]:
    """Return the choices of a scale label's kind (the scales) or band (grouped by scale)."""
    listing = [load_scale(j) for j in jenis_skala()]
    if field == "jenis":
        return [(s.jenis, s.nama) for s in listing]
    return [(s.nama, [(b.kode, b.label) for b in s.bands]) for s in listing]


def form_class(jenis: Jenis, lingkup: Lingkup) -> type[forms.ModelForm]:  # type: ignore[type-arg]
    """Return the form of a kind: Indonesian numbers, choices limited to the scope."""

    def field_for(f: models.Field[Any, Any], **kwargs: Any) -> forms.Field | None:
        required = not f.blank
        if isinstance(f, models.DecimalField):
            return NumberField(places=f.decimal_places, required=required, label=_label(f))
        if f.model is m.TargetRenstra and f.name == "tahun" and _tahun_renstra(lingkup):
            # A Renstra target's year lies within the Renstra period: offer only those years.
            return forms.TypedChoiceField(
                choices=_tahun_renstra(lingkup), coerce=int, label=_label(f)
            )
        if f.model is LabelSkala and f.name in ("jenis", "kode"):
            # Closed vocabularies: the scales and their bands, by their names.
            return forms.ChoiceField(
                choices=[("", "---------"), *_pilihan_skala(f.name)], label=_label(f)
            )
        if isinstance(f, models.ManyToManyField | models.ForeignKey):
            kwargs["queryset"] = _pilihan(f.related_model, lingkup)  # type: ignore[arg-type]
        if isinstance(f, models.DateField):
            kwargs["widget"] = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        if isinstance(f, models.TextField):
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3})
        field = f.formfield(**kwargs)
        if field is not None:
            field.label = _label(f)
        return field

    fields = [f for f in jenis.fields if f not in jenis.induk]
    # django-stubs wants a callback that always returns a field; Django leaves out a None.
    return forms.modelform_factory(
        jenis.model,
        fields=fields,
        formfield_callback=field_for,  # type: ignore[arg-type]
    )
