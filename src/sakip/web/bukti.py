"""Evidence files as a look of the completeness check: light, so app start-up imports no more."""

from __future__ import annotations

from django.conf import settings

from sakip.alur.kelengkapan import Kekurangan
from sakip.kinerja import models as m

from .models import Bukti


def bukti_kurang(unit: m.UnitKerja, tahun: int, triwulan: int) -> list[Kekurangan]:
    """Return the missing evidence file of a quarter, when the Pemda requires one."""
    if not settings.SAKIP_AJUKAN_BUKTI:
        return []
    if Bukti.objects.filter(unit=unit, tahun=tahun, triwulan=triwulan).exists():
        return []
    return [Kekurangan("Bukti dukung", "belum ada berkas yang diunggah untuk triwulan ini")]
