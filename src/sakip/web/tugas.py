"""What waits for a person, per role: the "Tugas saya" page every login lands on.

Everything is read in a fixed number of queries for the whole scope (the OPDs, units, periods,
steps, signatures, recommendations and roles of all the OPDs the person sees at once); only the
consistency findings come from each planned OPD's snapshot, cached per data version.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from sakip.alur.hak import Hak
from sakip.alur.models import DokumenTertanda, Peran, Periode, Transisi
from sakip.core.format import tanggal
from sakip.core.periode import ROMAWI
from sakip.core.tenggat import Tenggat
from sakip.kinerja import models as m
from sakip.pemda.kendali import limit_teks, tenggat_per_pemda

from . import layanan

_TRIWULAN = (1, 2, 3, 4)


@dataclass(frozen=True)
class Tugas:
    """One thing to do: what, in which state, where to act on it, and the note that came with it."""

    judul: str
    keterangan: str
    url: str
    catatan: str = ""
    oleh: str = ""


@dataclass
class Kelompok:
    """The things of one kind to do, e.g. the quarters to verify."""

    judul: str
    empty: str
    """What the page says when there is nothing of this kind."""
    tugas: list[Tugas] = field(default_factory=list)


@dataclass
class Lingkup:
    """What the person sees for the year: OPDs, units and the periods of those units."""

    hak: Hak
    tahun: int
    opd: list[m.PerangkatDaerah]
    unit: list[m.UnitKerja]
    periode: dict[tuple[int, int], Periode]
    tenggat: dict[int, dict[str, Tenggat]] = field(default_factory=dict)
    """Pemda id -> the year's deadlines by document (sakip.pemda)."""

    def limit(self, pemda_id: int, dokumen: str) -> str:
        """Return the deadline as the task list names it, or nothing."""
        return limit_teks(self.tenggat.get(pemda_id, {}).get(dokumen), timezone.localdate())


def _saring_opd(h: Hak, awalan: str = "") -> Q:
    if h.superuser:
        return Q()
    return Q(**{f"{awalan}pemda_id__in": h.admin | h.inspektorat}) | Q(
        **{f"{awalan}id__in": h.perencana | h.kepala | h.opd_operator}
    )


def tahun_listing(h: Hak) -> list[int]:
    """Return the years with budget lines or workflow in the person's scope, newest first."""
    saring = Q(unit_id__in=h.operator) if h.adalah_operator_saja else _saring_opd(h, "unit__opd__")
    tahun = set(m.BarisAnggaran.objects.filter(saring).values_list("tahun", flat=True).distinct())
    tahun |= set(Periode.objects.filter(saring).values_list("tahun", flat=True).distinct())
    return sorted(tahun, reverse=True)


def lingkup(h: Hak, tahun: int) -> Lingkup:
    """Read the OPDs, units and periods of the person's scope for the year."""
    opd = list(m.PerangkatDaerah.objects.filter(_saring_opd(h)).select_related("pemda"))
    unit = list(
        m.UnitKerja.objects.filter(opd__in=opd).select_related("opd").order_by("opd_id", "urutan")
    )
    periode = {
        (p.unit_id, p.triwulan): p
        for p in Periode.objects.filter(unit__in=unit, tahun=tahun).select_related("unit__opd")
    }
    limit = tenggat_per_pemda({o.pemda_id for o in opd}, tahun)
    return Lingkup(h, tahun, opd, unit, periode, limit)


def _nama_periode(u: m.UnitKerja, tahun: int, q: int) -> str:
    return f"Triwulan {ROMAWI[q]} {tahun} · {u.nama}"


def _url_entri(u: m.UnitKerja, tahun: int, q: int) -> str:
    return reverse("web:entri", args=[u.opd.kode, tahun, u.kode, q])


def _status(lk: Lingkup, u: m.UnitKerja, q: int) -> str:
    p = lk.periode.get((u.id, q))
    return p.status if p else Periode.DRAFT


