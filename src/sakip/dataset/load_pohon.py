"""Load an OPD's pohon kinerja: its nodes, reviews and crosscutting requests (dataset-format.md).

`dari_data: true` fills a year's tree from that year's data as `sakip.pohon.layanan.turunkan`
derives it; otherwise the nodes are written out, each with its children (`anak`).
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.kinerja import models as m
from sakip.pohon.layanan import Turunan, turunkan
from sakip.pohon.models import (
    JAWABAN,
    JENIS_SIMPUL,
    KEPUTUSAN,
    JawabanCrosscutting,
    PermintaanCrosscutting,
    PohonKinerja,
    ReviuPohon,
    SimpulPohon,
)

from .reader import DatasetError, Node, choice

_Permintaan = list[tuple[SimpulPohon, Node]]


def load_pohon(opd: m.PerangkatDaerah, node: Node) -> None:
    """Create the OPD's tree of each year the dataset holds."""
    # The answers this OPD gave are loaded with the asking OPD's tree; they are written here
    # so that a signed year of this OPD also locks them.
    node.raw("jawaban_crosscutting")
    for item in node.items("pohon_kinerja"):
        tahun = item.integer("tahun")
        assert tahun is not None
        pohon = PohonKinerja.objects.create(
            opd=opd,
            tahun=tahun,
            putaran=item.integer("putaran", required=False) or 0,
            diajukan=item.boolean("diajukan", False),
        )
        permintaan: _Permintaan = []
        if item.boolean("dari_data", False):
            _tanam_turunan(pohon, None, turunkan(opd, tahun))
        else:
            _tanam(pohon, None, item.items("simpul"), permintaan)
        for r in item.items("reviu"):
            keputusan = r.text("keputusan")
            choice(keputusan, KEPUTUSAN, f"{r.where}.keputusan")
            ReviuPohon.objects.create(
                pohon=pohon,
                putaran=r.integer("putaran"),
                keputusan=keputusan,
                catatan=r.text("catatan", required=False) or "",
            )
            r.finish()
        for simpul, p in permintaan:
            _permintaan(simpul, p)
        item.finish()


def _tanam_turunan(pohon: PohonKinerja, induk: SimpulPohon | None, listing: list[Turunan]) -> None:
    for urutan, t in enumerate(listing):
        simpul = SimpulPohon.objects.create(
            pohon=pohon, induk=induk, jenis=t.jenis, rujukan=t.rujukan, uraian=t.uraian,
            urutan=urutan,
        )  # fmt: skip
        _tanam_turunan(pohon, simpul, list(t.anak))


def _tanam(
    pohon: PohonKinerja, induk: SimpulPohon | None, listing: Iterator[Node], permintaan: _Permintaan
) -> None:
    for urutan, s in enumerate(listing):
        jenis = s.text("jenis")
        choice(jenis, JENIS_SIMPUL, f"{s.where}.jenis")
        simpul = SimpulPohon.objects.create(
            pohon=pohon,
            induk=induk,
            jenis=jenis,
            rujukan=s.code("rujukan", required=False) or "",
            uraian=s.text("uraian"),
            urutan=urutan,
        )
        permintaan += [(simpul, p) for p in s.items("crosscutting")]
        _tanam(pohon, simpul, s.items("anak"), permintaan)
        s.finish()


def _permintaan(simpul: SimpulPohon, p: Node) -> None:
    kode = p.code("opd")
    tujuan = m.PerangkatDaerah.objects.filter(kode=kode).first()
    if tujuan is None:
        raise DatasetError(f"{p.where}.opd: perangkat daerah {kode} belum dimuat")
    permintaan = PermintaanCrosscutting.objects.create(
        simpul=simpul, opd_tujuan=tujuan, catatan=p.text("catatan", required=False) or ""
    )
    jawaban = p.child("jawaban")
    if jawaban is not None:
        status = jawaban.text("status")
        choice(status, JAWABAN, f"{jawaban.where}.status")
        JawabanCrosscutting.objects.create(
            permintaan=permintaan,
            status=status,
            catatan=jawaban.text("catatan", required=False) or "",
        )
        jawaban.finish()
    p.finish()
