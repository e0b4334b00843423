"""Who answers for a recommendation and by when: its deadline, unit and position, and the
position's holder of the day (docs/lke.md#penanggung-jawab).

The deadline and the unit are fields of `kinerja.Rekomendasi`; the position is a
`JabatanRekomendasi`, because kinerja does not know the positions of `sakip.kaskade`. Every
write goes through the change service, which refuses a unit or position of another OPD.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sakip.alur.layanan import Sesi
from sakip.core import kaskade as c
from sakip.kaskade import models as k
from sakip.kaskade.snapshot import pemegang
from sakip.kinerja import models as m

from .models import JabatanRekomendasi

SINGKATAN = {k.PemegangJabatan.PLT: "Plt", k.PemegangJabatan.PLH: "Plh"}


@dataclass(frozen=True)
class PenanggungJawab:
    """What the follow-up pages show of one recommendation's deadline and responsibility."""

    tenggat: date | None
    lewat_tenggat: bool
    unit: str | None
    jabatan: str | None
    jabatan_id: int | None
    pemegang: str | None
    """The holder of the position on the day: "NAMA", or "NAMA (Plt)" for an acting one."""


def nama_pemegang(p: c.Pemegang | None) -> str | None:
    """Return the holder's name, with Plt or Plh when acting; None without a holder."""
    if p is None:
        return None
    singkatan = SINGKATAN.get(p.status)
    return f"{p.nama} ({singkatan})" if singkatan else p.nama


def jabatan_dari(listing: Sequence[m.Rekomendasi]) -> dict[int, k.Jabatan]:
    """Return the responsible position of each recommendation that has one, by its id."""
    return {
        j.rekomendasi_id: j.jabatan
        for j in JabatanRekomendasi.objects.filter(rekomendasi__in=listing).select_related(
            "jabatan"
        )
    }


def penanggung_jawab(listing: Sequence[m.Rekomendasi], hari: date) -> dict[int, PenanggungJawab]:
    """Return the deadline, unit, position and holder on `hari` of each recommendation."""
    jabatan = jabatan_dari(listing)
    holders: dict[int, list[c.Pemegang]] = {}
    for p in k.PemegangJabatan.objects.filter(jabatan__in=set(jabatan.values())):
        holders.setdefault(p.jabatan_id, []).append(pemegang(p))  # type: ignore[arg-type]
    unit = dict(
        m.UnitKerja.objects.filter(pk__in={r.unit_id for r in listing if r.unit_id}).values_list(
            "pk", "nama"
        )
    )
    result = {}
    for r in listing:
        j = jabatan.get(r.pk)
        holder = None
        if j is not None:
            inti = c.Jabatan(j.kode, j.nama, j.tingkat, None, pemegang=tuple(holders.get(j.pk, ())))
            holder = nama_pemegang(c.pemegang_pada(inti, hari))
        result[r.pk] = PenanggungJawab(
            tenggat=r.tenggat,
            lewat_tenggat=r.lewat_tenggat(hari),
            unit=unit.get(r.unit_id) if r.unit_id else None,
            jabatan=j.nama if j is not None else None,
            jabatan_id=j.pk if j is not None else None,
            pemegang=holder,
        )
    return result


def atur(
    sesi: Sesi,
    rekomendasi: m.Rekomendasi,
    tenggat: date | None,
    unit: m.UnitKerja | None,
    jabatan: k.Jabatan | None,
) -> None:
    """Set a recommendation's deadline, responsible unit and position (None: none)."""
    rekomendasi.tenggat, rekomendasi.unit = tenggat, unit
    sesi.save(rekomendasi, ["tenggat", "unit"])
    ada = JabatanRekomendasi.objects.filter(rekomendasi=rekomendasi).first()
    if jabatan is None:
        if ada is not None:
            sesi.delete(ada)
        return
    if ada is None:
        ada = JabatanRekomendasi(rekomendasi=rekomendasi)
    elif ada.jabatan_id == jabatan.pk:
        return
    ada.jabatan = jabatan
    sesi.save(ada, ["jabatan"])
