"""Build, edit, copy and review the pohon kinerja, every write through the change service.

A node may change while its tree is a draft or was refused; once submitted it waits for the
kepala's decision, and an approved tree is changed only after a new submission round is opened
by the perencana (docs/rules.md#pohon-kinerja).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sakip.alur.hak import Hak
from sakip.alur.layanan import Ditolak, Penolakan, Sesi, perubahan
from sakip.core import codes
from sakip.kaskade import rujukan
from sakip.kinerja import models as m

from .models import (
    JawabanCrosscutting,
    PermintaanCrosscutting,
    PohonKinerja,
    ReviuPohon,
    SimpulPohon,
)


@dataclass(frozen=True)
class Turunan:
    """A node derived from the year's data, with its children."""

    jenis: str
    rujukan: str
    uraian: str
    anak: tuple[Turunan, ...] = ()


def turunkan(opd: m.PerangkatDaerah, tahun: int) -> list[Turunan]:
    """Return the tree the year's data implies: RPJMD sasaran → sasaran → IKU and programs.

    Programs hang under the sasaran they are attributed to, kegiatan and sub kegiatan under
    their program from the year's budget lines; a sasaran supporting no RPJMD sasaran is a root.
    The positions' rencana aksi hang under the node of their PK indicator's code.
    """
    return _dengan_aksi(_turunkan(opd, tahun), _aksi_per_kode(opd, tahun))


def _aksi_per_kode(opd: m.PerangkatDaerah, tahun: int) -> dict[str, list[Turunan]]:
    result: dict[str, list[Turunan]] = {}
    for nomor, a in rujukan.aksi_bernomor(opd, tahun).items():
        result.setdefault(nomor[1], []).append(
            Turunan("rencana_aksi", rujukan.teks(nomor), a.uraian)
        )
    return result


def _dengan_aksi(listing: Iterable[Turunan], aksi: dict[str, list[Turunan]]) -> list[Turunan]:
    return [
        Turunan(
            t.jenis,
            t.rujukan,
            t.uraian,
            tuple(_dengan_aksi(t.anak, aksi))
            + (tuple(aksi.get(t.rujukan, ())) if t.jenis != "indikator" else ()),
        )
        for t in listing
    ]


def _turunkan(opd: m.PerangkatDaerah, tahun: int) -> list[Turunan]:
    renstra = m.Renstra.objects.filter(
        opd=opd, periode_awal__lte=tahun, periode_akhir__gte=tahun
    ).first()
    if renstra is None:
        return []
    sub_kegiatan = sorted(
        set(
            m.BarisAnggaran.objects.filter(unit__opd=opd, tahun=tahun).values_list(
                "sub_kegiatan", flat=True
            )
        )
    )
    atribusi: dict[int, list[str]] = {}
    for program, sasaran_id in m.AtribusiProgram.objects.filter(opd=opd, tahun=tahun).values_list(
        "program", "sasaran_id"
    ):
        atribusi.setdefault(sasaran_id, []).append(program)
    nama = _nama_nomenklatur(tahun)
    per_pemda: dict[int | None, list[Turunan]] = {}
    pemda: dict[int, m.SasaranPemda] = {}
    for sas in renstra.sasaran.prefetch_related("indikator", "mendukung").order_by("urutan", "id"):
        anak = [Turunan("indikator", i.kode, i.nama) for i in sas.indikator.all()]
        anak += [_program(p, sub_kegiatan, nama) for p in sorted(atribusi.get(sas.id, []))]
        simpul = Turunan("sasaran", sas.kode, sas.uraian, tuple(anak))
        induk: list[m.SasaranPemda | None] = [*sas.mendukung.all()] or [None]
        for sp in induk:
            if sp is not None:
                pemda[sp.id] = sp
            per_pemda.setdefault(sp.id if sp else None, []).append(simpul)
    result = [
        Turunan("sasaran_pemda", pemda[k].kode, pemda[k].uraian, tuple(v))
        for k, v in per_pemda.items()
        if k is not None
    ]
    return result + per_pemda.get(None, [])


