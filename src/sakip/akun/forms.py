"""Forms of the account screens."""

from __future__ import annotations

from typing import Any

from django import forms

from sakip.alur.models import Peran
from sakip.kinerja.models import Pemda, PerangkatDaerah, UnitKerja


class PeranForm(forms.ModelForm):  # type: ignore[type-arg]
    """A new role for a user, in the Admin Pemda's own Pemda."""

    alasan = forms.CharField(label="Alasan perubahan", max_length=500)

    class Meta:
        model = Peran
        fields = ["jenis", "opd", "unit"]
        labels = {"jenis": "Peran", "opd": "Perangkat daerah", "unit": "Unit kerja"}

    def __init__(self, *args: Any, pemda: Pemda, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.pemda = pemda
        self.instance.user = user
        opd, unit = self.fields["opd"], self.fields["unit"]
        assert isinstance(opd, forms.ModelChoiceField) and isinstance(unit, forms.ModelChoiceField)
        opd.queryset = PerangkatDaerah.objects.filter(pemda=pemda)
        unit.queryset = UnitKerja.objects.filter(opd__pemda=pemda)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        unit = data.get("unit")
        if unit is not None:
            # An operator's OPD is the unit's: the same role is then found whichever was chosen.
            data["opd"] = self.instance.opd = unit.opd
        return data

    def validate_unique(self) -> None:
        # The unique constraint names the user and the Pemda, which are not fields of the form.
        p = self.instance
        sama = Peran.objects.filter(
            user=p.user, jenis=p.jenis, pemda=p.pemda, opd=p.opd_id, unit=p.unit_id
        )
        if sama.exists():
            self.add_error(None, "Pengguna ini sudah memegang peran tersebut.")


class AlasanForm(forms.Form):
    """The written reason of an account change."""

    alasan = forms.CharField(label="Alasan", max_length=500)
