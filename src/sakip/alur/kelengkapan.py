"""What is still empty in a unit's quarter when it is submitted (Ajukan).

Three things are looked at, in a fixed number of queries: the IKU realisations the quarter has a
target for (the OPD's own unit reports the IKU), the budget periods of the quarter for every
line of the budget stage in force (months for a line recorded monthly, the quarter or the year
for the others), and, when the Pemda requires it, an evidence file. Other apps add their own
looks through `daftarkan` (the web application adds the evidence files it keeps).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings

from sakip.core.format import number
from sakip.core.periode import ROMAWI, kind_of, periods_of_quarter
from sakip.kinerja import models as m

TOLAK = "tolak"
CATATAN = "catatan"


@dataclass(frozen=True)
class Kekurangan:
    """One thing still open in a quarter: what it is and why it counts as open."""

    apa: str
    alasan: str

    def __str__(self) -> str:
        return f"{self.apa}: {self.alasan}"


Pemeriksa = Callable[[m.UnitKerja, int, int], list[Kekurangan]]
_PEMERIKSA: list[Pemeriksa] = []


def daftarkan(pemeriksa: Pemeriksa) -> None:
    """Add a look at a unit's quarter (another app's records)."""
    if pemeriksa not in _PEMERIKSA:
        _PEMERIKSA.append(pemeriksa)


def mode() -> str:
    """Return what submitting an incomplete quarter does: refuse it, or ask for a note."""
    return str(getattr(settings, "SAKIP_AJUKAN_LENGKAP", CATATAN))


def check(unit: m.UnitKerja, tahun: int, triwulan: int) -> list[Kekurangan]:
    """Return what is still empty in the unit's quarter, IKU first, then the budget lines."""
    result = _iku(unit, tahun, triwulan) + _anggaran(unit, tahun, triwulan)
    for pemeriksa in _PEMERIKSA:
        result.extend(pemeriksa(unit, tahun, triwulan))
    return result


def _iku(unit: m.UnitKerja, tahun: int, triwulan: int) -> list[Kekurangan]:
    if unit.kode != unit.opd.kode:
        return []
    target = (
        m.TargetTriwulan.objects.filter(
            indikator__sasaran__renstra__opd_id=unit.opd_id,
            indikator__sasaran__renstra__periode_awal__lte=tahun,
            indikator__sasaran__renstra__periode_akhir__gte=tahun,
            tahun=tahun,
            triwulan=triwulan,
            nilai__isnull=False,
        )
        .select_related("indikator")
        .order_by("indikator__sasaran__urutan", "indikator__urutan", "indikator_id")
    )
    ada = _terisi(unit, tahun, triwulan)
    tw = ROMAWI[triwulan]
    return [
        Kekurangan(
            f"Realisasi {t.indikator.kode} triwulan {tw} {tahun}",
            f"belum diisi (target {number(t.nilai)})",
        )
        for t in target
        if t.indikator_id not in ada
    ]


def _terisi(unit: m.UnitKerja, tahun: int, triwulan: int) -> set[int]:
    """Return the IKU whose quarter is entered: its quarter's row, or each of its three months."""
    jumlah: dict[int, int] = {}
    perlu: dict[int, int] = {}
    for ind_id, bulan, periode_ukur in m.Realisasi.objects.filter(
        indikator__sasaran__renstra__opd_id=unit.opd_id, tahun=tahun, triwulan=triwulan
    ).values_list("indikator_id", "bulan", "indikator__periode_ukur"):
        bulanan = periode_ukur == "bulan"
        if (bulan is not None) == bulanan:
            jumlah[ind_id] = jumlah.get(ind_id, 0) + 1
            perlu[ind_id] = 3 if bulanan else 1
    return {i for i, n in jumlah.items() if n >= perlu[i]}


def _anggaran(unit: m.UnitKerja, tahun: int, triwulan: int) -> list[Kekurangan]:
    tahap = m.BarisAnggaran.objects.tahap_berlaku(unit.opd_id, tahun)
    baris = (
        m.BarisAnggaran.objects.filter(unit=unit, tahun=tahun, tahap=tahap)
        .prefetch_related("realisasi")
        .order_by("urutan", "id")
    )
    result = []
    for b in baris:
        ada = {r.periode for r in b.realisasi.all()}
        empty = [p for p in periods_of_quarter(kind_of(ada), triwulan) if p.key not in ada]
        if empty:
            result.append(
                Kekurangan(
                    f"Realisasi anggaran {b.kode_sumber} {unit.nama}",
                    "belum diisi untuk " + ", ".join(p.nama(tahun) for p in empty),
                )
            )
    return result
