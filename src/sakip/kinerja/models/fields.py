"""Field shapes shared by the models: money, indicator values, officials."""

from django.db import models


def Uang(**kwargs: object) -> models.DecimalField:  # noqa: N802 - reads as a field type
    """Return a rupiah amount field: exact NUMERIC with 2 decimals."""
    return models.DecimalField(max_digits=20, decimal_places=2, **kwargs)  # type: ignore[arg-type]


def Nilai(**kwargs: object) -> models.DecimalField:  # noqa: N802
    """Return an indicator value field: exact NUMERIC, NULL when not available."""
    kwargs.setdefault("null", True)
    kwargs.setdefault("blank", True)
    return models.DecimalField(max_digits=20, decimal_places=4, **kwargs)  # type: ignore[arg-type]


class PejabatMixin(models.Model):
    """The head of something: position, name and NIP."""

    kepala_jabatan = models.CharField("jabatan kepala", max_length=255, blank=True)
    kepala_nama = models.CharField("nama kepala", max_length=255, blank=True, null=True)
    kepala_nip = models.CharField("NIP kepala", max_length=32, blank=True, null=True)

    class Meta:
        abstract = True
