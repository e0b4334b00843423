"""Field shapes shared by the models: money, indicator values, officials."""

from decimal import Decimal
from typing import Any, Literal, overload

from django.db import models
from django.db.models.expressions import Combinable

# What a decimal field accepts on assignment, as django-stubs spells it.
_Assignable = str | float | Decimal | Combinable


@overload
def Uang(  # noqa: N802 - reads as a field type
    *, null: Literal[True], **kwargs: Any
) -> models.DecimalField[_Assignable | None, Decimal | None]: ...
@overload
def Uang(  # noqa: N802
    *, null: Literal[False] = ..., **kwargs: Any
) -> models.DecimalField[_Assignable, Decimal]: ...
def Uang(**kwargs: Any) -> models.DecimalField[Any, Any]:  # noqa: N802
    """Return a rupiah amount field: exact NUMERIC with 2 decimals."""
    return models.DecimalField(max_digits=20, decimal_places=2, **kwargs)


def Nilai(  # noqa: N802
    **kwargs: Any,
) -> models.DecimalField[_Assignable | None, Decimal | None]:
    """Return an indicator value field: exact NUMERIC, NULL when not available."""
    kwargs.setdefault("null", True)
    kwargs.setdefault("blank", True)
    return models.DecimalField(max_digits=20, decimal_places=4, **kwargs)


class PejabatMixin(models.Model):
    """The head of something: position, name and NIP."""

    kepala_jabatan = models.CharField("jabatan kepala", max_length=255, blank=True)
    kepala_nama = models.CharField("nama kepala", max_length=255, blank=True, null=True)
    kepala_nip = models.CharField("NIP kepala", max_length=32, blank=True, null=True)

    class Meta:
        abstract = True