def operator(lk: Lingkup, tertanda: set[tuple[int, int]]) -> list[Kelompok]:
    """Return the operator's quarters returned (with the reason in full) and still to fill."""
    unit = [u for u in lk.unit if u.id in lk.hak.operator]
    kembali = Kelompok("Dikembalikan untuk diperbaiki", "Tidak ada isian yang dikembalikan.")
    isi = Kelompok("Belum diajukan", "Semua isian triwulan sudah diajukan.")
    alasan = _alasan_kembali(lk)
    for u in unit:
        if (u.opd_id, lk.tahun) in tertanda:
            continue
        for q in _TRIWULAN:
            status = _status(lk, u, q)
            judul, url = _nama_periode(u, lk.tahun, q), _url_entri(u, lk.tahun, q)
            if status == Periode.DIKEMBALIKAN:
                t = alasan.get((u.id, q))
                kembali.tugas.append(
                    Tugas(
                        judul,
                        "Dikembalikan",
                        url,
                        catatan=t.catatan if t else "",
                        oleh=(t.oleh.get_full_name() or t.oleh.username) if t else "",
                    )
                )
            elif status == Periode.DRAFT:
                limit = lk.limit(u.opd.pemda_id, f"realisasi_{q}")
                isi.tugas.append(Tugas(judul, "Draf" + limit, url))
    return [kembali, isi]


def _alasan_kembali(lk: Lingkup) -> dict[tuple[int, int], Transisi]:
    ids = [p.id for p in lk.periode.values() if p.status == Periode.DIKEMBALIKAN]
    result: dict[tuple[int, int], Transisi] = {}
    for t in (
        Transisi.objects.filter(periode_id__in=ids, ke=Periode.DIKEMBALIKAN)
        .select_related("oleh", "periode")
        .order_by("id")
    ):
        result[(t.periode.unit_id, t.periode.triwulan)] = t
    return result


def _periode_berstatus(
    lk: Lingkup, opd_ids: set[int], status: str, judul: str, empty: str
) -> Kelompok:
    k = Kelompok(judul, empty)
    for u in lk.unit:
        if u.opd_id not in opd_ids and not lk.hak.superuser:
            continue
        for q in _TRIWULAN:
            if _status(lk, u, q) == status:
                p = lk.periode[(u.id, q)]
                k.tugas.append(
                    Tugas(
                        _nama_periode(u, lk.tahun, q),
                        p.get_status_display(),
                        _url_entri(u, lk.tahun, q),
                    )
                )
    return k


def _dokumen(
    lk: Lingkup,
    opd_ids: set[int],
    tertanda: set[tuple[int, int]],
    pk: set[tuple[int, int]],
    judul: str,
    empty: str,
) -> Kelompok:
    k = Kelompok(judul, empty)
    for o in lk.opd:
        if o.id not in opd_ids and not lk.hak.superuser:
            continue
        if (o.id, lk.tahun) not in pk:
            k.tugas.append(
                Tugas(
                    f"Perjanjian Kinerja {lk.tahun} · {o.nama}",
                    "Belum ditandatangani" + lk.limit(o.pemda_id, "pk"),
                    reverse("web:laporan", args=[o.kode, lk.tahun, "pk"]),
                )
            )
        if (o.id, lk.tahun) not in tertanda:
            k.tugas.append(
                Tugas(
                    f"LKjIP {lk.tahun} · {o.nama}",
                    "Belum ditandatangani" + lk.limit(o.pemda_id, "lkjip"),
                    reverse("web:laporan", args=[o.kode, lk.tahun, "lkjip"]),
                )
            )
    return k


def perencana(
    lk: Lingkup, tertanda: set[tuple[int, int]], pk: set[tuple[int, int]]
) -> list[Kelompok]:
    """Return the submissions to verify, the OPDs' check errors and the documents not final."""
    opd_ids = lk.hak.perencana
    verifikasi = _periode_berstatus(
        lk,
        opd_ids,
        Periode.DIAJUKAN,
        "Menunggu verifikasi Anda",
        "Tidak ada isian yang menunggu verifikasi.",
    )
    error = Kelompok("Galat pemeriksaan konsistensi", "Tidak ada galat pemeriksaan.")
    for o in lk.opd:
        if o.id not in opd_ids:
            continue
        temuan = _temuan(o, lk.tahun)
        jumlah = sum(1 for f in temuan if f.severity == "error")
        if jumlah:
            error.tugas.append(
                Tugas(
                    f"{jumlah} galat · {o.nama} {lk.tahun}",
                    "; ".join(sorted({f.pesan for f in temuan if f.severity == "error"}))[:300],
                    reverse("web:dasbor", args=[o.kode, lk.tahun]) + "#temuan",
                )
            )
    dokumen = _dokumen(
        lk,
        opd_ids,
        tertanda,
        pk,
        "Dokumen yang belum final",
        "Semua dokumen tahun ini sudah ditandatangani.",
    )
    return [verifikasi, error, dokumen]


def _temuan(o: m.PerangkatDaerah, tahun: int) -> tuple:  # type: ignore[type-arg]
    from sakip.kinerja.snapshot import DataTidakAda

    try:
        _, r = layanan.snapshot_dan_ringkasan(o, tahun)
    except DataTidakAda:
        return ()
    return r.temuan


