"""The locks a change meets: the years a signed LKjIP locks and the quarters past Draf.

`Sesi` (the change service, `layanan`) asks these for every record it writes; what they look
up (an OPD's signed years, a unit's quarter statuses) is kept for the rest of the change.
"""

from __future__ import annotations

from sakip.core.periode import ROMAWI
from sakip.kinerja import models as m

from .models import DokumenTertanda, Periode
from .rekaman import Tempat


class LockRules:
    """The signed years and the quarter workflow of one change, looked up once each."""

    def __init__(self) -> None:
        self._tertanda: dict[int, set[int]] = {}
        self._tertanda_pemda: dict[int, set[int]] = {}
        self._status: dict[tuple[int, int, int], str] = {}
        self._unit: dict[int, str] = {}

    def tahun_tertanda(self, opd_id: int) -> set[int]:
        """Return the years whose LKjIP the OPD's head signed (and did not withdraw)."""
        if opd_id not in self._tertanda:
            self._tertanda[opd_id] = tahun_terkunci(opd_id)
        return self._tertanda[opd_id]

    def tahun_tertanda_pemda(self, pemda_id: int) -> set[int]:
        """Return the years whose Pemda LKjIP is kept as signed (and not withdrawn)."""
        if pemda_id not in self._tertanda_pemda:
            self._tertanda_pemda[pemda_id] = tahun_terkunci_pemda(pemda_id)
        return self._tertanda_pemda[pemda_id]

    def _tertanda_alasan(self, t: Tempat) -> str | None:
        if not t.tahun:
            return None
        if t.opd_id is None:
            return self._tertanda_pemda_alasan(t)
        terkunci = sorted(self.tahun_tertanda(t.opd_id) & set(t.tahun))
        if not terkunci:
            return None
        return (
            f"LKjIP tahun {terkunci[0]} sudah ditandatangani, sehingga data yang dilaporkannya "
            "terkunci; kepala perangkat daerah dapat membuka kembali dengan alasan"
        )

    def _tertanda_pemda_alasan(self, t: Tempat) -> str | None:
        if t.pemda_id is None:
            return None
        terkunci = sorted(self.tahun_tertanda_pemda(t.pemda_id) & set(t.tahun))
        if not terkunci:
            return None
        return (
            f"LKjIP Pemda tahun {terkunci[0]} sudah ditandatangani, sehingga data yang "
            "dilaporkannya terkunci; Admin Pemda dapat membuka kembali dengan alasan"
        )

    def status(self, unit_id: int, tahun: int, triwulan: int) -> str:
        """Return the workflow status of a unit's quarter (Draf when never submitted)."""
        key = (unit_id, tahun, triwulan)
        if key not in self._status:
            for u, th, tw, st in Periode.objects.filter(unit_id=unit_id, tahun=tahun).values_list(
                "unit_id", "tahun", "triwulan", "status"
            ):
                self._status[(u, th, tw)] = st
            for q in range(1, 5):
                self._status.setdefault((unit_id, tahun, q), Periode.DRAFT)
        return self._status[key]

    def _triwulan_alasan(self, t: Tempat) -> str | None:
        if t.unit_id is None or t.triwulan is None or not t.tahun:
            return None
        status = self.status(t.unit_id, t.tahun[0], t.triwulan)
        if status in Periode.DAPAT_DIUBAH:
            return None
        if t.unit_id not in self._unit:
            self._unit[t.unit_id] = (
                m.UnitKerja.objects.filter(pk=t.unit_id).values_list("nama", flat=True).first()
                or ""
            )
        return (
            f"triwulan {ROMAWI[t.triwulan]} {t.tahun[0]} {self._unit[t.unit_id]} berstatus "
            f"{dict(Periode.STATUS)[status]}; datanya hanya dapat diubah selagi berstatus Draf "
            "atau Dikembalikan"
        )


def tahun_terkunci(opd_id: int) -> set[int]:
    """Return the years of an OPD whose LKjIP is signed and not withdrawn: their data is locked."""
    return set(
        DokumenTertanda.objects.filter(opd_id=opd_id, jenis="lkjip", dicabut=False).values_list(
            "tahun", flat=True
        )
    )


def tahun_terkunci_pemda(pemda_id: int) -> set[int]:
    """Return the years whose Pemda LKjIP is kept as signed and not withdrawn: locked years."""
    return set(
        DokumenTertanda.objects.filter(pemda_id=pemda_id, jenis="lkjip", dicabut=False).values_list(
            "tahun", flat=True
        )
    )
