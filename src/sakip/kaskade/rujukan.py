"""How a rencana aksi is named outside the cascade: by its position, indicator and number.

A rencana aksi has no code of its own. The entry workbook and the pohon kinerja name it by the
code of its PK's position, the code of its indicator and its place (from 1) among that
indicator's actions, in the latest PK version of the position in the year; a reload of the
data or the next year's PKs give the same name to the same action (decision 0012).
"""

from __future__ import annotations

from sakip.kinerja import models as m

from . import models as k

Nomor = tuple[str, str, int]
"""(position code, indicator code, number from 1)."""


def teks(nomor: Nomor) -> str:
    """Return the name as a node of the tree stores it: "kasi-pm/7.01.03.2.03/1"."""
    return "/".join(map(str, nomor))


def indikator_terakhir(
    opd: m.PerangkatDaerah, tahun: int
) -> dict[tuple[str, str], k.IndikatorPKJabatan]:
    """Return the indicators of the latest PK version of every position in the year, by
    (position code, indicator code), in the positions' and the indicators' order."""
    terakhir: dict[int, int] = {}
    for pk in k.PerjanjianKinerjaJabatan.objects.filter(jabatan__opd=opd, tahun=tahun).order_by(
        "versi"
    ):
        terakhir[pk.jabatan_id] = pk.pk
    return {
        (i.pk_jabatan.jabatan.kode, i.kode): i
        for i in k.IndikatorPKJabatan.objects.filter(pk_jabatan__in=terakhir.values())
        .select_related("pk_jabatan__jabatan")
        .order_by("pk_jabatan__jabatan__urutan", "pk_jabatan__jabatan__kode", "urutan", "id")
    }


def aksi_bernomor(
    opd: m.PerangkatDaerah,
    tahun: int,
    indikator: dict[tuple[str, str], k.IndikatorPKJabatan] | None = None,
) -> dict[Nomor, k.RencanaAksiKinerja]:
    """Return the actions of the latest PK version of every position in the year, by name,
    in their indicators' order (`indikator`: `indikator_terakhir`'s answer, when known)."""
    if indikator is None:
        indikator = indikator_terakhir(opd, tahun)
    per_id = {i.pk: key for key, i in indikator.items()}
    posisi = {key: n for n, key in enumerate(indikator)}
    result: dict[Nomor, k.RencanaAksiKinerja] = {}
    compute: dict[int, int] = {}
    for a in (
        k.RencanaAksiKinerja.objects.filter(indikator__in=indikator.values())
        .select_related("jabatan")
        .order_by("indikator_id", "urutan", "id")
    ):
        compute[a.indikator_id] = compute.get(a.indikator_id, 0) + 1
        result[(*per_id[a.indikator_id], compute[a.indikator_id])] = a
    return dict(sorted(result.items(), key=lambda x: (posisi[x[0][:2]], x[0][2])))
