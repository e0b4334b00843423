"""How many entries are still empty in the quarters due, for many OPDs at once.

The same rules as the submission check of one unit's quarter (`sakip.alur.kelengkapan`: an
IKU realisation for every quarterly target of the OPD's own unit, every budget period of the
quarter for each line of the stage in force), counted in a fixed number of queries for all the
OPDs; a test holds the two to the same count on the bundled dataset. Evidence files, which the
web application adds to the one-unit check, are not counted here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sakip.core.periode import kind_of, periods_of_quarter, tahap_berlaku
from sakip.kinerja import models as m


def kekurangan(opd_ids: Sequence[int], tahun: int, sampai: int) -> dict[int, int | None]:
    """Return OPD id -> empty entries in quarters 1..`sampai`; None with nothing to fill."""
    if sampai < 1:
        return {o: None for o in opd_ids}
    kuartal = range(1, sampai + 1)
    iku, ada_target = _iku(opd_ids, tahun, kuartal)
    anggaran, ada_baris = _anggaran(opd_ids, tahun, kuartal)
    return {
        o: (iku.get(o, 0) + anggaran.get(o, 0)) if o in ada_target | ada_baris else None
        for o in opd_ids
    }


def _iku(opd_ids: Sequence[int], tahun: int, kuartal: range) -> tuple[dict[int, int], set[int]]:
    target = m.TargetTriwulan.objects.filter(
        indikator__sasaran__renstra__opd_id__in=opd_ids,
        indikator__sasaran__renstra__periode_awal__lte=tahun,
        indikator__sasaran__renstra__periode_akhir__gte=tahun,
        tahun=tahun,
        triwulan__in=list(kuartal),
        nilai__isnull=False,
    ).values_list("indikator__sasaran__renstra__opd_id", "indikator_id", "triwulan")
    ada = set(
        m.Realisasi.objects.filter(
            indikator__sasaran__renstra__opd_id__in=opd_ids,
            tahun=tahun,
            triwulan__in=list(kuartal),
        ).values_list("indikator_id", "triwulan")
    )
    empty: dict[int, int] = defaultdict(int)
    bertarget: set[int] = set()
    for opd_id, ind_id, q in target:
        bertarget.add(opd_id)
        if (ind_id, q) not in ada:
            empty[opd_id] += 1
    return empty, bertarget


def _anggaran(
    opd_ids: Sequence[int], tahun: int, kuartal: range
) -> tuple[dict[int, int], set[int]]:
    baris = list(
        m.BarisAnggaran.objects.filter(unit__opd_id__in=opd_ids, tahun=tahun).values_list(
            "id", "unit__opd_id", "tahap"
        )
    )
    tahap: dict[int, set[str]] = defaultdict(set)
    for _, opd_id, t in baris:
        tahap[opd_id].add(t)
    berlaku = {o: tahap_berlaku(t) for o, t in tahap.items()}
    dipakai = {b_id: opd_id for b_id, opd_id, t in baris if berlaku[opd_id] == t}
    periode: dict[int, set[str]] = defaultdict(set)
    for b_id, p in m.RealisasiAnggaran.objects.filter(
        baris__unit__opd_id__in=opd_ids, baris__tahun=tahun
    ).values_list("baris_id", "periode"):
        periode[b_id].add(p)
    empty: dict[int, int] = defaultdict(int)
    for b_id, opd_id in dipakai.items():
        ada = periode.get(b_id, set())
        jenis = kind_of(ada)
        for q in kuartal:
            if any(p.key not in ada for p in periods_of_quarter(jenis, q)):
                empty[opd_id] += 1
    return empty, set(dipakai.values())
