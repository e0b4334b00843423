"""Drafting an OPD's new year from its old one: the PK from the Renstra, budget lines carried.

docs/pemda.md#tahun-baru. Everything is written through the change service; nothing of the old
year is changed; what exists in the new year already is left as it is, so a second run writes
nothing. Budget codes follow `sakip.core.tahun_baru`: never a guessed successor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sakip.alur.layanan import Sesi
from sakip.core import codes
from sakip.core import tahun_baru as tb
from sakip.core.periode import Tahap
from sakip.kinerja import models as m

MURNI = Tahap.MURNI.value


@dataclass
class Result:
    """What one run wrote for one OPD, and what the planner must look at."""

    opd: m.PerangkatDaerah
    dari: int
    ke: int
    pk: str = ""
    """What happened to the new year's PK, in words."""
    target: int = 0
    tanpa_target: list[str] = field(default_factory=list)
    """IKU codes without a Renstra target for the new year (left out of the PK)."""
    baris: int = 0
    baris_ada: int = 0
    program_pk: int = 0
    atribusi: int = 0
    versi: str | None = None
    """The nomenclature version in force for the new year."""
    kode: list[tb.Pemetaan] = field(default_factory=list)
    """Every old code that changed, vanished or could not be verified."""

    @property
    def ditulis(self) -> int:
        """Return how many records the run wrote."""
        pk = 1 if self.pk == PK_DIBUAT else 0
        return pk + self.target + self.baris + self.program_pk + self.atribusi


PK_DIBUAT = "dibuat dari target Renstra"
PK_ADA = "sudah ada; tidak diubah"
PK_TANPA_RENSTRA = "tidak dibuat: tidak ada Renstra yang mencakup tahun ini"


def versi(tahun: int) -> tuple[tb.Versi | None, str | None]:
    """Return the nomenclature version in force for a year (the snapshot's rule) and its name."""
    v = m.NomenklaturVersi.objects.in_force(tahun).prefetch_related("item").first()
    if v is None:
        return None, None
    item = {i.kode: i.nama for i in v.item.all()}
    return tb.Versi(v.nama, v.lengkap, v.format_sub_kegiatan, item), v.nama


def susun(sesi: Sesi, opd: m.PerangkatDaerah, dari: int, ke: int) -> Result:
    """Draft the OPD's year `ke` from year `dari`; return what was written and listed."""
    result = Result(opd, dari, ke)
    new, result.versi = versi(ke)
    old, _ = versi(dari)
    old_nama = old.item if old is not None else {}
    baris = _old_baris(opd, dari)
    # A program serves a sasaran of the Renstra: carried only while that Renstra covers `ke`.
    atribusi = list(
        m.AtribusiProgram.objects.filter(
            opd=opd,
            tahun=dari,
            sasaran__renstra__periode_awal__lte=ke,
            sasaran__renstra__periode_akhir__gte=ke,
        ).order_by("urutan", "id")
    )
    old_pk = m.PerjanjianKinerja.objects.filter(opd=opd, tahun=dari).order_by("-versi").first()
    old_program = list(old_pk.program.order_by("urutan", "id")) if old_pk else []
    all_items = [(b.sub_kegiatan, old_nama.get(b.sub_kegiatan) or b.uraian) for b in baris]
    all_items += [(a.program, old_nama.get(codes.normalize(a.program))) for a in atribusi]
    all_items += [(p.program, old_nama.get(codes.normalize(p.program))) for p in old_program]
    peta = tb.map_all(all_items, new)
    result.kode = [p for p in peta.values() if p.dicatat]
    _pk(sesi, result, old_pk, old_program, peta)
    _anggaran(sesi, result, baris, peta)
    _atribusi(sesi, result, atribusi, peta)
    return result


def _old_baris(opd: m.PerangkatDaerah, tahun: int) -> list[m.BarisAnggaran]:
    """Return the old year's lines of the budget stage its figures use (Perubahan when held)."""
    tahap = m.BarisAnggaran.objects.tahap_berlaku(opd.id, tahun)
    if tahap is None:
        return []
    return list(
        m.BarisAnggaran.objects.filter(unit__opd=opd, tahun=tahun, tahap=tahap.value)
        .select_related("unit")
        .order_by("unit__urutan", "unit__kode", "urutan", "id")
    )


