"""The signing data a planning officer sets on the report page: place, date, acting status."""

from __future__ import annotations

from typing import Any

from django import forms

from sakip.alur.layanan import Sesi
from sakip.kinerja import models as m
from sakip.laporan.models import STATUS_PENANDA, Pengesahan


class PengesahanForm(forms.ModelForm[Pengesahan]):
    """Place, date and acting status of one report; a PK's date is the agreement's own."""

    class Meta:
        model = Pengesahan
        fields = ["tempat", "tanggal", "status", "status_pihak_kedua"]
        labels = {
            "tempat": "Tempat penandatanganan",
            "tanggal": "Tanggal penandatanganan",
            "status": "Status penanda tangan",
            "status_pihak_kedua": "Status pihak kedua",
        }
        help_texts = {"tempat": "Kosongkan untuk memakai tempat Pemda."}
        widgets = {"tanggal": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, jenis: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        status = self.fields["status"]
        assert isinstance(status, forms.ChoiceField)  # a field with choices
        # No status is the definitive official, in place of the empty choice's dashes.
        status.choices = [("", "Definitif"), *STATUS_PENANDA]
        if jenis == "pk":
            del self.fields["tanggal"]
            status.label = "Status pihak pertama"
            second = self.fields["status_pihak_kedua"]
            assert isinstance(second, forms.ChoiceField)
            second.choices = status.choices
        else:
            del self.fields["status_pihak_kedua"]


def nomor(opd: m.PerangkatDaerah, tahun: int, jenis: str, opsi: dict[str, Any]) -> int:
    """Return which report of the kind the options name: the quarter, the PK version, or 0."""
    if jenis == "triwulan":
        return int(opsi["triwulan"])
    if jenis == "pk":
        if "versi" in opsi:
            return int(opsi["versi"])
        terakhir = m.PerjanjianKinerja.objects.filter(opd=opd, tahun=tahun).order_by("-versi")
        return terakhir.values_list("versi", flat=True).first() or 1
    return 0


def form(
    opd: m.PerangkatDaerah, tahun: int, jenis: str, no: int, data: Any = None
) -> PengesahanForm:
    """Return the form for one report's signing data, bound to its row when there is one."""
    ada = Pengesahan.objects.filter(opd=opd, tahun=tahun, jenis_dokumen=jenis, nomor=no).first()
    new = Pengesahan(opd=opd, tahun=tahun, jenis_dokumen=jenis, nomor=no)
    return PengesahanForm(data, instance=ada or new, jenis=jenis)


def save(f: PengesahanForm, sesi: Sesi) -> Pengesahan:
    """Save one report's signing data through the change service."""
    obj = f.save(commit=False)
    sesi.save(obj, f.changed_data if obj.pk else None)
    return obj
