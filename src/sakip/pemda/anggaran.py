"""The budget of many OPDs at once, each in the stage in force for it, through the core roll-up.

Three queries whatever the number of OPDs. An OPD's lines are those of the budget stage its own
figures use (`sakip.core.periode.tahap_berlaku`: Perubahan once it exists, else Murni, as the
OPD's LKjIP), rolled up over the code tree by `sakip.core.anggaran.rollup`, so the control room
and the Pemda's LKjIP show each OPD the pagu and realisation its own report shows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from sakip.core import anggaran
from sakip.core.periode import tahap_berlaku
from sakip.kinerja import models as m


def pohon_opd(opd_ids: Iterable[int], tahun: int) -> dict[int, list[anggaran.Node]]:
    """Return, per OPD with budget lines in the year, its program nodes (the core roll-up)."""
    ids = list(opd_ids)
    baris = list(
        m.BarisAnggaran.objects.filter(unit__opd_id__in=ids, tahun=tahun).values_list(
            "id", "unit__opd_id", "tahap", "sub_kegiatan", "pagu"
        )
    )
    tahap: dict[int, set[str]] = defaultdict(set)
    for _, opd_id, t, _, _ in baris:
        tahap[opd_id].add(t)
    berlaku = {opd_id: tahap_berlaku(t) for opd_id, t in tahap.items()}
    dipakai = [b for b in baris if berlaku.get(b[1]) == b[2]]
    periode: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for baris_id, key, nilai in m.RealisasiAnggaran.objects.filter(
        baris__unit__opd_id__in=ids, baris__tahun=tahun
    ).values_list("baris_id", "periode", "nilai"):
        periode[baris_id][key] = nilai
    garis: dict[int, list[tuple[str, Decimal, Decimal | None]]] = defaultdict(list)
    for baris_id, opd_id, _, kode, pagu in dipakai:
        garis[opd_id].append((kode, pagu, anggaran.realisasi_total(periode.get(baris_id, {}))))
    return {opd_id: anggaran.rollup(g) for opd_id, g in garis.items()}


def bidang(kode_program: str) -> str:
    """Return the bidang urusan (U.BB) of a program code."""
    return ".".join(kode_program.split(".")[:2])
