"""Every record type a person or a file can change is known to the change service."""

from __future__ import annotations

from django.apps import apps

from sakip.alur.rekaman import REGISTRI

DILUAR = {
    # Written only by the service itself (workflow steps, signatures) or by the account pages.
    "alur.Peran",
    "alur.Periode",
    "alur.Transisi",
    "alur.DokumenTertanda",
    # The history of changes, and an import's own bookkeeping (uploads, column profiles).
    "riwayat.Perubahan",
    "impor.Unggahan",
    "impor.ProfilImpor",
    # A report being laid out in the background for a person: no domain data (decision 0021).
    "laporan.SusunanDokumen",
}


DOMAIN_APPS = (
    "kinerja",
    "laporan",
    "web",
    "alur",
    "riwayat",
    "impor",
    "lke",
    "publik",
    "pemda",
    "pohon",
)


def test_every_model_of_the_domain_apps_has_a_place_and_a_role() -> None:
    tanpa = [
        model._meta.label
        for app in DOMAIN_APPS
        for model in apps.get_app_config(app).get_models()
        if model not in REGISTRI and model._meta.label not in DILUAR
    ]
    assert tanpa == []


def test_the_exclusions_name_real_models() -> None:
    for label in DILUAR:
        assert apps.get_model(label) is not None
