"""A Pemda's own criteria of capaian kinerja (Admin Pemda): the bands of one scale, dated."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.alur import akses
from sakip.alur import layanan as alur
from sakip.core.scales import load_scale, wrong_limit
from sakip.kinerja.snapshot import KRITERIA
from sakip.laporan.models import KriteriaCapaianPemda

from ..lingkup import lingkup_pemda
from ..number import NumberField, NumberTextInput

BARIS = 7
"""Rows offered on the form; the regulation's scale has five bands."""


class SkalaForm(forms.Form):
    berlaku_mulai = forms.IntegerField(label="Berlaku mulai tahun", min_value=2000, max_value=2100)
    dasar_hukum = forms.CharField(label="Dasar hukum (peraturan Pemda)", max_length=255)
    alasan = forms.CharField(label="Alasan perubahan", max_length=255)


class KelasForm(forms.Form):
    kode = forms.SlugField(label="Kode", max_length=32, required=False)
    label = forms.CharField(label="Kriteria", max_length=128, required=False)
    batas_bawah = NumberField(
        label="Batas bawah capaian (%)",
        places=4,
        min_value=Decimal(0),
        required=False,
        widget=NumberTextInput(),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kode") and not data.get("label"):
            self.add_error("label", "Tulis nama kriteria kelas ini.")
        if data.get("label") and not data.get("kode"):
            self.add_error("kode", "Tulis kode kelas ini.")
        return data


class _KelasSet(forms.BaseFormSet[KelasForm]):
    def kelas(self) -> list[dict[str, Any]]:
        """Return the filled rows, in the order typed (highest band first)."""
        return [f.cleaned_data for f in self.forms if f.cleaned_data.get("kode")]

    def clean(self) -> None:
        if any(self.errors):
            return
        kelas = self.kelas()
        kode = [k["kode"] for k in kelas]
        salah = wrong_limit([k["batas_bawah"] for k in kelas])
        if len(set(kode)) != len(kode):
            salah.append("Kode kelas tidak boleh sama.")
        if salah:
            raise forms.ValidationError(salah)


# formset_factory subclasses the formset it is given; django-stubs types it as the base class.
KelasSet = cast(
    type[_KelasSet],
    forms.formset_factory(KelasForm, formset=_KelasSet, extra=0, max_num=BARIS),
)


def _awal(pemda: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Return the form's initial values: the Pemda's latest scale, else the regulation's."""
    baris = list(KriteriaCapaianPemda.objects.filter(pemda=pemda).order_by("-berlaku_mulai"))
    if baris:
        mulai = baris[0].berlaku_mulai
        terkini = sorted(
            (b for b in baris if b.berlaku_mulai == mulai),
            key=lambda b: Decimal("-Infinity") if b.batas_bawah is None else b.batas_bawah,
            reverse=True,
        )
        kepala = {"berlaku_mulai": mulai, "dasar_hukum": terkini[0].dasar_hukum}
        kelas = [{"kode": b.kode, "label": b.label, "batas_bawah": b.batas_bawah} for b in terkini]
    else:
        skala = load_scale(KRITERIA)
        kepala = {"dasar_hukum": ""}
        kelas = [
            {
                "kode": b.kode,
                "label": b.label,
                "batas_bawah": b.batas_bawah if b.batas_bawah.is_finite() else None,
            }
            for b in skala.bands
        ]
    return kepala, kelas + [{}] * (BARIS - len(kelas))


def _save(request: HttpRequest, pemda: Any, skala: SkalaForm, kelas: _KelasSet) -> None:
    """Replace the bands of the scale in force from that year, through the change service."""
    mulai = skala.cleaned_data["berlaku_mulai"]
    old = {b.kode: b for b in KriteriaCapaianPemda.objects.filter(pemda=pemda, berlaku_mulai=mulai)}
    with alur.perubahan(
        request.user, skala.cleaned_data["alasan"], pemda_id=pemda.pk, hak=akses.hak(request)
    ) as sesi:
        new = {k["kode"]: k for k in kelas.kelas()}
        for kode in set(old) - set(new):
            sesi.delete(old[kode])
        for kode, k in new.items():
            obj = old.get(kode) or KriteriaCapaianPemda(pemda=pemda, berlaku_mulai=mulai, kode=kode)
            obj.label = k["label"]
            obj.batas_bawah = k["batas_bawah"]
            obj.dasar_hukum = skala.cleaned_data["dasar_hukum"]
            sesi.save(obj, ["label", "batas_bawah", "dasar_hukum"])


@login_required
def kriteria(request: HttpRequest, kode: str) -> HttpResponse:
    """Show and change the Pemda's own criteria of capaian (Admin Pemda)."""
    lingkup = lingkup_pemda(request, kode)
    pemda = lingkup.pemda
    can_edit = akses.hak(request).mengelola_pemda(pemda.id)
    kepala, awal = _awal(pemda)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied("Hanya Admin Pemda yang mengubah kriteria capaian.")
        skala, kelas = SkalaForm(request.POST), KelasSet(request.POST)
        if skala.is_valid() and kelas.is_valid():
            try:
                _save(request, pemda, skala, kelas)
            except alur.Ditolak as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, "Kriteria capaian tersimpan.")
                return redirect("web:kriteria", kode)
    else:
        skala, kelas = SkalaForm(initial=kepala), KelasSet(initial=awal)
    ctx = {
        "lingkup": lingkup,
        "skala": skala,
        "kelas": kelas,
        "can_edit": can_edit,
        "tersimpan": KriteriaCapaianPemda.objects.filter(pemda=pemda).order_by(
            "-berlaku_mulai", F("batas_bawah").desc(nulls_last=True)
        ),
        "page": "kriteria",
    }
    return render(request, "web/kriteria/kriteria.html", ctx)