def kepala(lk: Lingkup, tertanda: set[tuple[int, int]], pk: set[tuple[int, int]]) -> list[Kelompok]:
    """Return the quarters waiting for the head's approval and the documents to sign."""
    opd_ids = lk.hak.kepala
    setujui = _periode_berstatus(
        lk,
        opd_ids,
        Periode.DIVERIFIKASI,
        "Menunggu persetujuan Anda",
        "Tidak ada isian yang menunggu persetujuan.",
    )
    dokumen = _dokumen(
        lk,
        opd_ids,
        tertanda,
        pk,
        "Dokumen untuk ditandatangani",
        "Semua dokumen tahun ini sudah ditandatangani.",
    )
    return [setujui, dokumen]


def inspektorat(lk: Lingkup) -> list[Kelompok]:
    """Return the recommendations whose follow-up is not finished, saying which are past their
    deadline."""
    k = Kelompok(
        "Rekomendasi yang belum selesai ditindaklanjuti",
        "Semua rekomendasi sudah selesai ditindaklanjuti.",
    )
    hari = timezone.localdate()
    pemda = lk.hak.inspektorat
    for r in (
        m.Rekomendasi.objects.filter(
            opd__in=[o for o in lk.opd if lk.hak.superuser or o.pemda_id in pemda]
        )
        .exclude(status="selesai")
        .select_related("opd")
        .order_by("opd_id", "tahun_evaluasi", "urutan", "id")
    ):
        k.tugas.append(
            Tugas(
                f"{r.opd.nama} · evaluasi {r.tahun_evaluasi} · {r.get_komponen_display()}",
                r.get_status_display()
                + (
                    f" · Lewat tenggat {tanggal(r.tenggat)}"
                    if r.tenggat is not None and r.lewat_tenggat(hari)
                    else ""
                ),
                reverse(
                    "web:data-opd-ubah",
                    args=[r.opd.kode, r.tahun_evaluasi + 1, "rekomendasi", r.id],
                ),
                catatan=r.uraian,
            )
        )
    return [k]


def admin(lk: Lingkup) -> list[Kelompok]:
    """Return the units without an operator and the OPDs without a planning officer or head."""
    k = Kelompok(
        "Peran yang belum diisi", "Setiap unit dan perangkat daerah sudah memiliki pengguna."
    )
    pemda = lk.hak.admin
    opd = [o for o in lk.opd if lk.hak.superuser or o.pemda_id in pemda]
    ada: set[tuple[str, int]] = set()
    for jenis, opd_id, unit_id in Peran.objects.filter(
        opd__in=opd, user__is_active=True
    ).values_list("jenis", "opd_id", "unit_id"):
        ada.add((jenis, unit_id if jenis == Peran.OPERATOR else opd_id))
    for o in opd:
        url = reverse("web:pengguna", args=[o.pemda.kode])
        for jenis, nama in ((Peran.PERENCANA, "perencana"), (Peran.KEPALA, "kepala")):
            if (jenis, o.id) not in ada:
                k.tugas.append(Tugas(f"{o.nama}", f"Belum ada {nama}", url))
        for u in lk.unit:
            if u.opd_id == o.id and u.kode != o.kode and (Peran.OPERATOR, u.id) not in ada:
                k.tugas.append(Tugas(f"{u.nama} · {o.nama}", "Belum ada operator", url))
    return [k]


def all_items(h: Hak, tahun: int) -> list[tuple[str, list[Kelompok]]]:
    """Return, per role the person holds, the groups of things waiting for them."""
    lk = lingkup(h, tahun)
    tertanda: set[tuple[int, int]] = set()
    pk: set[tuple[int, int]] = set()
    for opd_id, jenis in (
        DokumenTertanda.objects.filter(opd__in=lk.opd, tahun=tahun, dicabut=False)
        .values_list("opd_id", "jenis")
        .distinct()
    ):
        (tertanda if jenis == "lkjip" else pk).add((opd_id, tahun))
    result = []
    if h.operator:
        result.append(("Operator unit", operator(lk, tertanda)))
    if h.perencana or h.superuser:
        result.append(("Perencana", perencana(lk, tertanda, pk)))
    if h.kepala or h.superuser:
        result.append(("Kepala perangkat daerah", kepala(lk, tertanda, pk)))
    if h.inspektorat or h.superuser:
        result.append(("Inspektorat", inspektorat(lk)))
    if h.admin or h.superuser:
        result.append(("Admin Pemda", admin(lk)))
    return result
