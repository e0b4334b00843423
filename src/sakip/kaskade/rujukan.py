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


def aksi_bernomor(opd: m.PerangkatDaerah, tahun: int) -> dict[Nomor, k.RencanaAksiKinerja]:
    """Return the actions of the latest PK version of every position in the year, by name."""
    terakhir: dict[int, int] = {}
    for pk in k.PerjanjianKinerjaJabatan.objects.filter(jabatan__opd=opd, tahun=tahun).order_by(
        "versi"
    ):
        terakhir[pk.jabatan_id] = pk.pk
    hasil: dict[Nomor, k.RencanaAksiKinerja] = {}
    hitung: dict[int, int] = {}
    for a in (
        k.RencanaAksiKinerja.objects.filter(indikator__pk_jabatan__in=terakhir.values())
        .select_related("jabatan", "indikator__pk_jabatan__jabatan")
        .order_by("indikator_id", "urutan", "id")
    ):
        hitung[a.indikator_id] = hitung.get(a.indikator_id, 0) + 1
        nomor = (a.indikator.pk_jabatan.jabatan.kode, a.indikator.kode, hitung[a.indikator_id])
        hasil[nomor] = a
    return hasil
