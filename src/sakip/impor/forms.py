from __future__ import annotations

from typing import Any

from django import forms

from .models import Unggahan, profil_listing

UKURAN_MAKS_MB = 20


class UploadForm(forms.Form):
    jenis = forms.ChoiceField(label="Jenis berkas", choices=Unggahan.JENIS, initial="buku")
    profil = forms.ChoiceField(
        label="Profil kolom (realisasi anggaran)",
        required=False,
        help_text="Pemetaan kolom berkas SIPD; profil baru ditambahkan oleh Admin Pemda.",
    )
    berkas = forms.FileField(label="Berkas (.xlsx atau .csv)")
    alasan = forms.CharField(
        label="Alasan perubahan",
        required=False,
        max_length=500,
        help_text="Dicatat dalam riwayat perubahan.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["profil"].choices = [(n, n) for n in profil_listing()]  # type: ignore[attr-defined]
        self.fields["profil"].initial = "sipd"

    def clean_berkas(self) -> Any:
        berkas = self.cleaned_data["berkas"]
        if berkas.size > UKURAN_MAKS_MB * 1024 * 1024:
            raise forms.ValidationError(f"Berkas lebih dari {UKURAN_MAKS_MB} MB.")
        if not berkas.name.lower().endswith((".xlsx", ".xlsm", ".csv")):
            raise forms.ValidationError("Unggah berkas Excel (.xlsx) atau CSV (.csv).")
        return berkas

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("jenis") == "anggaran" and not data.get("profil"):
            self.add_error("profil", "Pilih profil kolom untuk berkas realisasi anggaran.")
        return data