def _program(program: str, sub_kegiatan: list[str], nama: dict[str, str]) -> Turunan:
    kegiatan = sorted(
        {codes.kegiatan_of(k) for k in sub_kegiatan if codes.program_of(k) == program}
    )
    return Turunan(
        "program",
        program,
        nama.get(program, program),
        tuple(
            Turunan(
                "kegiatan",
                kg,
                nama.get(kg, kg),
                tuple(
                    Turunan("sub_kegiatan", sk, nama.get(sk, sk))
                    for sk in sub_kegiatan
                    if codes.kegiatan_of(sk) == kg
                ),
            )
            for kg in kegiatan
        ),
    )


def _nama_nomenklatur(tahun: int) -> dict[str, str]:
    versi = m.NomenklaturVersi.objects.in_force(tahun).first()
    return dict(versi.item.values_list("kode", "nama")) if versi else {}


def isi_dari_data(
    opd: m.PerangkatDaerah, tahun: int, pengguna: Any, hak: Hak | None = None
) -> PohonKinerja:
    """Create the year's tree from its data when it has none; an existing tree is kept."""
    with perubahan(pengguna, f"Pohon kinerja {tahun} dari data", opd_id=opd.pk, hak=hak) as sesi:
        pohon, new = _pohon(sesi, opd, tahun)
        if new:
            _tanam(sesi, pohon, None, turunkan(opd, tahun))
    return pohon


def _pohon(sesi: Sesi, opd: m.PerangkatDaerah, tahun: int) -> tuple[PohonKinerja, bool]:
    ada = PohonKinerja.objects.filter(opd=opd, tahun=tahun).first()
    if ada is not None:
        return ada, False
    pohon = PohonKinerja(opd=opd, tahun=tahun)
    sesi.save(pohon)
    return pohon, True


def _tanam(
    sesi: Sesi, pohon: PohonKinerja, induk: SimpulPohon | None, listing: Iterable[Turunan]
) -> None:
    for urutan, t in enumerate(listing):
        simpul = SimpulPohon(
            pohon=pohon, induk=induk, jenis=t.jenis, rujukan=t.rujukan, uraian=t.uraian
        )
        simpul.urutan = urutan
        sesi.save(simpul)
        _tanam(sesi, pohon, simpul, t.anak)


def salin(
    opd: m.PerangkatDaerah, dari: int, ke: int, pengguna: Any, hak: Hak | None = None
) -> PohonKinerja:
    """Start the tree of year `ke` as a copy of year `dari`'s; a second run changes nothing.

    The copy is a draft; crosscutting requests and reviews stay with the year they were made in.
    """
    asal = PohonKinerja.objects.filter(opd=opd, tahun=dari).first()
    if asal is None:
        raise Ditolak([Penolakan(f"Pohon kinerja {dari}", "belum ada pohon kinerja tahun itu")])
    with perubahan(pengguna, f"Salin pohon kinerja {dari} ke {ke}", opd_id=opd.pk, hak=hak) as s:
        pohon, new = _pohon(s, opd, ke)
        if new:
            _tanam(s, pohon, None, _sebagai_turunan(asal))
    return pohon


def _sebagai_turunan(pohon: PohonKinerja) -> list[Turunan]:
    all_items = list(pohon.simpul.all())
    anak: dict[int | None, list[SimpulPohon]] = {}
    for s in all_items:
        anak.setdefault(s.induk_id, []).append(s)

    def build(induk_id: int | None) -> tuple[Turunan, ...]:
        return tuple(
            Turunan(s.jenis, s.rujukan, s.uraian, build(s.id)) for s in anak.get(induk_id, [])
        )

    return list(build(None))


def _pastikan_dapat_diubah(pohon: PohonKinerja) -> None:
    if not pohon.dapat_diubah:
        raise Ditolak(
            [
                Penolakan(
                    str(pohon),
                    f"berstatus {dict(PohonKinerja.STATUS)[pohon.status]}; simpulnya hanya dapat "
                    "diubah selagi Draf atau Ditolak",
                )
            ]
        )