def _pk(
    sesi: Sesi,
    result: Result,
    old: m.PerjanjianKinerja | None,
    old_program: list[m.ProgramPK],
    peta: dict[str, tb.Pemetaan],
) -> None:
    opd, ke = result.opd, result.ke
    if m.PerjanjianKinerja.objects.filter(opd=opd, tahun=ke).exists():
        result.pk = PK_ADA
        return
    renstra = opd.renstra.filter(periode_awal__lte=ke, periode_akhir__gte=ke).first()
    if renstra is None:
        result.pk = PK_TANPA_RENSTRA
        return
    pk = _new_pk(opd, ke, old)
    sesi.save(pk)
    result.pk = PK_DIBUAT
    target = {
        t.indikator_id: t.nilai
        for t in m.TargetRenstra.objects.filter(indikator__sasaran__renstra=renstra, tahun=ke)
    }
    indikator = m.Indikator.objects.filter(sasaran__renstra=renstra).order_by(
        "sasaran__urutan", "sasaran_id", "urutan", "id"
    )
    for i, ind in enumerate(indikator, start=1):
        if target.get(ind.id) is None:
            result.tanpa_target.append(ind.kode)
            continue
        sesi.save(m.TargetPK(pk_dokumen=pk, indikator=ind, nilai=target[ind.id], urutan=i))
        result.target += 1
    for i, p in enumerate(old_program, start=1):
        tujuan = peta[codes.normalize(p.program)]
        if tujuan.disalin:
            sesi.save(m.ProgramPK(pk_dokumen=pk, program=tujuan.kode, urutan=i))
            result.program_pk += 1


def _new_pk(
    opd: m.PerangkatDaerah, ke: int, old: m.PerjanjianKinerja | None
) -> m.PerjanjianKinerja:
    """Return the new year's PK (unsaved): the old one's signatories, or the heads on record."""
    if old is not None:
        pihak = {
            f: getattr(old, f)
            for f in (
                "pihak_pertama_jabatan",
                "pihak_pertama_nama",
                "pihak_pertama_nip",
                "pihak_kedua_jabatan",
                "pihak_kedua_nama",
                "pihak_kedua_nip",
            )
        }
    else:
        pemda = opd.pemda
        pihak = {
            "pihak_pertama_jabatan": opd.kepala_jabatan,
            "pihak_pertama_nama": opd.kepala_nama,
            "pihak_pertama_nip": opd.kepala_nip,
            "pihak_kedua_jabatan": pemda.kepala_jabatan,
            "pihak_kedua_nama": pemda.kepala_nama,
            "pihak_kedua_nip": pemda.kepala_nip,
        }
    return m.PerjanjianKinerja(opd=opd, tahun=ke, versi=1, tahap_anggaran=MURNI, **pihak)


def _anggaran(
    sesi: Sesi, result: Result, baris: list[m.BarisAnggaran], peta: dict[str, tb.Pemetaan]
) -> None:
    ada = set(
        m.BarisAnggaran.objects.filter(
            unit__opd=result.opd, tahun=result.ke, tahap=MURNI
        ).values_list("unit_id", "sub_kegiatan")
    )
    for b in baris:
        p = peta[codes.normalize(b.sub_kegiatan)]
        if not p.disalin:
            continue
        if (b.unit_id, p.kode) in ada:
            result.baris_ada += 1
            continue
        new = m.BarisAnggaran(
            unit=b.unit,
            tahun=result.ke,
            tahap=MURNI,
            sub_kegiatan=p.kode,
            kode_sumber=p.kode_sumber or b.kode_sumber,
            uraian=p.new_nama or b.uraian,
            # The old year's pagu is the draft's starting figure until the new DPA is entered.
            pagu=b.pagu,
            urutan=b.urutan,
        )
        sesi.save(new)
        ada.add((b.unit_id, p.kode))
        result.baris += 1


def _atribusi(
    sesi: Sesi, result: Result, atribusi: list[m.AtribusiProgram], peta: dict[str, tb.Pemetaan]
) -> None:
    ada = set(
        m.AtribusiProgram.objects.filter(opd=result.opd, tahun=result.ke).values_list(
            "program", flat=True
        )
    )
    for a in atribusi:
        p = peta[codes.normalize(a.program)]
        if not p.disalin or p.kode in ada:
            continue
        sesi.save(
            m.AtribusiProgram(
                opd=result.opd, tahun=result.ke, program=p.kode, sasaran=a.sasaran, urutan=a.urutan
            )
        )
        ada.add(p.kode)
        result.atribusi += 1