def save_simpul(
    simpul: SimpulPohon, fields: list[str] | None, pengguna: Any, hak: Hak | None = None
) -> SimpulPohon:
    """Add a node or change it (its text, its link, its parent) while the tree may change."""
    pohon = simpul.pohon
    _pastikan_dapat_diubah(pohon)
    if simpul.induk is not None and (
        simpul.induk.pohon_id != pohon.pk or _keturunan(simpul, simpul.induk)
    ):
        raise Ditolak([Penolakan(str(simpul), "induknya harus simpul lain dari pohon yang sama")])
    with perubahan(pengguna, f"Simpul {pohon}", opd_id=pohon.opd_id, hak=hak) as sesi:
        sesi.save(simpul, fields)
    return simpul


def _keturunan(simpul: SimpulPohon, calon: SimpulPohon) -> bool:
    """Return whether `calon` is the node itself or below it (a loop if made its parent)."""
    if simpul.pk is None:
        return False
    node: SimpulPohon | None = calon
    while node is not None:
        if node.pk == simpul.pk:
            return True
        node = node.induk
    return False


def ajukan(pohon: PohonKinerja, pengguna: Any, hak: Hak | None = None) -> PohonKinerja:
    """Submit the tree to the kepala (the perencana): a new review round begins."""
    if pohon.status in ("diajukan",):
        raise Ditolak([Penolakan(str(pohon), "sudah diajukan dan menunggu keputusan kepala")])
    with perubahan(pengguna, f"Ajukan {pohon}", opd_id=pohon.opd_id, hak=hak) as sesi:
        pohon.putaran += 1
        pohon.diajukan = True
        sesi.save(pohon, ["putaran", "diajukan"])
    return pohon


def putuskan(
    pohon: PohonKinerja,
    keputusan: str,
    catatan: str,
    pengguna: Any,
    hak: Hak | None = None,
) -> ReviuPohon:
    """Record the kepala's decision on the submitted tree; a refusal needs a note."""
    if pohon.status != "diajukan":
        raise Ditolak([Penolakan(str(pohon), "belum diajukan, atau sudah diputuskan")])
    if keputusan == "ditolak" and not catatan.strip():
        raise Ditolak([Penolakan(str(pohon), "tulis catatan alasan penolakan")])
    with perubahan(pengguna, f"Reviu {pohon}", opd_id=pohon.opd_id, hak=hak) as sesi:
        reviu = ReviuPohon(
            pohon=pohon,
            putaran=pohon.putaran,
            keputusan=keputusan,
            catatan=catatan.strip(),
            oleh=pengguna,
        )
        sesi.save(reviu)
    return reviu


def minta_crosscutting(
    simpul: SimpulPohon,
    opd_tujuan: m.PerangkatDaerah,
    catatan: str,
    pengguna: Any,
    hak: Hak | None = None,
) -> PermintaanCrosscutting:
    """Ask another OPD to contribute to a node of this OPD's tree."""
    if opd_tujuan.pk == simpul.pohon.opd_id:
        raise Ditolak([Penolakan(str(simpul), "crosscutting diminta kepada perangkat daerah lain")])
    with perubahan(pengguna, f"Crosscutting {simpul}", opd_id=simpul.pohon.opd_id, hak=hak) as s:
        permintaan = PermintaanCrosscutting(
            simpul=simpul, opd_tujuan=opd_tujuan, catatan=catatan.strip()
        )
        s.save(permintaan)
    return permintaan


def jawab_crosscutting(
    permintaan: PermintaanCrosscutting,
    status: str,
    catatan: str,
    pengguna: Any,
    hak: Hak | None = None,
) -> JawabanCrosscutting:
    """Accept or refuse a request, as the asked OPD; a refusal needs a note."""
    if status == "ditolak" and not catatan.strip():
        raise Ditolak([Penolakan(str(permintaan), "tulis catatan alasan penolakan")])
    with perubahan(
        pengguna, f"Jawab {permintaan}", opd_id=permintaan.opd_tujuan_id, hak=hak
    ) as sesi:
        jawaban = JawabanCrosscutting.objects.filter(permintaan=permintaan).first()
        jawaban = jawaban or JawabanCrosscutting(permintaan=permintaan)
        jawaban.status, jawaban.catatan = status, catatan.strip()
        sesi.save(jawaban)
    return jawaban
